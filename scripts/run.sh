#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the Cairn desktop app.
# Arguments are passed to the app (for example --db PATH or --minimized).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec build/app/cairn "$@"
