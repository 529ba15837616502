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
set +e
bash tests/fixtures/keyring-session.sh \
    ctest --test-dir "$root/$BUILD_DIR" --output-on-failure --no-tests=error -j2 \
        --repeat until-pass:2 "$@"
status=$?
set -e
stage "tests"
exit $status
