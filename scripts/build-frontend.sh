#!/usr/bin/env bash
# Builds the web app in frontend/ to WebAssembly and writes it to frontend/dist/, which the
# server serves at /. Safe to run again: each tool is installed only when missing.
#
# Steps: pick a Rust toolchain that compiles for wasm32, install the wasm-bindgen CLI of the
# version in frontend/Cargo.lock, build the release, generate the JavaScript glue, shrink the
# WebAssembly with wasm-opt, then copy index.html and the stylesheet with content-hashed names.
# Each file also gets precompressed .gz and .br siblings, and the sizes are printed.
#
# Two toolchain routes, tried in this order:
#   1. rustup: adds the wasm32 target when missing (needs the rustup distribution server).
#   2. debian: Debian's rustc-web packages, which ship no prebuilt std for wasm32, so cargo
#      rebuilds std from rust-web-src. The packages are installed with apt-get when running as
#      root.
# wasm-opt comes from npm's binaryen package (pinned in frontend/tools/package.json). Without
# npm, the Debian route uses Debian's binaryen package when installed. Otherwise the app is
# built without wasm-opt, with a warning.
#
# Usage: scripts/build-frontend.sh
# Environment:
#   FRONTEND_ROUTE=auto|rustup|debian   forces a toolchain route (default auto)
#   FRONTEND_SKIP_WASM_OPT=1            skips wasm-opt, for a faster build while developing
set -euo pipefail

readonly WASM_TARGET=wasm32-unknown-unknown
readonly DEBIAN_PACKAGES=(rustc-web cargo-web rust-web-src rust-web-llvm lld-22)
readonly CRATE_NAME=hopdong-web
readonly OUT_NAME=hopdong

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
frontend="$repo_root/frontend"
dist="$frontend/dist"
tools="$frontend/tools"
route="${FRONTEND_ROUTE:-auto}"
started=$SECONDS

log() {
    echo "build-frontend: $*"
}

fail() {
    echo "build-frontend: error: $*" >&2
    exit 1
}

is_root() {
    [[ $(id -u) -eq 0 ]]
}

# Compiles a one-line crate for wasm32 with the rustc given as $1 and the source given as $2.
compiles_for_wasm() {
    local rustc_path=$1 source=$2 probe_dir status=0
    probe_dir="$(mktemp -d)"
    printf '%s\n' "$source" >"$probe_dir/probe.rs"
    "$rustc_path" --target "$WASM_TARGET" --crate-type lib --out-dir "$probe_dir" \
        "$probe_dir/probe.rs" >/dev/null 2>&1 || status=$?
    rm -rf "$probe_dir"
    return "$status"
}

use_rustup() {
    command -v rustup >/dev/null 2>&1 || return 1
    if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
        log "adding the $WASM_TARGET target with rustup"
        # timeout(1) is missing on macOS, where the download then waits as long as it takes.
        local limit=()
        command -v timeout >/dev/null 2>&1 && limit=(timeout 300)
        ${limit[@]+"${limit[@]}"} rustup target add "$WASM_TARGET" || log "'rustup target add' failed"
    fi
    compiles_for_wasm rustc 'pub fn probe() -> u32 { 1 }' || return 1
    cargo_cmd=(cargo)
    target_dir="$frontend/target"
    route_name="rustup"
}

package_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

use_debian() {
    command -v dpkg-query >/dev/null 2>&1 || return 1
    local missing=() package
    for package in "${DEBIAN_PACKAGES[@]}"; do
        package_installed "$package" || missing+=("$package")
    done
    if ((${#missing[@]} > 0)); then
        if ! is_root; then
            log "debian route: missing ${missing[*]}; run as root to install them"
            return 1
        fi
        log "installing ${missing[*]} with apt-get"
        apt-get update -q >/dev/null || return 1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null || return 1
    fi
    # No std exists for wasm32 here, so the probe is a crate without core; build-std adds std.
    RUSTC_BOOTSTRAP=1 compiles_for_wasm /usr/bin/rustc '#![feature(no_core)] #![no_core]' ||
        return 1
    # Debian's binaryen cannot read reference-types code, and the std rebuilt here follows
    # these flags too, so the whole module stays readable for it.
    cargo_cmd=(env PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
        CARGO_UNSTABLE_BUILD_STD=std,panic_abort
        RUSTFLAGS="${RUSTFLAGS:-} -C target-feature=-reference-types" /usr/bin/cargo)
    # A folder of its own, so switching routes does not rebuild the other route's output.
    target_dir="$frontend/target/debian-toolchain"
    route_name="debian rustc-web with build-std"
}

select_toolchain() {
    case "$route" in
        auto | rustup | debian) ;;
        *) fail "FRONTEND_ROUTE must be auto, rustup or debian; got '$route'" ;;
    esac
    if [[ $route != debian ]] && use_rustup; then
        return
    fi
    if [[ $route != rustup ]] && use_debian; then
        return
    fi
    fail "no Rust toolchain here compiles for $WASM_TARGET. Run 'rustup target add" \
        "$WASM_TARGET', or on Debian run this script as root to install ${DEBIAN_PACKAGES[*]}."
}

# Prints the wasm-bindgen version that frontend/Cargo.lock pins.
locked_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
        "$frontend/Cargo.lock"
}

# Sets bindgen to a wasm-bindgen CLI of the locked version, installing it when needed.
ensure_bindgen() {
    local version installed
    version="$(locked_bindgen_version)"
    [[ -n $version ]] || fail "wasm-bindgen is not in frontend/Cargo.lock"
    for candidate in "$tools/cargo/bin/wasm-bindgen" "$(command -v wasm-bindgen || true)"; do
        [[ -x $candidate ]] || continue
        installed="$("$candidate" --version 2>/dev/null | awk '{ print $2 }')"
        if [[ $installed == "$version" ]]; then
            bindgen="$candidate"
            return
        fi
    done
    log "installing wasm-bindgen-cli $version into frontend/tools/cargo (about 2 minutes)"
    # No --locked: the CLI's lock file can pin a version the registry does not serve (for
    # 0.2.130, webpki-roots 1.0.11 on a mirror seen here), and a fresh resolution builds.
    cargo install --quiet --root "$tools/cargo" wasm-bindgen-cli --version "$version" ||
        fail "installing wasm-bindgen-cli $version failed"
    bindgen="$tools/cargo/bin/wasm-bindgen"
}

# Sets wasm_opt to a usable wasm-opt, or to nothing when none can be had.
ensure_wasm_opt() {
    wasm_opt=""
    if [[ ${FRONTEND_SKIP_WASM_OPT:-0} == 1 ]]; then
        log "skipping wasm-opt (FRONTEND_SKIP_WASM_OPT=1)"
        return
    fi
    if command -v npm >/dev/null 2>&1; then
        if [[ ! -x $tools/node_modules/.bin/wasm-opt ]]; then
            log "installing binaryen from npm into frontend/tools"
            npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error ||
                log "npm ci in frontend/tools failed"
        fi
        if [[ -x $tools/node_modules/.bin/wasm-opt ]]; then
            wasm_opt="$tools/node_modules/.bin/wasm-opt"
            return
        fi
    fi
    if [[ $route_name == debian* ]] && command -v wasm-opt >/dev/null 2>&1; then
        wasm_opt="$(command -v wasm-opt)"
        return
    fi
    log "warning: no wasm-opt (install Node.js and npm); the app works but downloads more"
}

# Prints the first 10 hex digits of the SHA-256 of a file, for cache-busting names.
short_hash() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -c1-10
    else
        shasum -a 256 "$1" | cut -c1-10
    fi
}

# Writes FILE.gz (gzip -9) and, where Node.js is available, FILE.br (Brotli quality 11) next
# to each file given, for a server that serves precompressed files.
precompress() {
    local file
    for file in "$@"; do
        gzip -9 -k -f -n "$file"
    done
    command -v node >/dev/null 2>&1 || return 0
    node -e '
        const fs = require("fs"), zlib = require("zlib");
        const quality = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 };
        for (const file of process.argv.slice(1)) {
            fs.writeFileSync(file + ".br", zlib.brotliCompressSync(fs.readFileSync(file), { params: quality }));
        }' "$@"
}

# Prints a file's size in bytes, or - when it does not exist.
size_of() {
    if [[ -f $1 ]]; then echo $(($(wc -c <"$1"))); else echo "-"; fi
}

main() {
    select_toolchain
    log "toolchain: $route_name"
    ensure_bindgen
    ensure_wasm_opt

    cd "$frontend"
    "${cargo_cmd[@]}" build --release --target "$WASM_TARGET" --target-dir "$target_dir"
    local raw="$target_dir/$WASM_TARGET/release/$CRATE_NAME.wasm"
    local glue="$frontend/target/bindgen"
    rm -rf "$glue"
    "$bindgen" --target web --no-typescript --out-dir "$glue" --out-name "$OUT_NAME" "$raw"

    local wasm="$glue/${OUT_NAME}_bg.wasm"
    if [[ -n $wasm_opt ]]; then
        # -Oz favours size; the name and producers sections only help debugging.
        "$wasm_opt" -Oz --strip-debug --strip-producers "$wasm" -o "$wasm.opt"
        mv "$wasm.opt" "$wasm"
    fi

    local staging="$frontend/target/dist-staging"
    rm -rf "$staging"
    mkdir -p "$staging"
    local js_name wasm_name css_name
    wasm_name="$OUT_NAME-$(short_hash "$wasm").wasm"
    css_name="style-$(short_hash "$frontend/style.css").css"
    cp "$wasm" "$staging/$wasm_name"
    cp "$frontend/style.css" "$staging/$css_name"
    js_name="$OUT_NAME-$(short_hash "$glue/$OUT_NAME.js").js"
    cp "$glue/$OUT_NAME.js" "$staging/$js_name"
    sed -e "s|@JS@|$js_name|g" -e "s|@WASM@|$wasm_name|g" -e "s|@CSS@|$css_name|g" \
        "$frontend/index.html" >"$staging/index.html"

    # Swapped in whole, so a server running from dist/ never serves half a build.
    rm -rf "$dist.old"
    [[ -d $dist ]] && mv "$dist" "$dist.old"
    mv "$staging" "$dist"
    rm -rf "$dist.old"

    local files=(index.html "$js_name" "$wasm_name" "$css_name") file size brotli
    local total=0 total_brotli=0
    precompress "${files[@]/#/$dist/}"
    log "frontend/dist written in $((SECONDS - started)) s; sizes of what a browser downloads:"
    printf '  %-28s %10s %10s %10s\n' file raw "gzip -9" "brotli 11"
    for file in "${files[@]}"; do
        size="$(size_of "$dist/$file.gz")"
        brotli="$(size_of "$dist/$file.br")"
        total=$((total + size))
        [[ $brotli == - ]] || total_brotli=$((total_brotli + brotli))
        printf '  %-28s %10s %10s %10s\n' "$file" "$(size_of "$dist/$file")" "$size" "$brotli"
    done
    printf '  %-28s %10s %10s %10s\n' "total" "" "$total" "$total_brotli"
}

main "$@"
