// The restore wizard driven page by page against the real peers (sshd, strict S3, test keychain):
// the hostile tree from the backup tests is backed up once, then restored through the wizard into
// its default new folder (the tree must come back identical) and as one file picked in the index
// with the filter box (a non-UTF-8 name: only it must come back). Restoring over the original is
// refused until the server's name is typed, and another client's server is never offered. A
// PostgreSQL backup restores through the wizard over the original database once the server's name
// is typed (the summary says the current contents are dropped), and the original holds the
// backup-time rows again.
// With CAIRN_SCREENSHOT_DIR set, each page is saved as a PNG there.
#include "BackupTestBed.h"

#include "backup/RunManager.h"
#include "models/BackupIndexModel.h"
#include "restore/RestoreRun.h"
#include "ssh/SshHostKey.h"
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "wizards/RestoreBackupPage.h"
#include "wizards/RestoreServerPage.h"
#include "wizards/RestoreSummaryPage.h"
#include "wizards/RestoreTargetPage.h"
#include "wizards/RestoreWhatPage.h"
#include "wizards/RestoreWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTreeView>
#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {

TestProcess::Result shell(const QString &script, const QStringList &args = {})
{
    return TestProcess::run(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), script, QStringLiteral("bash") } + args,
        QProcessEnvironment::systemEnvironment(), {}, 300000);
}

void screenshot(QWidget *wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(wizard->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestRestoreWizard final : public QObject {
    Q_OBJECT

    std::unique_ptr<BackupTestBed> m_bed;
    std::unique_ptr<PeerFixture> m_second;
    std::unique_ptr<RunManager> m_runs;
    QString m_root;
    qint64 m_backupId = 0;

    QString compare(const QString &source, const QString &restored)
    {
        const TestProcess::Result r = TestProcess::run(QStringLiteral("python3"),
            { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/treecompare.py"), source, restored },
            QProcessEnvironment::systemEnvironment());
        return r.exitCode == 0 ? QString() : QString::fromUtf8(r.out + r.err);
    }

    // A wizard on the backup, moved to the target page with the server named.
    std::unique_ptr<RestoreWizard> wizardAtTarget(const QString &server, qint64 backupId = 0)
    {
        if (!backupId)
            backupId = m_backupId;
        auto wizard
            = std::make_unique<RestoreWizard>(m_bed->database(), &m_bed->secrets(), m_runs.get(), backupId);
        wizard->show();
        if (wizard->backupPage()->backupId() != backupId)
            return nullptr;
        wizard->next();
        QListWidget *servers = wizard->serverPage()->list();
        for (int i = 0; i < servers->count(); ++i) {
            if (servers->item(i)->data(Qt::UserRole + 1).toString() == server)
                servers->setCurrentRow(i);
        }
        wizard->next();
        return wizard->currentId() == RestoreWizard::TargetPageId ? std::move(wizard) : nullptr;
    }

    // Finish, then wait for the restore to be queued and to end; its result.
    RestoreResult finish(RestoreWizard &wizard)
    {
        QSignalSpy queued(&wizard, &RestoreWizard::restoreQueued);
        QSignalSpy failed(&wizard, &RestoreWizard::queueFailed);
        QSignalSpy finished(m_runs.get(), &RunManager::restoreFinished);
        wizard.button(QWizard::FinishButton)->click();
        if (queued.isEmpty() && failed.isEmpty())
            queued.wait(60000);
        if (queued.isEmpty()) {
            RestoreResult r;
            r.message = QStringLiteral("not queued: ") + wizard.queueError();
            return r;
        }
        const qint64 id = queued.first().at(0).toLongLong();
        while (finished.isEmpty() || finished.last().at(0).toLongLong() != id) {
            if (!finished.wait(600000))
                return {};
        }
        return finished.last().at(1).value<RestoreResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start();
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        m_root = m_bed->path(QStringLiteral("tree"));
        const TestProcess::Result made = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/maketree.sh"), m_root, QStringLiteral("3"),
                QStringLiteral("1") },
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        JobSpec spec;
        spec.paths = { m_root };
        const qint64 job = m_bed->addJob(QStringLiteral("tree"), spec);
        QVERIFY(job > 0);
        const BackupTestBed::Outcome outcome = m_bed->run(job);
        QVERIFY2(outcome.result.succeeded(), qPrintable(outcome.result.message + outcome.result.detail));
        m_backupId = outcome.result.backupId;
        m_runs = std::make_unique<RunManager>(m_bed->database());

        // Another server of the same client (a second sshd, same key) ...
        m_second = PeerFixture::start(QStringLiteral("sshd"));
        QVERIFY2(m_second, qPrintable(PeerFixture::lastError()));
        QFile first(m_bed->sshd().value(QStringLiteral("AUTHORIZED_KEYS")));
        QFile second(m_second->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::Append));
        second.write(first.readAll());
        second.close();
        QFile hostKeyFile(m_second->value(QStringLiteral("HOST_KEY_PUB")));
        QVERIFY(hostKeyFile.open(QIODevice::ReadOnly));
        const SshHostKey hostKey = SshHostKey::fromOpenSshLine(hostKeyFile.readAll());
        QSqlQuery q(m_bed->database()->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO servers (client_id, name, host, port, username, ssh_key_id, host_key_type, "
            "host_key, "
            "host_key_fingerprint, host_key_trusted_at, created_at) SELECT client_id, 'web 2', ?, ?, ?, "
            "ssh_key_id, ?, ?, ?, 1, 1 FROM servers WHERE id = ?"));
        q.addBindValue(m_second->value(QStringLiteral("HOST")));
        q.addBindValue(m_second->value(QStringLiteral("PORT")).toInt());
        q.addBindValue(m_second->value(QStringLiteral("USER")));
        q.addBindValue(hostKey.type());
        q.addBindValue(hostKey.blob());
        q.addBindValue(hostKey.fingerprintSha256());
        q.addBindValue(m_bed->serverId());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // ... and a server of another client, which must never be offered.
        StoreError error;
        const qint64 other
            = ClientRepository(m_bed->database()).add(QStringLiteral("Other client"), {}, &error);
        QVERIFY2(other > 0, qPrintable(error.message));
        QSqlQuery o(m_bed->database()->connection());
        o.prepare(QStringLiteral(
            "INSERT INTO servers (client_id, name, host, port, username, ssh_key_id, host_key_type, "
            "host_key, "
            "host_key_fingerprint, host_key_trusted_at, created_at) SELECT ?, 'elsewhere', host, port, "
            "username, "
            "ssh_key_id, host_key_type, host_key, host_key_fingerprint, 1, 1 FROM servers WHERE id = ?"));
        o.addBindValue(other);
        o.addBindValue(m_bed->serverId());
        QVERIFY2(o.exec(), qPrintable(o.lastError().text()));
    }

    void cleanupTestCase() { m_runs.reset(); }

    void offersOnlyTheSameClientsServers()
    {
        RestoreWizard wizard(m_bed->database(), &m_bed->secrets(), m_runs.get(), m_backupId);
        wizard.show();
        QCOMPARE(wizard.backupPage()->backupId(), m_backupId);
        screenshot(&wizard, QStringLiteral("1-backup"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::ServerPageId));
        QStringList names;
        for (int i = 0; i < wizard.serverPage()->list()->count(); ++i)
            names << wizard.serverPage()->list()->item(i)->data(Qt::UserRole + 1).toString();
        names.sort();
        QCOMPARE(names, QStringList({ m_bed->serverName(), QStringLiteral("web 2") }));
        // The server the backup came from is the default.
        QCOMPARE(wizard.serverPage()->serverName(), m_bed->serverName());
        QVERIFY(wizard.serverPage()->isOriginalServer());
        screenshot(&wizard, QStringLiteral("2-server"));
    }

    void restoresIntoTheDefaultNewFolder()
    {
        auto wizard = wizardAtTarget(m_bed->serverName());
        QVERIFY(wizard);
        RestoreTargetPage *target = wizard->targetPage();
        QVERIFY(target->newFolderButton()->isChecked());
        const QString destination = target->folderEdit()->text();
        QVERIFY2(destination.startsWith(m_root + QStringLiteral(".restored-")), qPrintable(destination));
        QVERIFY(!QFile::exists(destination));
        screenshot(wizard.get(), QStringLiteral("3-target"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::WhatPageId));
        QSignalSpy loaded(wizard->whatPage(), &RestoreWhatPage::indexLoaded);
        if (!wizard->whatPage()->isIndexLoaded())
            QVERIFY(loaded.wait(60000));
        QVERIFY2(wizard->whatPage()->isIndexLoaded(), qPrintable(wizard->whatPage()->statusLabel()->text()));
        QVERIFY(wizard->whatPage()->wholeButton()->isChecked());
        screenshot(wizard.get(), QStringLiteral("4-what"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::SummaryPageId));
        const QString summary = wizard->summaryPage()->summary();
        QVERIFY2(summary.contains(destination) && summary.contains(QStringLiteral("Everything")),
            qPrintable(summary));
        screenshot(wizard.get(), QStringLiteral("5-summary"));

        QFile::remove(QStringLiteral("/tmp/pwned"));
        const RestoreResult result = finish(*wizard);
        QVERIFY2(result.succeeded(), qPrintable(result.message + QLatin1Char('\n') + result.detail));
        QCOMPARE(result.restoredTo, destination);
        const QString differences = compare(m_root, destination);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
    }

    void restoresOneFilePickedInTheIndex()
    {
        auto wizard = wizardAtTarget(QStringLiteral("web 2"));
        QVERIFY(wizard);
        const QString destination = m_bed->path(QStringLiteral("picked -one"));
        wizard->targetPage()->folderEdit()->setText(destination);
        wizard->next();
        RestoreWhatPage *what = wizard->whatPage();
        QSignalSpy loaded(what, &RestoreWhatPage::indexLoaded);
        if (!what->isIndexLoaded())
            QVERIFY(loaded.wait(60000));
        QVERIFY2(what->isIndexLoaded(), qPrintable(what->statusLabel()->text()));
        what->chosenButton()->setChecked(true);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing ticked yet

        // Find it with the filter box, as a person would, and tick it in the tree.
        QTest::keyClicks(what->filterEdit(), QStringLiteral("LATIN1"));
        QTRY_COMPARE(what->model()->matchCount(), 1);
        const QByteArray name = m_root.mid(1).toUtf8() + "/latin1-\xe9\xff";
        const QModelIndex index = what->model()->indexOf(name);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), QStringLiteral("latin1-\\351\\377"));
        QVERIFY(what->model()->setData(index, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(what->members(), QList<QByteArray>({ name }));
        screenshot(wizard.get(), QStringLiteral("4-what-picked"));
        wizard->next();
        QVERIFY(wizard->summaryPage()->summary().contains(QStringLiteral("latin1-\\351\\377")));

        const RestoreResult result = finish(*wizard);
        QVERIFY2(result.succeeded(), qPrintable(result.message + QLatin1Char('\n') + result.detail));
        const TestProcess::Result listed
            = shell(QStringLiteral("cd \"$1\" && find . | LC_ALL=C sort"), { destination });
        QCOMPARE(listed.out, QByteArray(".\n./latin1-\xe9\xff\n"));
        // Qt cannot open a name that is not UTF-8; cat can.
        QCOMPARE(shell(QStringLiteral("cat \"$1\"/latin1-$'\\xe9\\xff'"), { destination }).out,
            QByteArray("bytes\n"));
    }

    void overTheOriginalNeedsTheServersName()
    {
        auto wizard = wizardAtTarget(m_bed->serverName());
        QVERIFY(wizard);
        RestoreTargetPage *target = wizard->targetPage();
        QVERIFY(target->overOriginalButton()->isEnabled());
        target->overOriginalButton()->setChecked(true);
        QVERIFY(target->confirmEdit()->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        target->confirmEdit()->setText(QStringLiteral("web"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!target->validatePage());
        screenshot(wizard.get(), QStringLiteral("3-target-over"));

        // Even a request built past the page is refused by the run's own check.
        RestoreRequest request;
        request.backup = *wizard->backup();
        request.serverName = m_bed->serverName();
        wizard->describe(request);
        QVERIFY(request.overOriginal);
        QCOMPARE(request.destination, m_root);
        QVERIFY(!RestoreRun::validate(request).isEmpty());

        target->confirmEdit()->setText(m_bed->serverName());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(target->validatePage());
        wizard->describe(request);
        QVERIFY(RestoreRun::validate(request).isEmpty());
    }

    void databaseOverTheOriginal()
    {
        auto postgres = PeerFixture::start(QStringLiteral("postgres"));
        QVERIFY2(postgres, qPrintable(PeerFixture::lastError()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), postgres->value(QStringLiteral("HOST")));
        env.insert(QStringLiteral("PGPORT"), postgres->value(QStringLiteral("PORT")));
        env.insert(QStringLiteral("PGUSER"), postgres->value(QStringLiteral("SUPERUSER")));
        env.insert(QStringLiteral("PGDATABASE"), postgres->value(QStringLiteral("DATABASE")));
        const auto psql = [&env](const QByteArray &sql) {
            return TestProcess::run(QStringLiteral("psql"),
                { QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-q"),
                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1") },
                env, sql);
        };
        QCOMPARE(
            psql("CREATE TABLE notes (id INT, body TEXT); INSERT INTO notes VALUES (1, 'kept');").exitCode,
            0);
        JobSpec spec;
        spec.kind = JobSpec::Kind::Postgres;
        spec.databases = { postgres->value(QStringLiteral("DATABASE")) };
        spec.databaseHost = postgres->value(QStringLiteral("HOST"));
        spec.databasePort = postgres->value(QStringLiteral("PORT")).toInt();
        spec.databaseLogin = JobSpec::DatabaseLogin::Socket;
        spec.databaseUser = postgres->value(QStringLiteral("SUPERUSER"));
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("notes db"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));
        QCOMPARE(psql("INSERT INTO notes VALUES (2, 'added later');").exitCode, 0);

        auto wizard = wizardAtTarget(m_bed->serverName(), backup.result.backupId);
        QVERIFY(wizard);
        RestoreTargetPage *target = wizard->targetPage();
        // A new database is the default, named after the original.
        QVERIFY(target->newDatabaseButton()->isChecked());
        QVERIFY(target->databaseEdit()->text().startsWith(
            postgres->value(QStringLiteral("DATABASE")) + QStringLiteral("_restored_")));
        QVERIFY(!target->confirmDatabaseEdit()->isVisible());
        QVERIFY(target->overOriginalDatabaseButton()->isEnabled());
        QVERIFY(target->overOriginalDatabaseButton()->text().contains(
            postgres->value(QStringLiteral("DATABASE"))));
        target->overOriginalDatabaseButton()->setChecked(true);
        QVERIFY(target->confirmDatabaseEdit()->isVisible());
        QVERIFY(!target->databaseEdit()->isEnabled());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        target->confirmDatabaseEdit()->setText(QStringLiteral("web"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!target->validatePage());
        target->confirmDatabaseEdit()->setText(m_bed->serverName());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        screenshot(wizard.get(), QStringLiteral("3-target-database-over"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::SummaryPageId));
        const QString summary = wizard->summaryPage()->summary();
        QVERIFY2(
            summary.contains(QStringLiteral("This replaces the database %1 on %2; the current contents are "
                                            "dropped once the restored copy has loaded.")
                                 .arg(postgres->value(QStringLiteral("DATABASE")), m_bed->serverName())),
            qPrintable(summary));
        screenshot(wizard.get(), QStringLiteral("4-summary-database-over"));

        const RestoreResult result = finish(*wizard);
        QVERIFY2(result.succeeded(), qPrintable(result.message + result.detail));
        QCOMPARE(result.restoredTo, postgres->value(QStringLiteral("DATABASE")));
        QCOMPARE(psql("SELECT string_agg(id || ':' || body, ',' ORDER BY id) FROM notes;").out,
            QByteArray("1:kept\n"));
    }
};

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
