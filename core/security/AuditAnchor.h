#pragma once
// The audit log's anchor outside SQLite: how many entries the log holds and the hash of the newest
// one, in a 0600 file beside the database, signed with HMAC-SHA256 under a key kept in the keychain.
// The hash chain (AuditLog) catches an edited, inserted or removed entry, but deleting the newest
// entries leaves a shorter chain that is still unbroken: only the anchor notices that.
//
// Keychain calls are slow (a D-Bus round trip each), so the key is read once per process by
// prepare(), on a thread with an event loop; every append then signs with the cached key and
// writes the small file, inside the append's SQLite write transaction (so two processes never
// interleave). Appends made while no key is loaded leave the anchor behind, which verification
// accepts after checking that the anchored entry is still there and unchanged.

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace cairn {

class SecretStore;

class AuditAnchor final {
    Q_DECLARE_TR_FUNCTIONS(cairn::AuditAnchor)

public:
    static QString filePath(const QString &databasePath);

    // Loads the key of database's anchor from secrets, once per process and database. The first
    // time (no anchor yet) it makes the key, stores it in the keychain and anchors the log as it
    // is. Returns an empty string, or one sentence when the keychain failed (appends then go on
    // unanchored). Call it from a thread with an event loop (the GUI thread, the CLI).
    static QString prepare(const std::shared_ptr<Database> &database, SecretStore *secrets);

    // From AuditLog::append, inside its write transaction, after it inserted entry #id (hash) that
    // follows previousHash: moves the anchor to it when the anchor is sound and the log still holds
    // what it anchored. A forged anchor, or one ahead of the log (a deleted tail), stays as it is:
    // it is the evidence. Returns the file's previous bytes when it was rewritten, for undo().
    static std::optional<QByteArray> advance(const QString &databasePath, QSqlDatabase &db, qint64 id,
        const QString &previousHash, const QString &hash);
    // Puts the previous bytes back when the append's transaction failed after advance().
    static void undo(const QString &databasePath, const QByteArray &previous);

    struct Record {
        qint64 count = 0;
        QString lastHash;
    };
    enum class State {
        NotAnchored, // neither file nor a record that there was one: a log from before anchors
        Valid, // record holds the signed count and hash
        Deleted, // the settings say the log is anchored, but the file is gone
        Forged, // the file's signature does not match its contents
        NoKey, // the key is not loaded (keychain unavailable): the file cannot be checked
    };
    static State read(const QString &databasePath, QSqlDatabase &db, Record *record);
};

} // namespace cairn
