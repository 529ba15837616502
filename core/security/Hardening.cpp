#include "security/Hardening.h"

#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace cairn {

Hardening::Result Hardening::disableCoreDumps()
{
    Result result;
    QStringList problems;

    // Hard limit too: a later setrlimit (by Cairn or a library) cannot bring core files back.
    const struct rlimit none {
        0, 0
    };
    if (setrlimit(RLIMIT_CORE, &none) == 0)
        result.coreLimitZero = true;
    else
        problems.append(
            QStringLiteral("setrlimit(RLIMIT_CORE): %1").arg(QString::fromLocal8Bit(std::strerror(errno))));

#ifdef Q_OS_LINUX
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
        result.notDumpable = true;
    else
        problems.append(
            QStringLiteral("prctl(PR_SET_DUMPABLE): %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
#else
    result.notDumpable = true; // nothing more to do where there is no dumpable flag
#endif

    if (!problems.isEmpty())
        result.message
            = tr("Cairn could not switch off core dumps (%1); a crash could write secrets to disk.")
                  .arg(problems.join(QStringLiteral("; ")));
    return result;
}

bool Hardening::coreDumpsDisabled()
{
    struct rlimit limit { };
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#ifdef Q_OS_LINUX
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return true;
#endif
}

} // namespace cairn
