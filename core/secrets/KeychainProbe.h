#pragma once
// Finds out, without blocking, whether the OS keychain can store, return and delete a secret:
// writes a random probe entry, reads it back, removes it. Used at start-up by the GUI (to say
// "No keychain is running" in one sentence) and by `cairn-cli keychain check`.

#include "secrets/SecretStore.h"

#include <QObject>

namespace cairn {

class KeychainProbe final : public QObject {
    Q_OBJECT

public:
    explicit KeychainProbe(QObject *parent = nullptr);
    KeychainProbe(QString service, QObject *parent);

    void start();
    bool isFinished() const { return m_finished; }
    bool works() const { return m_works; }
    // One sentence for a person when the keychain does not work, else empty.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void finished(bool works, const QString &errorString);

private:
    void onWritten(SecretJob *job);
    void onRead(SecretJob *job);
    void onRemoved(SecretJob *job);
    void finish(bool works, const QString &error);

    SecretStore m_store;
    QString m_reference;
    SecureBytes m_probe;
    QString m_readError;
    bool m_readMatched = false;
    bool m_finished = false;
    bool m_works = false;
    QString m_error;
};

} // namespace cairn
