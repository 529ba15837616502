#include "RestoreTestRun.h"

#include "backup/RunManager.h"
#include "restore/RestoreRequestLoader.h"
#include "store/RestoreRepository.h"

#include <QSignalSpy>

namespace cairn::test {

QString RestoreOutcome::describe() const
{
    return result.message + QLatin1Char('\n') + result.detail + QLatin1Char('\n')
        + log.join(QLatin1Char('\n'));
}

RestoreRequest loadRestore(BackupTestBed &bed, qint64 backupId, qint64 serverId, RestoreRequest::Mode mode)
{
    RestoreRequestLoader loader(bed.database(), &bed.secrets());
    QSignalSpy loaded(&loader, &RestoreRequestLoader::finished);
    loader.start(backupId, serverId, mode);
    if (!loader.isFinished())
        loaded.wait(30000);
    if (!loader.ok())
        qWarning("the restore request did not load: %s", qPrintable(loader.errorString()));
    return loader.takeRequest();
}

RestoreOutcome runRestore(
    BackupTestBed &bed, RestoreRequest request, const std::function<void(RunManager &, qint64)> &started)
{
    RestoreOutcome out;
    RunManager manager(bed.database());
    QObject context;
    QObject::connect(&manager, &RunManager::restoreStarted, &context, [&](qint64 id) {
        if (started)
            started(manager, id);
    });
    QObject::connect(
        &manager, &RunManager::restoreLog, &context, [&](qint64, const QString &line) { out.log << line; });
    QSignalSpy finished(&manager, &RunManager::restoreFinished);
    QString error;
    const qint64 id = manager.enqueueRestore(std::move(request), &error);
    if (!id) {
        out.result.message = error;
        return out;
    }
    if (finished.isEmpty())
        finished.wait(600000);
    if (finished.isEmpty()) {
        out.result.message = QStringLiteral("the restore did not finish in time");
        return out;
    }
    out.result = finished.first().at(1).value<RestoreResult>();
    out.ok = out.result.succeeded();
    const auto row = RestoreRepository(bed.database()).find(id);
    if (!row || row->status != out.result.statusName()) {
        out.ok = false;
        out.log << QStringLiteral("the restores row does not match the result");
    }
    return out;
}

} // namespace cairn::test
