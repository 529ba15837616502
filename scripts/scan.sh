#!/usr/bin/env bash
# Static analysis at zero findings: cppcheck and clang-tidy (configuration in .clang-tidy) over
# Cairn's own sources in core/, ui/ and app/. Generated moc/rcc files live in the build folder and
# are never analysed. clang-tidy reads the compile commands of a configured, built build folder
# ($CAIRN_BUILD_DIR, default build/): the moc headers must exist.
# Usage: scripts/scan.sh [cppcheck|clang-tidy]   (both when no argument)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
BUILD_DIR=${CAIRN_BUILD_DIR:-build}
what=${1:-all}
# clang-tidy costs 7-10 s of CPU per file, nearly all of it matching checks against Qt's and the
# standard library's headers (measured: the checks themselves differ by a few per cent), so the
# ~190 files of core/, ui/ and app/ take ~11 minutes on CI's 2 cores. CAIRN_TIDY_DIRS=core narrows
# a quick local run to where untrusted input is parsed.
tidy_dirs=${CAIRN_TIDY_DIRS:-core|ui|app}
jobs=$(nproc)
status=0

if [[ $what == all || $what == cppcheck ]]; then
    # Warnings, performance and portability; style checks are left out (hundreds of taste
    # findings). Qt's headers are not analysed (--library=qt knows its macros). Deliberate
    # exceptions are inline (// cppcheck-suppress ID) with the reason on the line above.
    if ! cppcheck --enable=warning,performance,portability --std=c++20 --library=qt \
        --inline-suppr --quiet -j"$jobs" --error-exitcode=1 -D__GNUC__ -DQT_NO_KEYWORDS \
        -Icore -Iui -Iapp --suppress=missingIncludeSystem \
        --template='{file}:{line}: {severity}/{id}: {message}' core ui app; then
        echo "cppcheck: findings above (fix them, or suppress inline with the reason)." >&2
        status=1
    else
        echo "cppcheck: 0 findings"
    fi
fi

if [[ $what == all || $what == clang-tidy ]]; then
    if [[ ! -f $BUILD_DIR/compile_commands.json ]]; then
        echo "clang-tidy needs $BUILD_DIR/compile_commands.json: build first (scripts/build.sh)." >&2
        exit 1
    fi
    # The compile commands are GCC's: -Wshadow=local is unknown to clang and not a finding.
    out=$(mktemp)
    trap 'rm -f "$out"' EXIT
    run-clang-tidy-14 -clang-tidy-binary clang-tidy-14 -p "$BUILD_DIR" -j"$jobs" -quiet -extra-arg=-Wno-unknown-warning-option \
        "^$root/($tidy_dirs)/.*\.cpp$" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$out" || true
    # run-clang-tidy's exit code does not tell findings from crashes: count the findings.
    findings=$(grep -cE '^/.*: (warning|error): ' "$out" || true)
    if ((findings > 0)) || grep -q 'clang-tidy.*failed\|Error while processing' "$out"; then
        grep -E -A3 '^/.*: (warning|error): ' "$out" >&2 || tail -50 "$out" >&2
        echo "clang-tidy: $findings findings (fix them; NOLINT only with the reason)." >&2
        status=1
    else
        echo "clang-tidy: 0 findings in $(grep -cE "\"file\": \"$root/($tidy_dirs)/" "$BUILD_DIR/compile_commands.json") files ($tidy_dirs)"
    fi
fi
exit $status
