// cairn-cli lock|2fa|audit export|kit as a person (or a script) runs them: real processes, real
// database files, passwords and passphrases on standard input (never argv), the keychain session
// scripts/test.sh provides, and a second, separate keychain session for importing a kit.
#include "security/AppLock.h"
#include "security/AuditAnchor.h"
#include "security/SecuritySettings.h"
#include "security/Totp.h"
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/ServerRepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace cairn;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString cliPath()
{
    return qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli");
}

// Runs cairn-cli (through wrapper, when given) with input on its standard input.
Result run(const QStringList &args, const QByteArray &input = {}, const QStringList &wrapper = {})
{
    QProcess process;
    if (wrapper.isEmpty())
        process.start(cliPath(), args);
    else
        process.start(wrapper.first(), wrapper.mid(1) + args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

// One sentence: a single line that ends with a full stop.
bool isOneSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains(QLatin1Char('\n')) && trimmed.endsWith(QLatin1Char('.'));
}

QStringList recoveryCodesIn(const QString &out)
{
    QStringList codes;
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("  ")) && line.count(QLatin1Char('-')) == 2)
            codes << line.trimmed();
    return codes;
}

// The wrong-attempt back-off (1 s after one failure) runs on the wall clock in a separate process.
void waitOutBackOff()
{
    QTest::qWait(1100);
}

int count(const QString &dbPath, const QString &table)
{
    StoreError error;
    auto db = Database::open(dbPath, &error);
    QSqlQuery q(db ? db->connection() : QSqlDatabase());
    return db && q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                                     : -1;
}

std::shared_ptr<Database> openDb(const QString &path)
{
    StoreError error;
    return Database::open(path, &error);
}

bool lockEnabled(const QString &dbPath)
{
    StoreError error;
    auto db = Database::open(dbPath, &error);
    return db && AppLock(db).isEnabled();
}

bool twoFactorEnabled(const QString &dbPath)
{
    StoreError error;
    auto db = Database::open(dbPath, &error);
    return db && AppLock(db).isTwoFactorEnabled();
}

const QByteArray master("first master password");
// A master password as hostile as a shell can make it: it only ever travels on standard input.
const QByteArray hostileMaster("-- $(touch /tmp/pwned) 'it''s' \"x\" `id` ; rm -rf ~");

// sqlite3 on the file, as someone editing it around Cairn would (the triggers go first).
bool sqlite(const QString &dbPath, const QString &statements)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"),
        { dbPath,
            QStringLiteral(
                "DROP TRIGGER IF EXISTS audit_log_no_delete; DROP TRIGGER IF EXISTS audit_log_no_update; ")
                + statements });
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

int auditCount(const QString &dbPath, const QString &action, const QString &outcomePrefix)
{
    StoreError error;
    auto db = Database::open(dbPath, &error);
    QSqlQuery q(db ? db->connection() : QSqlDatabase());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND outcome LIKE ?"));
    q.addBindValue(action);
    q.addBindValue(outcomePrefix + QLatin1Char('%'));
    return db && q.exec() && q.next() ? q.value(0).toInt() : -1;
}
const QByteArray passphrase("a long hand-over passphrase");

} // namespace

class tst_CliSecurity final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newDb() { return m_dir.filePath(QStringLiteral("cli security %1.sqlite").arg(++m_counter)); }
    QStringList with(const QString &db, QStringList args)
    {
        return QStringList { QStringLiteral("--db"), db } + args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run the tests through scripts/test.sh, which provides the keyring session");
    }

    void lockSetChangeRemove()
    {
        const QString db = newDb();
        // A password on the command line is refused outright: argv is visible to every user.
        Result r
            = run(with(db, { QStringLiteral("lock"), QStringLiteral("set"), QString::fromUtf8(master) }));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!lockEnabled(db));
        r = run(with(db, { QStringLiteral("lock"), QStringLiteral("set") }), "short\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(!lockEnabled(db));

        r = run(with(db, { QStringLiteral("lock"), QStringLiteral("set") }), master + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(lockEnabled(db));
        QVERIFY2(!r.out.contains(QString::fromUtf8(master)) && !r.err.contains(QString::fromUtf8(master)),
            "the password is never echoed");

        // A wrong current password: refused in one sentence, the old password still holds.
        const QByteArray next("second master password");
        r = run(
            with(db, { QStringLiteral("lock"), QStringLiteral("change") }), "not it at all\n" + next + "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        waitOutBackOff();
        r = run(with(db, { QStringLiteral("lock"), QStringLiteral("change") }), master + "\n" + next + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = run(with(db, { QStringLiteral("lock"), QStringLiteral("remove") }), master + "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(lockEnabled(db));
        waitOutBackOff();
        r = run(with(db, { QStringLiteral("lock"), QStringLiteral("remove") }), next + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!lockEnabled(db));
    }

    void twoFactorEnableCodesDisable()
    {
        const QString db = newDb();
        QCOMPARE(run(with(db, { QStringLiteral("lock"), QStringLiteral("set") }), master + "\n").exitCode, 0);

        // No code after the link (end of input): nothing is stored.
        Result noCode = run(with(db, { QStringLiteral("2fa"), QStringLiteral("enable") }), master + "\n");
        QCOMPARE(noCode.exitCode, 1);
        QVERIFY(noCode.out.contains(QStringLiteral("otpauth://totp/")));
        QVERIFY2(isOneSentence(noCode.err), qPrintable(noCode.err));
        QVERIFY(!twoFactorEnabled(db));

        // Enrolment is a dialogue: the password, then the link, then the code the app shows.
        QProcess process;
        process.start(cliPath(), with(db, { QStringLiteral("2fa"), QStringLiteral("enable") }));
        process.write(master + "\n");
        QString uri;
        QByteArray seen;
        while (uri.isEmpty() && process.waitForReadyRead(60000)) {
            seen += process.readAllStandardOutput();
            for (const QByteArray &line : seen.split('\n'))
                if (line.startsWith("otpauth://totp/"))
                    uri = QString::fromLatin1(line.trimmed());
        }
        QVERIFY2(!uri.isEmpty(), process.readAllStandardError().constData());
        const std::optional<SecureBytes> secret
            = Totp::base32Decode(QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret")).toLatin1());
        QVERIFY(secret);
        process.write(Totp::codeAt(secret->view(), QDateTime::currentSecsSinceEpoch()).toLatin1() + "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        seen += process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(twoFactorEnabled(db));
        const QStringList codes = recoveryCodesIn(QString::fromUtf8(seen));
        QCOMPARE(codes.size(), 10);

        // The lock cannot be removed while two-factor is on.
        Result r = run(with(db, { QStringLiteral("lock"), QStringLiteral("remove") }), master + "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));

        // New codes replace the old: an old one no longer turns two-factor off.
        r = run(with(db, { QStringLiteral("2fa"), QStringLiteral("recovery-codes") }),
            codes.at(0).toLatin1() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList fresh = recoveryCodesIn(r.out);
        QCOMPARE(fresh.size(), 10);
        r = run(
            with(db, { QStringLiteral("2fa"), QStringLiteral("disable") }), codes.at(1).toLatin1() + "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(twoFactorEnabled(db));
        waitOutBackOff();
        r = run(
            with(db, { QStringLiteral("2fa"), QStringLiteral("disable") }), fresh.at(0).toLatin1() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!twoFactorEnabled(db));
        QVERIFY(lockEnabled(db));

        // Every step is in the audit log, exported as CSV.
        const QString csvPath = m_dir.filePath(QStringLiteral("audit %1.csv").arg(m_counter));
        r = run(with(
            db, { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--csv"), csvPath }));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(int(csv.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
        const QByteArray text = csv.readAll();
        for (const char *action :
            { "lock.enable", "twofactor.enable", "twofactor.recovery_codes", "twofactor.disable" })
            QVERIFY2(text.contains(action), action);
        r = run(with(db,
            { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--contains"),
                QStringLiteral("twofactor.disable") }));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 2); // the header and the one entry
    }

    void kitExportImportIntoSecondKeychain()
    {
        const QString source = newDb();
        QCOMPARE(
            run(with(source,
                    { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("Acme, \"Ltd\"") }))
                .exitCode,
            0);
        Result r = run(
            with(source, { QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("acme-key") }));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            run(with(source, { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("Other") }))
                .exitCode,
            0);
        r = run(with(source,
            { QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("other-key"),
                QStringLiteral("--client"), QStringLiteral("Other") }));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            run(with(source, { QStringLiteral("lock"), QStringLiteral("set") }), master + "\n").exitCode, 0);

        // With the lock on, a wrong master password exports nothing.
        const QString kit = m_dir.filePath(QStringLiteral("hand over %1.cairnkit").arg(m_counter));
        r = run(with(source, { QStringLiteral("kit"), QStringLiteral("export"), kit }),
            "wrong password here\n" + passphrase + "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(!QFile::exists(kit));
        waitOutBackOff();
        r = run(with(source, { QStringLiteral("kit"), QStringLiteral("export"), kit }),
            master + "\n" + passphrase + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(kit));
        QCOMPARE(int(QFile::permissions(kit) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
        QFile kitFile(kit);
        QVERIFY(kitFile.open(QIODevice::ReadOnly));
        QVERIFY2(!kitFile.readAll().contains("acme-key"), "the kit's configuration is encrypted");

        // The receiving side: another database and another keychain (its own D-Bus session).
        const QStringList secondKeychain { QStringLiteral("bash"),
            qEnvironmentVariable("CAIRN_FIXTURES") + QStringLiteral("/keyring-session.sh"), cliPath() };
        const QString target = newDb();
        QCOMPARE(run(with(target, { QStringLiteral("client"), QStringLiteral("list") })).exitCode, 0);
        const int clientsBefore = count(target, QStringLiteral("clients"));
        r = run(with(target, { QStringLiteral("kit"), QStringLiteral("import"), kit }),
            "not the passphrase\n", secondKeychain);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QCOMPARE(count(target, QStringLiteral("clients")), clientsBefore);
        QCOMPARE(count(target, QStringLiteral("ssh_keys")), 0);

        // Import, then export again from the new side in the same keychain session: that reads every
        // imported secret back out of the second keychain.
        const QString again = m_dir.filePath(QStringLiteral("again %1.cairnkit").arg(m_counter));
        QProcess both;
        both.start(QStringLiteral("bash"),
            { qEnvironmentVariable("CAIRN_FIXTURES") + QStringLiteral("/keyring-session.sh"),
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral(
                    "\"$0\" --db \"$1\" kit import \"$2\" && \"$0\" --db \"$1\" kit export \"$3\""),
                cliPath(), target, kit, again });
        both.write(passphrase + "\n" + passphrase + "\n");
        both.closeWriteChannel();
        QVERIFY(both.waitForFinished(120000));
        QVERIFY2(both.exitCode() == 0, both.readAllStandardError().constData());
        QVERIFY(QFile::exists(again));
        QCOMPARE(count(target, QStringLiteral("ssh_keys")), 2);
        QVERIFY(ClientRepository(openDb(target)).find(QStringLiteral("Acme, \"Ltd\"")).has_value());
        QVERIFY2(!lockEnabled(target), "the kit carries no app lock");

        // One client only.
        const QString single = m_dir.filePath(QStringLiteral("one client %1.cairnkit").arg(m_counter));
        waitOutBackOff();
        r = run(with(source,
                    { QStringLiteral("kit"), QStringLiteral("export"), single, QStringLiteral("--client"),
                        QStringLiteral("Other") }),
            master + "\n" + passphrase + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString third = newDb();
        r = run(with(third, { QStringLiteral("kit"), QStringLiteral("import"), single }), passphrase + "\n",
            secondKeychain);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count(third, QStringLiteral("ssh_keys")), 1);
        QVERIFY(ClientRepository(openDb(third)).find(QStringLiteral("Other")).has_value());
        QVERIFY(!ClientRepository(openDb(third)).find(QStringLiteral("Acme, \"Ltd\"")).has_value());
    }
    // Every sensitive command asks again when the lock is on, through the one helper: nothing on
    // argv, a wrong or missing password does nothing, the back-off holds, every attempt is audited.
    void sensitiveActionsAskAgain_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("server remove") << QStringLiteral("server remove");
        QTest::addRow("private key export") << QStringLiteral("client keys export");
        QTest::addRow("kit export") << QStringLiteral("kit export");
    }
    void sensitiveActionsAskAgain()
    {
        QFETCH(QString, action);
        const QString db = newDb();
        const QString client = QStringLiteral("-x $(id) 'acme' \"co\"");
        // "--" ends the options: a client name may start with a dash.
        QCOMPARE(
            run(with(db, { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--"), client }))
                .exitCode,
            0);
        const QString server = QStringLiteral("--rm $(touch /tmp/pwned) web 1");
        {
            auto database = openDb(db);
            const std::optional<Client> owner = ClientRepository(database).find(client);
            QVERIFY(owner);
            Server row;
            row.clientId = owner->id;
            row.name = server;
            row.host = QStringLiteral("127.0.0.1");
            row.username = QStringLiteral("backup");
            StoreError error;
            QVERIFY2(ServerRepository(database).insert(row, &error), qPrintable(error.message));
        }
        if (action == QLatin1String("client keys export"))
            QCOMPARE(run(with(db,
                             { QStringLiteral("client"), QStringLiteral("keys"), QStringLiteral("create"),
                                 QStringLiteral("--"), client }))
                         .exitCode,
                0);
        QCOMPARE(
            run(with(db, { QStringLiteral("lock"), QStringLiteral("set") }), hostileMaster + "\n").exitCode,
            0);

        const QString file = m_dir.filePath(QStringLiteral("-out $(id) %1.pem").arg(m_counter));
        QStringList args;
        QByteArray after; // what the command reads after the master password
        if (action == QLatin1String("server remove")) {
            args = { QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("--client"), client,
                QStringLiteral("--"), server };
        } else if (action == QLatin1String("client keys export")) {
            args = { QStringLiteral("client"), QStringLiteral("keys"), QStringLiteral("export"),
                QStringLiteral("--"), client, file };
        } else {
            args = { QStringLiteral("kit"), QStringLiteral("export"), QStringLiteral("--"), file };
            after = passphrase + "\n";
        }
        auto done = [&] {
            if (action == QLatin1String("server remove"))
                return ServerRepository(openDb(db)).list(0).isEmpty();
            return QFile::exists(file);
        };

        // Nothing on standard input: one sentence, nothing done.
        Result r = run(with(db, args));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(!done());
        // A wrong password (the right one with a trailing space): one sentence, nothing done.
        r = run(with(db, args), hostileMaster + " \n" + after);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(!done());
        // Inside the back-off even the right password is refused. The back-off is set an hour ahead
        // here, so how long the processes took cannot matter.
        auto backOff = [&](qint64 untilMs) {
            QVERIFY(!SecuritySettings(openDb(db))
                         .set(SecuritySettings::NextAttemptAtKey, QString::number(untilMs)));
        };
        backOff(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        r = run(with(db, args), hostileMaster + "\n" + after);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(!done());
        backOff(0);
        r = run(with(db, args), hostileMaster + "\n" + after);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(done());
        QVERIFY2(!r.out.contains(QString::fromUtf8(hostileMaster))
                && !r.err.contains(QString::fromUtf8(hostileMaster)),
            "the password is never echoed");
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
        // Audited: the refusals and the success, named by action.
        QCOMPARE(auditCount(db, QStringLiteral("lock.reauth"), QStringLiteral("refused")), 3);
        QCOMPARE(auditCount(db, QStringLiteral("lock.reauth"), QStringLiteral("ok")), 1);
    }

    void askAgainIsSkippedWithTheLockOff()
    {
        const QString db = newDb();
        QCOMPARE(run(with(db, { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("acme") }))
                     .exitCode,
            0);
        QCOMPARE(run(with(db,
                         { QStringLiteral("client"), QStringLiteral("keys"), QStringLiteral("create"),
                             QStringLiteral("acme") }))
                     .exitCode,
            0);
        const QString file = m_dir.filePath(QStringLiteral("open %1.pem").arg(m_counter));
        const Result r = run(with(db,
            { QStringLiteral("client"), QStringLiteral("keys"), QStringLiteral("export"),
                QStringLiteral("acme"), file }));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(file));
        QCOMPARE(auditCount(db, QStringLiteral("lock.reauth"), QString()), 0);
    }

    // Server and client names are typed by whoever set them up: the CSV export never hands a
    // spreadsheet a formula.
    void auditCsvNeutralisesFormulas()
    {
        const QString db = newDb();
        const QStringList names { QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
            QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3 $(id)"),
            QStringLiteral("@SUM(A1:A2)") };
        for (const QString &name : names)
            QVERIFY2(
                run(with(db, { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--"), name }))
                        .exitCode
                    == 0,
                qPrintable(name));
        const Result r = run(with(db, { QStringLiteral("audit"), QStringLiteral("export") }));
        QCOMPARE(r.exitCode, 0);
        for (const QString &line : r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            // No field (split on commas outside quotes is enough here: no name holds a quote and a comma
            // without being quoted) starts with a formula character.
            QString field;
            bool quoted = false;
            QStringList fields;
            for (const QChar c : line + QLatin1Char(',')) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (c == QLatin1Char(',') && !quoted) {
                    fields << field;
                    field.clear();
                } else
                    field += c;
            }
            for (const QString &f : fields)
                QVERIFY2(f.isEmpty() || !QStringLiteral("=+-@\t\r").contains(f.front()), qPrintable(line));
        }
        for (const QString &name : names) {
            QString expected = QLatin1Char('\'') + name;
            expected.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            QVERIFY2(r.out.contains(expected), qPrintable(expected));
        }
    }

    // The anchor outside SQLite: deleting the newest rows with sqlite3 makes audit verify fail in one
    // sentence that says so; an untouched log passes; an edited anchor fails.
    void auditVerifyFindsDeletedTail()
    {
        const QString db = newDb();
        for (int i = 0; i < 6; ++i)
            QCOMPARE(
                run(with(db,
                        { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("c %1").arg(i) }))
                    .exitCode,
                0);
        Result r = run(with(db, { QStringLiteral("audit"), QStringLiteral("verify") }));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(AuditAnchor::filePath(db)));

        const QString copy = m_dir.filePath(QStringLiteral("copy %1.sqlite").arg(m_counter));
        QVERIFY(QFile::copy(db, copy));
        QVERIFY(QFile::copy(AuditAnchor::filePath(db), AuditAnchor::filePath(copy)));
        QVERIFY(sqlite(
            db, QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log);")));
        r = run(with(db, { QStringLiteral("audit"), QStringLiteral("verify") }));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("newest 3 entries were deleted")), qPrintable(r.err));

        // The untouched copy's anchor, edited to a lower count: refused as edited.
        QFile anchor(AuditAnchor::filePath(copy));
        QVERIFY(anchor.open(QIODevice::ReadOnly));
        QList<QByteArray> parts = anchor.readAll().trimmed().split(' ');
        anchor.close();
        QCOMPARE(parts.size(), qsizetype(6));
        parts[3] = QByteArray::number(parts.at(3).toLongLong() - 1);
        QVERIFY(anchor.open(QIODevice::WriteOnly | QIODevice::Truncate));
        anchor.write(parts.join(' ') + '\n');
        anchor.close();
        r = run(with(copy, { QStringLiteral("audit"), QStringLiteral("verify") }));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("anchor")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliSecurity)
#include "tst_clisecurity.moc"
