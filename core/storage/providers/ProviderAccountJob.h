#pragma once
// One save or removal of a cloud provider account: the row in SQLite and the token (or secret
// access key) in the keychain, kept consistent the same way as storage targets (see
// StorageTargetJob). Emits finished() once, from the event loop of the thread that started it.

#include "secrets/SecureBytes.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace cairn {

class SecretJob;
class SecretStore;

class ProviderAccountJob final : public QObject {
    Q_OBJECT

public:
    enum class Operation { Add, Remove };

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    ProviderAccount account() const { return m_account; }
    QString secretReference() const { return m_secretReference; }
    bool secretWasAlreadyGone() const { return m_secretAlreadyGone; }
    QString keychainProblem() const { return m_keychainProblem; }
    void waitForFinished(); // non-GUI threads only

Q_SIGNALS:
    void finished(cairn::ProviderAccountJob *job);

private:
    friend class ProviderAccountStore;
    ProviderAccountJob(Operation operation, std::shared_ptr<Database> database, SecretStore *secrets,
        ProviderAccount account, QObject *parent);

    void startAdd(SecureBytes secret);
    void startRemove();
    void onSecretWritten(SecretJob *job);
    void onRollbackDone(SecretJob *job);
    void onSecretLookedUp(SecretJob *job);
    void onSecretRemoved(SecretJob *job);
    void finish(const QString &error);

    Operation m_operation;
    std::shared_ptr<Database> m_database;
    QPointer<SecretStore> m_secrets;
    ProviderAccount m_account;
    QString m_secretReference;
    QString m_error;
    QString m_pendingError;
    QString m_keychainProblem;
    bool m_secretAlreadyGone = false;
    bool m_finished = false;
};

} // namespace cairn
