#pragma once
// One app-lock operation (bcrypt takes ~0.2 s) run on Cairn's security thread pool, so the GUI
// thread never waits for it. finished() arrives in the thread that started the job, which needs
// a running event loop; then the job deletes itself. Never delete a job: to stop listening,
// destroy the context object of your connection.

#include "security/AppLock.h"

#include <QObject>
#include <functional>

namespace cairn {

class AppLockJob final : public QObject {
    Q_OBJECT

public:
    using Work = std::function<AppLock::Outcome()>;

    // Queues work; the returned job emits finished() exactly once.
    static AppLockJob *start(Work work);

    bool isFinished() const { return m_finished; }
    AppLock::Outcome outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished(const cairn::AppLock::Outcome &outcome);

private:
    AppLockJob() = default;
    ~AppLockJob() override = default; // only deleteLater() after finished()
    void deliver(const AppLock::Outcome &outcome);

    AppLock::Outcome m_outcome;
    bool m_finished = false;
};

} // namespace cairn
