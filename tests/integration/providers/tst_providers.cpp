// Provider accounts against the NAMED FAKES of the DigitalOcean, Hetzner Cloud and AWS STS APIs
// (tests/fixtures/fakes): the check in-process, then cairn-cli provider add|list|test|remove as a
// user runs it. awscli signs against the STS fake too, so the fake's signature check is known to
// agree with botocore's signing. Canary scan: the tokens never reach SQLite, output or argv.
#include "PeerFixture.h"
#include "TestProcess.h"

#include "storage/providers/ProviderAccountCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace cairn;
using cairn::test::PeerFixture;
using cairn::test::TestProcess;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

bool isOneSentence(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !t.contains(QLatin1Char('\n')) && t.endsWith(QLatin1Char('.'));
}

QByteArray fileBytes(const QString &path)
{
    QByteArray out;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return out;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    ::close(fd);
    return out;
}

} // namespace

class TestProviders final : public QObject {
    Q_OBJECT

    std::unique_ptr<PeerFixture> m_fakes;
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    QString fake(const char *key) const { return m_fakes->value(QString::fromLatin1(key)); }

    // The CLI's environment: the keyring session's D-Bus, the API base URLs pointing at the fakes.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "CAIRN_API_TOKEN", "CAIRN_SECRET_ACCESS_KEY", "CAIRN_DB" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("CAIRN_DIGITALOCEAN_API_URL"), fake("DIGITALOCEAN_URL"));
        env.insert(QStringLiteral("CAIRN_HETZNER_API_URL"), fake("HETZNER_URL"));
        env.insert(QStringLiteral("CAIRN_AWS_STS_URL"), fake("AWS_STS_URL"));
        return env;
    }

    Result cli(const QStringList &args, const QByteArray &stdinData = {}, QProcessEnvironment env = {})
    {
        if (env.isEmpty())
            env = environment();
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli"), args);
        if (!process.waitForStarted(10000))
            return {};
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("cairn-%1.sqlite").arg(++m_dbCount));
        const Result r = cli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
            QStringLiteral("Acme") });
        if (r.exitCode != 0)
            qWarning("client add failed: %s", qPrintable(r.describe()));
        return path;
    }

    QJsonArray list(const QString &db)
    {
        const Result r = cli({ QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("list"),
            QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    ProviderAccountCheck::Outcome checkInProcess(
        const QString &provider, const QString &keyId, const QByteArray &secret)
    {
        ProviderAccountCheck check;
        QSignalSpy spy(&check, &ProviderAccountCheck::finished);
        check.start(provider, keyId, SecureBytes(secret));
        if (spy.isEmpty())
            spy.wait(20000);
        return check.outcome();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_fakes = PeerFixture::start(QStringLiteral("providers"));
        QVERIFY2(m_fakes, qPrintable(PeerFixture::lastError()));
        // The in-process checks read the same overrides the CLI does.
        const QProcessEnvironment env = environment();
        for (const char *name :
            { "CAIRN_DIGITALOCEAN_API_URL", "CAIRN_HETZNER_API_URL", "CAIRN_AWS_STS_URL" })
            qputenv(name, env.value(QString::fromLatin1(name)).toUtf8());
    }

    void theStsFakeAgreesWithBotocore()
    {
        // awscli signs with botocore; the fake must accept its signature and refuse a wrong secret.
        QTemporaryDir home;
        QProcessEnvironment env = TestProcess::cleanEnvironment(home.path());
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), fake("AWS_ACCESS_KEY_ID"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), fake("AWS_SECRET_ACCESS_KEY"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        const QStringList args { QStringLiteral("--region"), QStringLiteral("us-east-1"),
            QStringLiteral("--endpoint-url"), fake("AWS_STS_URL"), QStringLiteral("sts"),
            QStringLiteral("get-caller-identity") };
        auto r = TestProcess::run(QStringLiteral("/usr/bin/aws"), args, env);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("123456789012"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("not-the-secret"));
        r = TestProcess::run(QStringLiteral("/usr/bin/aws"), args, env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("SignatureDoesNotMatch"), r.err.constData());
    }

    void checkInProcess_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("secret"); // a fixture key, or a literal wrong value
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::addRow("digitalocean")
            << QStringLiteral("digitalocean") << QString() << QStringLiteral("DIGITALOCEAN_TOKEN") << true
            << QStringLiteral("fixture@example.com");
        QTest::addRow("digitalocean wrong token")
            << QStringLiteral("digitalocean") << QString() << QStringLiteral("dop_v1_wrong") << false
            << QStringLiteral("rejected the API token");
        QTest::addRow("digitalocean token without scope")
            << QStringLiteral("digitalocean") << QString() << QStringLiteral("DIGITALOCEAN_NOSCOPE_TOKEN")
            << false << QStringLiteral("account:read");
        QTest::addRow("hetzner") << QStringLiteral("hetzner") << QString() << QStringLiteral("HETZNER_TOKEN")
                                 << true << QStringLiteral("1 server");
        QTest::addRow("hetzner wrong token")
            << QStringLiteral("hetzner") << QString() << QStringLiteral("$(echo nope) \"quoted\"") << false
            << QStringLiteral("rejected the API token");
        QTest::addRow("aws") << QStringLiteral("aws") << QStringLiteral("AWS_ACCESS_KEY_ID")
                             << QStringLiteral("AWS_SECRET_ACCESS_KEY") << true
                             << QStringLiteral("123456789012");
        QTest::addRow("aws wrong secret")
            << QStringLiteral("aws") << QStringLiteral("AWS_ACCESS_KEY_ID") << QStringLiteral("wrong/secret+")
            << false << QStringLiteral("rejected the secret access key");
        QTest::addRow("aws unknown key") << QStringLiteral("aws") << QStringLiteral("AKIAUNKNOWN0000000000")
                                         << QStringLiteral("AWS_SECRET_ACCESS_KEY") << false
                                         << QStringLiteral("does not know the access key ID");
    }

    void checkInProcess()
    {
        QFETCH(QString, provider);
        QFETCH(QString, keyId);
        QFETCH(QString, secret);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        const auto resolve
            = [this](const QString &v) { return m_fakes->contains(v) ? m_fakes->value(v) : v; };
        const auto outcome = checkInProcess(provider, resolve(keyId), resolve(secret).toUtf8());
        QVERIFY2(outcome.ok == ok, qPrintable(outcome.error + outcome.description));
        const QString sentence = ok ? outcome.description : outcome.error;
        QVERIFY2(sentence.contains(says) && isOneSentence(sentence), qPrintable(sentence));
    }

    void unreachableApiIsOneSentence()
    {
        const QByteArray before = qgetenv("CAIRN_HETZNER_API_URL");
        const auto restore = qScopeGuard([&] { qputenv("CAIRN_HETZNER_API_URL", before); });
        // A port nothing listens on: the fakes' DigitalOcean port after it is known to be another's.
        qputenv("CAIRN_HETZNER_API_URL", "http://127.0.0.1:1");
        const auto outcome = checkInProcess(QStringLiteral("hetzner"), QString(), "token");
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("could not reach")) && isOneSentence(outcome.error),
            qPrintable(outcome.error));
    }

    void cliAddListTestRemove()
    {
        const QString db = freshDatabase();
        // Token on stdin.
        Result r = cli(
            { QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("add"),
                QStringLiteral("Production"), QStringLiteral("--provider"), QStringLiteral("digitalocean") },
            fake("DIGITALOCEAN_TOKEN").toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QLatin1String("fixture@example.com")));
        // Token in the environment.
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CAIRN_API_TOKEN"), fake("HETZNER_TOKEN"));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("add"),
                    QStringLiteral("Hetzner"), QStringLiteral("--provider"), QStringLiteral("hetzner") },
            {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // AWS: key ID as an option, secret on stdin.
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("add"),
                    QStringLiteral("AWS"), QStringLiteral("--provider"), QStringLiteral("aws"),
                    QStringLiteral("--access-key-id"), fake("AWS_ACCESS_KEY_ID") },
            fake("AWS_SECRET_ACCESS_KEY").toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QLatin1String("123456789012")));

        const QJsonArray accounts = list(db);
        QCOMPARE(accounts.size(), 3);
        QHash<QString, QString> idByName;
        for (const QJsonValue &v : accounts)
            idByName.insert(v.toObject().value(QStringLiteral("name")).toString(),
                v.toObject().value(QStringLiteral("account_id")).toString());
        QCOMPARE(idByName.value(QStringLiteral("Production")), QStringLiteral("fixture@example.com"));
        QCOMPARE(idByName.value(QStringLiteral("AWS")), fake("AWS_ACCESS_KEY_ID"));
        QCOMPARE(idByName.value(QStringLiteral("Hetzner")), QString());

        for (const char *name : { "production", "Hetzner", "AWS" }) {
            r = cli({ QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("test"),
                QString::fromLatin1(name) });
            QVERIFY2(r.exitCode == 0 && isOneSentence(r.out), qPrintable(r.describe()));
        }
        for (const char *name : { "Production", "Hetzner", "AWS" }) {
            r = cli({ QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("remove"),
                QString::fromLatin1(name) });
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY(!r.out.contains(QLatin1String("already gone")));
        }
        QCOMPARE(list(db).size(), 0);
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--json") });
        QCOMPARE(r.out.count(QLatin1String("provider.add")), 3);
        QCOMPARE(r.out.count(QLatin1String("provider.remove")), 3);
    }

    void cliRefusals()
    {
        const QString db = freshDatabase();
        const QStringList add { QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("add"),
            QStringLiteral("P"), QStringLiteral("--provider") };
        // Wrong token: the sentence, nothing saved.
        Result r = cli(add + QStringList { QStringLiteral("hetzner") }, "wrong-token");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("Hetzner Cloud rejected")),
            qPrintable(r.describe()));
        QVERIFY(r.out.contains(QLatin1String("Nothing was saved.")));
        // No secret at all.
        r = cli(add + QStringList { QStringLiteral("digitalocean") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("CAIRN_API_TOKEN")),
            qPrintable(r.describe()));
        // AWS without a key ID, a key ID for a token provider, an unknown provider.
        r = cli(add + QStringList { QStringLiteral("aws") }, "secret");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.describe()));
        r = cli(add
                + QStringList { QStringLiteral("hetzner"), QStringLiteral("--access-key-id"),
                    QStringLiteral("X") },
            "t");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.describe()));
        r = cli(add + QStringList { QStringLiteral("linode") }, "t");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.describe()));
        // An override that would send the token in clear text over a network is refused.
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CAIRN_DIGITALOCEAN_API_URL"), QStringLiteral("http://api.example.net"));
        r = cli(add + QStringList { QStringLiteral("digitalocean") }, "t", env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("https://")), qPrintable(r.describe()));
        QCOMPARE(list(db).size(), 0);
    }

    void tokenCanary()
    {
        const QString db = freshDatabase();
        QByteArray outputs;
        const QByteArray token = fake("DIGITALOCEAN_TOKEN").toUtf8();
        const QByteArray secret = fake("AWS_SECRET_ACCESS_KEY").toUtf8();
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli"),
            { QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("add"),
                QStringLiteral("Canary"), QStringLiteral("--provider"), QStringLiteral("digitalocean") });
        QVERIFY(process.waitForStarted());
        const QString proc = QStringLiteral("/proc/%1/").arg(process.processId());
        QTRY_VERIFY_WITH_TIMEOUT(fileBytes(proc + QStringLiteral("cmdline")).contains("provider"), 10000);
        QVERIFY(!fileBytes(proc + QStringLiteral("cmdline")).contains(token));
        QVERIFY(!fileBytes(proc + QStringLiteral("environ")).contains(token));
        process.write(token);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        outputs += process.readAllStandardOutput() + process.readAllStandardError();
        Result r = cli({ QStringLiteral("--db"), db, QStringLiteral("provider"), QStringLiteral("add"),
                           QStringLiteral("Canary AWS"), QStringLiteral("--provider"), QStringLiteral("aws"),
                           QStringLiteral("--access-key-id"), fake("AWS_ACCESS_KEY_ID") },
            secret);
        QCOMPARE(r.exitCode, 0);
        outputs += r.out.toUtf8() + r.err.toUtf8();
        for (const QStringList &args : { QStringList { QStringLiteral("test"), QStringLiteral("Canary") },
                 QStringList { QStringLiteral("test"), QStringLiteral("Canary AWS") },
                 QStringList { QStringLiteral("list"), QStringLiteral("--json") },
                 QStringList { QStringLiteral("remove"), QStringLiteral("Canary") },
                 QStringList { QStringLiteral("remove"), QStringLiteral("Canary AWS") } }) {
            r = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("provider") } + args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            outputs += r.out.toUtf8() + r.err.toUtf8();
        }
        QVERIFY(outputs.contains("Canary"));
        for (const QByteArray &s : { token, secret }) {
            QVERIFY(!outputs.contains(s));
            QVERIFY(!outputs.contains(s.toBase64()));
            const QByteArray onDisk = fileBytes(db) + fileBytes(db + QStringLiteral("-wal"));
            QVERIFY(onDisk.contains("Canary"));
            QVERIFY(!onDisk.contains(s));
            QVERIFY(!onDisk.contains(s.toBase64()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
