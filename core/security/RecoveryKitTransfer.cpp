#include "security/RecoveryKitTransfer.h"

#include "secrets/SecretStore.h"
#include "security/AuditLog.h"
#include "security/KitConfiguration.h"
#include "security/SecurityPool.h"

namespace cairn {

namespace {

struct Sealed {
    QByteArray kit;
    QString error;
};

struct Opened {
    std::shared_ptr<RecoveryKit::Contents> contents;
    QString error;
};

} // namespace

// Everything below runs in the transfer's thread, except the pool lambdas, which only read
// contents and the passphrase.
struct RecoveryKitTransfer::ExportState {
    RecoveryKitJob *job = nullptr;
    RecoveryKit::Contents contents;
    QStringList pending;
    std::shared_ptr<SecureBytes> passphrase;
};

struct RecoveryKitTransfer::ImportState {
    RecoveryKitJob *job = nullptr;
    std::shared_ptr<RecoveryKit::Contents> contents;
    QStringList pending;
    QStringList written;
};

RecoveryKitTransfer::RecoveryKitTransfer(
    std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(secrets)
{ }

RecoveryKitJob *RecoveryKitTransfer::exportKit(const QList<qint64> &clientIds, SecureBytes passphrase)
{
    auto *job = new RecoveryKitJob(this);
    if (const QString problem = RecoveryKit::checkNewPassphrase(passphrase); !problem.isEmpty()) {
        job->finishLater(problem);
        return job;
    }
    QString error;
    std::optional<QJsonObject> configuration = KitConfiguration::collect(m_database, clientIds, &error);
    if (!configuration) {
        job->finishLater(error);
        return job;
    }
    auto state = std::make_shared<ExportState>();
    state->job = job;
    state->contents.configuration = std::move(*configuration);
    state->pending = KitConfiguration::secretReferences(state->contents.configuration);
    state->passphrase = std::make_shared<SecureBytes>(std::move(passphrase));
    job->m_clientNames = KitConfiguration::clientNames(state->contents.configuration);
    readNextSecret(state);
    return job;
}

void RecoveryKitTransfer::readNextSecret(const std::shared_ptr<ExportState> &state)
{
    RecoveryKitJob *job = state->job;
    if (state->pending.isEmpty()) {
        // scrypt and AES-GCM on the security thread.
        runOnSecurityPool([state, parameters = m_parameters] {
            Sealed sealed;
            sealed.kit = RecoveryKit::seal(state->contents, *state->passphrase, &sealed.error, parameters);
            return sealed;
        }).then(job, [this, job](const Sealed &sealed) {
            if (sealed.kit.isEmpty()) {
                job->finishLater(sealed.error);
                return;
            }
            job->m_kit = sealed.kit;
            AuditLog(m_database)
                .append(QStringLiteral("kit.export"), job->m_clientNames.join(QStringLiteral(", ")));
            job->finishLater(QString());
        });
        return;
    }
    const QString reference = state->pending.takeFirst();
    SecretJob *read = m_secrets->read(reference);
    connect(read, &SecretJob::finished, job, [this, state, reference](SecretJob *done) {
        done->deleteLater();
        if (!done->ok()) {
            state->job->finishLater(done->errorString());
            return;
        }
        state->contents.secrets.insert_or_assign(reference, done->takeData());
        readNextSecret(state);
    });
}

RecoveryKitJob *RecoveryKitTransfer::importKit(const QByteArray &kit, SecureBytes passphrase)
{
    auto *job = new RecoveryKitJob(this);
    auto state = std::make_shared<ImportState>();
    state->job = job;
    runOnSecurityPool([kit, passphrase = std::make_shared<SecureBytes>(std::move(passphrase))] {
        Opened opened;
        std::optional<RecoveryKit::Contents> contents = RecoveryKit::open(kit, *passphrase, &opened.error);
        if (contents)
            opened.contents = std::make_shared<RecoveryKit::Contents>(std::move(*contents));
        return opened;
    }).then(job, [this, state](const Opened &opened) {
        if (!opened.contents) {
            state->job->finishLater(opened.error);
            return;
        }
        // Would the rows fit? Asked before a single secret is written.
        const StoreError dryRun = KitConfiguration::importInto(
            m_database, opened.contents->configuration, KitConfiguration::Mode::DryRun);
        if (dryRun) {
            state->job->finishLater(dryRun.message);
            return;
        }
        state->contents = opened.contents;
        for (const auto &[reference, secret] : state->contents->secrets)
            state->pending.append(reference);
        writeNextSecret(state);
    });
    return job;
}

void RecoveryKitTransfer::writeNextSecret(const std::shared_ptr<ImportState> &state)
{
    if (state->pending.isEmpty()) {
        const StoreError imported = KitConfiguration::importInto(m_database, state->contents->configuration);
        if (imported) {
            removeWritten(state, imported.message);
            return;
        }
        state->job->m_clientNames = KitConfiguration::clientNames(state->contents->configuration);
        state->contents.reset(); // wipes the secrets now rather than when the job goes
        state->job->finishLater(QString());
        return;
    }
    const QString reference = state->pending.takeFirst();
    SecretJob *write = m_secrets->write(reference, state->contents->secrets.at(reference));
    connect(write, &SecretJob::finished, state->job, [this, state, reference](SecretJob *done) {
        done->deleteLater();
        if (!done->ok()) {
            removeWritten(state, done->errorString());
            return;
        }
        state->written.append(reference);
        writeNextSecret(state);
    });
}

void RecoveryKitTransfer::removeWritten(const std::shared_ptr<ImportState> &state, const QString &error)
{
    state->contents.reset();
    if (state->written.isEmpty()) {
        state->job->finishLater(error);
        return;
    }
    const QString reference = state->written.takeLast();
    SecretJob *remove = m_secrets->remove(reference);
    connect(remove, &SecretJob::finished, state->job, [this, state, error](SecretJob *done) {
        done->deleteLater();
        removeWritten(state, error);
    });
}

} // namespace cairn
