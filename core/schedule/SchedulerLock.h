#pragma once
// One scheduler per database: a lock file beside the database (QLockFile, so a crashed holder's
// lock is taken over once its process is gone). A second GUI or daemon on the same database
// shows runs but schedules none, and says why in one sentence.

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <memory>

namespace cairn {

class SchedulerLock final {
    Q_DECLARE_TR_FUNCTIONS(cairn::SchedulerLock)

public:
    // The lock for the database at databasePath ("<database>.scheduler.lock" in its folder).
    explicit SchedulerLock(const QString &databasePath);
    ~SchedulerLock();

    static QString lockPathFor(const QString &databasePath);

    // Takes the lock without waiting. On refusal, refusal() says who holds it.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_locked; }
    // One sentence: why this process does not schedule; empty while it holds the lock.
    QString refusal() const { return m_refusal; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
    QString m_refusal;
};

} // namespace cairn
