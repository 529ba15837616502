#pragma once
// "Ask again" in cairn-cli, the command line's ReauthGate: before a sensitive action (restore over
// the original data, remove a server, export the recovery kit or a private key, turn the lock off)
// and only when the app lock is on, the master password and, with two-factor sign-in on, a code
// from the app or a recovery code. Both come from their environment variable or standard input
// (SecretInput; a terminal is asked without echo), never from argv. The lock's back-off applies
// and every attempt is in the audit log.

#include "cli/CliCommand.h"
#include "secrets/SecureBytes.h"

#include <memory>

namespace cairn::cli {

// True when the lock is off, or when the password (and code) were right. Otherwise false, after one
// sentence on stderr; the caller then does nothing. action names what is asked for in the audit
// log ("server.remove db1"). password, when given, receives the checked master password.
bool askAgain(Invocation &in, const std::shared_ptr<Database> &db, const QString &action,
    SecureBytes *password = nullptr);

// The master password (CAIRN_MASTER_PASSWORD or one line of standard input); empty after one
// sentence on stderr when none came.
SecureBytes readMasterPassword(Invocation &in);
// A code from the authenticator app or a recovery code (CAIRN_TWO_FACTOR_CODE or one line).
SecureBytes readTwoFactorCode(Invocation &in);

} // namespace cairn::cli
