#!/bin/bash
# Formats Cairn's C++ sources with the repository's .clang-format.
#   scripts/format.sh              rewrite every C++ file in place
#   scripts/format.sh --check      change nothing; list unformatted files and exit 1 if there are any (CI)
#   scripts/format.sh [--check] FILE...   only these files
# CLANG_FORMAT names another clang-format binary (default: clang-format from PATH, Debian 12 ships 14).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
clang_format=${CLANG_FORMAT:-clang-format}
check=0
if [[ ${1:-} == --check ]]; then
    check=1
    shift
fi
case ${1:-} in
-h | --help)
    sed -n '2,6s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac

if ! command -v "$clang_format" >/dev/null; then
    echo "clang-format is not installed: run 'apt-get install clang-format' and try again." >&2
    exit 2
fi

cd "$root"
files=()
if [[ $# -gt 0 ]]; then
    files=("$@")
elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and new files, without what .gitignore excludes (build dirs, node_modules).
    while IFS= read -r -d '' f; do
        [[ -f $f ]] && files+=("$f")
    done < <(git ls-files -z --cached --others --exclude-standard -- \
        '*.cpp' '*.h' '*.hpp' '*.cc' '*.cxx')
else
    while IFS= read -r -d '' f; do
        files+=("$f")
    done < <(find . \( -path './build*' -o -name node_modules -o -path './.git' \) -prune -o \
        -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' -o -name '*.cc' -o -name '*.cxx' \) -print0)
fi

if [[ ${#files[@]} -eq 0 ]]; then
    echo "No C++ files to format." >&2
    exit 0
fi

if [[ $check -eq 1 ]]; then
    bad=()
    for f in "${files[@]}"; do
        # The diagnostics show each place that would change.
        if ! "$clang_format" --style=file --dry-run -Werror -- "$f"; then
            bad+=("$f")
        fi
    done
    if [[ ${#bad[@]} -gt 0 ]]; then
        echo >&2
        printf '  %s\n' "${bad[@]}" >&2
        echo "${#bad[@]} of ${#files[@]} C++ files are not formatted: run scripts/format.sh and commit the result." >&2
        exit 1
    fi
    echo "All ${#files[@]} C++ files are formatted."
else
    printf '%s\0' "${files[@]}" | xargs -0 "$clang_format" --style=file -i --
    echo "Formatted ${#files[@]} C++ files."
fi
