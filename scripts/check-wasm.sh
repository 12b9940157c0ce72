#!/usr/bin/env bash
# Proves that the domain crate (hopdong-domain) compiles for wasm32-unknown-unknown, so the
# browser front end can share its rules.
#
# Two routes, tried in this order:
#   1. rustup: add the wasm32 target to the rustup toolchain if it is missing, then build.
#   2. debian: Debian's rustc-web toolchain, which has no prebuilt std for wasm32, so cargo
#      rebuilds std from the rust-web-src sources (-Z build-std, enabled by RUSTC_BOOTSTRAP).
#      Missing packages are installed with apt-get when running as root.
# Each route is chosen only if its rustc compiles a one-line crate for wasm32.
#
# Usage: scripts/check-wasm.sh
# Environment: CHECK_WASM_ROUTE=auto|rustup|debian (default auto) forces one route.
# Output goes to target/wasm, apart from the native build in target/.
set -euo pipefail

readonly WASM_TARGET=wasm32-unknown-unknown
readonly DEBIAN_PACKAGES=(rustc-web cargo-web rust-web-src rust-web-llvm lld-22)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target_dir="$repo_root/target/wasm"
route="${CHECK_WASM_ROUTE:-auto}"
started=$SECONDS

# Compiles a one-line library crate for wasm32 with the rustc given as $1 and the source
# given as $2. Returns rustc's exit status and prints nothing.
probe_rustc() {
    local rustc_path=$1 source=$2 probe_dir status=0
    probe_dir="$(mktemp -d)"
    printf '%s\n' "$source" >"$probe_dir/probe.rs"
    "$rustc_path" --target "$WASM_TARGET" --crate-type lib --out-dir "$probe_dir" \
        "$probe_dir/probe.rs" >/dev/null 2>&1 || status=$?
    rm -rf "$probe_dir"
    return "$status"
}

# Selects the rustup toolchain if its rustc compiles for wasm32, adding the target first.
select_rustup() {
    if ! command -v rustup >/dev/null 2>&1; then
        echo "rustup route: rustup not found"
        return 1
    fi
    if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
        # The download needs the rustup distribution server, which some machines cannot
        # reach, so a failure only skips to the probe.
        timeout 300 rustup target add "$WASM_TARGET" ||
            echo "rustup route: 'rustup target add $WASM_TARGET' failed"
    fi
    if ! probe_rustc rustc 'pub fn probe() -> u32 { 1 }'; then
        echo "rustup route: rustc cannot compile for $WASM_TARGET (no std for that target)"
        return 1
    fi
    route_name="rustup toolchain"
    rustc_path="$(command -v rustc)"
    cargo_path="$(command -v cargo)"
}

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Selects Debian's rustc-web toolchain, installing its packages when missing and running as
# root, and sets up cargo to rebuild std for wasm32.
select_debian() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "debian route: dpkg-query not found, so this is not a Debian system"
        return 1
    fi
    local missing=() package
    for package in "${DEBIAN_PACKAGES[@]}"; do
        is_installed "$package" || missing+=("$package")
    done
    if ((${#missing[@]} > 0)); then
        if [[ $(id -u) -ne 0 ]]; then
            echo "debian route: missing packages ${missing[*]}: run as root or install them"
            return 1
        fi
        echo "debian route: installing ${missing[*]}"
        apt-get update -q || return 1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" || return 1
    fi

    # cargo-web installs /usr/bin/cargo, which must win over a rustup cargo earlier in PATH.
    if ! dpkg -L cargo-web | grep -qx '/usr/bin/cargo'; then
        echo "debian route: cargo-web does not provide /usr/bin/cargo"
        return 1
    fi
    # There is no prebuilt std for wasm32 here, so the probe is a crate without core. It
    # checks that this rustc has the WebAssembly backend, and build-std supplies std later.
    if ! RUSTC_BOOTSTRAP=1 probe_rustc /usr/bin/rustc '#![feature(no_core)] #![no_core]'; then
        echo "debian route: /usr/bin/rustc cannot compile for $WASM_TARGET"
        return 1
    fi
    export PATH="/usr/bin:$PATH"
    export RUSTC=/usr/bin/rustc
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    route_name="debian rustc-web with build-std"
    rustc_path=/usr/bin/rustc
    cargo_path=/usr/bin/cargo
}

case "$route" in
    auto | rustup | debian) ;;
    *)
        echo "invalid CHECK_WASM_ROUTE '$route': expected auto, rustup or debian" >&2
        exit 2
        ;;
esac

route_name=""
if [[ $route != debian ]] && select_rustup; then
    :
elif [[ $route != rustup ]] && select_debian; then
    :
else
    echo "error: no route can compile for $WASM_TARGET: install the rustup target with" \
        "'rustup target add $WASM_TARGET', or run as root so that the Debian packages" \
        "${DEBIAN_PACKAGES[*]} can be installed" >&2
    exit 1
fi

echo "route: $route_name"
echo "rustc: $("$rustc_path" --version) ($rustc_path)"
cd "$repo_root"
"$cargo_path" build -p hopdong-domain --target "$WASM_TARGET" --target-dir "$target_dir"
echo "hopdong-domain builds for $WASM_TARGET via $route_name in $((SECONDS - started)) s"
