// cairn-cli storage commands against the real S3 fixture (tests/fixtures/s3strict.sh), with the
// keychain of tests/fixtures/keyring-session.sh, checked with awscli and curl as a host would use
// them. Includes the canary scan: the secret access key never reaches SQLite, the CLI's output,
// its command line or (when given on stdin) its environment.
#include "S3TestBed.h"

#include "secrets/SecretStore.h"
#include "storage/S3Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

using namespace cairn;
using cairn::test::S3TestBed;

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

QString cliPath()
{
    return qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli");
}

// The test's environment (it carries the keyring session's D-Bus address) without any secret.
QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAIRN_SECRET_ACCESS_KEY"));
    env.remove(QStringLiteral("CAIRN_DB"));
    return env;
}

Result runCli(const QStringList &args, const QByteArray &stdinData = {},
    const QProcessEnvironment &env = cliEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

bool isOneSentence(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !t.contains(QLatin1Char('\n')) && t.endsWith(QLatin1Char('.'));
}

// Reads to the end with plain read(2): /proc files report a size of 0, which QFile trusts.
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

// The forms a secret could take on its way to disk: as is, base64 and hex.
bool containsCanary(const QByteArray &haystack, const QByteArray &canary)
{
    return haystack.contains(canary) || haystack.contains(canary.toBase64())
        || haystack.contains(canary.toHex()) || haystack.contains(canary.toHex().toUpper());
}

SecretJob *finish(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(20000);
    return job;
}

} // namespace

class TestCliStorage final : public QObject {
    Q_OBJECT

    std::unique_ptr<S3TestBed> m_bed;
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    // A fresh database with one client.
    QString freshDatabase(const QString &client = QStringLiteral("Acme Widgets GmbH"))
    {
        const QString path = m_dir.filePath(QStringLiteral("cairn-%1.sqlite").arg(++m_dbCount));
        const Result r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"),
            QStringLiteral("add"), QStringLiteral("--"), client });
        if (r.exitCode != 0)
            qWarning("client add failed: %s", qPrintable(r.describe()));
        return path;
    }

    // "--" before the name, so a name with a leading dash is a name.
    QStringList addArgs(const QString &db, const QString &name, const QString &bucket = {},
        const QStringList &extra = {}) const
    {
        QStringList args { QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("add"),
            QStringLiteral("--provider"), QStringLiteral("custom"), QStringLiteral("--endpoint"),
            m_bed->target().endpoint.toString(), QStringLiteral("--region"), m_bed->target().region,
            QStringLiteral("--bucket"), bucket.isEmpty() ? m_bed->target().bucket : bucket,
            QStringLiteral("--access-key-id"), m_bed->target().accessKeyId };
        return args + extra + QStringList { QStringLiteral("--"), name };
    }

    S3ErrorContext context() const
    {
        S3ErrorContext c;
        c.endpointHost = m_bed->target().endpoint.authority();
        c.bucket = m_bed->target().bucket;
        c.region = m_bed->target().region;
        c.accessKeyId = m_bed->target().accessKeyId;
        return c;
    }

    QJsonArray list(const QString &db)
    {
        const Result r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"),
            QStringLiteral("list"), QStringLiteral("--json") });
        if (r.exitCode != 0)
            qWarning("storage list failed: %s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    static QString secretRefOf(const QString &db, const QString &name)
    {
        QString ref;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db);
            sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (sql.open()) {
                QSqlQuery q(sql);
                q.prepare(QStringLiteral("SELECT secret_ref FROM storage_targets WHERE name = ?"));
                q.addBindValue(name);
                if (q.exec() && q.next())
                    ref = q.value(0).toString();
            }
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return ref;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        QVERIFY(m_dir.isValid());
        m_bed = S3TestBed::start(QStringLiteral("s3strict"));
        QVERIFY2(m_bed, qPrintable(S3TestBed::lastError()));
    }

    void addListTestPresignRemove()
    {
        const QString db = freshDatabase();
        Result r = runCli(addArgs(db, QStringLiteral("Offsite")), m_bed->secret() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("Added storage target \"Offsite\"")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Read the probe object back")), qPrintable(r.out));

        const QJsonArray targets = list(db);
        QCOMPARE(targets.size(), 1);
        const QJsonObject t = targets.at(0).toObject();
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("Offsite"));
        QCOMPARE(t.value(QStringLiteral("client")).toString(), QStringLiteral("Acme Widgets GmbH"));
        QCOMPARE(t.value(QStringLiteral("prefix")).toString(), QStringLiteral("acme-widgets-gmbh/"));
        QCOMPARE(t.value(QStringLiteral("bucket")).toString(), m_bed->target().bucket);
        QCOMPARE(t.value(QStringLiteral("access_key_id")).toString(), m_bed->target().accessKeyId);
        QCOMPARE(t.value(QStringLiteral("addressing")).toString(), QStringLiteral("path"));
        const QString ref = secretRefOf(db, QStringLiteral("Offsite"));
        QVERIFY2(ref.startsWith(QLatin1String("storage/")) && ref.size() == 8 + 36, qPrintable(ref));

        // The keychain holds exactly the secret under that reference.
        SecretStore keychain;
        SecretJob *read = finish(keychain.read(ref));
        QVERIFY2(read->ok(), qPrintable(read->errorString()));
        QCOMPARE(read->takeData().view(), QByteArrayView(m_bed->secret()));

        // The test, again from the saved target: every step, and what the bucket has switched on.
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("test"),
            QStringLiteral("offsite"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("passed")).toBool(), true);
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 7);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(
                steps.at(i).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(report.value(QStringLiteral("versioning")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("object_lock")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("abort_incomplete_rule")).toBool(true), false);
        // The probe object is gone again.
        const auto left = m_bed->aws(
            { QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"), m_bed->target().bucket,
                QStringLiteral("--prefix"), QStringLiteral("acme-widgets-gmbh/.cairn-probe") });
        QVERIFY2(left.finished && left.exitCode == 0, qPrintable(left.describe()));
        QVERIFY2(!left.out.contains("cairn-probe"), left.out.constData());

        // A host uploads with a presigned PUT (URL through curl's config on stdin) ...
        const QString key = QStringLiteral("from host/a b+c%.txt");
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("presign"),
            QStringLiteral("Offsite"), key, QStringLiteral("--method"), QStringLiteral("PUT"),
            QStringLiteral("--expires"), QStringLiteral("900") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QUrl putUrl = QUrl::fromEncoded(r.out.trimmed().toLatin1(), QUrl::StrictMode);
        QVERIFY2(putUrl.isValid() && r.out.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.out));
        const QString upload = m_bed->tempPath(QStringLiteral("upload.txt"));
        const QByteArray content = "written through a presigned URL " + QUuid::createUuid().toByteArray();
        {
            QFile f(upload);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto put = m_bed->curl(putUrl, upload, {});
        QVERIFY2(put.ran && put.httpStatus == 200, qPrintable(put.describe + QString::fromUtf8(put.body)));
        // ... awscli finds it under the client's prefix ...
        const auto head = m_bed->aws({ QStringLiteral("head-object"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--key"), QStringLiteral("acme-widgets-gmbh/") + key });
        QVERIFY2(head.finished && head.exitCode == 0, qPrintable(head.describe()));
        // ... and a presigned GET returns the bytes.
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("presign"),
            QStringLiteral("Offsite"), key });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString download = m_bed->tempPath(QStringLiteral("download.txt"));
        auto get = m_bed->curl(QUrl::fromEncoded(r.out.trimmed().toLatin1(), QUrl::StrictMode), {}, download);
        QVERIFY2(get.ran && get.httpStatus == 200, qPrintable(get.describe));
        QCOMPARE(fileBytes(download), content);

        // Bad presign input is refused in one sentence.
        for (const QStringList &bad : { QStringList { QStringLiteral("--expires"), QStringLiteral("60") },
                 QStringList { QStringLiteral("--method"), QStringLiteral("DELETE") } }) {
            r = runCli(QStringList { QStringLiteral("--db"), db, QStringLiteral("storage"),
                           QStringLiteral("presign"), QStringLiteral("Offsite"), key }
                + bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(isOneSentence(r.err) && r.out.isEmpty(), qPrintable(r.describe()));
        }

        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("remove"),
            QStringLiteral("Offsite") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QLatin1String("already gone")), qPrintable(r.out));
        QCOMPARE(list(db).size(), 0);
        QCOMPARE(finish(keychain.read(ref))->status(), SecretJob::Status::NotFound);
        // The audit log has both.
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--json") });
        QVERIFY2(
            r.out.contains(QLatin1String("storage.add")) && r.out.contains(QLatin1String("storage.remove")),
            qPrintable(r.out));
    }

    void secretFromEnvironmentAndLifecycleRule()
    {
        const QString db = freshDatabase(QStringLiteral("Bäckerei Müller"));
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CAIRN_SECRET_ACCESS_KEY"), QString::fromUtf8(m_bed->secret()));
        Result r = runCli(addArgs(db, QStringLiteral("main"), {},
                              { QStringLiteral("--abort-incomplete-uploads"), QStringLiteral("7") }),
            {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(list(db).at(0).toObject().value(QStringLiteral("prefix")).toString(),
            QStringLiteral("backerei-muller/"));
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("test"),
            QStringLiteral("main") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("removed after 7 days")), qPrintable(r.out));
        // awscli sees the rule Cairn set.
        const auto rule = m_bed->aws({ QStringLiteral("get-bucket-lifecycle-configuration"),
            QStringLiteral("--bucket"), m_bed->target().bucket });
        QVERIFY2(rule.exitCode == 0 && rule.out.contains("\"DaysAfterInitiation\": 7"),
            qPrintable(rule.describe()));
        QVERIFY(rule.out.contains("backerei-muller/"));

        // The keychain entry vanishes behind Cairn's back: test says so, remove says so.
        const QString ref = secretRefOf(db, QStringLiteral("main"));
        SecretStore keychain;
        QVERIFY(finish(keychain.remove(ref))->ok());
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("test"),
            QStringLiteral("main") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(ref), qPrintable(r.describe()));
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("remove"),
            QStringLiteral("main") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("keychain entry was already gone")), qPrintable(r.out));
        QCOMPARE(list(db).size(), 0);
    }

    void refusalsSaveNothing_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("kind");
        QTest::addRow("wrong secret") << QString() << QByteArray("wrong/Secret+Key0000000000000000000000")
                                      << int(S3Error::Kind::SignatureMismatch);
        QTest::addRow("missing bucket")
            << QStringLiteral("no-such-bucket-here") << QByteArray() << int(S3Error::Kind::NoSuchBucket);
    }

    void refusalsSaveNothing()
    {
        QFETCH(QString, bucket);
        QFETCH(QByteArray, secret);
        QFETCH(int, kind);
        const QString db = freshDatabase();
        const Result r = runCli(addArgs(db, QStringLiteral("Offsite"), bucket),
            (secret.isEmpty() ? m_bed->secret() : secret) + '\n');
        QCOMPARE(r.exitCode, 1);
        S3ErrorContext c = context();
        if (!bucket.isEmpty())
            c.bucket = bucket;
        const QString expected = S3Error::sentenceFor(S3Error::Kind(kind), c, S3Error());
        QCOMPARE(r.err.trimmed(), expected);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Nothing was saved.")), qPrintable(r.out));
        QCOMPARE(list(db).size(), 0);
    }

    void refusesWithoutSecretOrClient()
    {
        const QString db = freshDatabase();
        // Neither CAIRN_SECRET_ACCESS_KEY nor anything on stdin.
        Result r = runCli(addArgs(db, QStringLiteral("Offsite")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("CAIRN_SECRET_ACCESS_KEY")),
            qPrintable(r.describe()));
        QCOMPARE(list(db).size(), 0);

        // A second client: --client is required, and then used.
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("client"), QStringLiteral("add"),
            QStringLiteral("$(touch pwned) 'quoted'") });
        QCOMPARE(r.exitCode, 0);
        r = runCli(addArgs(db, QStringLiteral("Offsite")), m_bed->secret());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("--client")), qPrintable(r.describe()));
        r = runCli(addArgs(db, QStringLiteral("Offsite"), {},
                       { QStringLiteral("--client"), QStringLiteral("$(touch pwned) 'quoted'"),
                           QStringLiteral("--prefix"), QStringLiteral("/backups//x") }),
            m_bed->secret());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.describe()));
        r = runCli(addArgs(db, QStringLiteral("-leading dash"), {},
                       { QStringLiteral("--client"), QStringLiteral("$(touch pwned) 'quoted'") }),
            m_bed->secret());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray targets = list(db);
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("prefix")).toString(),
            QStringLiteral("touch-pwned-quoted/"));
        QVERIFY(!QFile::exists(QStringLiteral("pwned")));

        // A second target of the same name in the same client is refused before anything is written.
        r = runCli(addArgs(db, QStringLiteral("-LEADING DASH"), {},
                       { QStringLiteral("--client"), QStringLiteral("$(touch pwned) 'quoted'") }),
            m_bed->secret());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            isOneSentence(r.err) && r.err.contains(QLatin1String("already has")), qPrintable(r.describe()));
        // Unknown names are one sentence.
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("test"),
            QStringLiteral("nope") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.describe()));
    }

    // Runs last: it switches versioning and Object Lock on in the fixture's bucket.
    void showsVersioningAndObjectLock()
    {
        const QString db = freshDatabase();
        Result r = runCli(addArgs(db, QStringLiteral("Locked")), m_bed->secret());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString other = m_bed->tempPath(QStringLiteral("lock.json"));
        {
            QFile f(other);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"ObjectLockEnabled": "Enabled", "Rule": {"DefaultRetention": {"Mode": "GOVERNANCE", "Days": 30}}})");
        }
        auto aws = m_bed->aws(
            { QStringLiteral("put-bucket-versioning"), QStringLiteral("--bucket"), m_bed->target().bucket,
                QStringLiteral("--versioning-configuration"), QStringLiteral("Status=Enabled") });
        QVERIFY2(aws.exitCode == 0, qPrintable(aws.describe()));
        aws = m_bed->aws({ QStringLiteral("put-object-lock-configuration"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--object-lock-configuration"),
            QStringLiteral("file://") + other });
        QVERIFY2(aws.exitCode == 0, qPrintable(aws.describe()));

        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("test"),
            QStringLiteral("Locked"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("versioning")).toBool(false), true);
        QCOMPARE(report.value(QStringLiteral("object_lock")).toBool(false), true);
        const QString lockDetail = report.value(QStringLiteral("steps"))
                                       .toArray()
                                       .at(5)
                                       .toObject()
                                       .value(QStringLiteral("detail"))
                                       .toString();
        QVERIFY2(lockDetail.contains(QLatin1String("GOVERNANCE, 30 days")), qPrintable(lockDetail));
        QVERIFY(runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"), QStringLiteral("remove"),
                           QStringLiteral("Locked") })
                    .exitCode
            == 0);
    }

    // The canary scan: the secret access key (a working one, so every code path runs, and a wrong
    // one, so the error paths run) never appears in the database, the CLI's output, its command
    // line, or its environment when it came on stdin.
    void secretCanary()
    {
        const QString db = freshDatabase();
        const QByteArray working = m_bed->secret();
        const QByteArray canary = "CANARY-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "/+x";
        QByteArray outputs;
        for (const QByteArray &secret : { canary, working }) {
            QProcess process;
            process.setProcessEnvironment(cliEnvironment());
            process.start(cliPath(), addArgs(db, QStringLiteral("Canary")));
            QVERIFY(process.waitForStarted());
            // The CLI now waits for stdin: its command line and environment are there to read (once
            // the kernel has finished exec, which QProcess does not wait for).
            const QString proc = QStringLiteral("/proc/%1/").arg(process.processId());
            QTRY_VERIFY_WITH_TIMEOUT(fileBytes(proc + QStringLiteral("cmdline")).contains("storage"), 10000);
            const QByteArray cmdline = fileBytes(proc + QStringLiteral("cmdline"));
            QVERIFY(!containsCanary(cmdline, secret));
            const QByteArray environ = fileBytes(proc + QStringLiteral("environ"));
            QVERIFY2(environ.contains("DBUS_SESSION_BUS_ADDRESS="), "environ not readable");
            QVERIFY(!containsCanary(environ, secret));
            process.write(secret);
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(120000));
            QCOMPARE(process.exitCode(), secret == canary ? 1 : 0);
            outputs += process.readAllStandardOutput() + process.readAllStandardError();
        }
        // And through the environment variable: argv still clean.
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CAIRN_SECRET_ACCESS_KEY"), QString::fromUtf8(canary));
        const Result viaEnv = runCli(addArgs(db, QStringLiteral("Canary 2")), {}, env);
        QCOMPARE(viaEnv.exitCode, 1);
        outputs += viaEnv.out.toUtf8() + viaEnv.err.toUtf8();
        // Every other command that reads the secret from the keychain.
        for (const QStringList &args :
            { QStringList { QStringLiteral("storage"), QStringLiteral("test"), QStringLiteral("Canary") },
                QStringList { QStringLiteral("storage"), QStringLiteral("test"), QStringLiteral("Canary"),
                    QStringLiteral("--json") },
                QStringList { QStringLiteral("storage"), QStringLiteral("list"), QStringLiteral("--json") },
                QStringList { QStringLiteral("storage"), QStringLiteral("presign"), QStringLiteral("Canary"),
                    QStringLiteral("k") } }) {
            const Result r = runCli(QStringList { QStringLiteral("--db"), db } + args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            outputs += r.out.toUtf8() + r.err.toUtf8();
        }
        QVERIFY(outputs.contains("Added storage target \"Canary\""));
        QVERIFY(!containsCanary(outputs, canary));
        QVERIFY(!containsCanary(outputs, working));
        const QByteArray onDisk = fileBytes(db) + fileBytes(db + QStringLiteral("-wal"));
        QVERIFY(onDisk.size() > 4096);
        QVERIFY(onDisk.contains("Canary"));
        QVERIFY(!containsCanary(onDisk, canary));
        QVERIFY(!containsCanary(onDisk, working));
        // Clean up the keychain entry.
        const Result r = runCli({ QStringLiteral("--db"), db, QStringLiteral("storage"),
            QStringLiteral("remove"), QStringLiteral("Canary") });
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
