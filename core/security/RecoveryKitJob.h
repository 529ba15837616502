#pragma once
// One recovery kit export or import (keychain access and scrypt make it asynchronous).
// finished() arrives once, in the thread that started it; the job is a child of the
// RecoveryKitTransfer that made it: delete it (deleteLater) after finished().

#include <QObject>
#include <QStringList>

namespace cairn {

class RecoveryKitJob final : public QObject {
    Q_OBJECT

public:
    explicit RecoveryKitJob(QObject *parent) : QObject(parent) { }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_errorString.isEmpty(); }
    // One sentence for a person; empty on success.
    QString errorString() const { return m_errorString; }
    // Export: the encrypted kit, for RecoveryKit::writeFile().
    QByteArray kit() const { return m_kit; }
    // The clients the kit holds.
    QStringList clientNames() const { return m_clientNames; }

Q_SIGNALS:
    void finished(cairn::RecoveryKitJob *job);

private:
    friend class RecoveryKitTransfer;
    // Emits finished() from the event loop, never inside the call that started the job.
    void finishLater(const QString &error);

    bool m_finished = false;
    QString m_errorString;
    QByteArray m_kit;
    QStringList m_clientNames;
};

} // namespace cairn
