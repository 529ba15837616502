#pragma once
// Shared by the restore tests: prepare a restore the way the app does (RestoreRequestLoader reads
// the secrets from the test keychain) and run it through RunManager to its end.

#include "BackupTestBed.h"

#include "restore/RestoreRequest.h"
#include "restore/RestoreResult.h"

#include <functional>

namespace cairn {
class RunManager;
}

namespace cairn::test {

struct RestoreOutcome {
    bool ok = false;
    RestoreResult result;
    QStringList log;
    QString describe() const;
};

// serverId 0: the server the backup came from. An empty request (backup.id 0) when loading failed;
// the reason is logged.
RestoreRequest loadRestore(BackupTestBed &bed, qint64 backupId, qint64 serverId, RestoreRequest::Mode mode);
// started is called in the test's thread when the restore starts (to cancel it, for example).
RestoreOutcome runRestore(BackupTestBed &bed, RestoreRequest request,
    const std::function<void(RunManager &, qint64)> &started = {});

} // namespace cairn::test
