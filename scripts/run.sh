#!/usr/bin/env bash
# Builds hopdong (server and web app) and starts it on SQLite under data/.
#
# On the first start the database is created, the city's districts and schools are loaded, and
# three demo accounts are printed with their passwords, once. Stop with Ctrl-C; start again
# with the same command and the data is still there. Configuration: see the README.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh
scripts/build-frontend.sh
cargo build --release --locked -p hopdong
exec target/release/hopdong serve
