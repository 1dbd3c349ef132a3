#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# VpcLens set-up on Debian 12: installs missing packages, builds, then runs the app or the tests.
#   packaging/setup.sh run    install, build, open the GUI on the bundled sample estate
#   packaging/setup.sh test   install, build, run every test (plain build, then ASan+UBSan build)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
build=${VPCLENS_BUILD_DIR:-$src/build}
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

packages() { # section name -> package names
    awk -v want="[$1]" '/^\[/{on=($0==want); next} on && NF && $1 !~ /^#/ {print $1}' \
        "$here/debian-packages.txt"
}

install_missing() {
    local missing=()
    for p in $(packages build); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    say "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_tree() { # dir, extra cmake args...
    local dir=$1; shift
    say "Building in $dir"
    cmake -S "$src" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
}

run_tests() { # dir
    say "Testing in $1"
    (cd "$1" && ctest --output-on-failure -j"$jobs" --timeout 600)
}

case "${1:-}" in
run)
    install_missing
    build_tree "$build"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        cat >&2 <<MSG
VpcLens is built, but there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set).
  Open the GUI on a virtual display:   xvfb-run -a $build/app/vpclens
  Or use the command-line tool:        $build/app/vpclens-cli --help
      $build/app/vpclens-cli import --workspace sample.vpclens --topology $src/resources/sample/topology --snapshot-time 2025-06-01T00:00:00Z --flows $src/resources/sample/flowlogs
MSG
        exit 0
    fi
    say "Opening VpcLens on the bundled sample estate"
    exec "$build/app/vpclens" --sample
    ;;
test)
    install_missing
    build_tree "$build"
    run_tests "$build"
    # Sanitized tree: -O1 with line tables only, which halves its compile time; stack traces keep
    # file:line. Built with Clang, it also holds the libFuzzer targets (tests/fuzz), which run
    # for a few seconds each as part of its tests.
    fuzz=()
    if command -v clang++ >/dev/null && [ -n "$(ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null)" ]; then
        fuzz=(-DCMAKE_CXX_COMPILER=clang++ -DVPCLENS_FUZZ=ON)
    fi
    cached=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build-asan/CMakeCache.txt" 2>/dev/null || true)
    if [ -n "$cached" ] && [ "$(basename "$cached")" != "$( ((${#fuzz[@]})) && echo clang++ || basename "$(command -v c++)")" ]; then
        rm -rf "$build-asan" # configured with another compiler
    fi
    build_tree "$build-asan" -DVPCLENS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" "${fuzz[@]}"
    run_tests "$build-asan"
    say "All tests passed (plain and ASan+UBSan)"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
