// The job wizard driven like a person would, offscreen, against a real store and the test run's
// keychain: every page filled with QTest, saved, and the job in the store with exactly the spec
// the pages described; another client's storage never offered; bad input answered with its one
// sentence on the page that caused it; a database password in the keychain and nowhere in SQLite;
// editing reopens the job and saves changes; the Jobs page opens the wizard and removes jobs.
#include "TestEstate.h"

#include "backup/JobSpec.h"
#include "models/StoreTableModel.h"
#include "secrets/SecretStore.h"
#include "store/ClientKeyRepository.h"
#include "store/JobRepository.h"
#include "views/EmptyState.h"
#include "views/ListPage.h"
#include "views/MainWindow.h"
#include "wizards/AddJobCommandsPage.h"
#include "wizards/AddJobOptionsPage.h"
#include "wizards/AddJobRetentionPage.h"
#include "wizards/AddJobServerPage.h"
#include "wizards/AddJobSourcePage.h"
#include "wizards/AddJobStoragePage.h"
#include "wizards/AddJobSummaryPage.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

namespace {

const QString Service = QStringLiteral("org.cairnbackup.Cairn.tests.jobwizard");

// Types text key by key like a person: Return for a line break, and characters QTest::keyClicks
// cannot name (outside Latin-1, or whole emoji) as key events carrying their text.
void typeText(QWidget *widget, const QString &text)
{
    for (const char32_t codePoint : text.toUcs4()) {
        if (codePoint == U'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (codePoint < 0x7f) {
            QTest::keyClick(widget, char(codePoint));
        } else {
            QTest::sendKeyEvent(
                QTest::Click, widget, Qt::Key_unknown, QString::fromUcs4(&codePoint, 1), Qt::NoModifier);
        }
    }
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QCOMPARE(edit->text(), text);
}

void type(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QCOMPARE(edit->toPlainText(), text);
}

void setSpin(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QCOMPARE(box->value(), value);
}

SecretJob *finish(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(20000);
    return job;
}

} // namespace

class tst_AddJobWizard final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestEstate> m_estate;
    qint64 m_acme = 0;
    qint64 m_other = 0;
    qint64 m_web = 0;
    qint64 m_acmeStorage = 0;

    // Page 1 for client Acme's server "web 1"; leaves the wizard on the source page.
    void fillServer(AddJobWizard &wizard, const QString &name)
    {
        AddJobServerPage *page = wizard.serverPage();
        QCOMPARE(page->clientId(), m_acme);
        QCOMPARE(page->serverBox()->count(), 1);
        // A name is suggested from the server; the person's own replaces it.
        QCOMPARE(page->nameEdit()->text(), QStringLiteral("web 1 backup"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        page->nameEdit()->clear();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(page->nameEdit(), name);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(AddJobWizard::SourcePageId));
    }

    void next(AddJobWizard &wizard, int expectedPage)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), expectedPage);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_estate = std::make_unique<TestEstate>();
        QVERIFY2(m_estate->isValid(), qPrintable(m_estate->lastError()));
        m_acme = m_estate->addClient(QStringLiteral("Acme"));
        m_other = m_estate->addClient(QStringLiteral("Other Co"));
        m_web = m_estate->addServer(m_acme, QStringLiteral("web 1"));
        QVERIFY(m_estate->addServer(m_other, QStringLiteral("other web")));
        m_acmeStorage = m_estate->addStorage(m_acme, QStringLiteral("acme bucket"));
        QVERIFY(m_estate->addStorage(m_other, QStringLiteral("other bucket")));
        QVERIFY2(m_acme && m_other && m_web && m_acmeStorage, qPrintable(m_estate->lastError()));
    }

    void filesJobEndToEnd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("plain") << QStringLiteral("Website files");
        for (const QString &name : cairn::test::hostileNames())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void filesJobEndToEnd()
    {
        QFETCH(QString, name);
        AddJobWizard wizard(m_estate->database(), m_acme);
        wizard.setKeychainService(Service);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillServer(wizard, name);

        // What: a relative path is refused with the core's sentence and the wizard stays.
        AddJobSourcePage *source = wizard.sourcePage();
        type(source->pathsEdit(), QStringLiteral("srv/www"));
        next(wizard, AddJobWizard::SourcePageId);
        QVERIFY2(source->error()->message().contains(QStringLiteral("not absolute")),
            qPrintable(source->error()->message()));
        // Live database files: warned about, in words.
        type(source->pathsEdit(), QStringLiteral("/var/lib"));
        QVERIFY(source->warning()->isVisibleTo(&wizard));
        QVERIFY(source->warning()->text().contains(QStringLiteral("/var/lib/mysql")));
        type(source->pathsEdit(), QStringLiteral("/srv/www\n/home/o'brien/my files\n/-C"));
        QVERIFY(!source->warning()->isVisibleTo(&wizard));
        type(source->excludesEdit(), QStringLiteral("*.tmp\n/srv/www/cache"));
        next(wizard, AddJobWizard::StoragePageId);
        QVERIFY(source->error()->message().isEmpty());

        // Where: only Acme's storage, never Other Co's.
        AddJobStoragePage *storage = wizard.storagePage();
        QCOMPARE(storage->offeredNames(), QStringList { QStringLiteral("acme bucket") });
        QCOMPARE(storage->storageId(), m_acmeStorage);
        next(wizard, AddJobWizard::OptionsPageId);

        // How: gzip tops out at 9; the sentence says so, then 9 is taken.
        AddJobOptionsPage *options = wizard.optionsPage();
        options->compressionBox()->setCurrentIndex(
            options->compressionBox()->findData(int(JobSpec::Compression::Gzip)));
        setSpin(options->levelBox(), 12);
        next(wizard, AddJobWizard::OptionsPageId);
        QVERIFY2(options->error()->message().contains(QStringLiteral("between 1 and 9")),
            qPrintable(options->error()->message()));
        setSpin(options->levelBox(), 9);
        setSpin(options->rateBox(), 5);
        options->priorityBox()->setCurrentIndex(AddJobOptionsPage::LowestPriority);
        next(wizard, AddJobWizard::CommandsPageId);

        // Commands reach the spec as typed (the runner quotes them; the wizard never edits them).
        AddJobCommandsPage *commands = wizard.commandsPage();
        const QString pre = QStringLiteral("systemctl stop 'web app' && echo \"$(date)\"");
        type(commands->preEdit(), pre);
        type(commands->postEdit(), QStringLiteral("systemctl start web"));
        setSpin(commands->timeoutBox(), 5);
        next(wizard, AddJobWizard::RetentionPageId);

        // Retention: the preview comes from Retention::select and changes with the counts.
        AddJobRetentionPage *retention = wizard.retentionPage();
        retention->findChild<QRadioButton *>(QStringLiteral("keepCalendar"))->click();
        setSpin(retention->dailyBox(), 7);
        setSpin(retention->weeklyBox(), 4);
        setSpin(retention->monthlyBox(), 0);
        setSpin(retention->minimumAgeBox(), 2);
        // One a day for a year, 7 daily + 4 weekly: the 7 newest days and 4 more weeks (some shared).
        const QString preview = retention->previewLabel()->text();
        QVERIFY2(preview.contains(QStringLiteral("keeps")), qPrintable(preview));
        RetentionPolicy expectedPolicy;
        expectedPolicy.daily = 7;
        expectedPolicy.weekly = 4;
        expectedPolicy.minimumAgeDays = 2;
        QCOMPARE(preview, AddJobRetentionPage::preview(expectedPolicy));
        retention->findChild<QRadioButton *>(QStringLiteral("keepLast"))->click();
        QVERIFY(retention->previewLabel()->text() != preview);
        retention->findChild<QRadioButton *>(QStringLiteral("keepCalendar"))->click();
        QCOMPARE(retention->previewLabel()->text(), preview);
        next(wizard, AddJobWizard::SchedulePageId);
        next(wizard, AddJobWizard::SummaryPageId);

        // Summary: names and paths as typed, never markup.
        const QString summary = wizard.summaryPage()->summaryText();
        QVERIFY2(summary.contains(name.trimmed()), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("/home/o'brien/my files")));
        QVERIFY(summary.contains(QStringLiteral("acme bucket")));
        QCOMPARE(wizard.summaryPage()->summaryLabel()->textFormat(), Qt::PlainText);

        QSignalSpy saved(&wizard, &AddJobWizard::jobSaved);
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(saved.size(), 1);
        const qint64 id = saved.first().at(0).toLongLong();
        QVERIFY(id > 0);

        // The store holds exactly what the pages said.
        const auto job = JobRepository(m_estate->database()).findById(id);
        QVERIFY(job);
        QCOMPARE(job->name, name.trimmed());
        QCOMPARE(job->clientId, m_acme);
        QCOMPARE(job->serverId, m_web);
        QCOMPARE(job->storageId, m_acmeStorage);
        QCOMPARE(job->kind, QStringLiteral("files"));
        const auto spec = JobSpec::fromJsonBytes(JobRepository(m_estate->database()).specJson(id));
        QVERIFY(spec);
        JobSpec expected;
        expected.kind = JobSpec::Kind::Files;
        expected.paths
            = { QStringLiteral("/srv/www"), QStringLiteral("/home/o'brien/my files"), QStringLiteral("/-C") };
        expected.excludes = { QStringLiteral("*.tmp"), QStringLiteral("/srv/www/cache") };
        expected.compression = JobSpec::Compression::Gzip;
        expected.compressionLevel = 9;
        expected.uploadBytesPerSecond = 5 * 1024 * 1024;
        expected.niceLevel = 19;
        expected.ioniceClass = 3;
        expected.preCommand = pre;
        expected.postCommand = QStringLiteral("systemctl start web");
        expected.commandTimeoutSeconds = 300;
        expected.retention = expectedPolicy;
        QCOMPARE(spec->toJson(), expected.toJson());
        QVERIFY(*spec == expected);
        QVERIFY(JobRepository(m_estate->database()).remove(id).ok());
    }

    void foreignStorageIsNotOffered()
    {
        // Choosing Other Co's server offers Other Co's storage only, and Acme's never.
        AddJobWizard wizard(m_estate->database(), m_acme);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        AddJobServerPage *page = wizard.serverPage();
        page->clientBox()->setCurrentIndex(page->clientBox()->findData(m_other));
        QCOMPARE(page->serverBox()->count(), 1);
        QCOMPARE(page->serverName(), QStringLiteral("other web"));
        type(page->nameEdit(), QStringLiteral("x"));
        next(wizard, AddJobWizard::SourcePageId);
        type(wizard.sourcePage()->pathsEdit(), QStringLiteral("/srv"));
        next(wizard, AddJobWizard::StoragePageId);
        QCOMPARE(wizard.storagePage()->offeredNames(), QStringList { QStringLiteral("other bucket") });
        // Back to Acme: the list follows the client.
        wizard.back();
        wizard.back();
        page->clientBox()->setCurrentIndex(page->clientBox()->findData(m_acme));
        next(wizard, AddJobWizard::SourcePageId);
        next(wizard, AddJobWizard::StoragePageId);
        QCOMPARE(wizard.storagePage()->offeredNames(), QStringList { QStringLiteral("acme bucket") });
    }

    void encryptionNeedsTheClientsKey()
    {
        AddJobWizard wizard(m_estate->database(), m_acme);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillServer(wizard, QStringLiteral("sealed files"));
        type(wizard.sourcePage()->pathsEdit(), QStringLiteral("/srv/www"));
        next(wizard, AddJobWizard::StoragePageId);
        next(wizard, AddJobWizard::OptionsPageId);
        wizard.optionsPage()->encryptBox()->setChecked(true);
        QVERIFY(wizard.spec().encrypt);
        // Acme has no encryption key: the page stays and says what to do.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(AddJobWizard::OptionsPageId));
        QVERIFY2(wizard.optionsPage()->error()->message().contains(QStringLiteral("client keys create")),
            qPrintable(wizard.optionsPage()->error()->message()));

        // With a key (the public half is all a job needs), the same choice goes through.
        StoreError error;
        ClientKeyRepository keys(m_estate->database());
        QVERIFY(keys.insertIntegrityKey(m_acme, QStringLiteral("test-integrity-ref"), &error) > 0);
        QVERIFY(keys.setEncryptionKey(m_acme,
                        QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
                        QStringLiteral("SHA256:test"), QString())
                    .ok());
        QVERIFY(wizard.problem().isEmpty());
        next(wizard, AddJobWizard::CommandsPageId);
        QVERIFY(
            QSqlQuery(m_estate->database()->connection()).exec(QStringLiteral("DELETE FROM client_keys")));
    }

    void databasePasswordGoesToTheKeychain()
    {
        AddJobWizard wizard(m_estate->database(), m_acme);
        wizard.setKeychainService(Service);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillServer(wizard, QStringLiteral("shop database"));
        AddJobSourcePage *source = wizard.sourcePage();
        source->findChild<QRadioButton *>(QStringLiteral("kindMySql"))->click();
        QVERIFY(source->databasesEdit()->isVisibleTo(&wizard));
        QVERIFY(!source->passwordEdit()->isVisibleTo(&wizard));
        type(source->databasesEdit(), QStringLiteral("shop, crm"));
        source->loginBox()->setCurrentIndex(
            source->loginBox()->findData(int(JobSpec::DatabaseLogin::Password)));
        QVERIFY(source->passwordEdit()->isVisibleTo(&wizard));
        type(source->userEdit(), QStringLiteral("backup"));
        // No password typed: the core's sentence, on this page.
        next(wizard, AddJobWizard::SourcePageId);
        QVERIFY2(source->error()->message().contains(QStringLiteral("password")),
            qPrintable(source->error()->message()));
        const QString password = QStringLiteral("canary-PW $(id) 'q' \"dq\" ü");
        type(source->passwordEdit(), password);
        next(wizard, AddJobWizard::StoragePageId);
        next(wizard, AddJobWizard::OptionsPageId);
        next(wizard, AddJobWizard::CommandsPageId);
        next(wizard, AddJobWizard::RetentionPageId);
        next(wizard, AddJobWizard::SchedulePageId);
        next(wizard, AddJobWizard::SummaryPageId);
        QVERIFY(!wizard.summaryPage()->summaryText().contains(password));
        QSignalSpy saved(&wizard, &AddJobWizard::jobSaved);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        const qint64 id = saved.first().at(0).toLongLong();
        const auto spec = JobSpec::fromJsonBytes(JobRepository(m_estate->database()).specJson(id));
        QVERIFY(spec);
        QCOMPARE(spec->kind, JobSpec::Kind::MySql);
        QCOMPARE(spec->databases, (QStringList { QStringLiteral("shop"), QStringLiteral("crm") }));
        QCOMPARE(spec->databaseLogin, JobSpec::DatabaseLogin::Password);
        QCOMPARE(spec->databaseUser, QStringLiteral("backup"));
        QVERIFY(!spec->databasePasswordRef.isEmpty());
        QVERIFY(spec->databasePasswordRef != QStringLiteral("pending"));

        SecretStore secrets(Service, nullptr);
        SecretJob *read = finish(secrets.read(spec->databasePasswordRef));
        QVERIFY2(read->ok(), qPrintable(read->errorString()));
        QCOMPARE(QString::fromUtf8(read->takeData().toByteArray()), password);
        // Nowhere in the database file.
        QFile file(m_estate->database()->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(QByteArrayLiteral("canary-PW")));

        // Edit: the password is kept unless retyped, the rest changes.
        AddJobWizard edit(m_estate->database(), 0, id);
        edit.setKeychainService(Service);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QCOMPARE(edit.serverPage()->nameEdit()->text(), QStringLiteral("shop database"));
        QVERIFY(!edit.serverPage()->clientBox()->isEnabled());
        next(edit, AddJobWizard::SourcePageId);
        QCOMPARE(edit.sourcePage()->kind(), JobSpec::Kind::MySql);
        type(edit.sourcePage()->databasesEdit(), QStringLiteral("shop"));
        next(edit, AddJobWizard::StoragePageId);
        next(edit, AddJobWizard::OptionsPageId);
        next(edit, AddJobWizard::CommandsPageId);
        next(edit, AddJobWizard::RetentionPageId);
        next(edit, AddJobWizard::SchedulePageId);
        next(edit, AddJobWizard::SummaryPageId);
        QSignalSpy editSaved(&edit, &AddJobWizard::jobSaved);
        QTest::mouseClick(edit.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE(editSaved.size(), 1);
        QCOMPARE(editSaved.first().at(0).toLongLong(), id);
        const auto edited = JobSpec::fromJsonBytes(JobRepository(m_estate->database()).specJson(id));
        QVERIFY(edited);
        QCOMPARE(edited->databases, QStringList { QStringLiteral("shop") });
        QCOMPARE(edited->databasePasswordRef, spec->databasePasswordRef);
        QVERIFY(JobRepository(m_estate->database()).remove(id).ok());
        finish(secrets.remove(spec->databasePasswordRef));
    }

    void duplicateNameKeepsWhatWasTyped()
    {
        const qint64 existing = m_estate->addJob(m_acme, QStringLiteral("nightly"), m_web, m_acmeStorage);
        QVERIFY2(existing, qPrintable(m_estate->lastError()));
        AddJobWizard wizard(m_estate->database(), m_acme);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillServer(wizard, QStringLiteral("nightly"));
        type(wizard.sourcePage()->pathsEdit(), QStringLiteral("/etc"));
        for (int page :
            { AddJobWizard::StoragePageId, AddJobWizard::OptionsPageId, AddJobWizard::CommandsPageId,
                AddJobWizard::RetentionPageId, AddJobWizard::SchedulePageId, AddJobWizard::SummaryPageId })
            next(wizard, page);
        QSignalSpy failed(&wizard, &AddJobWizard::saveFailed);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(AddJobWizard::SummaryPageId));
        const QString sentence = wizard.summaryPage()->error()->message();
        QVERIFY2(!sentence.isEmpty() && sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        QCOMPARE(wizard.sourcePage()->pathsEdit()->toPlainText(), QStringLiteral("/etc"));
        QVERIFY(JobRepository(m_estate->database()).remove(existing).ok());
    }

    void jobsPageOpensWizardAndRemovesJobs()
    {
        MainWindow window(m_estate->database(), false);
        window.selectClient(m_acme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Jobs);
        ListPage *page = window.listPage(MainWindow::Jobs);
        QVERIFY(page->isShowingEmptyState());
        QPushButton *create = page->emptyState()->button();
        QVERIFY(create && create->isEnabled());
        create->click();
        auto *wizard = window.findChild<AddJobWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        type(wizard->serverPage()->nameEdit(), QStringLiteral("from the page"));
        wizard->next();
        type(wizard->sourcePage()->pathsEdit(), QStringLiteral("/srv"));
        for (int i = 0; i < 6; ++i)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(AddJobWizard::SummaryPageId));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!page->isShowingEmptyState());
        QCOMPARE(page->model()->rowCount(), 1);

        page->view()->selectRow(0);
        auto *box = qobject_cast<QMessageBox *>(window.openRemoveJobDialog());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("from the page")));
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveJob"))->click();
        QTRY_VERIFY(page->isShowingEmptyState());
        QVERIFY(JobRepository(m_estate->database()).list(m_acme).isEmpty());
    }
};

QTEST_MAIN(tst_AddJobWizard)
#include "tst_addjobwizard.moc"
