#!/usr/bin/env python3
"""Fills a Cairn database (created and migrated by `cairn-cli --db PATH client list`) with one
client and three daily jobs: one green (good backup 3 hours ago), one amber (last good 30 hours
ago: overdue against its 26-hour target) and one red (its latest backup failed). For screenshots
of the dashboard and tray: python3 scripts/seed-health-demo.py PATH"""
import sqlite3
import sys
import time

db = sqlite3.connect(sys.argv[1])
now = int(time.time())
c = db.cursor()
c.execute("INSERT INTO clients (name, created_at) VALUES ('Acme Dental', ?)", (now - 40 * 86400,))
client = c.lastrowid
c.execute("INSERT INTO servers (client_id, name, host, username, created_at) VALUES (?, 'web1', 'web1.acme.example', 'backup', ?)",
          (client, now - 40 * 86400))
server = c.lastrowid
c.execute("INSERT INTO storage_targets (client_id, name, provider, endpoint, region, bucket, access_key_id, secret_ref, created_at) "
          "VALUES (?, 'acme-b2', 'backblaze', 'https://s3.eu-central-003.backblazeb2.com', 'eu-central-003', 'acme', 'K003', 'storage/demo', ?)",
          (client, now - 40 * 86400))
storage = c.lastrowid
jobs = [("Website files", "daily 02:30", [("succeeded", 3 * 3600, "")]),
        ("Patient database", "daily 01:00", [("succeeded", 30 * 3600, "")]),
        ("Mail archive", "daily 03:15", [("succeeded", 28 * 3600, ""),
                                         ("failed", 4 * 3600, "The server ran out of temporary space while cutting part 3.")])]
for name, schedule, runs in jobs:
    c.execute("INSERT INTO jobs (client_id, name, server_id, storage_id, kind, schedule, created_at) VALUES (?, ?, ?, ?, 'files', ?, ?)",
              (client, name, server, storage, schedule, now - 40 * 86400))
    job = c.lastrowid
    for status, ago, message in runs:
        c.execute("INSERT INTO runs (job_id, status, started_at, finished_at, bytes_source, bytes_stored, message) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (job, status, now - ago - 600, now - ago, 2_400_000_000, 900_000_000, message))
db.commit()
