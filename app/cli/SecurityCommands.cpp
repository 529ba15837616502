// cairn-cli lock set|change|remove, 2fa enable|disable|recovery-codes, kit export|import: the app
// lock, two-factor sign-in and the recovery kit. Every password, code and passphrase comes from
// an environment variable or standard input (one per line, in the order the help gives), never
// from argv.
#include "cli/AskAgain.h"
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "cli/SecretInput.h"
#include "secrets/SecretStore.h"
#include "security/AppLock.h"
#include "security/AuditLog.h"
#include "security/QrCode.h"
#include "security/RecoveryKit.h"
#include "security/RecoveryKitTransfer.h"
#include "security/TwoFactor.h"
#include "store/ClientKeyRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QSysInfo>

#include <unistd.h>

namespace cairn::cli {

namespace {

// The CLI has no window to keep responsive: waiting in a local loop is fine here.
template <typename Job> Job *waitFor(Job *job)
{
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return job;
}

// One line (a password, a code): empty after one sentence on stderr when nothing came.
SecureBytes readLine(Invocation &in, const char *variable, const QString &prompt, const QString &missing)
{
    QString problem;
    SecureBytes secret = SecretInput::read(variable, prompt, in.err, &problem, SecretInput::Until::Line);
    if (secret.isEmpty())
        in.err << (problem.isEmpty() ? missing : problem) << Qt::endl;
    return secret;
}

// A new password or passphrase; a person at a terminal types it twice.
SecureBytes readNew(Invocation &in, const char *variable, const QString &prompt, const QString &missing)
{
    const bool fromTerminal = qEnvironmentVariableIsEmpty(variable) && ::isatty(STDIN_FILENO);
    SecureBytes first = readLine(in, variable, prompt, missing);
    if (first.isEmpty() || !fromTerminal)
        return first;
    SecureBytes again = readLine(in, variable, CliText::tr("Again: "), missing);
    if (again.view() != first.view()) {
        in.err << CliText::tr("The two entries differ; run the command again and type the same one twice.")
               << Qt::endl;
        return {};
    }
    return first;
}

QString codeText(const SecureBytes &code)
{
    // A TOTP or recovery code is a few ASCII symbols, used once: a QString of it is harmless.
    return QString::fromLatin1(code.view()).trimmed();
}

int finish(Invocation &in, const AppLock::Outcome &outcome, const QString &done)
{
    if (!outcome.ok())
        return in.fail(outcome.message);
    in.out << done << Qt::endl;
    return Success;
}

int lockSet(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const AppLock lock(db);
    if (lock.isEnabled())
        return in.fail(
            CliText::tr("The app lock is already on; use cairn-cli lock change to change the password."));
    const SecureBytes password
        = readNew(in, "CAIRN_NEW_MASTER_PASSWORD", CliText::tr("New master password: "),
            CliText::tr("No password was given; pass it on standard input or in CAIRN_NEW_MASTER_PASSWORD."));
    if (password.isEmpty())
        return Failure;
    return finish(in, lock.enable(password), CliText::tr("The app lock is on."));
}

int lockChange(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const AppLock lock(db);
    if (!lock.isEnabled())
        return in.fail(CliText::tr("The app lock is off; turn it on with cairn-cli lock set."));
    const SecureBytes current = readMasterPassword(in);
    if (current.isEmpty())
        return Failure;
    const SecureBytes next = readNew(in, "CAIRN_NEW_MASTER_PASSWORD", CliText::tr("New master password: "),
        CliText::tr("No new password was given; pass it on standard input or in CAIRN_NEW_MASTER_PASSWORD."));
    if (next.isEmpty())
        return Failure;
    return finish(in, lock.changePassword(current, next),
        CliText::tr("The master password is changed; two-factor sign-in is as it was."));
}

int lockRemove(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const AppLock lock(db);
    if (!lock.isEnabled())
        return in.fail(CliText::tr("The app lock is already off."));
    if (lock.isTwoFactorEnabled())
        return in.fail(CliText::tr(
            "Two-factor sign-in is on; turn it off first with cairn-cli 2fa disable, then remove the lock."));
    // The same question every sensitive action asks (and audits); disable() checks it once more.
    SecureBytes current;
    if (!askAgain(in, db, QStringLiteral("lock.disable"), &current))
        return Failure;
    return finish(in, lock.disable(current), CliText::tr("The app lock is off."));
}

// The QR code in block characters for a terminal, two module rows per line. Like `qrencode -t
// UTF8`, the painted cells are the light modules, so the code scans on the usual dark terminal.
QString terminalQr(const QrCode &code)
{
    constexpr int quiet = 2;
    auto light = [&code](int x, int y) { return !code.isDark(x, y); }; // outside the matrix: light
    QString text;
    for (int y = -quiet; y < code.size() + quiet; y += 2) {
        for (int x = -quiet; x < code.size() + quiet; ++x) {
            const bool top = light(x, y);
            const bool bottom = y + 1 < code.size() + quiet && light(x, y + 1);
            text += top && bottom ? QChar(0x2588)
                : top             ? QChar(0x2580)
                : bottom          ? QChar(0x2584)
                                  : QChar(u' ');
        }
        text += QLatin1Char('\n');
    }
    return text;
}

void printCodes(Invocation &in, const QStringList &codes)
{
    in.out << CliText::tr("Recovery codes (shown only now; keep them somewhere safe, each works once):")
           << Qt::endl;
    for (const QString &code : codes)
        in.out << QStringLiteral("  ") << code << Qt::endl;
}

int twoFactorEnable(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const AppLock lock(db);
    if (!lock.isEnabled())
        return in.fail(CliText::tr("The app lock is off; turn it on first with cairn-cli lock set."));
    if (lock.isTwoFactorEnabled())
        return in.fail(
            CliText::tr("Two-factor sign-in is already on; turn it off first to set up another app."));
    if (!askAgain(in, db, QStringLiteral("twofactor.enable")))
        return Failure;
    SecretStore secrets;
    TwoFactor twoFactor(db, &secrets);
    QString problem;
    TwoFactor::Enrolment enrolment = TwoFactor::begin(
        QStringLiteral("%1@%2").arg(AuditLog::currentUser(), QSysInfo::machineHostName()), &problem);
    if (enrolment.isNull())
        return in.fail(problem);
    // The link holds the secret: it goes to this terminal (or the caller's pipe) only.
    if (::isatty(STDOUT_FILENO))
        in.out << terminalQr(enrolment.qrCode);
    in.out << CliText::tr("Add Cairn to your authenticator app with this link, or type the key by hand:")
           << Qt::endl
           << QString::fromLatin1(enrolment.uri.view()) << Qt::endl
           << CliText::tr("Key: %1").arg(QString::fromLatin1(enrolment.manualKey.view())) << Qt::endl;
    const SecureBytes code = readLine(in, "CAIRN_TWO_FACTOR_CODE", CliText::tr("Code the app shows now: "),
        CliText::tr("No code was given; nothing changed, run the command again when the app shows a code."));
    if (code.isEmpty())
        return Failure;
    TwoFactorJob *job = waitFor(twoFactor.complete(std::move(enrolment), codeText(code)));
    if (!job->ok())
        return in.fail(job->errorString());
    in.out << CliText::tr("Two-factor sign-in is on.") << Qt::endl;
    printCodes(in, job->recoveryCodes());
    return Success;
}

int twoFactorDisable(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    SecretStore secrets;
    TwoFactor twoFactor(db, &secrets);
    if (!twoFactor.isEnabled())
        return in.fail(CliText::tr("Two-factor sign-in is already off."));
    const SecureBytes code = readTwoFactorCode(in);
    if (code.isEmpty())
        return Failure;
    TwoFactorJob *job = waitFor(twoFactor.disable(codeText(code)));
    if (!job->ok())
        return in.fail(job->errorString());
    in.out << CliText::tr("Two-factor sign-in is off; the app lock stays on.") << Qt::endl;
    return Success;
}

int twoFactorRecoveryCodes(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    SecretStore secrets;
    TwoFactor twoFactor(db, &secrets);
    if (!twoFactor.isEnabled())
        return in.fail(CliText::tr("Two-factor sign-in is off; it has no recovery codes."));
    const SecureBytes code = readTwoFactorCode(in);
    if (code.isEmpty())
        return Failure;
    TwoFactorJob *job = waitFor(twoFactor.regenerateRecoveryCodes(codeText(code)));
    if (!job->ok())
        return in.fail(job->errorString());
    in.out << CliText::tr("New recovery codes are made; the old ones no longer work.") << Qt::endl;
    printCodes(in, job->recoveryCodes());
    return Success;
}

int kitExport(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const std::optional<qint64> clientId = clientFilter(in, db);
    if (!clientId)
        return Failure;
    if (!askAgain(in, db, QStringLiteral("kit.export")))
        return Failure;
    SecretStore secrets;
    SecureBytes passphrase = readNew(in, "CAIRN_KIT_PASSPHRASE", CliText::tr("Passphrase for the kit: "),
        CliText::tr("No passphrase was given; pass it on standard input or in CAIRN_KIT_PASSPHRASE."));
    if (passphrase.isEmpty())
        return Failure;
    if (const QString problem = RecoveryKit::checkNewPassphrase(passphrase); !problem.isEmpty())
        return in.fail(problem);
    RecoveryKitTransfer transfer(db, &secrets);
    RecoveryKitJob *job = waitFor(transfer.exportKit(
        *clientId ? QList<qint64> { *clientId } : QList<qint64> {}, std::move(passphrase)));
    if (!job->ok())
        return in.fail(job->errorString());
    QString error;
    if (!RecoveryKit::writeFile(in.positional.at(0), job->kit(), &error))
        return in.fail(error);
    // The job wizard asks for a kit before a client's first encrypted job; this one counts.
    if (const StoreError noted
        = ClientKeyRepository(db).markKitSaved(*clientId ? QList<qint64> { *clientId } : QList<qint64> {}))
        in.err << noted.message << Qt::endl;
    in.out << CliText::tr("Wrote the recovery kit of %1 to %2; keep the passphrase apart from the file.")
                  .arg(shown(job->clientNames().join(QStringLiteral(", "))), shown(in.positional.at(0)))
           << Qt::endl;
    return Success;
}

int kitImport(Invocation &in)
{
    QFile file(in.positional.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return in.fail(CliText::tr("Cairn could not open %1 (%2); check the path.")
                           .arg(shown(file.fileName()), file.errorString()));
    const QByteArray kit = file.readAll();
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    SecureBytes passphrase = readLine(in, "CAIRN_KIT_PASSPHRASE", CliText::tr("Passphrase of the kit: "),
        CliText::tr("No passphrase was given; pass it on standard input or in CAIRN_KIT_PASSPHRASE."));
    if (passphrase.isEmpty())
        return Failure;
    SecretStore secrets;
    RecoveryKitTransfer transfer(db, &secrets);
    RecoveryKitJob *job = waitFor(transfer.importKit(kit, std::move(passphrase)));
    if (!job->ok())
        return in.fail(job->errorString());
    in.out << CliText::tr("Imported the recovery kit: %1.")
                  .arg(shown(job->clientNames().join(QStringLiteral(", "))))
           << Qt::endl;
    return Success;
}

} // namespace

QList<Command> securityCommands()
{
    const QList<Positional> file { { QStringLiteral("FILE"), CliText::tr("The kit file.") } };
    return {
        Command { QStringLiteral("lock"), QStringLiteral("set"),
            CliText::tr(
                "Turn the app lock on (new master password on stdin or in CAIRN_NEW_MASTER_PASSWORD)."),
            {}, {}, false, lockSet },
        Command { QStringLiteral("lock"), QStringLiteral("change"),
            CliText::tr("Change the master password (stdin: the current one, then the new one)."), {}, {},
            false, lockChange },
        Command { QStringLiteral("lock"), QStringLiteral("remove"),
            CliText::tr("Turn the app lock off (stdin: the master password)."), {}, {}, false, lockRemove },
        Command { QStringLiteral("2fa"), QStringLiteral("enable"),
            CliText::tr("Set up two-factor sign-in (stdin: the master password, then the app's code)."), {},
            {}, false, twoFactorEnable },
        Command { QStringLiteral("2fa"), QStringLiteral("disable"),
            CliText::tr("Turn two-factor sign-in off (stdin: a code from the app or a recovery code)."), {},
            {}, false, twoFactorDisable },
        Command { QStringLiteral("2fa"), QStringLiteral("recovery-codes"),
            CliText::tr("Make ten new recovery codes (stdin: a code from the app or a recovery code)."), {},
            {}, false, twoFactorRecoveryCodes },
        Command { QStringLiteral("kit"), QStringLiteral("export"),
            CliText::tr(
                "Write the recovery kit (stdin: the master password and code when the lock is on, then "
                "the passphrase)."),
            file,
            { QCommandLineOption(QStringList { QStringLiteral("client") },
                CliText::tr("Only this client's configuration and secrets (default: every client)."),
                CliText::tr("name")) },
            false, kitExport },
        Command { QStringLiteral("kit"), QStringLiteral("import"),
            CliText::tr("Import a recovery kit into this database and keychain (stdin: the passphrase)."),
            file, {}, false, kitImport },
    };
}

} // namespace cairn::cli
