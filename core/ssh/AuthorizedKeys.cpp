#include "ssh/AuthorizedKeys.h"

#include "ssh/ShellQuote.h"
#include "ssh/SshKey.h"
#include "ssh/SshSession.h"
#include "ssh/UntrustedText.h"

namespace cairn {

namespace {

// Reads the key blob (base64) and the full line from stdin. No backslashes on purpose: the command
// passes through the user's login shell first, and not every shell treats them alike in quotes.
constexpr char kInstallScript[] = R"SH(set -eu
umask 077
IFS= read -r blob || blob=
IFS= read -r line || line=
case $blob in
'' | *[!A-Za-z0-9+/=]*) echo 'cairn: refusing a malformed key' >&2; exit 64 ;;
esac
case $line in
'restrict '*) ;;
*) echo 'cairn: refusing a malformed line' >&2; exit 64 ;;
esac
dir="$HOME/.ssh"
file="$dir/authorized_keys"
mkdir -p -- "$dir"
# Not fatal: a ~/.ssh set up by an admin may belong to someone else; the key check afterwards tells.
chmod go-w -- "$dir" 2> /dev/null || true
if [ -f "$file" ] && awk -v b="$blob" '{ for (i = 1; i <= NF; i++) if ($i == b) found = 1 } END { exit !found }' "$file"; then
    echo present
    exit 0
fi
if [ -s "$file" ] && [ -n "$(tail -c 1 -- "$file")" ]; then
    echo >> "$file"
fi
{ printf '%s' "$line"; echo; } >> "$file"
chmod go-w -- "$file" 2> /dev/null || true
if command -v restorecon > /dev/null 2>&1; then
    restorecon -R -- "$dir" > /dev/null 2>&1 || true
fi
echo added
)SH";

constexpr char kRemoveScript[] = R"SH(set -eu
IFS= read -r blob || blob=
case $blob in
'' | *[!A-Za-z0-9+/=]*) echo 'cairn: refusing a malformed key' >&2; exit 64 ;;
esac
file="$HOME/.ssh/authorized_keys"
if [ ! -f "$file" ]; then
    echo absent
    exit 0
fi
tmp=$(mktemp -- "$file.cairn.XXXXXX")
trap 'rm -f -- "$tmp"' EXIT
awk -v b="$blob" '{ for (i = 1; i <= NF; i++) if ($i == b) next; print }' "$file" > "$tmp"
if cmp -s -- "$tmp" "$file"; then
    echo absent
    exit 0
fi
# Rewriting in place keeps the file's owner, mode and SELinux label.
cat -- "$tmp" > "$file"
echo removed
)SH";

AuthorizedKeys::Result commandResult(
    const SshExecResult &exec, const QByteArray &out, const QString &host, bool installing)
{
    AuthorizedKeys::Result result;
    if (!exec.ok()) {
        result.error = exec.error;
        if (exec.error.kind == SshErrorKind::CommandFailed) {
            // The server's own words (escaped), e.g. "mkdir: cannot create directory: Permission denied".
            QString reason = escapeUntrustedText(exec.stderrTail.trimmed(), 300, true);
            if (reason.isEmpty())
                reason = exec.exitSignal.isEmpty() ? AuthorizedKeys::tr("exit code %1").arg(exec.exitCode)
                                                   : AuthorizedKeys::tr("signal %1").arg(exec.exitSignal);
            result.error.message = installing
                ? AuthorizedKeys::tr(
                    "Cairn could not add its key to ~/.ssh/authorized_keys on %1 (%2); check that "
                    "the user owns its home folder, or add the key by hand.")
                      .arg(host, reason)
                : AuthorizedKeys::tr(
                    "Cairn could not remove its key from ~/.ssh/authorized_keys on %1 (%2); remove "
                    "the line by hand.")
                      .arg(host, reason);
        }
        return result;
    }
    const QByteArray word = out.trimmed();
    if (word == "added")
        result.change = AuthorizedKeys::Change::Added;
    else if (word == "present")
        result.change = AuthorizedKeys::Change::AlreadyPresent;
    else if (word == "removed")
        result.change = AuthorizedKeys::Change::Removed;
    else if (word == "absent")
        result.change = AuthorizedKeys::Change::NotPresent;
    else
        result.error = SshError::make(SshErrorKind::CommandFailed,
            AuthorizedKeys::tr("%1 gave an unexpected answer while Cairn changed "
                               "authorized_keys; check that the user's login shell is a "
                               "POSIX shell such as bash.")
                .arg(host));
    return result;
}

} // namespace

QByteArray AuthorizedKeys::installCommand()
{
    return "bash -c " + shellQuote(QByteArrayView(kInstallScript));
}

QByteArray AuthorizedKeys::removeCommand()
{
    return "bash -c " + shellQuote(QByteArrayView(kRemoveScript));
}

QString AuthorizedKeys::restrictedLine(const SshKey &key)
{
    const QString line = key.authorizedKeysLine();
    return line.isEmpty() ? QString() : QStringLiteral("restrict ") + line;
}

AuthorizedKeys::Result AuthorizedKeys::install(
    SshSession &session, const SshKey &key, std::chrono::milliseconds timeout)
{
    const QByteArray line = restrictedLine(key).toUtf8();
    if (line.isEmpty() || line.contains('\n') || line.contains('\r')) {
        Result result;
        result.error = SshError::make(SshErrorKind::InvalidInput, tr("There is no valid key to install."));
        return result;
    }
    const QByteArray input = key.publicKeyBlob().toBase64() + '\n' + line + '\n';
    QByteArray out;
    SshExecOptions options;
    options.stdinData = input;
    options.onStdout = [&out](QByteArrayView data) {
        if (out.size() < 256)
            out.append(data);
    };
    options.timeout = timeout;
    return commandResult(session.exec(installCommand(), options), out, session.endpoint().host, true);
}

AuthorizedKeys::Result AuthorizedKeys::remove(
    SshSession &session, const QByteArray &publicKeyBlob, std::chrono::milliseconds timeout)
{
    const QByteArray input = publicKeyBlob.toBase64() + '\n';
    QByteArray out;
    SshExecOptions options;
    options.stdinData = input;
    options.onStdout = [&out](QByteArrayView data) {
        if (out.size() < 256)
            out.append(data);
    };
    options.timeout = timeout;
    return commandResult(session.exec(removeCommand(), options), out, session.endpoint().host, false);
}

AuthorizedKeys::Result AuthorizedKeys::installWithPassword(const SshEndpoint &endpoint,
    const HostKeyPolicy &policy, SecureBytes password, const SshKey &key, const std::atomic_bool *cancelFlag)
{
    Result result;
    {
        SshSession session(cancelFlag);
        result.error = session.connect(endpoint, policy);
        if (!result.ok())
            return result;
        result.error = session.authenticateWithPassword(std::move(password));
        if (!result.ok())
            return result;
        result = install(session, key);
        if (!result.ok())
            return result;
    }
    SshSession check(cancelFlag);
    SshError error = check.connect(endpoint, policy);
    if (error.ok())
        error = check.authenticateWithKey(key);
    if (error.kind == SshErrorKind::AuthenticationRefused && key.type() == SshKey::Type::Ed25519)
        error.message
            = tr("The key was added to ~/.ssh/authorized_keys on %1, but the server still refuses it; the "
                 "server may read keys from another file (AuthorizedKeysFile in sshd_config).")
                  .arg(endpoint.host);
    result.error = error;
    return result;
}

} // namespace cairn
