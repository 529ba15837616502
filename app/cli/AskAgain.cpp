#include "cli/AskAgain.h"

#include "cli/SecretInput.h"
#include "secrets/SecretStore.h"
#include "security/AppLock.h"
#include "security/AuditLog.h"
#include "security/TwoFactor.h"

#include <QEventLoop>

namespace cairn::cli {

namespace {

SecureBytes readLine(Invocation &in, const char *variable, const QString &prompt, const QString &missing)
{
    QString problem;
    SecureBytes secret = SecretInput::read(variable, prompt, in.err, &problem, SecretInput::Until::Line);
    if (secret.isEmpty())
        in.err << (problem.isEmpty() ? missing : problem) << Qt::endl;
    return secret;
}

bool refuse(Invocation &in, const std::shared_ptr<Database> &db, const QString &action,
    const QString &outcome, const QString &sentence)
{
    AuditLog(db).append(QStringLiteral("lock.reauth"), action, outcome);
    if (!sentence.isEmpty())
        in.err << sentence << Qt::endl;
    return false;
}

} // namespace

SecureBytes readMasterPassword(Invocation &in)
{
    return readLine(in, "CAIRN_MASTER_PASSWORD", CliText::tr("Master password: "),
        CliText::tr("No master password was given; pass it on standard input or in CAIRN_MASTER_PASSWORD."));
}

SecureBytes readTwoFactorCode(Invocation &in)
{
    return readLine(in, "CAIRN_TWO_FACTOR_CODE",
        CliText::tr("Code from the authenticator app (or a recovery code): "),
        CliText::tr("No code was given; pass it on standard input or in CAIRN_TWO_FACTOR_CODE."));
}

bool askAgain(
    Invocation &in, const std::shared_ptr<Database> &db, const QString &action, SecureBytes *password)
{
    const AppLock lock(db);
    if (!lock.isEnabled())
        return true;
    SecureBytes given = readMasterPassword(in);
    if (given.isEmpty())
        return refuse(in, db, action, QStringLiteral("refused: no password"), {});
    // unlock() honours the back-off (TooSoon, with the time to wait) and audits a wrong password.
    const AppLock::Outcome outcome = lock.unlock(given);
    if (!outcome.ok())
        return refuse(in, db, action, QStringLiteral("refused: password"), outcome.message);
    if (outcome.secondFactorRequired) {
        const SecureBytes code = readTwoFactorCode(in);
        if (code.isEmpty())
            return refuse(in, db, action, QStringLiteral("refused: no code"), {});
        SecretStore secrets;
        TwoFactor twoFactor(db, &secrets);
        // A TOTP or recovery code is a few ASCII symbols, used once: a QString of it is harmless.
        TwoFactorJob *job = twoFactor.check(QString::fromLatin1(code.view()).trimmed());
        if (!job->isFinished()) {
            QEventLoop loop;
            QObject::connect(job, &TwoFactorJob::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!job->ok())
            return refuse(in, db, action, QStringLiteral("refused: code"), job->errorString());
    }
    AuditLog(db).append(QStringLiteral("lock.reauth"), action);
    if (password)
        *password = std::move(given);
    return true;
}

} // namespace cairn::cli
