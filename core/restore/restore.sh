# Cairn restore script: runs on the target host under bash, fed on stdin (`bash -s`). It downloads
# one archive through a presigned GET and, in the same stream, hashes it, decrypts and decompresses
# it and extracts it (files) or loads it (databases), or only hashes it (verify). Nothing of the
# archive is written to disk but what it restores.
#
# The URL and any passphrase arrive as DATA after the script (NUL-terminated key=value records),
# never in argv: the URL reaches curl through its config on a pipe (`curl -K -`), the passphrase
# reaches openssl through fd 3 (`-pass fd:3`).
#
# Files go into a staging folder beside the target (same filesystem), and only after the archive's
# size and SHA-256 match the manifest are they moved into place with rename(2). Any failure or a
# STOP removes the staging folder and leaves the target exactly as it was.
#
# Protocol (one line each; desktop <- host on stdout, desktop -> host on stdin):
#   <- HELLO 1                          the script is parsed and running; send the parameters
#   -> key=value\0 ... end=\0           parameters
#   <- INFO key value                   tool versions, tar flags
#   <- PROGRESS bytes_downloaded 0      about once a second (also a heartbeat)
#   <- INFO files N                     drill: entries the archive unpacked to
#   <- ROWS table_hex rows              database drill: one restored table's rows (name as hex of
#                                       its UTF-8 bytes, "schema.table" as backup.sh names it)
#   <- DONE bytes sha256 unpacked_bytes stage=status,...   (unpacked_bytes: drill only, else 0)
#   <- FAIL code detail                 then exit non-zero; the target is untouched
# The desktop may send STOP at any time; the script then stops everything and cleans up.
set -u
set -o pipefail
export LC_ALL=C
umask 077

P_VERSION=1
declare -a P_MEMBERS=()
P_MODE="" P_URL="" P_SIZE="" P_SHA="" P_COMPRESSION=zstd P_ENCRYPTED=0 P_PASS="" P_ITER=200000
P_DEST="" P_ROOT="" P_OVER=0 P_DATABASE="" P_SOURCE_DATABASE="" P_DRILL=0
P_DB_LOGIN=socket P_DB_USER="" P_DB_HOST="" P_DB_PORT="" P_DB_SUDO_USER="" P_DB_PASSWORD=""

TMP="" STAGE="" MAIN_PID=$$ CLEANED=0 PIPE_PID="" DB_CREATED=0

say() {
    printf '%s\n' "$*" 2>/dev/null || exit 141
}

# Untrusted text (names, stderr) on one protocol line: no control characters, bounded.
oneline() {
    local text=${1//[$'\001'-$'\037'$'\177']/?}
    printf '%s' "${text:0:${2:-300}}"
}

fail() {
    local code=$1
    shift
    say "FAIL $code $(oneline "$*" 1000)"
    exit 1
}

# Every process this script started, deepest first.
descendants() {
    local pid child
    for pid in "$@"; do
        for child in $(pgrep -P "$pid" 2>/dev/null); do
            [[ "$child" == "$BASHPID" ]] && continue
            descendants "$child"
            echo "$child"
        done
    done
}

kill_everything() {
    local -a pids
    mapfile -t pids < <(descendants "$MAIN_PID")
    ((${#pids[@]})) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null
    local i
    for ((i = 0; i < 20; i++)); do
        mapfile -t pids < <(descendants "$MAIN_PID")
        ((${#pids[@]})) || return 0
        sleep 0.1
    done
    kill -KILL "${pids[@]}" 2>/dev/null
}

cleanup() {
    local status=$?
    ((CLEANED)) && return
    CLEANED=1
    trap '' PIPE HUP INT TERM
    P_PASS="" P_URL=""
    kill_everything
    if [[ -n "$STAGE" && -d "$STAGE" ]]; then
        rm -rf -- "$STAGE"
    fi
    if ((DB_CREATED)); then
        drop_database "$P_DATABASE" >/dev/null 2>&1
    fi
    if [[ -n "$TMP" && -d "$TMP" ]]; then
        rm -rf -- "$TMP"
    fi
    P_DB_PASSWORD=""
    exit "$status"
}

trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

read_parameters() {
    local record key value seen_end=0
    while IFS= read -r -d '' -t 60 record; do
        key=${record%%=*}
        value=${record#*=}
        case $key in
        version) [[ "$value" == "$P_VERSION" ]] || fail protocol "unsupported parameter version $value" ;;
        mode) P_MODE=$value ;;
        url) P_URL=$value ;;
        size) P_SIZE=$value ;;
        sha256) P_SHA=$value ;;
        compression) P_COMPRESSION=$value ;;
        encrypted) P_ENCRYPTED=$value ;;
        pass) P_PASS=$value ;;
        iter) P_ITER=$value ;;
        dest) P_DEST=$value ;;
        root) P_ROOT=$value ;;
        over) P_OVER=$value ;;
        member) P_MEMBERS+=("$value") ;;
        database) P_DATABASE=$value ;;
        source_database) P_SOURCE_DATABASE=$value ;;
        drill) P_DRILL=$value ;;
        db_login) P_DB_LOGIN=$value ;;
        db_user) P_DB_USER=$value ;;
        db_host) P_DB_HOST=$value ;;
        db_port) P_DB_PORT=$value ;;
        db_sudo_user) P_DB_SUDO_USER=$value ;;
        db_password) P_DB_PASSWORD=$value ;;
        end)
            seen_end=1
            break
            ;;
        *) fail protocol "unknown parameter ${key:0:40}" ;;
        esac
    done
    ((seen_end)) || fail protocol "the parameters did not arrive"
    [[ "$P_URL" =~ ^https?://[^[:space:]\"\\]+$ ]] || fail protocol "the URL is malformed"
    [[ "$P_SIZE" =~ ^[0-9]{1,16}$ ]] || fail protocol "the size is not a number"
    [[ "$P_SHA" =~ ^[0-9a-f]{64}$ ]] || fail protocol "the SHA-256 is malformed"
    [[ "$P_ITER" =~ ^[0-9]{1,9}$ && "$P_OVER" =~ ^[01]$ && "$P_ENCRYPTED" =~ ^[01]$ && "$P_DRILL" =~ ^[01]$ ]] ||
        fail protocol "a numeric parameter is not a number"
    case $P_COMPRESSION in zstd | gzip | none) ;; *) fail protocol "unknown compression" ;; esac
    case $P_MODE in
    verify) ;;
    drill)
        # The scratch folder's parent; the host's temp folder when empty.
        [[ -z "$P_DEST" || "$P_DEST" == /* ]] || fail protocol "the scratch folder is not an absolute path"
        ;;
    files)
        [[ "$P_DEST" == /* ]] || fail protocol "the target folder is not an absolute path"
        # The subfolder of the archive that becomes the target: relative, without "..".
        [[ "$P_ROOT" != /* && "/$P_ROOT/" != */../* ]] || fail protocol "the archive folder is not relative"
        ;;
    mysql | postgres)
        [[ -n "$P_DATABASE" && -n "$P_SOURCE_DATABASE" ]] || fail protocol "no database name"
        # A drill's scratch database is Cairn's own, dropped on every exit: never an existing one.
        ((!P_DRILL)) || [[ "$P_DATABASE" =~ ^cairn_drill_[0-9a-f]{8,32}$ ]] ||
            fail protocol "the scratch database name is not Cairn's"
        ;;
    *) fail protocol "unknown mode" ;;
    esac
    ((P_ENCRYPTED == 0)) || [[ -n "$P_PASS" ]] || fail protocol "the archive is encrypted but no key came"
}

has() {
    command -v "$1" >/dev/null 2>&1
}

info() {
    say "INFO $1 $(oneline "$2" 200)"
}

curl_quote() {
    local value=${1//\\/\\\\}
    printf '"%s"' "${value//\"/\\\"}"
}

# The archive on stdout. The URL reaches curl only through its config on a pipe.
fetch() {
    {
        printf 'url = %s\n' "$(curl_quote "$P_URL")"
        printf 'proto = "=http,https"\nsilent\nshow-error\nfail\nconnect-timeout = 30\n'
        printf 'speed-limit = 1024\nspeed-time = 120\n'
    } | curl -K - 2>"$TMP/curl.err"
}

decrypt() {
    if ((P_ENCRYPTED)); then
        # printf is a builtin and the process substitution a pipe: the key never reaches argv or disk.
        exec openssl enc -d -aes-256-ctr -pbkdf2 -iter "$P_ITER" -md sha256 -pass fd:3 \
            3< <(printf '%s' "$P_PASS") 2>"$TMP/decrypt.err"
    fi
    exec cat
}

decompress() {
    case $P_COMPRESSION in
    zstd) exec zstd -d -c -q 2>"$TMP/decompress.err" ;;
    gzip) exec gzip -d -c 2>"$TMP/decompress.err" ;;
    *) exec cat ;;
    esac
}

declare -a TAR_FLAGS=()
probe_tar() {
    has tar || fail missing-tool tar
    local version
    version=$(tar --version 2>/dev/null | head -n 1)
    [[ "$version" == *"GNU tar"* ]] || fail missing-tool "GNU tar (found: $version)"
    info tar "$version"
    # Modes always; owners, every xattr namespace and SELinux labels only where this user may set them.
    TAR_FLAGS=(--numeric-owner --preserve-permissions)
    local option
    for option in xattrs acls selinux; do
        if tar -c "--$option" -f /dev/null -T /dev/null >/dev/null 2>&1; then
            TAR_FLAGS+=("--$option")
        fi
    done
    if ((EUID == 0)); then
        TAR_FLAGS+=(--same-owner)
        [[ " ${TAR_FLAGS[*]} " == *" --xattrs "* ]] && TAR_FLAGS+=("--xattrs-include=*")
    else
        TAR_FLAGS+=(--no-same-owner)
        [[ " ${TAR_FLAGS[*]} " == *" --selinux "* ]] && TAR_FLAGS=("${TAR_FLAGS[@]/--selinux/}")
        [[ " ${TAR_FLAGS[*]} " == *" --xattrs "* ]] && TAR_FLAGS+=("--xattrs-include=user.*")
    fi
    info tar_flags "${TAR_FLAGS[*]}"
}

# tar reads to the end of the stream even when it fails or stops at the end-of-archive blocks, so
# the hash upstream always sees every byte (a corrupted archive is then reported as corrupted).
extract() {
    local -a members=()
    ((${#P_MEMBERS[@]})) && members=(--null --verbatim-files-from -T "$TMP/members")
    local rc=0
    tar -x -f - -C "$STAGE" "${TAR_FLAGS[@]}" "${members[@]}" 2>"$TMP/load.err" || rc=$?
    cat >/dev/null
    exit "$rc"
}

# SQL identifiers quoted for each server; names travel as data (stdin of the client), never argv.
mysql_ident() {
    printf '`%s`' "${1//\`/\`\`}"
}

pg_ident() {
    printf '"%s"' "${1//\"/\"\"}"
}

database_exists() {
    local names name
    if [[ "$P_MODE" == postgres ]]; then
        names=$(printf 'SELECT datname FROM pg_database\n' |
            (export PGDATABASE=postgres; db_exec psql -X -A -t -q -v ON_ERROR_STOP=1 2>"$TMP/db.err"))
    else
        mysql_args
        names=$(printf 'SHOW DATABASES;\n' | (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" -N -B 2>"$TMP/db.err"))
    fi || fail database "$(stderr_of "$TMP/db.err")"
    while IFS= read -r name; do
        [[ "$name" == "$1" ]] && return 0
    done <<<"$names"
    return 1
}

create_database() {
    if [[ "$P_MODE" == postgres ]]; then
        printf 'CREATE DATABASE %s\n' "$(pg_ident "$1")" |
            (export PGDATABASE=postgres; db_exec psql -X -q -v ON_ERROR_STOP=1 2>"$TMP/db.err" >/dev/null)
    else
        mysql_args
        printf 'CREATE DATABASE %s;\n' "$(mysql_ident "$1")" |
            (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" 2>"$TMP/db.err")
    fi
}

drop_database() {
    if [[ "$P_MODE" == postgres ]]; then
        printf 'DROP DATABASE IF EXISTS %s\n' "$(pg_ident "$1")" |
            (export PGDATABASE=postgres; db_exec psql -X -q -v ON_ERROR_STOP=1 2>/dev/null >/dev/null)
    else
        mysql_args
        printf 'DROP DATABASE IF EXISTS %s;\n' "$(mysql_ident "$1")" |
            (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" 2>/dev/null)
    fi
}

# The rows of every table in the scratch database, named as backup.sh names them in the manifest
# (the same queries): "schema.table" for PostgreSQL, "source_database.table" for MariaDB / MySQL.
MYSQL_COUNT_SQL="SELECT CONCAT('SELECT ''', HEX(TABLE_NAME), ''', COUNT(*) FROM \`', REPLACE(TABLE_SCHEMA, '\`', '\`\`'), '\`.\`', REPLACE(TABLE_NAME, '\`', '\`\`'), '\`;') FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"

count_rows() {
    local name rows prefix=""
    if [[ "$P_MODE" == postgres ]]; then
        printf '%s\n' "$PG_COUNT_SQL" |
            (export PGDATABASE=$P_DATABASE; db_exec psql -X -A -t -q -v ON_ERROR_STOP=1) 2>"$TMP/count.err" |
            tr '|' ' ' >"$TMP/rows" || fail count "$(stderr_of "$TMP/count.err")"
    else
        mysql_args
        (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" -N -B -r "--database=$P_DATABASE" -e "$MYSQL_COUNT_SQL" \
            </dev/null) >"$TMP/count.sql" 2>"$TMP/count.err" || fail count "$(stderr_of "$TMP/count.err")"
        (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" -N -B <"$TMP/count.sql") 2>"$TMP/count.err" |
            tr '\t' ' ' >"$TMP/rows" || fail count "$(stderr_of "$TMP/count.err")"
        # The restored tables sit in the scratch database; the manifest names the source database.
        prefix=$(printf '%s.' "$P_SOURCE_DATABASE" | od -An -v -tx1 | tr -d ' \n')
    fi
    while read -r name rows; do
        [[ "$name" =~ ^[0-9a-fA-F]{2,2000}$ && "$rows" =~ ^[0-9]{1,18}$ ]] || fail count "unexpected output"
        name=$prefix$name
        say "ROWS ${name,,} $rows"
    done <"$TMP/rows"
}

# The dump made with mysqldump --databases names its database in two lines (CREATE DATABASE, USE);
# only those two lines are dropped, so the rest loads into the database the client connects to.
load_database() {
    local rc=0
    if [[ "$P_MODE" == postgres ]]; then
        (export PGDATABASE=$P_DATABASE; db_exec pg_restore --no-owner --exit-on-error -d "$P_DATABASE") \
            2>"$TMP/load.err" || rc=$?
    else
        mysql_args
        local quoted
        quoted=$(mysql_ident "$P_SOURCE_DATABASE")
        # Through the environment: awk -v would interpret backslashes in the name.
        CAIRN_CREATE="CREATE DATABASE /*!32312 IF NOT EXISTS*/ $quoted" CAIRN_USE="USE $quoted;" \
            awk 'index($0, ENVIRON["CAIRN_CREATE"]) == 1 || $0 == ENVIRON["CAIRN_USE"] { next } { print }' |
            (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" "--database=$P_DATABASE") 2>"$TMP/load.err" ||
            rc=$?
    fi
    cat >/dev/null
    exit "$rc"
}

consume() {
    case $P_MODE in
    files | drill) extract ;;
    verify) exec cat >/dev/null ;;
    *) load_database ;;
    esac
}

prepare_files_target() {
    probe_tar
    while [[ "$P_DEST" == ?*/ ]]; do P_DEST=${P_DEST%/}; done
    local parent
    parent=$(dirname -- "$P_DEST")
    [[ -d "$parent" ]] || fail target-parent "$parent"
    if [[ -e "$P_DEST" || -L "$P_DEST" ]]; then
        if ((!P_OVER)); then
            # An empty folder is replaced as one rename; anything else needs the user's confirmation.
            [[ -d "$P_DEST" && ! -L "$P_DEST" ]] && [[ -z "$(ls -A -- "$P_DEST" 2>/dev/null)" ]] ||
                fail target-exists "$P_DEST"
        fi
    fi
    STAGE=$(mktemp -d "$parent/.cairn-restore-XXXXXXXX" 2>/dev/null) || fail target-write "$parent"
    if ((${#P_MEMBERS[@]})); then
        printf '%s\0' "${P_MEMBERS[@]}" >"$TMP/members" || fail temp "$TMP"
    fi
}

prepare_database_target() {
    if [[ "$P_MODE" == postgres ]]; then
        has pg_restore || fail missing-tool pg_restore
        has psql || fail missing-tool psql
    else
        [[ -n "$(mysql_client)" ]] || fail missing-tool mysql
    fi
    if database_exists "$P_DATABASE"; then
        fail database-exists "$P_DATABASE"
    fi
    create_database "$P_DATABASE" || fail database "$(stderr_of "$TMP/db.err")"
    DB_CREATED=1
}

# Moves the verified tree into place: a rename on the same filesystem, so the target is either
# as it was or complete. Over an existing target, the old one is renamed aside first and only
# removed once the new one is in place.
move_into_place() {
    local source=$STAGE
    [[ -n "$P_ROOT" ]] && source=$STAGE/$P_ROOT
    [[ -e "$source" || -L "$source" ]] || fail not-in-archive "$P_ROOT"
    # The target folder itself gets the usual mode when the archive does not carry it.
    [[ -z "$P_ROOT" ]] && chmod 0755 -- "$STAGE"
    if ((P_OVER)) && [[ -e "$P_DEST" || -L "$P_DEST" ]]; then
        local old
        old=$(mktemp -u "$(dirname -- "$P_DEST")/.cairn-old-XXXXXXXX")
        mv -T -- "$P_DEST" "$old" || fail move "cannot move $P_DEST aside"
        if ! mv -T -- "$source" "$P_DEST"; then
            mv -T -- "$old" "$P_DEST"
            fail move "cannot move the restored files to $P_DEST"
        fi
        rm -rf -- "$old"
    else
        mv -T -- "$source" "$P_DEST" 2>"$TMP/move.err" || fail move "$(tail -c 300 "$TMP/move.err")"
    fi
    rm -rf -- "$STAGE"
    STAGE=""
}

check_stop() {
    local line status=0
    IFS= read -r -t 1 line || status=$?
    if ((status > 128)); then
        return 0 # nothing from the desktop within the second
    elif ((status != 0)); then
        exit 1 # stdin closed: the desktop is gone
    fi
    [[ "$line" == STOP ]] && fail cancelled "stopped by Cairn"
    fail protocol "unexpected line from Cairn"
}

downloaded() {
    local key value bytes=0
    if [[ -n "$TEE_PID" && -r "/proc/$TEE_PID/io" ]]; then
        while read -r key value; do
            [[ "$key" == rchar: ]] && bytes=$value
        done <"/proc/$TEE_PID/io" 2>/dev/null
    fi
    echo "$bytes"
}

stderr_of() {
    tail -c 400 -- "$1" 2>/dev/null | tr '\n\r' '  '
}

TEE_PID=""
main() {
    say "HELLO $P_VERSION"
    read_parameters

    TMP=$(mktemp -d "${TMPDIR:-/tmp}/cairn-restore.XXXXXXXX" 2>/dev/null) ||
        fail temp "cannot create a temporary folder in ${TMPDIR:-/tmp}"
    mkfifo -m 600 "$TMP/sha.fifo" "$TMP/size.fifo" || fail temp "cannot create pipes in $TMP"

    has curl || fail missing-tool curl
    info curl "$(curl --version 2>/dev/null | head -n 1)"
    if [[ "$P_MODE" != verify ]]; then
        case $P_COMPRESSION in
        zstd) has zstd || fail missing-tool zstd ;;
        gzip) has gzip || fail missing-tool gzip ;;
        esac
        ((P_ENCRYPTED)) && { has openssl || fail missing-tool openssl; }
    fi
    case $P_MODE in
    files) prepare_files_target ;;
    drill)
        probe_tar
        STAGE=$(mktemp -d "${P_DEST:-$TMP}/.cairn-drill-XXXXXXXX" 2>/dev/null) || fail target-write "${P_DEST:-$TMP}"
        mkfifo -m 600 "$TMP/plain.fifo" || fail temp "cannot create pipes in $TMP"
        wc -c <"$TMP/plain.fifo" >"$TMP/plain" &
        ;;
    mysql | postgres) prepare_database_target ;;
    esac

    # OpenSSL's SHA-256 uses the CPU's SHA instructions; coreutils' sha256sum does not.
    if has openssl; then
        openssl dgst -sha256 -r <"$TMP/sha.fifo" >"$TMP/sha256" &
    else
        sha256sum <"$TMP/sha.fifo" >"$TMP/sha256" &
    fi
    local sha_pid=$!
    wc -c <"$TMP/size.fifo" >"$TMP/size" &
    local size_pid=$!

    (
        exec 0</dev/null
        if [[ "$P_MODE" == drill ]]; then
            # The unpacked tar stream is counted too: it must be as long as tar's output at backup time.
            fetch | (echo "$BASHPID" >"$TMP/tee.pid" && exec tee -p "$TMP/sha.fifo" "$TMP/size.fifo") |
                (decrypt) | (decompress) | tee "$TMP/plain.fifo" | (consume)
            local -a statuses=("${PIPESTATUS[@]}")
            echo "${statuses[0]} ${statuses[1]} ${statuses[2]} ${statuses[3]} ${statuses[5]}" >"$TMP/status"
        else
            fetch | (echo "$BASHPID" >"$TMP/tee.pid" && exec tee -p "$TMP/sha.fifo" "$TMP/size.fifo") |
                (decrypt) | (decompress) | (consume)
            echo "${PIPESTATUS[*]}" >"$TMP/status"
        fi
    ) &
    PIPE_PID=$!

    while kill -0 "$PIPE_PID" 2>/dev/null; do
        check_stop
        [[ -z "$TEE_PID" && -s "$TMP/tee.pid" ]] && read -r TEE_PID <"$TMP/tee.pid"
        say "PROGRESS $(downloaded) 0"
    done
    wait "$PIPE_PID"
    PIPE_PID=""
    wait "$sha_pid"
    wait "$size_pid"
    P_URL="" P_PASS=""

    local -a stages=()
    read -r -a stages <"$TMP/status" 2>/dev/null
    ((${#stages[@]} == 5)) || fail internal "pipeline status missing"
    local sha size
    read -r sha _ <"$TMP/sha256"
    read -r size <"$TMP/size"
    # Integrity first: a changed archive would also break the stages after it, but this is the cause.
    ((stages[0] == 0)) || fail download "curl exit ${stages[0]}: $(stderr_of "$TMP/curl.err")"
    [[ "$size" == "$P_SIZE" ]] || fail size "$size $P_SIZE"
    [[ "$sha" == "$P_SHA" ]] || fail checksum "$sha $P_SHA"
    ((stages[1] == 0)) || fail internal "tee exit ${stages[1]}"
    ((stages[2] == 0)) || fail decrypt "exit ${stages[2]}: $(stderr_of "$TMP/decrypt.err")"
    ((stages[3] == 0)) || fail decompress "exit ${stages[3]}: $(stderr_of "$TMP/decompress.err")"
    ((stages[4] == 0)) || fail load "exit ${stages[4]}: $(stderr_of "$TMP/load.err")"

    local unpacked=0
    [[ "$P_MODE" == files ]] && move_into_place
    if [[ "$P_MODE" == drill ]]; then
        wait
        read -r unpacked <"$TMP/plain"
        # One byte per entry: names may hold newlines.
        info files "$(find "$STAGE" -mindepth 1 -printf x | wc -c)"
        rm -rf -- "$STAGE"
        STAGE=""
    fi
    if ((P_DRILL)); then
        count_rows
        drop_database "$P_DATABASE" || fail drop "$P_DATABASE"
        DB_CREATED=0
        database_exists "$P_DATABASE" && fail drop "$P_DATABASE"
    fi
    DB_CREATED=0
    say "DONE $size $sha ${unpacked:-0} fetch=${stages[0]},decrypt=${stages[2]},decompress=${stages[3]},load=${stages[4]}"
    exit 0
}

# main never returns; this must stay the last line (what follows it on stdin is data, not script).
main; exit 1
