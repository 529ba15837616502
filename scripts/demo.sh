#!/usr/bin/env bash
# Demo sandbox: try a real Cairn backup without a server or a bucket of your own.
#
#   scripts/demo.sh start   starts a local OpenSSH server (as you) and a local S3 server, and
#                           creates the client "Demo" with a key, a server, a storage target and
#                           the job "demo-files" pointing at them
#   scripts/demo.sh stop    stops both servers and removes the Demo client from Cairn
#
# Everything runs on 127.0.0.1. The demo's state (sample files, the S3 server's objects) lives in
# ${XDG_STATE_HOME:-~/.local/state}/cairn/demo and is thrown away by the next start or stop.
# Uses the same database as the app ($CAIRN_DB, else the platform data folder) unless --db is
# given, and the build's cairn-cli unless $CAIRN_CLI names another.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
fixtures=$repo/tests/fixtures

die()
{
    printf '%s\n' "$*" >&2
    exit 1
}

usage()
{
    die "Usage: scripts/demo.sh start|stop [--db PATH]"
}

cmd=${1:-}
shift || true
db_args=()
while (($#)); do
    case $1 in
    --db)
        (($# >= 2)) || usage
        db_args=(--db "$2")
        shift 2
        ;;
    *) usage ;;
    esac
done

cli=${CAIRN_CLI:-$repo/build/app/cairn-cli}
if [[ ! -x "$cli" ]]; then
    cli=$(command -v cairn-cli || true)
fi
[[ -n "$cli" && -x "$cli" ]] || die "cairn-cli was not found: build Cairn first with scripts/build.sh (or set CAIRN_CLI)."

state=${XDG_STATE_HOME:-$HOME/.local/state}/cairn/demo
client=Demo

cairn()
{
    "$cli" "${db_args[@]}" "$@"
}

# Removes the Demo client and everything in it that an earlier start created. Each step may find
# nothing to remove (a half-finished earlier start), so failures here are expected and ignored.
remove_demo_client()
{
    if ! cairn client list 2>/dev/null | awk '{print $1}' | grep -qx "$client"; then
        return 0
    fi
    cairn job remove demo-files --client "$client" >/dev/null 2>&1 || true
    cairn storage remove demo-storage --client "$client" >/dev/null 2>&1 || true
    cairn server remove demo-server --client "$client" >/dev/null 2>&1 || true
    cairn key remove demo-key --client "$client" >/dev/null 2>&1 || true
    cairn client remove "$client" >/dev/null ||
        die "The Demo client could not be removed (see above); remove what it still holds in Cairn and run the demo again."
}

stop_peers()
{
    if [[ -d "$state/sshd" ]]; then bash "$fixtures/sshd.sh" stop "$state/sshd" || true; fi
    if [[ -d "$state/s3" ]]; then bash "$fixtures/s3.sh" stop "$state/s3" || true; fi
}

value()
{
    # value KEY <<<"KEY=VALUE lines": prints VALUE.
    sed -n "s/^$1=//p" | head -n 1
}

start()
{
    command -v sshd >/dev/null || [[ -x /usr/sbin/sshd ]] ||
        die "The demo needs OpenSSH's server: run scripts/install-deps.sh --with-tests (it installs openssh-server) and try again."
    command -v node >/dev/null ||
        die "The demo's S3 server needs Node.js: run scripts/install-deps.sh --with-tests and try again."

    stop_peers
    remove_demo_client
    rm -rf -- "$state"
    mkdir -p "$state/sshd" "$state/s3" "$state/sample/documents" "$state/sample/photos"

    # Sample files, including names that trip up careless scripts.
    printf 'Quarterly numbers\n' >"$state/sample/documents/report 2026.txt"
    printf 'a "quoted" name\n' >"$state/sample/documents/it's \"quoted\".txt"
    head -c 4194304 /dev/urandom >"$state/sample/photos/holiday.raw"
    printf 'hello\n' >"$state/sample/-starts-with-a-dash"

    # No test owns these peers: they must outlive this script.
    unset CAIRN_FIXTURE_OWNER_PID CAIRN_FIXTURE_REMOVE_DIR
    local sshd s3
    sshd=$(bash "$fixtures/sshd.sh" start "$state/sshd") || die "The demo's SSH server did not start (see above)."
    s3=$(bash "$fixtures/s3.sh" start "$state/s3") || {
        stop_peers
        die "The demo's S3 server did not start (see above)."
    }

    cairn client add "$client" >/dev/null
    cairn key generate demo-key --client "$client" >/dev/null
    # The demo server is this machine as you: let Cairn's new key log in to it.
    cairn key export demo-key --client "$client" >>"$(value AUTHORIZED_KEYS <<<"$sshd")"
    cairn server add demo-server --client "$client" --key demo-key \
        --host "$(value HOST <<<"$sshd")" --port "$(value PORT <<<"$sshd")" --user "$(value USER <<<"$sshd")" \
        --trust-host-key "$(value HOST_KEY_SHA256 <<<"$sshd")" >/dev/null
    # The S3 server's secret reaches cairn-cli through its environment, never an argument.
    CAIRN_SECRET_ACCESS_KEY=$(value SECRET_ACCESS_KEY <<<"$s3") \
        cairn storage add demo-storage --client "$client" --provider custom \
        --endpoint "$(value ENDPOINT <<<"$s3")" --region "$(value REGION <<<"$s3")" \
        --bucket "$(value BUCKET <<<"$s3")" --access-key-id "$(value ACCESS_KEY_ID <<<"$s3")" \
        --addressing path >/dev/null </dev/null
    cairn job add demo-files --client "$client" --server demo-server --storage demo-storage \
        --paths "$state/sample" --keep-last 5 >/dev/null

    cat <<EOF
The demo is ready: client "Demo" with the server demo-server (this machine, over SSH on
127.0.0.1), the storage target demo-storage (a local S3 server) and the job demo-files.
Run it in the app (Jobs, then Run now), or here:
  $cli ${db_args[*]} job run demo-files --client Demo --wait
Stop the demo and remove the Demo client with: scripts/demo.sh stop
EOF
}

case $cmd in
start) start ;;
stop)
    stop_peers
    remove_demo_client
    rm -rf -- "$state"
    echo "The demo is stopped and the Demo client is removed."
    ;;
*) usage ;;
esac
