#!/usr/bin/env bash
# A ~1 GiB tree of mixed files for bench_backup: many small text files, medium files of mixed
# compressibility, and a few large ones (half random, half repetitive).
#   makemixed.sh ROOT
# No pipefail: `yes | head` ends yes with SIGPIPE by design.
set -eu
root=$1
mkdir -p "$root"
cd "$root"
# 20,000 small files (1-12 KiB of text), in 100 folders.
python3 - <<'PY'
import os, random
random.seed(7)
words = [w.strip() for w in open('/usr/share/dict/words')] if os.path.exists('/usr/share/dict/words') else \
    ['backup', 'server', 'storage', 'object', 'archive', 'restore', 'desktop', 'cairn', 'part', 'upload']
for d in range(100):
    os.makedirs('small/%03d' % d, exist_ok=True)
    for f in range(200):
        size = random.randint(1024, 12 * 1024)
        text = []
        n = 0
        while n < size:
            w = random.choice(words)
            text.append(w)
            n += len(w) + 1
        with open('small/%03d/file%03d.txt' % (d, f), 'w') as out:
            out.write(' '.join(text))
PY
# 200 medium files of 1 MiB: half random, half logs.
mkdir -p medium
for i in $(seq 1 100); do head -c 1M /dev/urandom >"medium/random$i.bin"; done
for i in $(seq 1 100); do yes "$(date) GET /index.html 200 $i" | head -c 1M >"medium/log$i.txt"; done
# Large: 3 x 200 MiB random (already compressed media) and 2 x 100 MiB repetitive (database files).
mkdir -p large
for i in 1 2 3; do head -c 200M /dev/urandom >"large/media$i.bin"; done
for i in 1 2; do yes "INSERT INTO t VALUES ($i, 'some row content that repeats');" | head -c 100M >"large/table$i.sql"; done
du -sh "$root"
