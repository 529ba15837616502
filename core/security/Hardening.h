#pragma once
// Process hardening done once, first thing in main(), before any secret is in memory:
// no core dumps (RLIMIT_CORE 0, soft and hard, inherited by every child process) and not
// dumpable (PR_SET_DUMPABLE 0 on Linux: no core file even if a limit is raised later, and
// processes of the same user cannot ptrace Cairn or read its /proc/PID/mem).
//
//   int main(int argc, char *argv[])
//   {
//       cairn::Hardening::disableCoreDumps();
//       QApplication app(argc, argv);
//       ...
//
// Children started with exec() keep the core limit of 0, but the kernel makes them dumpable
// again: helpers that handle secrets must not raise their limit.

#include <QCoreApplication>
#include <QString>

namespace cairn {

class Hardening final {
    Q_DECLARE_TR_FUNCTIONS(cairn::Hardening)

public:
    struct Result {
        bool coreLimitZero = false;
        bool notDumpable = false;
        QString message; // empty when both worked; otherwise one sentence (for a log, not a dialog)
        bool ok() const { return coreLimitZero && notDumpable; }
    };

    static Result disableCoreDumps();
    // What the process looks like now: both limits 0 and (on Linux) not dumpable.
    static bool coreDumpsDisabled();
};

} // namespace cairn
