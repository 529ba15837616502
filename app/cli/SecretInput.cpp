#include "cli/SecretInput.h"

#include "cli/CliCommand.h"

#include <QByteArray>

#include <cerrno>
#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

namespace cairn::cli {

namespace {

constexpr qsizetype MaxSecretBytes = 64 * 1024;

// Reads fd 0 into one buffer allocated up front (so no reallocation leaves copies behind) until
// end of input, or until the first newline when stopAtNewline. Returns -1 when input is too long.
qsizetype readInto(QByteArray &buffer, bool stopAtNewline)
{
    qsizetype used = 0;
    while (used < buffer.size()) {
        const ssize_t n = ::read(STDIN_FILENO, buffer.data() + used, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return used;
        if (stopAtNewline && buffer.at(used) == '\n')
            return used;
        ++used;
    }
    char extra = 0;
    return ::read(STDIN_FILENO, &extra, 1) > 0 && !(stopAtNewline && extra == '\n') ? -1 : used;
}

} // namespace

SecureBytes SecretInput::read(
    const char *environmentVariable, const QString &prompt, QTextStream &err, QString *problem, Until until)
{
    QString ignored;
    if (!problem)
        problem = &ignored;
    problem->clear();
    QByteArray fromEnvironment = qgetenv(environmentVariable);
    qunsetenv(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return SecureBytes::takeFrom(fromEnvironment);

    QByteArray buffer(MaxSecretBytes, '\0');
    qsizetype used = 0;
    if (::isatty(STDIN_FILENO)) {
        // A person at a terminal: ask, without echoing what they type.
        err << prompt << Qt::flush;
        termios saved {};
        const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        used = readInto(buffer, true);
        if (haveTerminal)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    } else {
        used = readInto(buffer, until == Until::Line);
    }
    if (used < 0) {
        OPENSSL_cleanse(buffer.data(), size_t(buffer.size()));
        *problem = CliText::tr(
            "Standard input holds more than 64 KiB, which is no secret Cairn expects; pass only "
            "the secret.");
        return {};
    }
    // A trailing newline (echo, printf '%s\n', a here-string) is not part of the secret.
    while (used > 0 && (buffer.at(used - 1) == '\n' || buffer.at(used - 1) == '\r'))
        --used;
    SecureBytes secret(QByteArrayView(buffer.constData(), used));
    OPENSSL_cleanse(buffer.data(), size_t(buffer.size()));
    return secret;
}

} // namespace cairn::cli
