#!/usr/bin/env bash
# Configures and builds Cairn into build/ (or $CAIRN_BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CAIRN_BUILD_DIR:-build}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Relative paths in the cache key: a second clone (CI's) reuses this machine's cache.
    export CCACHE_BASEDIR=$PWD
    # -g puts the build folder into the key unless told not to (the debug info's folder is then
    # the first clone's; nothing reads it).
    export CCACHE_NOHASHDIR=1
fi
cmake -S . -B "$BUILD_DIR" -G Ninja "${launcher[@]}" "$@" >/dev/null
# CMake 3.25's Ninja autogen does not notice a Q_OBJECT header added to an existing target;
# dropping the autogen stamps makes it re-scan (moc itself still only reruns for changed files).
find "$BUILD_DIR" -path '*_autogen/timestamp' -delete
cmake --build "$BUILD_DIR" -j"$(nproc)"
