#!/usr/bin/env bash
# Builds the hostile test tree for tst_backupfiles: names chosen to break scripts, every file
# property tar must keep, and TOTAL_MIB of incompressible data.
#   maketree.sh ROOT [BIG_MIB] [MEDIUM_MIB]
set -euo pipefail
root=$1
big=${2:-200}
medium=${3:-56}
mkdir -p "$root/sub dir/deeper"
cd "$root"
printf 'spaces\n' >'a file with spaces'
printf 'newline\n' >$'new\nline'
printf 'quotes\n' >"it's \"quoted\""
# A '/' cannot be part of a name, so these are folders and a file: "$(touch ", "tmp", "pwned)".
# shellcheck disable=SC2016 # the literal name is the point
mkdir -p '$(touch /tmp' '`touch /tmp'
# shellcheck disable=SC2016
printf 'dollar\n' >'$(touch /tmp/pwned)'
# shellcheck disable=SC2016
printf 'backtick\n' >'`touch /tmp/pwned`'
printf 'dash\n' >'--help'
printf 'dash\n' >'-rf'
printf 'C\n' >'-C'
printf 'bytes\n' >$'latin1-\xe9\xff'
: >empty1
: >'sub dir/empty2'
ln -s 'a file with spaces' link-to-spaces
ln -s /nonexistent/target dangling
ln -- '-C' 'hard link to -C'
truncate -s 64M sparse
printf 'tail of the sparse file' >>sparse
printf 'with xattr\n' >xattr-file
setfattr -n user.cairn -v 'hello xattr' xattr-file
chmod 640 'a file with spaces'
chmod 4755 'sub dir/deeper'
chown 1234:5678 'sub dir/empty2'
head -c "${big}M" /dev/urandom >big
head -c "${medium}M" /dev/urandom >'sub dir/deeper/medium'
