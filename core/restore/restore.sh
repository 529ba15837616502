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
# A database restored over the original (over=1) is loaded into a staging database first
# (cairn_restore_<hex>); only after that load and the checksum succeeded is the original replaced:
# PostgreSQL renames both in one transaction (no session may use the original), MariaDB / MySQL
# (no RENAME DATABASE; no other connection may use the original either) takes a safety dump of the
# original, drops and recreates it and loads the verified dump, which was kept in the private temp
# folder; if that load fails the safety dump is loaded back. Any failure before the swap drops the
# staging database; the original is untouched.
#
# Protocol (one line each; desktop <- host on stdout, desktop -> host on stdin):
#   <- HELLO 1                          the script is parsed and running; send the parameters
#   -> key=value\0 ... end=\0           parameters
#   <- INFO key value                   tool versions, tar flags
#   <- PROGRESS bytes_downloaded 0      about once a second (also a heartbeat)
#   <- INFO files N                     drill: entries the archive unpacked to
#   <- INFO phase NAME                  over the original database: staging, swapping, dropping-old
#   <- INFO old-database-kept NAME      the replaced (PostgreSQL) or staging (MariaDB) database stayed
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
# Over the original database: its name, Cairn's name for the replaced one (PostgreSQL), and
# SWAPPING=1 while a MariaDB original is dropped and not yet loaded again (cleanup rolls back).
ORIGINAL_DB="" OLD_DB="" OLD_DB_NAME="" SWAPPING=0 MYSQL_CHARSET="" MYSQL_COLLATION=""

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
    if ((SWAPPING)); then
        mysql_rollback >/dev/null 2>&1 || keep_safety_dump >/dev/null 2>&1
    fi
    if ((DB_CREATED)); then
        drop_database "$P_DATABASE" >/dev/null 2>&1
    fi
    if [[ -n "$OLD_DB" ]]; then
        drop_database "$OLD_DB" >/dev/null 2>&1
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
        # Over the original: only the database the dump came from, never a drill.
        if ((P_OVER)); then
            [[ "$P_DATABASE" == "$P_SOURCE_DATABASE" ]] && ((!P_DRILL)) ||
                fail protocol "only the original database can be restored over"
        fi
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
        # Over the original the tables keep their owners, so the application's role still owns them
        # (a missing role fails the load here, in staging); a new database belongs to the login.
        local -a owner=(--no-owner)
        ((P_OVER)) && owner=()
        (export PGDATABASE=$P_DATABASE; db_exec pg_restore "${owner[@]}" --exit-on-error -d "$P_DATABASE") \
            2>"$TMP/load.err" || rc=$?
    elif ((P_OVER)); then
        # The verified dump is kept (private temp folder) to load into the original after the swap.
        tee -- "$TMP/dump.sql" | mysql_load "$P_DATABASE" || rc=$?
    else
        mysql_load "$P_DATABASE" || rc=$?
    fi
    cat >/dev/null
    exit "$rc"
}

mysql_load() {
    mysql_args
    local quoted
    quoted=$(mysql_ident "$P_SOURCE_DATABASE")
    # Through the environment: awk -v would interpret backslashes in the name.
    CAIRN_CREATE="CREATE DATABASE /*!32312 IF NOT EXISTS*/ $quoted" CAIRN_USE="USE $quoted;" \
        awk 'index($0, ENVIRON["CAIRN_CREATE"]) == 1 || $0 == ENVIRON["CAIRN_USE"] { next } { print }' |
        (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" "--database=$1") 2>"$TMP/load.err"
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
    if ((P_OVER)); then
        prepare_staging_database
        return
    fi
    if database_exists "$P_DATABASE"; then
        fail database-exists "$P_DATABASE"
    fi
    create_database "$P_DATABASE" || fail database "$(stderr_of "$TMP/db.err")"
    DB_CREATED=1
}

# A string literal for PostgreSQL whatever standard_conforming_strings says (E'' always escapes).
pg_literal() {
    local value=${1//\\/\\\\}
    printf "E'%s'" "${value//\'/\'\'}"
}

# Runs the SQL on stdin in one psql session on the maintenance database; output on stdout.
pg_admin() {
    (export PGDATABASE=postgres; db_exec psql -X -A -t -q -v ON_ERROR_STOP=1 2>"$TMP/db.err")
}

# SESSIONS: other sessions connected to the original (PostgreSQL cannot rename a database in use).
SESSIONS=0
pg_sessions() {
    SESSIONS=$(printf 'SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()\n' \
        "$(pg_literal "$ORIGINAL_DB")" | pg_admin) || fail database "$(stderr_of "$TMP/db.err")"
    [[ "$SESSIONS" =~ ^[0-9]{1,9}$ ]] || fail database "unexpected session count"
}

# MariaDB / MySQL: other connections using the original (it is dropped and reloaded, so they would
# see it empty meanwhile). PROCESSLIST shows other logins' connections only to a login with the
# PROCESS privilege; the name is compared inside the original itself (no literal to quote).
mysql_sessions() {
    mysql_args
    SESSIONS=$( (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" -N -B "--database=$ORIGINAL_DB" \
        -e 'SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()' \
        </dev/null) 2>"$TMP/db.err") || fail database "$(stderr_of "$TMP/db.err")"
    [[ "$SESSIONS" =~ ^[0-9]{1,9}$ ]] || fail database "unexpected session count"
}

# Over the original: the original must exist, and the dump goes into a staging database Cairn names
# itself (with the original's encoding and collation), so a failure never reaches the original.
prepare_staging_database() {
    ORIGINAL_DB=$P_DATABASE
    database_exists "$ORIGINAL_DB" || fail database-missing "$ORIGINAL_DB"
    local hex
    hex=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
    [[ "$hex" =~ ^[0-9a-f]{16}$ ]] || fail temp "no random name"
    P_DATABASE=cairn_restore_$hex
    OLD_DB_NAME=cairn_old_$hex
    if [[ "$P_MODE" == postgres ]]; then
        pg_sessions
        ((SESSIONS == 0)) || fail database-in-use "$SESSIONS"
        printf "SELECT format('CREATE DATABASE %%I TEMPLATE template0 ENCODING %%L LC_COLLATE %%L LC_CTYPE %%L', %s, pg_encoding_to_char(encoding), datcollate, datctype) FROM pg_database WHERE datname = %s \\gexec\n" \
            "$(pg_literal "$P_DATABASE")" "$(pg_literal "$ORIGINAL_DB")" | pg_admin >/dev/null ||
            fail database "$(stderr_of "$TMP/db.err")"
    else
        mysql_sessions
        ((SESSIONS == 0)) || fail database-in-use "$SESSIONS"
        mysql_args
        local charset
        # The original's character set and collation, asked inside it (no literal to quote).
        charset=$( (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" -N -B "--database=$ORIGINAL_DB" \
            -e 'SELECT @@character_set_database, @@collation_database' </dev/null) 2>"$TMP/db.err") ||
            fail database "$(stderr_of "$TMP/db.err")"
        read -r MYSQL_CHARSET MYSQL_COLLATION <<<"$charset"
        [[ "$MYSQL_CHARSET" =~ ^[A-Za-z0-9_]{1,64}$ && "$MYSQL_COLLATION" =~ ^[A-Za-z0-9_]{1,64}$ ]] ||
            fail database "unexpected character set of $ORIGINAL_DB"
        printf 'CREATE DATABASE %s CHARACTER SET %s COLLATE %s;\n' "$(mysql_ident "$P_DATABASE")" \
            "$MYSQL_CHARSET" "$MYSQL_COLLATION" |
            (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" 2>"$TMP/db.err") ||
            fail database "$(stderr_of "$TMP/db.err")"
    fi
    DB_CREATED=1
    say "INFO phase staging"
}

# PostgreSQL: both renames and the owner in one transaction, so the original is either the old
# database or the restored one; then the old one is dropped.
pg_swap() {
    pg_sessions
    ((SESSIONS == 0)) || fail database-in-use "$SESSIONS"
    local original old
    original=$(pg_literal "$ORIGINAL_DB")
    old=$(pg_literal "$OLD_DB_NAME")
    {
        printf "SET lock_timeout = '30s';\nBEGIN;\n"
        printf 'ALTER DATABASE %s RENAME TO %s;\n' "$(pg_ident "$ORIGINAL_DB")" "$(pg_ident "$OLD_DB_NAME")"
        printf 'ALTER DATABASE %s RENAME TO %s;\n' "$(pg_ident "$P_DATABASE")" "$(pg_ident "$ORIGINAL_DB")"
        printf "SELECT format('ALTER DATABASE %%I OWNER TO %%I', %s, pg_get_userbyid(datdba)) FROM pg_database WHERE datname = %s \\gexec\n" \
            "$original" "$old"
        # The original's grants (CONNECT, CREATE, TEMPORARY) come along; NULL means the defaults.
        printf "SELECT format('REVOKE ALL ON DATABASE %%I FROM PUBLIC', %s) FROM pg_database WHERE datname = %s AND datacl IS NOT NULL \\gexec\n" \
            "$original" "$old"
        printf "SELECT format('GRANT %%s ON DATABASE %%I TO %%s%%s', a.privilege_type, %s, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END, CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) FROM pg_database d, aclexplode(d.datacl) a WHERE d.datname = %s \\gexec\n" \
            "$original" "$old"
        printf 'COMMIT;\n'
    } | pg_admin >/dev/null
    # The old name exists only if the transaction committed: then the original is the restored copy.
    cp -f -- "$TMP/db.err" "$TMP/swap.err" 2>/dev/null
    if database_exists "$OLD_DB_NAME"; then
        OLD_DB=$OLD_DB_NAME
        DB_CREATED=0
    else
        if grep -q 'being accessed by other users' "$TMP/swap.err"; then
            pg_sessions
            fail database-in-use "$((SESSIONS > 0 ? SESSIONS : 1))"
        fi
        fail swap "$(stderr_of "$TMP/swap.err")"
    fi
    say "INFO phase dropping-old"
    if drop_database "$OLD_DB" && ! database_exists "$OLD_DB"; then
        OLD_DB=""
    else
        info old-database-kept "$OLD_DB"
        OLD_DB=""
    fi
}

restore_dump_tool() {
    if has mariadb-dump; then echo mariadb-dump; elif has mysqldump; then echo mysqldump; fi
}

# SQL on stdin to the MySQL server, outside any database.
mysql_admin() {
    mysql_args
    (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" 2>"$TMP/db.err")
}

mysql_recreate_original() {
    printf 'SET SESSION lock_wait_timeout = 60;\nSET SESSION foreign_key_checks = 0;\nDROP DATABASE IF EXISTS %s;\nCREATE DATABASE %s CHARACTER SET %s COLLATE %s;\n' \
        "$(mysql_ident "$ORIGINAL_DB")" "$(mysql_ident "$ORIGINAL_DB")" "$MYSQL_CHARSET" "$MYSQL_COLLATION" |
        mysql_admin
}

# The original as it was before the swap, from the safety dump.
mysql_rollback() {
    SWAPPING=0
    mysql_recreate_original || return 1
    mysql_args
    (db_exec "$(mysql_client)" "${MYSQL_ARGS[@]}" "--database=$ORIGINAL_DB") <"$TMP/safety.sql" \
        2>"$TMP/rollback.err"
}

# When even the rollback failed, the safety dump outlives the temp folder (mode 0600); its path.
keep_safety_dump() {
    local kept
    kept=$(mktemp "${TMPDIR:-/tmp}/cairn-safety-XXXXXXXX") && mv -f -- "$TMP/safety.sql" "$kept" && echo "$kept"
}

# Runs "$@" in the background and reports progress every second meanwhile (the desktop stops a
# host that is silent for minutes; a large database takes that long), honouring STOP; its status.
heartbeat() {
    "$@" &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        check_stop
        say "PROGRESS $P_SIZE 0"
    done
    wait "$pid"
}

mysql_load_verified() {
    mysql_load "$ORIGINAL_DB" <"$TMP/dump.sql"
}

# After a failed swap: the safety dump back into the original, then one FAIL either way.
mysql_give_back() {
    if heartbeat mysql_rollback; then
        SWAPPING=0
        fail swap-rolled-back "$1"
    fi
    SWAPPING=0
    fail swap-failed "$(keep_safety_dump) $1"
}

mysql_safety_dump() {
    local tool=$1
    mysql_args
    (db_exec "$tool" "${MYSQL_ARGS[@]}" --single-transaction --routines --events --triggers --hex-blob \
        -- "$ORIGINAL_DB") >"$TMP/safety.sql" 2>"$TMP/safety.err"
}

# MariaDB / MySQL: no RENAME DATABASE. A safety dump of the original, then drop, recreate and load
# the verified dump; if that load fails, the safety dump goes back in.
mysql_swap() {
    local tool
    tool=$(restore_dump_tool)
    [[ -n "$tool" ]] || fail missing-tool mysqldump
    mysql_sessions
    ((SESSIONS == 0)) || fail database-in-use "$SESSIONS"
    heartbeat mysql_safety_dump "$tool" || fail safety-dump "$(stderr_of "$TMP/safety.err")"
    SWAPPING=1
    if ! mysql_recreate_original; then
        local why
        why=$(stderr_of "$TMP/db.err")
        mysql_give_back "$why"
    fi
    if ! heartbeat mysql_load_verified; then
        local why
        why=$(stderr_of "$TMP/load.err")
        mysql_give_back "$why"
    fi
    SWAPPING=0
    rm -f -- "$TMP/safety.sql" "$TMP/dump.sql"
    say "INFO phase dropping-old"
    drop_database "$P_DATABASE" || info old-database-kept "$P_DATABASE"
    DB_CREATED=0
}

swap_database() {
    say "INFO phase swapping"
    if [[ "$P_MODE" == postgres ]]; then
        pg_swap
    else
        mysql_swap
    fi
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
    [[ -n "$ORIGINAL_DB" ]] && swap_database
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
