#pragma once
// One save or removal of a storage target: the row in SQLite and the secret access key in the
// keychain, kept consistent. Started by StorageTargetStore; emits finished() once, in the thread
// that started it (that thread needs a running event loop: the keychain works over D-Bus).

#include "secrets/SecureBytes.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace cairn {

class SecretJob;
class SecretStore;

class StorageTargetJob final : public QObject {
    Q_OBJECT

public:
    enum class Operation { Add, Remove };

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    // Add: the row and the secret are saved. Remove: the row is gone (see keychainProblem()).
    bool ok() const { return m_finished && m_error.isEmpty(); }
    // One sentence for a person when the job failed, else empty.
    QString errorString() const { return m_error; }
    // The target as saved (Add: with its id and secret reference) or as it was (Remove).
    StorageTarget target() const { return m_target; }
    // Add: the keychain reference the job wrote, kept after a rollback so tests can look for it.
    QString secretReference() const { return m_secretReference; }

    // Remove only: the keychain had no entry for the target any more (removed outside Cairn).
    bool secretWasAlreadyGone() const { return m_secretAlreadyGone; }
    // Remove only: the row is gone but the keychain entry could not be deleted; one sentence that
    // names the entry so a person can delete it by hand. Empty when it was deleted or already gone.
    QString keychainProblem() const { return m_keychainProblem; }

    // For non-GUI threads only (CLI, a worker with its own event loop): waits in a local loop.
    void waitForFinished();

Q_SIGNALS:
    void finished(cairn::StorageTargetJob *job);

private:
    friend class StorageTargetStore;
    StorageTargetJob(Operation operation, std::shared_ptr<Database> database, SecretStore *secrets,
        StorageTarget target, QObject *parent);

    void startAdd(SecureBytes secret);
    void startRemove();
    void onSecretWritten(SecretJob *job);
    void onRollbackDone(SecretJob *job);
    void onSecretLookedUp(SecretJob *job);
    void onSecretRemoved(SecretJob *job);
    // Records the outcome and emits finished() from the event loop, so a caller that connects
    // after add()/remove() returned never misses it.
    void finish(const QString &error);

    Operation m_operation;
    std::shared_ptr<Database> m_database;
    QPointer<SecretStore> m_secrets;
    StorageTarget m_target;
    QString m_error;
    QString m_secretReference;
    QString m_pendingError; // the insert's failure while the secret is being taken back
    QString m_keychainProblem;
    bool m_secretAlreadyGone = false;
    bool m_finished = false;
};

} // namespace cairn
