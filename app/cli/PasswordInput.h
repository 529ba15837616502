#pragma once
// A password or passphrase for cairn-cli: from one environment variable, else from standard input
// (a terminal is asked without echo; from a pipe, the first line). Never from argv.

#include "secrets/SecureBytes.h"

#include <QString>
#include <QTextStream>

namespace cairn::cli {

class PasswordInput final {
public:
    // The variable is removed from the environment once read, so nothing this process starts
    // inherits it. Empty when neither source gave one.
    static SecureBytes read(const char *environmentVariable, const QString &prompt, QTextStream &err);
};

} // namespace cairn::cli
