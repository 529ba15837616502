#!/usr/bin/env bash
# README command 2: install what is missing, build with warnings as errors, start the real test
# peers' prerequisites and run every test (unit, integration against real sshd / S3 / keychain /
# MariaDB / PostgreSQL, offscreen UI) inside a private D-Bus session with an unlocked keyring.
# Extra arguments go to ctest (for example -L unit or -R tst_database).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
BUILD_DIR=${CAIRN_BUILD_DIR:-build}

stage_start=$(date +%s)
stage() {
    local now
    now=$(date +%s)
    printf '== %-28s done in %4ds\n' "$1" $((now - stage_start))
    stage_start=$now
}

bash scripts/install-deps.sh --with-tests
stage "install packages"
bash tests/fixtures/setup.sh
stage "prepare test peers"
bash scripts/build.sh -DCAIRN_WERROR=ON -DCAIRN_BUILD_TESTS=ON
stage "build"

# --repeat until-pass:2 re-runs a failed test once; the first failure stays in the log. It guards
# CI against tst_sshkeyinstall's rare failure under -j2 load (cause not yet found; see the notes).
# Core dumps of test processes could hold secrets: none.
ulimit -S -c 0
failed=()
set +e
bash tests/fixtures/keyring-session.sh \
    ctest --test-dir "$root/$BUILD_DIR" --output-on-failure --no-tests=error -j2 \
        --repeat until-pass:2 "$@" || failed+=("tests")
stage "tests"

# Vulnerability checks (CAIRN_SCAN=0 skips them for a quick local run; CI always runs them).
if [[ ${CAIRN_SCAN:-1} != 0 ]]; then
    # The same suite in an ASan + UBSan build. Every report also goes to a file, so a report from
    # a child process whose exit status a test ignores (cairn-cli, a crash handler) still fails.
    ASAN_BUILD_DIR=${CAIRN_ASAN_BUILD_DIR:-build-asan}
    CAIRN_BUILD_DIR=$ASAN_BUILD_DIR bash scripts/build.sh -DCAIRN_WERROR=ON -DCAIRN_BUILD_TESTS=ON \
        -DCAIRN_SANITIZE=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" || failed+=("sanitizer build")
    stage "sanitizer build"
    if [[ ! " ${failed[*]} " =~ " sanitizer build " ]]; then
        reports="$root/$ASAN_BUILD_DIR/sanitizer-reports"
        rm -rf "$reports" && mkdir -p "$reports"
        supp="$root/tests/sanitizers"
        ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:disable_coredump=0:log_path=$reports/asan:log_exe_name=1" \
        UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp:log_path=$reports/ubsan:log_exe_name=1" \
        LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
            bash tests/fixtures/keyring-session.sh \
            ctest --test-dir "$root/$ASAN_BUILD_DIR" --output-on-failure --no-tests=error -j2 \
                --repeat until-pass:2 "$@" || failed+=("sanitizer tests")
        if compgen -G "$reports/*" >/dev/null; then
            echo "Sanitizer reports (zero expected):" >&2
            cat "$reports"/* >&2
            failed+=("sanitizer reports")
        else
            echo "sanitizers: 0 reports"
        fi
        stage "sanitizer tests"
    fi
    bash scripts/scan.sh || failed+=("static analysis")
    stage "static analysis"
    bash scripts/fuzz.sh "${CAIRN_FUZZ_SECONDS:-60}" || failed+=("fuzzing")
    stage "fuzzing"
fi
set -e
if ((${#failed[@]} > 0)); then
    printf 'FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
