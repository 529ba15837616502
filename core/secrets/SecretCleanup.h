#pragma once
// Deletes the keychain entries of something whose SQLite rows are already gone (a client's
// encryption and integrity keys and notification addresses, a job's database password). The SQLite
// removal stands whatever happens here; an entry that could not be deleted is named in one
// sentence, so the person can delete it in their keychain app. An entry already missing is fine.

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

namespace cairn {

class SecretStore;

class SecretCleanup final {
    Q_DECLARE_TR_FUNCTIONS(cairn::SecretCleanup)

public:
    // what: the thing removed, for the sentence ("The client \"Acme\""). Empty references are skipped.
    // done gets an empty string when every entry is gone, else one sentence naming the leftovers.
    // Runs in the calling thread's event loop; context bounds the lifetime of the callback.
    static void remove(SecretStore *secrets, const QStringList &references, const QString &what,
        QObject *context, std::function<void(const QString &problem)> done);
    // The same, waiting (cairn-cli, worker threads with no GUI).
    static QString removeAndWait(SecretStore &secrets, const QStringList &references, const QString &what);

private:
    static QString sentence(const QString &what, const QStringList &left, const QStringList &reasons);
};

} // namespace cairn
