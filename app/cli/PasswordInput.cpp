#include "cli/PasswordInput.h"

#include <QByteArray>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace cairn::cli {

namespace {

constexpr qsizetype kMaxBytes = 4096;

// Reads one line from fd 0 byte by byte into a buffer sized up front: no reallocation leaves a
// copy of the password behind, and nothing after the first line is consumed.
SecureBytes readLine()
{
    QByteArray buffer(kMaxBytes, '\0');
    qsizetype used = 0;
    while (used < buffer.size()) {
        const ssize_t n = ::read(STDIN_FILENO, buffer.data() + used, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || buffer.at(used) == '\n')
            break;
        ++used;
    }
    if (used > 0 && buffer.at(used - 1) == '\r')
        --used;
    SecureBytes secret(QByteArrayView(buffer.constData(), used));
    SecureBytes::wipe(buffer);
    return secret;
}

} // namespace

SecureBytes PasswordInput::read(const char *environmentVariable, const QString &prompt, QTextStream &err)
{
    QByteArray fromEnvironment = qgetenv(environmentVariable);
    qunsetenv(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return SecureBytes::takeFrom(fromEnvironment);
    if (!::isatty(STDIN_FILENO))
        return readLine();
    err << prompt << Qt::flush;
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    SecureBytes secret = readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    return secret;
}

} // namespace cairn::cli
