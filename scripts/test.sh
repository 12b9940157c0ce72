#!/usr/bin/env bash
# Runs every test: formatting and lints, the Rust test suite on SQLite and on PostgreSQL, the
# WebAssembly build of the domain crate, the web app's logic tests, and end-to-end tests of the
# built web app and server in headless Chromium (installed with apt-get when missing, as root).
#
# PostgreSQL must be reachable at TEST_DATABASE_URL (default
# postgres://postgres@127.0.0.1:5432/postgres, a user that may create databases); the tests
# create and drop their own databases. Without it the suite fails: it never skips them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh

admin_url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
postgres_ready() {
    command -v pg_isready >/dev/null 2>&1 && pg_isready -q -d "$admin_url"
}
if ! postgres_ready && [ "$(id -u)" = 0 ] && command -v pg_ctlcluster >/dev/null 2>&1; then
    # On the project's CI machines PostgreSQL is installed but may have been stopped.
    for version in $(ls /etc/postgresql 2>/dev/null); do
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    sleep 2
fi
if ! postgres_ready; then
    echo "" >&2
    echo "*** PostgreSQL is not reachable at $admin_url." >&2
    echo "*** The PostgreSQL half of the suite cannot run, so the suite fails." >&2
    echo "*** Start PostgreSQL or set TEST_DATABASE_URL, then run this again." >&2
    exit 1
fi

echo "== formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== Rust tests (SQLite and PostgreSQL)"
cargo test --workspace --locked

echo "== domain crate for wasm32"
scripts/check-wasm.sh

echo "== web app: logic tests, then the whole product in headless Chromium"
(cd frontend && cargo test --locked)
tests/e2e/run.sh
