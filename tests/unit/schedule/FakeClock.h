#pragma once
// A clock the test moves by hand: advance() is time passing with the machine awake (both clocks
// move), sleep() is a suspended machine (only the wall clock moves), set() is someone changing
// the wall clock.

#include "schedule/Clock.h"

#include <chrono>

namespace cairn::test {

class FakeClock final : public Clock {
public:
    explicit FakeClock(const QDateTime &start) : m_now(start.toUTC()) { }
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }

    void advance(std::chrono::milliseconds by)
    {
        m_now = m_now.addMSecs(by.count());
        m_monotonic += by.count();
    }
    void advanceTo(const QDateTime &when) { advance(std::chrono::milliseconds(m_now.msecsTo(when))); }
    void sleep(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    void set(const QDateTime &wall) { m_now = wall.toUTC(); }

private:
    QDateTime m_now;
    qint64 m_monotonic = 1000000;
};

} // namespace cairn::test
