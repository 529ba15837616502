#include "ssh/SshInputValidator.h"

#include <QUrl>

#include <arpa/inet.h>

namespace cairn {

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Returns the reason a host is refused, or an empty string; normalized receives the form to resolve.
QString hostProblem(const QString &host, QString &normalized)
{
    if (host.isEmpty())
        return SshInputValidator::tr("Enter the server's host name or IP address.");
    for (QChar c : host) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return SshInputValidator::tr("The host name must not contain spaces or line breaks; enter it "
                                         "without them.");
    }
    if (host.startsWith(QLatin1Char('-')))
        return SshInputValidator::tr(
            "A host name cannot start with '-'; enter the server's name or IP address.");

    // IPv6 literal, bare or in brackets.
    QString candidate = host;
    if (candidate.startsWith(QLatin1Char('[')) && candidate.endsWith(QLatin1Char(']')))
        candidate = candidate.mid(1, candidate.size() - 2);
    if (candidate.contains(QLatin1Char(':'))) {
        in6_addr address {};
        const QByteArray latin = candidate.toLatin1();
        if (candidate.size() <= 45 && inet_pton(AF_INET6, latin.constData(), &address) == 1) {
            normalized = candidate.toLower();
            return {};
        }
        return SshInputValidator::tr("'%1' is not a valid IPv6 address; check it, or enter a host name.")
            .arg(host.left(64));
    }

    QString ascii = candidate;
    bool nonAscii = false;
    for (QChar c : candidate)
        nonAscii = nonAscii || c.unicode() > 0x7f;
    if (nonAscii) {
        ascii = QString::fromLatin1(QUrl::toAce(candidate, QUrl::IgnoreIDNWhitelist));
        if (ascii.isEmpty())
            return SshInputValidator::tr(
                "The host name contains characters that are not allowed; use letters, "
                "digits, '-' and '.'.");
    }
    ascii = ascii.toLower();
    const QString withoutDot = ascii.endsWith(QLatin1Char('.')) ? ascii.chopped(1) : ascii;
    if (withoutDot.isEmpty() || withoutDot.size() > 253)
        return SshInputValidator::tr(
            "The host name is too long or empty; enter the server's name or IP address.");

    bool allNumeric = true;
    const QStringList labels = withoutDot.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return SshInputValidator::tr(
                "The host name has an empty part between dots; check it for a typo.");
        if (label.size() > 63)
            return SshInputValidator::tr(
                "A part of the host name is longer than 63 characters; check it for a "
                "typo.");
        for (QChar c : label) {
            if (!isAsciiAlnum(c) && c != QLatin1Char('-') && c != QLatin1Char('_'))
                return SshInputValidator::tr(
                    "The host name contains characters that are not allowed; use letters, "
                    "digits, '-' and '.'.");
            allNumeric = allNumeric && isAsciiDigit(c);
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return SshInputValidator::tr(
                "A part of the host name starts or ends with '-'; check it for a typo.");
    }
    if (allNumeric) {
        // Only the full dotted form: "10.1" or "0127.0.0.1" mean surprising things to the resolver.
        in_addr address {};
        const QByteArray latin = withoutDot.toLatin1();
        if (labels.size() != 4 || inet_pton(AF_INET, latin.constData(), &address) != 1)
            return SshInputValidator::tr("'%1' is not a valid IPv4 address; use four numbers from 0 to 255 "
                                         "separated by dots.")
                .arg(host.left(64));
    }
    normalized = ascii;
    return {};
}

} // namespace

QString SshInputValidator::checkHost(const QString &host)
{
    QString normalized;
    return hostProblem(host, normalized);
}

QString SshInputValidator::normalizeHost(const QString &host)
{
    QString normalized;
    return hostProblem(host, normalized).isEmpty() ? normalized : QString();
}

QString SshInputValidator::checkPort(int port)
{
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535; SSH normally uses 22.");
    return {};
}

std::optional<int> SshInputValidator::parsePort(const QString &text)
{
    if (text.isEmpty() || text.size() > 5 || text.startsWith(QLatin1Char('0')))
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (!checkPort(value).isEmpty())
        return std::nullopt;
    return value;
}

QString SshInputValidator::checkUser(const QString &user)
{
    if (user.isEmpty())
        return tr("Enter the user name to log in with on the server.");
    if (user.size() > 32)
        return tr("The user name is longer than 32 characters; check it for a typo.");
    bool onlyDots = true;
    for (QChar c : user) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return tr(
                "The user name may contain only letters, digits, '.', '_' and '-'; check it for a typo.");
        onlyDots = onlyDots && c == QLatin1Char('.');
    }
    if (user.startsWith(QLatin1Char('-')))
        return tr("The user name cannot start with '-'; check it for a typo.");
    if (onlyDots)
        return tr("The user name may contain only letters, digits, '.', '_' and '-'; check it for a typo.");
    return {};
}

} // namespace cairn
