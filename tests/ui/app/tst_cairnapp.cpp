// Runs the built cairn binary: --version and --help without any display, the one-sentence refusal
// when there is no display, bad databases refused and left byte-for-byte untouched, the first run
// creating exactly one client, hostile database paths, and --quit-after-show's output.
#include "store/ClientRepository.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cairn;

class tst_CairnApp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndHelpNeedNoDisplay_data();
    void versionAndHelpNeedNoDisplay();
    void noDisplayIsOneSentence();
    void refusesBadDatabases_data();
    void refusesBadDatabases();
    void firstRunCreatesOneClient_data();
    void firstRunCreatesOneClient();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, bool display);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CairnApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

tst_CairnApp::Result tst_CairnApp::run(const QStringList &arguments, bool display)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "CAIRN_DB", "CAIRN_LANG" })
        env.remove(QString::fromLatin1(name));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Private settings, data and runtime folders: nothing of the person running the tests is touched.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CAIRN_APP_PATH), arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_CairnApp::versionAndHelpNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--version") << QStringLiteral("--version") << QStringLiteral("Cairn 0.1.0");
    QTest::addRow("-v") << QStringLiteral("-v") << QStringLiteral("Cairn 0.1.0");
    QTest::addRow("--help") << QStringLiteral("--help") << QStringLiteral("--quit-after-show");
}

void tst_CairnApp::versionAndHelpNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const Result result = run({ option }, false);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out + result.err));
}

void tst_CairnApp::noDisplayIsOneSentence()
{
    const Result result = run({ QStringLiteral("--db"), m_dir->filePath(QStringLiteral("x.sqlite")) }, false);
    QCOMPARE(result.exitCode, 1);
    const QString text = result.err.trimmed();
    QVERIFY2(!text.contains(QLatin1Char('\n')) && text.endsWith(QLatin1Char('.')), qPrintable(result.err));
    QVERIFY(text.contains(QStringLiteral("cairn-cli")));
    QVERIFY2(
        !QFile::exists(m_dir->filePath(QStringLiteral("x.sqlite"))), "nothing is created before the refusal");
}

void tst_CairnApp::refusesBadDatabases_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("not sqlite") << QStringLiteral("text");
    QTest::addRow("another program's sqlite") << QStringLiteral("foreign");
    QTest::addRow("newer schema") << QStringLiteral("newer");
    QTest::addRow("a folder") << QStringLiteral("folder");
}

void tst_CairnApp::refusesBadDatabases()
{
    QFETCH(QString, kind);
    const QString path = m_dir->filePath(QStringLiteral("bad $(touch pwned) \"db\".sqlite"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are somebody's notes, not a database\n");
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        const QString name = QStringLiteral("maker-") + kind;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (kind == QLatin1String("foreign"))
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            else
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const auto digest = [&path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray("(not a readable file)");
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();

    const Result result = run({ QStringLiteral("--db"), path }, true);
    QCOMPARE(result.exitCode, 1);
    const QString text = result.err.trimmed();
    QVERIFY2(text.endsWith(QLatin1Char('.')) && !text.contains(QLatin1Char('\n')), qPrintable(result.err));
    QVERIFY2(text.contains(QStringLiteral("--db")), qPrintable(text)); // says what to do
    QCOMPARE(digest(), before);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("pwned"))));
}

void tst_CairnApp::firstRunCreatesOneClient_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("plain") << QStringLiteral("cairn.sqlite");
    QTest::addRow("spaces and quotes") << QStringLiteral("my \"backup\" db's.sqlite");
    QTest::addRow("shell syntax") << QStringLiteral("$(id) `id`;.sqlite");
    QTest::addRow("leading dash") << QStringLiteral("-not-an-option.sqlite");
    QTest::addRow("unicode and rtl") << QStringLiteral("Müller שלום 東京.sqlite");
}

void tst_CairnApp::firstRunCreatesOneClient()
{
    QFETCH(QString, name);
    const QString path = m_dir->filePath(QStringLiteral("folder with space/") + name);
    for (int start = 0; start < 2; ++start) {
        // --db=PATH, so a leading dash in the name cannot be read as an option.
        const Result result
            = run({ QStringLiteral("--db=") + path, QStringLiteral("--quit-after-show") }, true);
        QCOMPARE(result.exitCode, 0);
        const QRegularExpression shown(
            QStringLiteral("^shown-ms=[0-9]+\\.[0-9] shown-cpu-ms=[0-9]+\\.[0-9]\\n$"));
        QVERIFY2(shown.match(result.out).hasMatch(), qPrintable(result.out));
    }
    StoreError error;
    auto database = Database::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const QList<Client> clients = ClientRepository(database).list();
    QCOMPARE(clients.size(), 1); // created on the first start, not again on the second
    QCOMPARE(clients.first().name, QStringLiteral("My company"));
}

QTEST_GUILESS_MAIN(tst_CairnApp)
#include "tst_cairnapp.moc"
