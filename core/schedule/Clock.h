#pragma once
// Where the scheduler and the watchdog read the time. Tests pass a clock they move by hand.

#include <QDateTime>

namespace cairn {

class Clock {
public:
    virtual ~Clock() = default;
    // The wall clock (UTC): what schedules are written in. It jumps when the user or NTP sets it.
    virtual QDateTime now() const = 0;
    // Milliseconds from an arbitrary start that never jumps and, like Linux's CLOCK_MONOTONIC,
    // stands still while the machine sleeps: the wall clock running ahead of it means a wake-up.
    virtual qint64 monotonicMs() const = 0;
};

} // namespace cairn
