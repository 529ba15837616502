#pragma once
// Recovery kit export and import end to end: the database rows (KitConfiguration), the secrets
// in the keychain (SecretStore) and the encrypted file (RecoveryKit, on the security thread).
// Lives in the GUI thread; nothing in it blocks.
//
// Import order, so that a failure changes nothing: open the file (wrong passphrase or damage stop
// here), a dry run of the database import, the secrets into the keychain, then the rows in one
// transaction; if that fails after all, the secrets just written are removed again.

#include "secrets/SecureBytes.h"
#include "security/RecoveryKit.h"
#include "security/RecoveryKitJob.h"
#include "store/Database.h"

#include <QObject>
#include <memory>

namespace cairn {

class SecretStore;

class RecoveryKitTransfer final : public QObject {
    Q_OBJECT

public:
    // secrets must outlive this object.
    RecoveryKitTransfer(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent = nullptr);
    // Tests choose cheaper scrypt settings; real kits keep the defaults.
    void setKdfParameters(const RecoveryKit::KdfParameters &parameters) { m_parameters = parameters; }

    // The kit of these clients (every client when empty): job->kit() on success.
    RecoveryKitJob *exportKit(const QList<qint64> &clientIds, SecureBytes passphrase);
    RecoveryKitJob *importKit(const QByteArray &kit, SecureBytes passphrase);

private:
    struct ExportState;
    struct ImportState;
    void readNextSecret(const std::shared_ptr<ExportState> &state);
    void writeNextSecret(const std::shared_ptr<ImportState> &state);
    void removeWritten(const std::shared_ptr<ImportState> &state, const QString &error);

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    RecoveryKit::KdfParameters m_parameters;
};

} // namespace cairn
