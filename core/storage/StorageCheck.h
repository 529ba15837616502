#pragma once
// "Does this storage target work?": lists the bucket, writes a small probe object, reads it back and
// deletes it, then reports whether versioning and Object Lock are on and whether Cairn's
// AbortIncompleteMultipartUpload lifecycle rule exists. Shared by `cairn-cli storage test`,
// `storage add` and the Add Storage wizard.
//
// run() blocks on the network (S3Client), so it runs in a worker thread (or the CLI's only
// thread), never in the GUI thread. Progress is reported through a callback from that thread.

#include "storage/S3Target.h"
#include "storage/SigningSecret.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cairn {

struct StorageCheckStep final {
    enum class Id { List, Write, Read, Delete, Versioning, ObjectLock, AbortRule };
    // Required steps pass or fail; the last three only inform (Info), and say "unknown" when the
    // storage does not answer them.
    enum class Outcome { Pending, Running, Passed, Failed, Info, Skipped };

    Id id = Id::List;
    Outcome outcome = Outcome::Pending;
    QString title; // "Write a probe object"
    QString detail; // one sentence: what was found, or what failed and what to do
    bool required() const { return id == Id::List || id == Id::Write || id == Id::Read || id == Id::Delete; }
};

struct StorageCheckReport final {
    QList<StorageCheckStep> steps;
    bool cancelled = false;
    std::optional<bool> versioning; // nullopt: the storage did not say
    std::optional<bool> objectLock;
    std::optional<bool> abortRule;
    int abortRuleDays = 0;
    QString probeKey; // the object written and deleted

    // Every required step passed.
    bool passed() const;
    // The first failed step's sentence, else empty.
    QString firstFailure() const;
};

class StorageCheck final {
    Q_DECLARE_TR_FUNCTIONS(cairn::StorageCheck)

public:
    // Called from run()'s thread before a step starts (Running) and after it ends.
    using Progress = std::function<void(int index, const StorageCheckStep &step)>;

    StorageCheck(S3Target target, SigningSecret secret);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setTimeout(int msecs) { m_timeoutMs = msecs; }

    StorageCheckReport run();

    // The steps in order, all Pending, for a view to show before the check starts.
    static QList<StorageCheckStep> plannedSteps();

private:
    S3Target m_target;
    SigningSecret m_secret;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
    int m_timeoutMs = 30000;
};

} // namespace cairn
