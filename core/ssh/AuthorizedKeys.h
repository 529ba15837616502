#pragma once
// Adds Cairn's public key to, or removes it from, ~/.ssh/authorized_keys on a server. The line
// carries the `restrict` option (no port, agent or X11 forwarding, no pty). The remote commands
// are constant scripts; the key arrives on stdin, so nothing typed by a person is pasted into a
// shell command line.

#include "secrets/SecureBytes.h"
#include "ssh/HostKeyPolicy.h"
#include "ssh/SshError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <chrono>

namespace cairn {

class SshKey;
class SshSession;
struct SshEndpoint;

class AuthorizedKeys final {
    Q_DECLARE_TR_FUNCTIONS(cairn::AuthorizedKeys)

public:
    enum class Change { None, Added, AlreadyPresent, Removed, NotPresent };
    struct Result {
        SshError error;
        Change change = Change::None;
        bool ok() const { return error.ok(); }
    };

    static constexpr std::chrono::milliseconds kTimeout { 30000 };

    // "restrict ssh-ed25519 AAAA... comment": the line to paste by hand, and the one install() writes.
    static QString restrictedLine(const SshKey &key);

    // On an authenticated session. A key already listed (with any options) is left alone.
    static Result install(
        SshSession &session, const SshKey &key, std::chrono::milliseconds timeout = kTimeout);
    // Removes every line that lists this public key blob.
    static Result remove(
        SshSession &session, const QByteArray &publicKeyBlob, std::chrono::milliseconds timeout = kTimeout);

    // The wizard's "install my key with a password" in one call: connect, log in with the password
    // (used for this connection only and wiped when this returns), install the key, then prove the
    // key works by logging in with it on a fresh connection.
    static Result installWithPassword(const SshEndpoint &endpoint, const HostKeyPolicy &policy,
        SecureBytes password, const SshKey &key, const std::atomic_bool *cancelFlag = nullptr);

    // The constant remote scripts, exposed for tests.
    static QByteArray installCommand();
    static QByteArray removeCommand();
};

} // namespace cairn
