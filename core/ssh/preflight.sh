# Cairn preflight probe: reports what this host offers for backups as key=value lines on stdout.
# It changes nothing (one empty temporary folder is created and removed again). Cairn runs it
# under bash after checking that bash exists, feeding it on stdin. Values are untrusted text to
# Cairn: it parses them strictly and shows them escaped.
set -u
export LC_ALL=C

# key=value, value cut to its first line and 200 characters. Builtins only: the probe runs before
# every backup, and four processes per line made up half of its time (0.2 s on a busy host).
report() {
    local value=${2%%$'\n'*}
    value=${value//$'\r'/}
    printf '%s=%s\n' "$1" "${value:0:200}"
}

has() {
    command -v "$1" > /dev/null 2>&1
}

echo cairn_preflight=1

if [ -r /etc/os-release ]; then
    # In a subshell, so nothing the file defines leaks into the rest of the probe.
    (
        # shellcheck disable=SC1091
        . /etc/os-release
        report os_id "${ID:-}"
        report os_like "${ID_LIKE:-}"
        report os_version "${VERSION_ID:-}"
        report os_name "${PRETTY_NAME:-}"
    )
fi
report kernel "$(uname -srm 2> /dev/null)"
report user "$(id -un 2> /dev/null)"
report uid "$(id -u 2> /dev/null)"
report bash "$BASH_VERSION"

if has tar; then
    report tar "$(tar --version 2> /dev/null)"
    for option in sparse xattrs acls selinux; do
        if tar -c "--$option" -f /dev/null -T /dev/null > /dev/null 2>&1; then
            report "tar_$option" 1
        else
            report "tar_$option" 0
        fi
    done
fi

if has curl; then
    report curl "$(curl --version 2> /dev/null | awk 'NR == 1 { print $2 }')"
fi
if has zstd; then
    report zstd "$(zstd --version 2> /dev/null | sed -n 's/.* v\([0-9][0-9.]*\).*/\1/p')"
fi
if has gzip; then
    report gzip "$(gzip --version 2> /dev/null | awk 'NR == 1 { print $2 }')"
fi
if has sha256sum; then
    report sha256sum "$(sha256sum --version 2> /dev/null | head -n 1)"
    [ -n "$(printf '' | sha256sum 2> /dev/null)" ] && report sha256sum_works 1
fi
if has openssl; then
    report openssl "$(openssl version 2> /dev/null)"
fi

tmp=${TMPDIR:-/tmp}
report tmp_dir "$tmp"
if has mktemp; then
    report mktemp 1
    if probe=$(mktemp -d "$tmp/cairn-preflight.XXXXXX" 2> /dev/null); then
        rmdir -- "$probe"
        report tmp_writable 1
    else
        report tmp_writable 0
    fi
fi
report tmp_free_kib "$(df -Pk -- "$tmp" 2> /dev/null | awk 'NR == 2 { print $4 }')"

for tool in mysqldump mariadb-dump pg_dump; do
    if has "$tool"; then
        report "$tool" "$("$tool" --version 2> /dev/null)"
    fi
done

if [ "$(id -u 2> /dev/null)" = 0 ]; then
    report sudo root
elif ! has sudo; then
    report sudo missing
elif sudo -n true > /dev/null 2>&1 < /dev/null; then
    report sudo ok
else
    report sudo password
fi

echo cairn_preflight_end=1
