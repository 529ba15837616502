// The Backups page against real peers: a backup made on a real sshd (this machine) into the S3
// server behind its strict layer, then what a person does from the page. Verify marks the row
// verified; an archive overwritten in the bucket marks it "verify failed"; the download link,
// fetched with curl, gives the archive's SHA-256 and its by-hand check command prints it; import
// after wiping the catalogue lists the intact backup again and skips the one whose size no longer
// matches; delete with the app lock on asks again, a wrong password deletes nothing, the right one
// deletes archive, index and manifest.
#include "BackupTestBed.h"

#include "dialogs/DownloadLinkDialog.h"
#include "dialogs/ImportBackupsDialog.h"
#include "models/BackupTimelineModel.h"
#include "security/AppLock.h"
#include "security/AuditLog.h"
#include "security/ReauthGate.h"
#include "security/UnlockForm.h"
#include "ssh/ShellQuote.h"
#include "store/BackupRepository.h"
#include "views/BackupsPage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {

const QByteArray masterPassword = "correct horse battery staple";

QString cellText(BackupTimelineModel *model, qint64 backupId, int column)
{
    const QModelIndex first = model->indexOfBackup(backupId);
    return first.isValid() ? first.siblingAtColumn(column).data().toString() : QString();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class tst_BackupsPage final : public QObject {
    Q_OBJECT

    std::unique_ptr<BackupTestBed> m_bed;
    BackupRecord m_intact; // verified, linked, imported again, deleted
    BackupRecord m_damaged; // overwritten in the bucket with other bytes of another size

    // A page as the window shows it, read and ready.
    std::unique_ptr<BackupsPage> showPage()
    {
        auto page = std::make_unique<BackupsPage>(m_bed->database());
        QSignalSpy loaded(page.get(), &BackupsPage::loaded);
        page->resize(1100, 600);
        page->show();
        // The read may end while the window is being exposed.
        if (!QTest::qWaitForWindowExposed(page.get()) || (loaded.isEmpty() && !loaded.wait(30000)))
            return nullptr;
        return page;
    }

    // Runs Verify from the page's button; the operationFinished arguments.
    QList<QVariant> verifyFromPage(BackupsPage &page, qint64 backupId)
    {
        if (!page.selectBackup(backupId) || !page.verifyButton()->isEnabled())
            return {};
        QSignalSpy finished(&page, &BackupsPage::operationFinished);
        QSignalSpy loaded(&page, &BackupsPage::loaded);
        QTest::mouseClick(page.verifyButton(), Qt::LeftButton);
        if (!finished.wait(300000))
            return {};
        // The row is read again after the run ended.
        if (loaded.isEmpty() && !loaded.wait(30000))
            return {};
        return finished.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        // The page reads secrets from the default service, as the app does (a private keyring).
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        const QString data = m_bed->path(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/-rf $(id)")));
        for (const QString &name :
            { QStringLiteral("plain.txt"), QStringLiteral("-rf $(id)/it's \"quoted\"\nnew line") }) {
            QFile file(data + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(200000, 'x') + name.toUtf8());
        }
        JobSpec spec;
        spec.paths = { data };
        for (const QString &job : { QStringLiteral("site"), QStringLiteral("site \"two\"") }) {
            const qint64 jobId = m_bed->addJob(job, spec);
            QVERIFY2(jobId, qPrintable(BackupTestBed::lastError()));
            const BackupTestBed::Outcome outcome = m_bed->run(jobId);
            QVERIFY2(outcome.result.succeeded(), qPrintable(outcome.result.message + outcome.result.detail));
            const auto backup = BackupRepository(m_bed->database()).find(outcome.result.backupId);
            QVERIFY(backup);
            (job == QLatin1String("site") ? m_intact : m_damaged) = *backup;
        }
    }

    void verifyMarksTheRowVerified()
    {
        auto page = showPage();
        QVERIFY(page);
        QCOMPARE(page->model()->backupCount(), 2);
        QCOMPARE(cellText(page->model(), m_intact.id, BackupTimelineModel::VerifiedColumn),
            QStringLiteral("Not yet"));
        const QList<QVariant> finished = verifyFromPage(*page, m_intact.id);
        QVERIFY2(!finished.isEmpty(), qPrintable(page->messageLabel()->text()));
        QVERIFY2(finished.at(1).toBool(), qPrintable(finished.at(2).toString()));
        QCOMPARE(page->activeOperations(), 0);
        const QModelIndex row = page->model()->indexOfBackup(m_intact.id);
        QCOMPARE(row.data(BackupTimelineModel::VerifyStateRole).toString(), QStringLiteral("ok"));
        const QString verified = cellText(page->model(), m_intact.id, BackupTimelineModel::VerifiedColumn);
        QVERIFY2(verified.startsWith(QStringLiteral("Verified ")), qPrintable(verified));
        // The other backup was not touched.
        QCOMPARE(
            page->model()->indexOfBackup(m_damaged.id).data(BackupTimelineModel::VerifyStateRole).toString(),
            QStringLiteral("never"));
        QCOMPARE(page->selectedBackupId(), m_intact.id); // the reload kept the selection
        const QString shots = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page->grab().save(shots + QStringLiteral("/backups-page.png")));
    }

    void drillMarksTheRowDrilled()
    {
        auto page = showPage();
        QVERIFY(page);
        QCOMPARE(
            cellText(page->model(), m_intact.id, BackupTimelineModel::DrillColumn), QStringLiteral("Never"));
        QVERIFY(page->selectBackup(m_intact.id));
        QSignalSpy finished(page.get(), &BackupsPage::operationFinished);
        QSignalSpy loaded(page.get(), &BackupsPage::loaded);
        QTest::mouseClick(page->drillButton(), Qt::LeftButton);
        // While it runs, the page shows it with a Cancel button.
        QTRY_VERIFY_WITH_TIMEOUT(page->activeOperations() == 1 || !finished.isEmpty(), 30000);
        QVERIFY2(finished.wait(300000) || !finished.isEmpty(), qPrintable(page->messageLabel()->text()));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(cellText(page->model(), m_intact.id, BackupTimelineModel::DrillColumn)
                                     .startsWith(QStringLiteral("Drilled ")),
            30000);
    }

    void aChangedArchiveFailsVerify()
    {
        // Someone with the storage keys overwrites the archive with other bytes (and another size).
        const QString junk = m_bed->path(QStringLiteral("junk.bin"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(m_damaged.size + 17, 'j'));
        file.close();
        const TestProcess::Result put = m_bed->s3().aws(
            { QStringLiteral("put-object"), QStringLiteral("--bucket"), m_bed->s3().target().bucket,
                QStringLiteral("--key"), m_damaged.objectKey, QStringLiteral("--body"), junk });
        QVERIFY2(put.exitCode == 0, qPrintable(put.describe()));

        auto page = showPage();
        QVERIFY(page);
        const QList<QVariant> finished = verifyFromPage(*page, m_damaged.id);
        QVERIFY2(!finished.isEmpty(), qPrintable(page->messageLabel()->text()));
        QVERIFY2(!finished.at(1).toBool(), "a changed archive must not pass");
        QVERIFY(page->messageLabel()->isVisible());
        QVERIFY(page->messageLabel()->text().startsWith(QStringLiteral("Problem: ")));
        const QModelIndex row = page->model()->indexOfBackup(m_damaged.id);
        QCOMPARE(row.data(BackupTimelineModel::VerifyStateRole).toString(), QStringLiteral("failed"));
        QVERIFY(cellText(page->model(), m_damaged.id, BackupTimelineModel::VerifiedColumn)
                    .startsWith(QStringLiteral("Verify failed")));
        // The intact one still says verified.
        QCOMPARE(
            page->model()->indexOfBackup(m_intact.id).data(BackupTimelineModel::VerifyStateRole).toString(),
            QStringLiteral("ok"));
    }

    void downloadLinkGivesTheArchive()
    {
        auto page = showPage();
        QVERIFY(page);
        QVERIFY(page->selectBackup(m_intact.id));
        QTest::mouseClick(page->linkButton(), Qt::LeftButton);
        auto *dialog = page->findChild<DownloadLinkDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->expiryChooser()->count(), 3);
        QCOMPARE(dialog->expiryChooser()->itemData(2).toLongLong(), qint64(7 * 24 * 3600));
        dialog->expiryChooser()->setCurrentIndex(0); // 1 hour
        QSignalSpy ready(dialog, &DownloadLinkDialog::linkReady);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY2(ready.wait(30000), qPrintable(dialog->statusLabel()->text()));
        const QDateTime expires = dialog->link().expiresAt;
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(expires);
        QVERIFY2(lifetime > 3000 && lifetime <= 3700, qPrintable(expires.toString(Qt::ISODate)));

        if (const QString shots = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/download-link.png")));
        const QUrl url = QUrl::fromEncoded(dialog->urlEdit()->text().toLatin1());
        QVERIFY(url.isValid());
        const QString file = m_bed->path(QStringLiteral("linked.tar.zst"));
        const S3TestBed::CurlResult got = m_bed->s3().curl(url, {}, file);
        QVERIFY2(got.httpStatus == 200, qPrintable(got.describe));
        QCOMPARE(sha256Of(file), m_intact.sha256);

        // The commands shown are the ones to run: the check prints the manifest's SHA-256.
        const QString commands = dialog->commandsEdit()->toPlainText();
        QVERIFY(commands.contains(m_intact.sha256));
        QVERIFY(commands.contains(QStringLiteral("tar -x")));
        QVERIFY(commands.contains(QStringLiteral("aws --endpoint-url")));
        const QString check = dialog->link().steps.first().command;
        QVERIFY(check.endsWith(QStringLiteral("| sha256sum")));
        const TestProcess::Result ran = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral("-c"), check }, QProcessEnvironment::systemEnvironment());
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));
        QVERIFY2(ran.out.startsWith(m_intact.sha256.toLatin1()), ran.out.constData());

        // The restore command, run as shown but into a scratch folder, unpacks the tree.
        QString restore = dialog->link().steps.last().command;
        const QString target = m_bed->path(QStringLiteral("by hand"));
        restore.replace(QStringLiteral("/restore"), QString::fromUtf8(shellQuote(target)));
        const TestProcess::Result unpacked = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral("-c"), restore }, QProcessEnvironment::systemEnvironment());
        QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.describe()));
        QVERIFY(QFile::exists(target + m_bed->path(QStringLiteral("data")) + QStringLiteral("/plain.txt")));
        dialog->reject();
    }

    void importAfterLosingTheCatalogue()
    {
        {
            QSqlQuery q(m_bed->database()->connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM restores")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM backups")));
        }
        auto page = showPage();
        QVERIFY(page);
        QVERIFY(page->isShowingEmptyState());
        QTest::mouseClick(page->importButton(), Qt::LeftButton);
        auto *dialog = page->findChild<ImportBackupsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->selectStorage(m_bed->storageId()));
        QSignalSpy finished(dialog, &ImportBackupsDialog::importFinished);
        QSignalSpy loaded(page.get(), &BackupsPage::loaded);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning() || !finished.isEmpty());
        QVERIFY2(finished.wait(120000) || !finished.isEmpty(), qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        // The damaged archive is named, with why it was skipped.
        const QString skipped = dialog->skippedList()->toPlainText();
        QVERIFY2(skipped.contains(m_damaged.objectKey)
                && skipped.contains(QStringLiteral("bytes but its manifest says")),
            qPrintable(skipped));
        QVERIFY(!skipped.contains(m_intact.objectKey));
        if (const QString shots = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/import.png")));
        QVERIFY(loaded.wait(30000));
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(page->model()->backupCount(), 1);
        const QList<BackupRecord> listed = BackupRepository(m_bed->database()).list(0);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().objectKey, m_intact.objectKey);
        QCOMPARE(listed.first().sha256, m_intact.sha256);
        m_intact = listed.first();
        QVERIFY(page->model()->indexOfBackup(m_intact.id).isValid());
        dialog->reject();
    }

    void deleteAsksAgainWhenLocked()
    {
        const auto db = m_bed->database();
        QVERIFY(AppLock(db).enable(SecureBytes(QByteArrayView(masterPassword))).ok());
        auto page = showPage();
        QVERIFY(page);
        QVERIFY(page->selectBackup(m_intact.id));
        const QStringList before = m_bed->objectKeys();
        QVERIFY(before.contains(m_intact.objectKey));
        QVERIFY(before.contains(m_intact.manifestKey));

        // A wrong password deletes nothing.
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        auto *confirm = page->findChild<QMessageBox *>(QStringLiteral("deleteConfirm"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("cannot be undone")));
        confirm->findChild<QPushButton *>(QStringLiteral("deleteConfirmButton"))->click();
        QPointer<ReauthGate> gate = page->findChild<ReauthGate *>();
        QVERIFY2(gate, "deleting a backup asks for the master password again");
        QTRY_VERIFY_WITH_TIMEOUT(gate->form()->unlockButton()->isEnabled(), 10000);
        gate->form()->passwordEdit()->setText(QStringLiteral("not the password"));
        gate->form()->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!gate->form()->isBusy(), 30000);
        QVERIFY(gate->isVisible());
        gate->reject();
        QTRY_VERIFY(!gate);
        QCOMPARE(m_bed->objectKeys(), before);
        QVERIFY(BackupRepository(db).find(m_intact.id)->isComplete());

        // The right one deletes the archive, then its index and manifest, and says so in the audit log.
        QSignalSpy deleted(page.get(), &BackupsPage::deleteFinished);
        QVERIFY(page->selectBackup(m_intact.id));
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        confirm = page->findChild<QMessageBox *>(QStringLiteral("deleteConfirm"));
        QVERIFY(confirm);
        confirm->findChild<QPushButton *>(QStringLiteral("deleteConfirmButton"))->click();
        gate = page->findChild<ReauthGate *>();
        QVERIFY(gate);
        QTRY_VERIFY_WITH_TIMEOUT(gate->form()->unlockButton()->isEnabled(), 10000);
        gate->form()->passwordEdit()->setText(QString::fromUtf8(masterPassword));
        gate->form()->submit();
        QVERIFY2(deleted.wait(60000) || !deleted.isEmpty(), qPrintable(page->messageLabel()->text()));
        QCOMPARE(deleted.first().at(0).toLongLong(), m_intact.id);
        QCOMPARE(deleted.first().at(1).toString(), QString());
        const QStringList after = m_bed->objectKeys();
        QVERIFY(!after.contains(m_intact.objectKey));
        QVERIFY(!after.contains(m_intact.manifestKey));
        if (!m_intact.sideKey.isEmpty())
            QVERIFY(!after.contains(m_intact.sideKey));
        QCOMPARE(BackupRepository(db).find(m_intact.id)->state, QStringLiteral("deleted"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->backupCount(), 0, 30000);
        bool audited = false;
        for (const AuditEntry &e : AuditLog(db).entries())
            audited = audited
                || (e.action == QLatin1String("backup.delete") && e.object.contains(m_intact.objectKey)
                    && e.outcome == QLatin1String("ok"));
        QVERIFY2(audited, "the delete is in the audit log");
    }
};

QTEST_MAIN(tst_BackupsPage)
#include "tst_backupspage.moc"
