#include "security/KitExportForm.h"

#include "secrets/SecureBytes.h"
#include "security/RecoveryKit.h"
#include "security/RecoveryKitTransfer.h"
#include "security/SecurityFormDialog.h"
#include "security/SecurityPage.h"
#include "store/ClientKeyRepository.h"
#include "store/ClientRepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace cairn {

namespace {

// What was typed, as wiped bytes; the field is emptied.
SecureBytes take(QLineEdit *edit)
{
    QByteArray bytes = edit->text().toUtf8();
    edit->clear();
    return SecureBytes::takeFrom(bytes);
}

} // namespace

// The texts keep SecurityPage's translation context: they were written there first.
QWidget *KitExportForm::fileRow(QLineEdit *edit, bool save, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(SecurityPage::tr("&Browse…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, save] {
        const QString filter = SecurityPage::tr("Cairn recovery kits (*.cairnkit);;All files (*)");
        const QString path = save ? QFileDialog::getSaveFileName(
                                 edit, SecurityPage::tr("Save the recovery kit"), edit->text(), filter)
                                  : QFileDialog::getOpenFileName(
                                      edit, SecurityPage::tr("Open a recovery kit"), edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

SecurityFormDialog *KitExportForm::open(QWidget *parent, const std::shared_ptr<Database> &database,
    RecoveryKitTransfer *kits, qint64 clientId, const QString &intro, Saved saved)
{
    auto *form = new SecurityFormDialog(SecurityPage::tr("Export the recovery kit"),
        intro.isEmpty() ? SecurityPage::tr(
            "The file holds every key and password of the chosen clients. Keep the passphrase "
            "apart from the file: together they open everything.")
                        : intro,
        parent);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setObjectName(QStringLiteral("exportKitForm"));
    auto *clients = new QComboBox(form);
    clients->setObjectName(QStringLiteral("kitClient"));
    if (clientId == 0)
        clients->addItem(SecurityPage::tr("All clients"), qint64(0));
    for (const Client &client : ClientRepository(database).list()) {
        if (clientId == 0 || client.id == clientId)
            clients->addItem(client.name, client.id);
    }
    clients->setEnabled(clients->count() > 1);
    form->addRow(SecurityPage::tr("C&lients:"), clients);
    auto *path = new QLineEdit(form);
    path->setObjectName(QStringLiteral("kitPath"));
    path->setAccessibleName(SecurityPage::tr("Kit file"));
    form->addRow(SecurityPage::tr("&File:"), fileRow(path, true, form));
    form->addField(QStringLiteral("passphrase"), SecurityPage::tr("&Passphrase:"));
    form->addField(QStringLiteral("repeatPassphrase"), SecurityPage::tr("&Again:"));
    form->setAction([database, kits, clients, path, saved](SecurityFormDialog *f) {
        if (path->text().trimmed().isEmpty())
            return f->showError(SecurityPage::tr("Choose where to save the kit."));
        if (f->field(QStringLiteral("passphrase"))->text()
            != f->field(QStringLiteral("repeatPassphrase"))->text())
            return f->showError(
                SecurityPage::tr("The two passphrases differ; type the same passphrase twice."));
        f->field(QStringLiteral("repeatPassphrase"))->clear();
        SecureBytes passphrase = take(f->field(QStringLiteral("passphrase")));
        if (const QString problem = RecoveryKit::checkNewPassphrase(passphrase); !problem.isEmpty())
            return f->showError(problem);
        const qint64 chosen = clients->currentData().toLongLong();
        const QList<qint64> ids = chosen ? QList<qint64> { chosen } : QList<qint64> {};
        f->setBusy(SecurityPage::tr("Collecting and encrypting…"));
        RecoveryKitJob *job = kits->exportKit(ids, std::move(passphrase));
        QObject::connect(job, &RecoveryKitJob::finished, f,
            [database, f, ids, saved, file = path->text().trimmed()](RecoveryKitJob *result) {
                result->deleteLater();
                if (!result->ok())
                    return f->showError(result->errorString());
                QString error;
                if (!RecoveryKit::writeFile(file, result->kit(), &error))
                    return f->showError(error);
                // The kit is on disk whatever happens next; a failed note only means being asked again.
                if (const StoreError noted = ClientKeyRepository(database).markKitSaved(ids))
                    qWarning("%s", qPrintable(noted.message));
                saved(f, file);
            });
    });
    form->open();
    return form;
}

} // namespace cairn
