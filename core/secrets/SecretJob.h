#pragma once
// One asynchronous keychain operation (read, write or remove). Emits finished() once, in the
// thread that started it; that thread needs a running event loop (QtKeychain works over D-Bus).

#include "secrets/SecureBytes.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace cairn {

class SecretJob final : public QObject {
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    enum class Status { Pending, Ok, NotFound, NoKeychain, Denied, Failed };
    Q_ENUM(Status)

    SecretJob(Operation operation, QString service, QString reference, QObject *parent);
    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString reference() const { return m_reference; }
    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    // One sentence for a person, empty on success.
    QString errorString() const { return m_errorString; }
    // The secret read by a Read job; moves it out, the job keeps nothing.
    SecureBytes takeData() { return std::move(m_data); }

    // For non-GUI threads only (CLI, a keychain worker thread): waits in a local event loop.
    void waitForFinished();

    static QString noKeychainSentence();

Q_SIGNALS:
    void finished(cairn::SecretJob *job);

private:
    friend class SecretStore;
    void start(const SecureBytes *payload);
    void onKeychainFinished(QKeychain::Job *job);

    Operation m_operation;
    QString m_service;
    QString m_reference;
    Status m_status = Status::Pending;
    QString m_errorString;
    SecureBytes m_data;
};

} // namespace cairn
