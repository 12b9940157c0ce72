#!/usr/bin/env bash
# Measures request throughput and latency of the main read endpoints, and the server's memory,
# on a fresh SQLite database with the city's data. Prints figures; asserts nothing.
#
# Usage: scripts/bench.sh [seconds per endpoint, default 10]
# Needs wrk (Debian package `wrk`; installed here when missing and running as root).
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration="${1:-10}"
port=18790
if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y -qq wrk >/dev/null
    else
        echo "error: wrk is not installed (Debian/Ubuntu: apt-get install wrk)" >&2
        exit 1
    fi
fi

cargo build --release --locked -p hopdong
data_dir="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data_dir"' EXIT
HOPDONG_DATA_DIR="$data_dir" HOPDONG_BIND="127.0.0.1:$port" RUST_LOG=warn \
    target/release/hopdong serve >"$data_dir/out.txt" 2>"$data_dir/err.txt" &
server=$!
for _ in $(seq 50); do
    grep -q Listening "$data_dir/out.txt" 2>/dev/null && break
    sleep 0.2
done
password="$(awk '/centre/ {print $NF}' "$data_dir/out.txt")"
token="$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/login" \
    -H 'Content-Type: application/json' \
    -d "{\"username\":\"centre\",\"password\":\"$password\"}" |
    sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
office="$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/auth/me" >/dev/null &&
    curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/offices" |
    sed 's/.*"id":\([0-9]*\),"name":"Phòng Giáo dục và Đào tạo Quận 1".*/\1/')"

echo "hopdong $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores, SQLite, ${duration}s per endpoint, 2 threads x 8 connections"
run() {
    local name="$1" path="$2"
    local output
    output="$(wrk -t2 -c8 -d"${duration}s" --latency -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port$path")"
    local rps p50 p99
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$output")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$output")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$output")"
    printf '%-28s %10s req/s   p50 %8s   p99 %8s\n' "$name" "$rps" "$p50" "$p99"
}
run "lookup (public)" /api/v1/units/79760118/lookup
run "quote (signed in)" /api/v1/units/79760118/quote
run "units list, 290 rows" "/api/v1/units?limit=1000"
run "office dashboard" "/api/v1/offices/$office/units"
echo "server resident memory after the runs: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"
