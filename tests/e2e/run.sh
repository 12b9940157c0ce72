#!/usr/bin/env bash
# Runs the end-to-end tests of the web app in headless Chromium against the real server on a
# fresh SQLite database.
#
# It installs Chromium and the npm packages when missing, and builds the web app and the server.
# Then it starts the server on a free loopback port with a temporary data folder, reads the demo
# accounts' passwords from its output, runs the tests with `node --test` and stops the server.
# Screenshots, the printed contract as PDF and metrics.json are written to
# tests/e2e/artifacts/.
#
# Usage: tests/e2e/run.sh [test file …]
# Environment:
#   CHROMIUM=/path/to/chromium   the browser to drive (default /usr/bin/chromium)
#   E2E_SKIP_BUILD=1             uses the server binary and frontend/dist as they are
set -euo pipefail

e2e_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$e2e_dir/../.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"

log() {
    echo "e2e: $*"
}

fail() {
    echo "e2e: error: $*" >&2
    exit 1
}

install_chromium() {
    [[ -x $chromium ]] && return
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        fail "$chromium not found: install Debian's chromium and chromium-driver packages," \
            "or set CHROMIUM to a Chromium or Chrome binary"
    fi
    log "installing chromium and chromium-driver with apt-get"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
}

install_node_packages() {
    command -v npm >/dev/null 2>&1 || fail "npm not found: install Node.js 20 or later"
    if [[ ! -d $e2e_dir/node_modules/playwright-core ]]; then
        log "installing npm packages"
        npm ci --prefix "$e2e_dir" --no-audit --no-fund --loglevel=error
    fi
}

build() {
    if [[ ${E2E_SKIP_BUILD:-0} == 1 ]]; then
        return
    fi
    "$repo_root/scripts/build-frontend.sh"
    log "building the server"
    (cd "$repo_root" && cargo build --quiet -p hopdong)
}

free_port() {
    node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => {
        console.log(s.address().port); s.close(); });'
}

# Reads "username: X password: Y" for the role in $1 from the server's output.
demo_field() {
    local role=$1 field=$2
    awk -v role="$role" -v field="$field:" '$1 == role {
        for (i = 2; i < NF; i++) if ($i == field) print $(i + 1) }' "$server_log"
}

stop_server() {
    if [[ -n ${server_pid:-} ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "${data_dir:-}"
}

main() {
    install_chromium
    install_node_packages
    build
    [[ -f $repo_root/frontend/dist/index.html ]] || fail "frontend/dist is missing: run scripts/build-frontend.sh"

    data_dir="$(mktemp -d)"
    server_log="$data_dir/server.out"
    port="$(free_port)"
    trap stop_server EXIT
    HOPDONG_DATA_DIR="$data_dir" HOPDONG_BIND="127.0.0.1:$port" \
        HOPDONG_STATIC_DIR="$repo_root/frontend/dist" RUST_LOG=warn \
        "$repo_root/target/debug/hopdong" serve >"$server_log" 2>"$data_dir/server.err" &
    server_pid=$!

    local waited=0
    until grep -q "^Listening on" "$server_log"; do
        kill -0 "$server_pid" 2>/dev/null || fail "the server stopped: $(tail -5 "$data_dir/server.err")"
        ((waited++ < 300)) || fail "the server did not start within 30 s"
        sleep 0.1
    done
    log "server on http://127.0.0.1:$port (data in $data_dir)"

    export E2E_BASE_URL="http://127.0.0.1:$port"
    export E2E_CHROMIUM="$chromium"
    E2E_CENTRE_PASSWORD="$(demo_field centre password)"
    E2E_DISTRICT_USERNAME="$(demo_field district username)"
    E2E_DISTRICT_PASSWORD="$(demo_field district password)"
    E2E_UNIT_USERNAME="$(demo_field unit username)"
    E2E_UNIT_PASSWORD="$(demo_field unit password)"
    export E2E_CENTRE_PASSWORD E2E_DISTRICT_USERNAME E2E_DISTRICT_PASSWORD
    export E2E_UNIT_USERNAME E2E_UNIT_PASSWORD
    [[ -n $E2E_UNIT_PASSWORD ]] || fail "no demo accounts in the server's output; is the database new?"

    local tests=("$@")
    if ((${#tests[@]} == 0)); then
        tests=("$e2e_dir"/tests/*.test.mjs)
    fi
    # One file at a time: the workflow files build on each other's data in one database.
    node --test --test-concurrency=1 --test-reporter=spec "${tests[@]}"
}

main "$@"
