#!/usr/bin/env bash
# Installs what building hopdong needs and a fresh machine may lack: the Rust toolchain is
# expected (rustup), and the C pieces come from the system's packages (libpq for the PostgreSQL
# driver, pkg-config and a C compiler for the bundled SQLite).
#
# As root on Debian or Ubuntu the missing packages are installed with apt-get; elsewhere the
# script names what to install and stops.
set -euo pipefail

if ! command -v cargo >/dev/null 2>&1; then
    echo "error: cargo is not installed. Install Rust 1.88 or newer with rustup" >&2
    echo "       (https://rustup.rs), open a new shell, and run this command again." >&2
    exit 1
fi

missing=()
command -v cc >/dev/null 2>&1 || missing+=(gcc)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# The PostgreSQL driver links against libpq.
if ! { [ -e /usr/include/postgresql/libpq-fe.h ] || pkg-config --exists libpq 2>/dev/null; }; then
    missing+=(libpq-dev)
fi

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "error: missing system packages: ${missing[*]}" >&2
        echo "       On Debian or Ubuntu: sudo apt-get install ${missing[*]}" >&2
        echo "       On macOS: brew install libpq pkg-config, then follow brew's note on PATH." >&2
        exit 1
    fi
fi
