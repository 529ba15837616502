#pragma once
// The real clocks: QDateTime's wall clock and QElapsedTimer (CLOCK_MONOTONIC on Linux, which
// does not count time spent suspended).

#include "schedule/Clock.h"

#include <QElapsedTimer>

namespace cairn {

class SystemClock final : public Clock {
public:
    SystemClock() { m_elapsed.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace cairn
