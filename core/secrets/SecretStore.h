#pragma once
// Cairn's only place for secrets: the OS keychain through QtKeychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Store). SQLite keeps references such as "ssh-key/<uuid>".

#include "secrets/SecretJob.h"

#include <QObject>

namespace cairn {

class SecretStore final : public QObject {
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);
    SecretStore(QString service, QObject *parent);

    // Each call starts a job that emits SecretJob::finished once. Jobs are children of the store;
    // the caller deletes a job (deleteLater) once it has handled finished().
    SecretJob *read(const QString &reference);
    SecretJob *write(const QString &reference, const SecureBytes &secret);
    SecretJob *remove(const QString &reference);

    // A fresh opaque reference for a new secret of this kind ("ssh-key", "storage", ...).
    static QString newReference(const QString &kind);
    static QString defaultService();

private:
    SecretJob *startJob(SecretJob::Operation operation, const QString &reference, const SecureBytes *payload);
    QString m_service;
};

} // namespace cairn
