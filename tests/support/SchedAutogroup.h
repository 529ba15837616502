#pragma once

#include <QString>

namespace cairn::test {

// Linux's scheduler autogroups (kernel.sched_autogroup_enabled) give every session its own CPU
// share. A benchmark that runs the "host" on this machine sees each SSH session of the local sshd
// as one more group with the weight of the whole desktop process, so the desktop's GUI thread and
// Cairn's host pipeline are scheduled unlike on a real desktop, whose hosts are other machines.
// With `off` set (root only) autogroups are switched off for the benchmark's lifetime and the
// previous value is put back in the destructor.
class SchedAutogroup final {
public:
    explicit SchedAutogroup(bool off);
    ~SchedAutogroup();
    SchedAutogroup(const SchedAutogroup &) = delete;
    SchedAutogroup &operator=(const SchedAutogroup &) = delete;

    // One line for the benchmark's output: the setting in effect and, if switching failed, why.
    QString describe() const;

private:
    QString m_before; // "0", "1", or empty when the kernel has no such setting
    bool m_switched = false;
    QString m_error;
};

} // namespace cairn::test
