#include "PeerFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QtDebug>

namespace cairn::test {

namespace {

// Generous: the first S3 start may run `npm ci`, and CI machines are shared and slow.
constexpr int startTimeoutMs = 300 * 1000;
constexpr int stopTimeoutMs = 90 * 1000;

QMutex errorMutex;
QString &lastErrorStorage()
{
    static QString error;
    return error;
}

void setLastError(const QString &error)
{
    const QMutexLocker lock(&errorMutex);
    lastErrorStorage() = error;
}

struct ScriptRun {
    bool ok = false;
    QString error;
    QByteArray out;
};

ScriptRun runScript(const QString &peer, const QStringList &args, int timeoutMs)
{
    ScriptRun run;
    const QString script = QDir(PeerFixture::fixturesDir()).filePath(peer + QStringLiteral(".sh"));
    if (!QFileInfo::exists(script)) {
        run.error
            = QStringLiteral("No fixture script %1: the peer name or CAIRN_FIXTURES is wrong.").arg(script);
        return run;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Lets the script's watchdog stop the peer and remove its folder if this test dies.
    env.insert(
        QStringLiteral("CAIRN_FIXTURE_OWNER_PID"), QString::number(QCoreApplication::applicationPid()));
    env.insert(QStringLiteral("CAIRN_FIXTURE_REMOVE_DIR"), QStringLiteral("1"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    // bash explicitly: a checkout or copy may have lost the executable bit. CAIRN_PEER_NICE runs the
    // peer (and everything it forks: ssh sessions, tar, zstd) at that niceness, so a benchmark can
    // model hosts whose work does not share the desktop's cores.
    const int nice = qEnvironmentVariableIntValue("CAIRN_PEER_NICE");
    if (nice > 0)
        process.start(QStringLiteral("nice"),
            QStringList { QStringLiteral("-n"), QString::number(nice), QStringLiteral("bash"), script }
                + args);
    else
        process.start(QStringLiteral("bash"), QStringList { script } + args);
    const QString command = QStringLiteral("%1 %2").arg(script, args.join(QLatin1Char(' ')));
    if (!process.waitForStarted(30000)) {
        run.error = QStringLiteral("Could not run %1: %2").arg(command, process.errorString());
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.error = QStringLiteral("%1 did not finish within %2 s; stderr: %3")
                        .arg(command)
                        .arg(timeoutMs / 1000)
                        .arg(QString::fromUtf8(process.readAllStandardError()));
        return run;
    }
    run.out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("%1 failed (exit %2): %3")
                        .arg(command)
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(err).trimmed());
        return run;
    }
    run.ok = true;
    return run;
}

} // namespace

QString PeerFixture::fixturesDir()
{
    const QString fromEnv = qEnvironmentVariable("CAIRN_FIXTURES");
    return fromEnv.isEmpty() ? QStringLiteral(CAIRN_FIXTURES_DIR) : fromEnv;
}

QString PeerFixture::lastError()
{
    const QMutexLocker lock(&errorMutex);
    return lastErrorStorage();
}

std::unique_ptr<PeerFixture> PeerFixture::start(const QString &peer, const QStringList &args)
{
    static const QRegularExpression peerName(QStringLiteral("^[a-z0-9-]+$"));
    if (!peerName.match(peer).hasMatch()) {
        setLastError(
            QStringLiteral("Invalid peer name '%1': use the name of a script in tests/fixtures.").arg(peer));
        return nullptr;
    }
    // Short and in the system temp folder: unix socket paths inside it must stay under 108 bytes.
    auto dir = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("cairn-%1-XXXXXX").arg(peer)));
    if (!dir->isValid()) {
        setLastError(
            QStringLiteral("Could not create a temporary folder for %1: %2").arg(peer, dir->errorString()));
        return nullptr;
    }

    const ScriptRun run
        = runScript(peer, QStringList { QStringLiteral("start"), dir->path() } + args, startTimeoutMs);
    if (!run.ok) {
        // Whatever started before the failure is stopped; the script's stop never fails.
        runScript(peer, { QStringLiteral("stop"), dir->path() }, stopTimeoutMs);
        setLastError(run.error);
        return nullptr;
    }

    QHash<QString, QString> values;
    static const QRegularExpression keyValue(QStringLiteral("^([A-Z][A-Z0-9_]*)=(.*)$"));
    const QList<QByteArray> lines = run.out.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = keyValue.match(QString::fromUtf8(line));
        if (!match.hasMatch()) {
            runScript(peer, { QStringLiteral("stop"), dir->path() }, stopTimeoutMs);
            setLastError(QStringLiteral("%1.sh printed a line that is not KEY=VALUE: %2")
                             .arg(peer, QString::fromUtf8(line)));
            return nullptr;
        }
        values.insert(match.captured(1), match.captured(2));
    }
    return std::unique_ptr<PeerFixture>(new PeerFixture(peer, std::move(dir), std::move(values)));
}

PeerFixture::PeerFixture(QString peer, std::unique_ptr<QTemporaryDir> dir, QHash<QString, QString> values)
    : m_peer(std::move(peer)), m_dir(std::move(dir)), m_values(std::move(values))
{ }

PeerFixture::~PeerFixture()
{
    if (m_running && !stop())
        qWarning().noquote() << lastError();
}

bool PeerFixture::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    const ScriptRun run = runScript(m_peer, { QStringLiteral("stop"), m_dir->path() }, stopTimeoutMs);
    if (!run.ok)
        setLastError(run.error);
    return run.ok;
}

QString PeerFixture::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        qWarning().noquote() << QStringLiteral("The %1 fixture printed no %2.").arg(m_peer, key);
        return {};
    }
    return it.value();
}

} // namespace cairn::test
