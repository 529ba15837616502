#pragma once
// How cairn-cli takes a password, passphrase or other secret: from one environment variable, else
// from standard input (a terminal is asked without echo). Never from argv.

#include "secrets/SecureBytes.h"

#include <QString>
#include <QTextStream>

namespace cairn::cli {

struct SecretInput final {
    // From a pipe: Line reads the first line only (so several secrets can follow one another,
    // one per line); All reads to the end (a secret that may hold newlines). A terminal always
    // gives one line.
    enum class Until { Line, All };

    // Reads the secret; the variable is removed from the environment afterwards so programs this
    // process starts do not inherit it. Empty when neither source gave one; *problem (when given)
    // then says why in one sentence (for example when standard input held more than any secret
    // is long). Trailing CR/LF are not part of the secret.
    static SecureBytes read(const char *environmentVariable, const QString &prompt, QTextStream &err,
        QString *problem = nullptr, Until until = Until::All);
};

} // namespace cairn::cli
