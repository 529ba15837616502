#include "TestProcess.h"

#include <QProcess>

namespace cairn::test {

QString TestProcess::Result::describe() const
{
    if (!started)
        return QStringLiteral("%1 could not be started").arg(program);
    if (!finished)
        return QStringLiteral("%1 crashed or timed out; stderr: %2").arg(program, QString::fromUtf8(err));
    return QStringLiteral("%1 exited with %2; stderr: %3")
        .arg(program)
        .arg(exitCode)
        .arg(QString::fromUtf8(err).trimmed());
}

QProcessEnvironment TestProcess::cleanEnvironment(const QString &home)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"),
        QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

TestProcess::Result TestProcess::run(const QString &program, const QStringList &args,
    const QProcessEnvironment &env, const QByteArray &stdinData, int timeoutMs)
{
    Result result;
    result.program = program;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(30000))
        return result;
    result.started = true;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    const bool inTime = process.waitForFinished(timeoutMs);
    if (!inTime) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.finished = inTime && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace cairn::test
