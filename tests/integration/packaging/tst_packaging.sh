#!/bin/bash
# tst_packaging.sh SOURCE_DIR BINARY_DIR
# Validates packaging/*.desktop and the AppStream metainfo, builds the .deb with `cpack -G DEB` into a
# temporary directory, and checks the package: files, control fields, dependencies, that the files
# inside equal the sources, that the packaged binaries run, and that apt could install it here.
set -euo pipefail

src=${1:?usage: tst_packaging.sh SOURCE_DIR BINARY_DIR}
bin=${2:?usage: tst_packaging.sh SOURCE_DIR BINARY_DIR}
app_id=org.cairnbackup.Cairn
pkg=$src/packaging

failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
pass() { printf 'PASS: %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
# The value of KEY in the [Desktop Entry] group of a .desktop file (untranslated key only).
desktop_value() {
    awk -F= -v key="$2" '/^\[/ { group = $0; next } group == "[Desktop Entry]" && $1 == key {
        sub(/^[^=]*=/, ""); print; exit }' "$1"
}

# A space in the temp path makes sure nothing below splits paths.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cairn packaging.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

for tool in desktop-file-validate appstreamcli cpack dpkg-deb dpkg-shlibdeps apt-get; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (see the setup script)" >&2; exit 1; }
done

# --- desktop entries: the validator's exit code covers errors; warnings fail here too (hints do not).
for f in "$pkg/$app_id.desktop" "$pkg/$app_id-autostart.desktop"; do
    out=$(desktop-file-validate "$f" 2>&1) && rc=0 || rc=$?
    printf '%s\n' "$out" | sed '/^$/d'
    if [[ $rc -ne 0 ]] || grep -Eq ': (error|warning):' <<<"$out"; then
        fail "desktop-file-validate accepts ${f##*/}"
    else
        pass "desktop-file-validate accepts ${f##*/}"
    fi
done

main=$pkg/$app_id.desktop
auto=$pkg/$app_id-autostart.desktop
check "desktop Exec is cairn" test "$(desktop_value "$main" Exec)" = cairn
check "desktop Icon is the app id" test "$(desktop_value "$main" Icon)" = "$app_id"
check "desktop Categories" test "$(desktop_value "$main" Categories)" = "System;Archiving;Qt;"
check "desktop StartupWMClass is the application name Qt sets" test "$(desktop_value "$main" StartupWMClass)" = Cairn
for key in Name GenericName Comment Keywords; do
    check "desktop has $key" test -n "$(desktop_value "$main" "$key")"
done
check "autostart Exec starts cairn minimized" test "$(desktop_value "$auto" Exec)" = "cairn --minimized"
check "autostart is enabled for GNOME" test "$(desktop_value "$auto" X-GNOME-Autostart-enabled)" = true
check "autostart Icon is the app id" test "$(desktop_value "$auto" Icon)" = "$app_id"

# --- AppStream metainfo
meta=$pkg/$app_id.metainfo.xml
if appstreamcli validate --no-net "$meta"; then pass "appstreamcli validate accepts the metainfo"; else
    fail "appstreamcli validate accepts the metainfo"; fi
xml_text() { # first text of an element (single-line elements only), e.g. xml_text id
    sed -n "s:.*<$1\\( [^>]*\\)\\{0,1\\}>\\([^<]*\\)</$1>.*:\\2:p" "$meta" | head -n 1
}
check "metainfo id is the app id" test "$(xml_text id)" = "$app_id"
check "metainfo launchable is the desktop file" test "$(xml_text launchable)" = "$app_id.desktop"
check "metainfo metadata_license" test "$(xml_text metadata_license)" = CC0-1.0
check "metainfo project_license" test "$(xml_text project_license)" = GPL-3.0-or-later
check "metainfo has the 0.1.0 release of 2026-11-29" grep -q '<release version="0.1.0" date="2026-11-29"' "$meta"
check "metainfo has a content rating" grep -q '<content_rating type="oars-1' "$meta"
check "metainfo names the developer" test -n "$(xml_text developer_name)"
meta_version=$(sed -n 's:.*<release version="\([^"]*\)".*:\1:p' "$meta" | head -n 1)
meta_homepage=$(sed -n 's:.*<url type="homepage">\([^<]*\)</url>.*:\1:p' "$meta")

# --- build the package
check "the build dir has a CPack config" test -f "$bin/CPackConfig.cmake"
out=$tmp/out
if ! (cd "$bin" && cpack -G DEB --config "$bin/CPackConfig.cmake" -B "$out"); then
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
shopt -s nullglob
debs=("$out"/*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
    echo "FAIL: expected one .deb in $out, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
pass "cpack built ${deb##*/} ($(stat -c %s "$deb") bytes)"

# --- contents
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for path in ./usr/bin/cairn ./usr/bin/cairn-cli \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    check "package contains $path" grep -qxF -- "$path" <<<"$contents"
done
check "package does not install the autostart entry" \
    bash -c '! grep -q -- autostart <<<"$1"' _ "$contents"

# --- control fields
field() { dpkg-deb -f "$deb" "$1"; }
# Depends as one package name per line (alternatives split, version constraints dropped).
depends=$(field Depends | tr ',|' '\n\n' | sed 's/(.*)//; s/^ *//; s/ *$//' | sed '/^$/d')
printf 'Depends: %s\n' "$(field Depends)"
check "Package is cairn" test "$(field Package)" = cairn
check "Section is admin" test "$(field Section)" = admin
check "Maintainer is set" test -n "$(field Maintainer)"
check "Description has a summary and an extended part" test "$(field Description | wc -l)" -gt 1
check "Homepage equals the metainfo homepage" test "$(field Homepage)" = "$meta_homepage"
check "Version ($(field Version)) matches the metainfo release $meta_version" \
    test "$(field Version | sed 's/-[^-]*$//')" = "$meta_version"
for dep in libsecret-1-0 libqt6sql6-sqlite libqt6svg6; do
    check "Depends lists $dep (loaded at run time)" grep -qxF -- "$dep" <<<"$depends"
done
# These come only from dpkg-shlibdeps, so they prove it ran.
for dep in libc6 libqt6core6 libstdc++6; do
    check "Depends lists $dep (from dpkg-shlibdeps)" grep -qxF -- "$dep" <<<"$depends"
done

# --- the files inside are the sources, the tree validates as installed, the binaries run
root=$tmp/root
dpkg-deb -x "$deb" "$root"
check "packaged icon equals resources/icons/cairn.svg" \
    cmp -- "$src/resources/icons/cairn.svg" "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
check "packaged desktop file equals the source" cmp -- "$main" "$root/usr/share/applications/$app_id.desktop"
check "packaged metainfo equals the source" cmp -- "$meta" "$root/usr/share/metainfo/$app_id.metainfo.xml"
# validate-tree also checks that the launchable desktop file exists in the installed tree.
if appstreamcli validate-tree --no-net "$root"; then pass "appstreamcli validate-tree accepts the package tree"; else
    fail "appstreamcli validate-tree accepts the package tree"; fi
check "packaged cairn-cli reports its version" \
    bash -c '[[ "$("$1" --version)" == "cairn-cli $2" ]]' _ "$root/usr/bin/cairn-cli" "$meta_version"
check "packaged cairn reports its version" \
    bash -c '[[ "$(QT_QPA_PLATFORM=offscreen "$1" --version 2>/dev/null)" == "Cairn $2" ]]' _ \
    "$root/usr/bin/cairn" "$meta_version"

# --- apt resolves every dependency on this Debian (simulation only: nothing is installed).
if apt_out=$(apt-get install --simulate --no-install-recommends "$deb" 2>&1); then
    pass "apt-get could install the package here"
else
    printf '%s\n' "$apt_out" >&2
    fail "apt-get could install the package here"
fi

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
