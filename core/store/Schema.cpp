#include "store/Schema.h"

namespace cairn {

namespace {

QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE clients (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            notes       TEXT NOT NULL DEFAULT '',
            created_at  INTEGER NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE ssh_keys (
            id           INTEGER PRIMARY KEY,
            client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name         TEXT NOT NULL COLLATE NOCASE,
            key_type     TEXT NOT NULL,
            public_key   TEXT NOT NULL,
            fingerprint  TEXT NOT NULL,
            keychain_ref TEXT NOT NULL UNIQUE,
            created_at   INTEGER NOT NULL,
            UNIQUE (client_id, name)
        ))"),
        QStringLiteral(R"(CREATE TABLE servers (
            id                   INTEGER PRIMARY KEY,
            client_id            INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name                 TEXT NOT NULL COLLATE NOCASE,
            host                 TEXT NOT NULL,
            port                 INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),
            username             TEXT NOT NULL,
            ssh_key_id           INTEGER REFERENCES ssh_keys(id) ON DELETE RESTRICT,
            host_key_type        TEXT,
            host_key             BLOB,
            host_key_fingerprint TEXT,
            host_key_trusted_at  INTEGER,
            preflight_json       TEXT,
            created_at           INTEGER NOT NULL,
            UNIQUE (client_id, name)
        ))"),
        QStringLiteral(R"(CREATE TABLE storage_targets (
            id                INTEGER PRIMARY KEY,
            client_id         INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name              TEXT NOT NULL COLLATE NOCASE,
            provider          TEXT NOT NULL,
            endpoint          TEXT NOT NULL,
            region            TEXT NOT NULL,
            bucket            TEXT NOT NULL,
            prefix            TEXT NOT NULL DEFAULT '',
            addressing_style  TEXT NOT NULL DEFAULT 'path',
            access_key_id     TEXT NOT NULL,
            secret_ref        TEXT NOT NULL UNIQUE,
            created_at        INTEGER NOT NULL,
            UNIQUE (client_id, name)
        ))"),
        QStringLiteral(R"(CREATE TABLE provider_accounts (
            id          INTEGER PRIMARY KEY,
            client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name        TEXT NOT NULL COLLATE NOCASE,
            provider    TEXT NOT NULL,
            account_id  TEXT NOT NULL DEFAULT '',
            secret_ref  TEXT NOT NULL UNIQUE,
            created_at  INTEGER NOT NULL,
            UNIQUE (client_id, name)
        ))"),
        QStringLiteral(R"(CREATE TABLE jobs (
            id          INTEGER PRIMARY KEY,
            client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name        TEXT NOT NULL COLLATE NOCASE,
            server_id   INTEGER NOT NULL REFERENCES servers(id) ON DELETE RESTRICT,
            storage_id  INTEGER NOT NULL REFERENCES storage_targets(id) ON DELETE RESTRICT,
            kind        TEXT NOT NULL CHECK (kind IN ('files', 'mysql', 'postgres', 'snapshot')),
            spec_json   TEXT NOT NULL DEFAULT '{}',
            schedule    TEXT NOT NULL DEFAULT '',
            enabled     INTEGER NOT NULL DEFAULT 1,
            created_at  INTEGER NOT NULL,
            UNIQUE (client_id, name)
        ))"),
        QStringLiteral(R"(CREATE TABLE runs (
            id               INTEGER PRIMARY KEY,
            job_id           INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            kind             TEXT NOT NULL DEFAULT 'backup',
            status           TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'warning', 'failed', 'cancelled')),
            started_at       INTEGER,
            finished_at      INTEGER,
            bytes_source     INTEGER NOT NULL DEFAULT 0,
            bytes_stored     INTEGER NOT NULL DEFAULT 0,
            bytes_to_desktop INTEGER NOT NULL DEFAULT 0,
            object_key       TEXT,
            upload_id        TEXT,
            message          TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral("CREATE INDEX runs_by_job_time ON runs (job_id, started_at DESC)"),
        QStringLiteral("CREATE INDEX runs_by_time ON runs (started_at DESC)"),
        QStringLiteral(R"(CREATE TABLE run_events (
            id      INTEGER PRIMARY KEY,
            run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            at      INTEGER NOT NULL,
            kind    TEXT NOT NULL CHECK (kind IN ('log', 'warning', 'error', 'progress')),
            text    TEXT NOT NULL DEFAULT '',
            bytes   INTEGER
        ))"),
        QStringLiteral("CREATE INDEX run_events_by_run ON run_events (run_id, id)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id         INTEGER PRIMARY KEY,
            at         INTEGER NOT NULL,
            actor      TEXT NOT NULL,
            action     TEXT NOT NULL,
            object     TEXT NOT NULL DEFAULT '',
            outcome    TEXT NOT NULL DEFAULT 'ok',
            client_id  INTEGER, -- no foreign key: entries outlive the client they name
            prev_hash  TEXT NOT NULL DEFAULT '',
            hash       TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE settings (
            key    TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        ))"),
        // Append-only: the audit log refuses edits and deletes at the database level too.
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
    };
}

// The scheduler's memory, per job: the instant up to which every scheduled slot has been run,
// skipped or caught up, so a restart neither runs a slot twice nor forgets one it missed; and the
// schedule's timing text when that was written (a different schedule starts afresh). On the job
// row itself, so it goes with the job and a reused job id starts empty.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE jobs ADD COLUMN schedule_timing TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN schedule_handled_at INTEGER"), // ms since the epoch, UTC
    };
}

// Security (app lock): single-use two-factor recovery codes, stored as bcrypt hashes only.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE recovery_codes (
            id          INTEGER PRIMARY KEY,
            code_hash   TEXT NOT NULL CHECK (code_hash LIKE '$2b$%'),
            created_at  INTEGER NOT NULL,
            used_at     INTEGER
        ))"),
    };
}

// Backups (issue 5): the catalogue of complete archives in the bucket, and what the runner needs
// to find its own leftovers after a crash (which process owns a run, where its upload went, and
// whether that upload was completed or aborted).
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE runs ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN storage_id INTEGER REFERENCES storage_targets(id) ON "
                       "DELETE SET NULL"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN upload_closed_at INTEGER"),
        QStringLiteral(R"(CREATE TABLE backups (
            id            INTEGER PRIMARY KEY,
            run_id        INTEGER UNIQUE REFERENCES runs(id) ON DELETE SET NULL,
            job_id        INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
            job_name      TEXT NOT NULL,
            server_name   TEXT NOT NULL,
            client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            storage_id    INTEGER REFERENCES storage_targets(id) ON DELETE SET NULL,
            kind          TEXT NOT NULL,
            object_key    TEXT NOT NULL,
            side_key      TEXT NOT NULL DEFAULT '',
            manifest_key  TEXT NOT NULL,
            created_at    INTEGER NOT NULL,
            size          INTEGER NOT NULL,
            source_bytes  INTEGER NOT NULL DEFAULT 0,
            sha256        TEXT NOT NULL,
            part_size     INTEGER NOT NULL,
            parts         INTEGER NOT NULL,
            compression   TEXT NOT NULL,
            warnings      INTEGER NOT NULL DEFAULT 0,
            state         TEXT NOT NULL DEFAULT 'complete' CHECK (state IN ('complete', 'deleting', 'deleted')),
            deleted_at    INTEGER,
            manifest_json TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX backups_by_job ON backups (job_id, created_at DESC)"),
        QStringLiteral(
            "CREATE INDEX runs_with_open_uploads ON runs (upload_closed_at) WHERE object_key IS NOT NULL"),
    };
}

// Client keys (issue 5, encryption): per client the public half of its RSA-4096 encryption key
// and whether Cairn holds the private half (key_in_keychain, not "has_private": no column may be
// named like a secret value; the key is in the keychain under private_key_ref; a client may
// keep it offline and give Cairn the public key only), and the keychain reference of its 32-byte
// manifest integrity (HMAC) key. A row may exist with the integrity key only: it is made on a
// client's first backup, encrypted or not. The *_ref columns put both secrets in recovery kits.
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE client_keys (
            id                INTEGER PRIMARY KEY,
            client_id         INTEGER NOT NULL UNIQUE REFERENCES clients(id) ON DELETE CASCADE,
            public_key_pem    TEXT,
            fingerprint       TEXT,
            key_in_keychain   INTEGER NOT NULL DEFAULT 0 CHECK (key_in_keychain IN (0, 1)),
            private_key_ref   TEXT UNIQUE,
            integrity_key_ref TEXT NOT NULL UNIQUE,
            created_at        INTEGER NOT NULL
        ))"),
    };
}

// Restores and verifies (issue 6): one row per restore, verify or drill of a backup, and on the
// backup the last verification's date and outcome and the last successful restore drill.
QStringList version6()
{
    return {
        QStringLiteral(R"(CREATE TABLE restores (
            id               INTEGER PRIMARY KEY,
            backup_id        INTEGER REFERENCES backups(id) ON DELETE SET NULL,
            kind             TEXT NOT NULL CHECK (kind IN ('restore', 'verify', 'drill')),
            server_name      TEXT NOT NULL,
            target           TEXT NOT NULL DEFAULT '',
            status           TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
            owner            TEXT NOT NULL DEFAULT '',
            started_at       INTEGER,
            finished_at      INTEGER,
            bytes            INTEGER NOT NULL DEFAULT 0,
            bytes_to_desktop INTEGER NOT NULL DEFAULT 0,
            message          TEXT NOT NULL DEFAULT '',
            detail           TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral("CREATE INDEX restores_by_backup ON restores (backup_id, id DESC)"),
        QStringLiteral("ALTER TABLE backups ADD COLUMN verified_at INTEGER"),
        QStringLiteral("ALTER TABLE backups ADD COLUMN verify_ok INTEGER"),
        QStringLiteral("ALTER TABLE backups ADD COLUMN drilled_at INTEGER"),
    };
}

// Scheduled verify and the overdue watchdog's memory (issue 7): per job a second schedule, for
// verifying its newest backup, with the scheduler's record of it (as version 2 for backups), and
// when the job's current stretch of being overdue was announced, so a restart does not announce
// it again.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE jobs ADD COLUMN verify_schedule TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN verify_timing TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN verify_handled_at INTEGER"), // ms since the epoch, UTC
        QStringLiteral("ALTER TABLE jobs ADD COLUMN overdue_notified_at INTEGER"), // ms since the epoch, UTC
    };
}

// Encryption keys in the GUI: when the client's encryption key was made (the row's created_at is
// the integrity key's), and when a recovery kit holding it was last saved, so the job wizard asks
// for the kit before a client's first encrypted job and never again once it is saved.
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE client_keys ADD COLUMN key_created_at INTEGER"),
        QStringLiteral("ALTER TABLE client_keys ADD COLUMN kit_saved_at INTEGER"),
        QStringLiteral("UPDATE client_keys SET key_created_at = created_at WHERE public_key_pem IS NOT NULL"),
    };
}

} // namespace

const std::vector<QStringList> &Schema::migrations()
{
    static const std::vector<QStringList> all { version1(), version2(), version3(), version4(), version5(),
        version6(), version7(), version8() };
    return all;
}

int Schema::latestVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace cairn
