#!/usr/bin/env bash
# Installs every Debian 12 package Cairn needs to build, run and test. Idempotent: when all
# packages are present it changes nothing and takes well under a second.
set -euo pipefail

BUILD_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins
    qtkeychain-qt6-dev libsecret-1-0 libssh2-1-dev libssl-dev libcrypt-dev libqrencode-dev
    libzstd-dev zlib1g-dev
)
RUN_PACKAGES=(
    gnome-keyring dbus dbus-x11 libsecret-tools
)
TEST_PACKAGES=(
    openssh-server openssh-client mariadb-server mariadb-client postgresql postgresql-client
    awscli curl zstd python3 xvfb xauth desktop-file-utils appstream dpkg-dev file time
    fonts-dejavu-core iproute2 zbar-tools imagemagick xdotool strace attr util-linux passwd
    # Vulnerability checks (scripts/scan.sh, scripts/fuzz.sh): analysers and clang 14 with
    # libFuzzer and the sanitizer runtimes (libclang-rt-14-dev).
    cppcheck clang-14 clang-tidy-14 clang-tools-14 libclang-rt-14-dev
)

want=("${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
    want+=("${TEST_PACKAGES[@]}")
fi

missing=()
for pkg in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root: run this script as root or install sudo." >&2; exit 1; }
    SUDO=(sudo)
fi
echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
