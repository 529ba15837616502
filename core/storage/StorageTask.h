#pragma once
// Runs storage work that blocks on the network (the storage check, setting the lifecycle rule) on
// its own thread, so the GUI thread never waits: S3Client refuses the GUI thread. Results come
// back as signals, queued to the receivers' threads. Cancel is honoured within ~100 ms.
//
// The task has no parent and deletes itself once its thread has ended (after finished()), so a
// window that goes away mid-check only has to call cancel(); its connections end with it.

#include "storage/S3Target.h"
#include "storage/SigningSecret.h"
#include "storage/StorageCheck.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace cairn {

class StorageTask final : public QObject {
    Q_OBJECT

public:
    // The storage check: stepChanged() for each step, then checkFinished().
    static StorageTask *check(const S3Target &target, SigningSecret secret);
    // Cairn's AbortIncompleteMultipartUpload rule for the target's prefix: then ruleApplied().
    static StorageTask *applyAbortRule(const S3Target &target, SigningSecret secret, int days);
    ~StorageTask() override;

    void start();
    // Thread-safe; the running request is aborted and the result says "cancelled".
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void stepChanged(int index, const cairn::StorageCheckStep &step);
    void checkFinished(const cairn::StorageCheckReport &report);
    // error: one sentence, empty on success.
    void ruleApplied(const QString &error);
    // After checkFinished() or ruleApplied(); the task deletes itself right after.
    void finished();

private:
    enum class Kind { Check, AbortRule };
    StorageTask(Kind kind, const S3Target &target, SigningSecret secret, int days);
    void run(); // on the worker thread

    Kind m_kind;
    S3Target m_target;
    SigningSecret m_secret;
    int m_days = 0;
    std::atomic_bool m_cancel { false };
    QThread *m_thread = nullptr;
};

} // namespace cairn
