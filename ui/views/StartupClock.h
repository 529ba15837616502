#pragma once
// Milliseconds since this process started, for the startup benchmark (--quit-after-show).
// Header-only on purpose: the benchmark's plain Qt "hello" floor includes it without linking Cairn.
//
// A benchmark runner that launches us may pass CAIRN_STARTUP_T0_NS (CLOCK_MONOTONIC nanoseconds
// taken just before it spawned us): exact. Without it, /proc/self/stat's start time is used,
// which the kernel keeps in clock ticks (10 ms here), so single figures are that coarse.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace cairn::StartupClock {

inline double millisecondsSinceStart()
{
    if (const char *t0 = std::getenv("CAIRN_STARTUP_T0_NS"); t0 && *t0) {
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const std::int64_t nowNs = std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
        return double(nowNs - std::strtoll(t0, nullptr, 10)) / 1e6;
    }
    std::FILE *file = std::fopen("/proc/self/stat", "r");
    if (!file)
        return -1;
    char buffer[1024] = {};
    const size_t length = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    buffer[length] = '\0';
    // Field 2 (the command name) may contain spaces and ')': fields are counted from the last ')'.
    const char *rest = std::strrchr(buffer, ')');
    if (!rest)
        return -1;
    // After ")" come fields 3..; the start time is field 22, the 20th after the name.
    unsigned long long startTicks = 0;
    int field = 2;
    for (const char *p = rest + 1; *p; ++p) {
        if (*p == ' ' && ++field == 22) {
            startTicks = std::strtoull(p + 1, nullptr, 10);
            break;
        }
    }
    timespec boot {};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    return (double(boot.tv_sec) + double(boot.tv_nsec) / 1e9 - double(startTicks) / ticksPerSecond) * 1000.0;
}

// CPU time (user + system, all threads) this process has used since it started, loader included.
// Unlike wall time it hardly changes when other programs compete for the processors.
inline double cpuMillisecondsSinceStart()
{
    timespec used {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
    return double(used.tv_sec) * 1000.0 + double(used.tv_nsec) / 1e6;
}

} // namespace cairn::StartupClock
