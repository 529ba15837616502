#pragma once
// Runs the preflight probe (preflight.sh, compiled in as a Qt resource) on an authenticated
// session and parses what it reports.

#include "ssh/PreflightReport.h"
#include "ssh/SshError.h"

#include <QByteArray>

#include <chrono>

namespace cairn {

class SshSession;

class PreflightProbe final {
public:
    static constexpr std::chrono::milliseconds kTimeout { 60000 };

    // The probe script (from the resource :/ssh/preflight.sh).
    static QByteArray script();
    // The exec command: runs the script from stdin under bash, or reports that bash is missing.
    static QByteArray command();
    // error is set when the probe could not run at all; a report with missing tools is not an error.
    static PreflightReport run(SshSession &session, SshError &error,
        qint64 requiredTempBytes = PreflightReport::kDefaultRequiredTempBytes,
        std::chrono::milliseconds timeout = kTimeout);
};

} // namespace cairn
