#include "ssh/PreflightProbe.h"

#include "ssh/SshSession.h"

#include <QFile>

namespace cairn {

namespace {

// The probe's output is a few hundred bytes; anything far beyond is not our probe talking.
constexpr qsizetype kMaxOutput = 64 * 1024;

} // namespace

QByteArray PreflightProbe::script()
{
    QFile file(QStringLiteral(":/ssh/preflight.sh"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray PreflightProbe::command()
{
    // Plain POSIX sh syntax: this line is read by the user's login shell, whatever it is.
    return "if command -v bash >/dev/null 2>&1; then exec bash -s; else echo cairn_preflight_no_bash=1; fi";
}

PreflightReport PreflightProbe::run(
    SshSession &session, SshError &error, qint64 requiredTempBytes, std::chrono::milliseconds timeout)
{
    const QByteArray probe = script();
    QByteArray output;
    SshExecOptions options;
    options.stdinData = probe;
    options.onStdout = [&output](QByteArrayView data) {
        if (output.size() < kMaxOutput)
            output.append(data.first(qMin(data.size(), kMaxOutput - output.size())));
    };
    options.timeout = timeout;
    const SshExecResult result = session.exec(command(), options);
    error = result.error;
    return PreflightReport::parse(output, requiredTempBytes);
}

} // namespace cairn
