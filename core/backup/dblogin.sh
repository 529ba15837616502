# Cairn's database login helpers, shared by backup.sh and restore.sh: BackupScript and RestoreScript
# prepend this file to each script before it is sent to the host. Only functions and constants:
# each script sets the P_MODE and P_DB_* variables they read.

mysql_client() {
    if has mariadb; then echo mariadb; elif has mysql; then echo mysql; fi
}

# Connection options for the MySQL tools, as argv words (no secrets: the password goes in MYSQL_PWD).
declare -a MYSQL_ARGS=()
mysql_args() {
    MYSQL_ARGS=()
    [[ -n "$P_DB_USER" ]] && MYSQL_ARGS+=("--user=$P_DB_USER")
    if [[ "$P_DB_HOST" == /* ]]; then
        MYSQL_ARGS+=("--socket=$P_DB_HOST")
    elif [[ -n "$P_DB_HOST" ]]; then
        MYSQL_ARGS+=("--host=$P_DB_HOST" "--protocol=TCP")
    fi
    [[ -n "$P_DB_PORT" ]] && MYSQL_ARGS+=("--port=$P_DB_PORT")
}

# Runs "$@" as the database's OS user (sudo) or as ourselves, with the connection in the
# environment of that one command. The password is exported only inside this subshell.
db_exec() {
    if [[ "$P_MODE" == postgres ]]; then
        [[ -n "$P_DB_HOST" ]] && export PGHOST=$P_DB_HOST
        [[ -n "$P_DB_PORT" ]] && export PGPORT=$P_DB_PORT
        [[ -n "$P_DB_USER" ]] && export PGUSER=$P_DB_USER
        [[ "$P_DB_LOGIN" == password ]] && export PGPASSWORD=$P_DB_PASSWORD
    else
        [[ "$P_DB_LOGIN" == password ]] && export MYSQL_PWD=$P_DB_PASSWORD
    fi
    P_DB_PASSWORD=""
    if [[ "$P_DB_LOGIN" == sudo ]]; then
        local -a envs=()
        local name
        for name in PGHOST PGPORT PGUSER PGDATABASE; do
            [[ -n "${!name:-}" ]] && envs+=("$name=${!name}")
        done
        exec sudo -n -u "$P_DB_SUDO_USER" -- env "${envs[@]}" "$@"
    fi
    exec "$@"
}

# The rows of every table of the current PostgreSQL database, as "table_hex|rows" lines (run with
# psql -A -t; \gexec runs one count per table). Names are "schema.table", hex of their UTF-8 bytes
# (a name may hold a newline); extension-owned tables are not dumped, so not counted.
# shellcheck disable=SC2034 # read by backup.sh and restore.sh
PG_COUNT_SQL="SELECT format('SELECT %L, count(*) FROM %I.%I', encode(convert_to(n.nspname || '.' || c.relname, 'UTF8'), 'hex'), n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e') ORDER BY 1 \\gexec"
