#pragma once
// How cairn-cli takes a secret: from one environment variable, else from standard input (a
// terminal is asked without echo, a pipe is read to its end). Never from argv.

#include "secrets/SecureBytes.h"

#include <QString>
#include <QTextStream>

namespace cairn::cli {

struct SecretInput final {
    // Reads the secret; the variable is removed from the environment afterwards so programs this
    // process starts do not inherit it. Empty when neither source gave one; *problem then says
    // why in one sentence (for example when standard input held more than any secret is long).
    static SecureBytes read(
        const char *environmentVariable, const QString &prompt, QTextStream &err, QString *problem);
};

} // namespace cairn::cli
