#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with Debian's clang 14 in build-fuzz/, replays each
# committed corpus (tests/fuzz/corpus/<target>), then fuzzes each target for a bounded time,
# two at a time. A crash or a failed invariant fails the script; the input that caused it is
# saved as build-fuzz/artifacts/<target>-crash-*. New inputs found go to build-fuzz/corpus/, not
# into the committed seeds.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default $CAIRN_FUZZ_SECONDS or 60; 0 = replay only)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-${CAIRN_FUZZ_SECONDS:-60}}
FUZZ_DIR=${CAIRN_FUZZ_DIR:-build-fuzz}
targets=(remote_message cron_expression s3_xml shell_quote)

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$root
    # -g puts the build folder into the key unless told not to (the debug info's folder is then
    # the first clone's; nothing reads it).
    export CCACHE_NOHASHDIR=1
fi
cmake -S . -B "$FUZZ_DIR" -G Ninja -DCAIRN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAIRN_WERROR=ON "${launcher[@]}" >/dev/null
cmake --build "$FUZZ_DIR" -j"$(nproc)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$FUZZ_DIR/artifacts"
status=0

# Replay: every committed seed must still pass (a fixed bug stays fixed).
for t in "${targets[@]}"; do
    if ! "$FUZZ_DIR/tests/fuzz/fuzz_$t" -runs=0 "tests/fuzz/corpus/$t" >"$FUZZ_DIR/replay_$t.log" 2>&1; then
        echo "fuzz_$t: a committed corpus input fails:" >&2
        tail -40 "$FUZZ_DIR/replay_$t.log" >&2
        status=1
    else
        echo "fuzz_$t: corpus replay ($(ls "tests/fuzz/corpus/$t" | wc -l) inputs) passed"
    fi
done
((seconds > 0)) || exit $status

run_one() {
    local t=$1 work="$FUZZ_DIR/corpus/$1"
    mkdir -p "$work"
    "$FUZZ_DIR/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=4096 -artifact_prefix="$FUZZ_DIR/artifacts/$t-" "$work" "tests/fuzz/corpus/$t" \
        >"$FUZZ_DIR/fuzz_$t.log" 2>&1
}
pids=()
for t in "${targets[@]}"; do
    run_one "$t" &
    pids+=($!)
    # Two at a time: CI has two cores.
    if ((${#pids[@]} == 2)); then
        for i in "${!pids[@]}"; do wait "${pids[$i]}" || true; done
        pids=()
    fi
done
for i in "${!pids[@]}"; do wait "${pids[$i]}" || true; done

for t in "${targets[@]}"; do
    log="$FUZZ_DIR/fuzz_$t.log"
    if grep -q '^Done [0-9]* runs' "$log"; then
        echo "fuzz_$t: $(grep -o '^Done [0-9]* runs in [0-9]* second(s)' "$log"), $(grep -o 'cov: [0-9]*' "$log" | tail -1), no crash"
    else
        echo "fuzz_$t FAILED:" >&2
        grep -E -A30 'ERROR|invariant failed|SUMMARY' "$log" | head -60 >&2 || tail -40 "$log" >&2
        ls "$FUZZ_DIR/artifacts/$t-"* 2>/dev/null >&2 || true
        status=1
    fi
done
exit $status
