#pragma once
// The Backups page: per client, server and job, the timeline of complete backups (date, size,
// duration, verified, encrypted, warnings). The catalogue is read off the GUI thread when the page
// is first shown, when the client filter changes and after a run stored a new backup.

#include "backup/BackupTimeline.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace cairn {

class BackupTimelineModel;
class Database;
class EmptyState;

class BackupsPage final : public QWidget {
    Q_OBJECT

public:
    explicit BackupsPage(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~BackupsPage() override;

    // Reads now when the page is visible, else when it is next shown.
    void setClientId(qint64 clientId);
    // Marks the timeline out of date (a backup was added or deleted).
    void invalidate();
    void reload();

    bool isLoading() const { return m_watcher.isRunning(); }
    bool isShowingEmptyState() const;
    BackupTimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    // A read finished (the model holds its result).
    void loaded();
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded();

    std::shared_ptr<Database> m_database;
    qint64 m_clientId = 0;
    bool m_stale = true;
    bool m_reloadAgain = false;
    BackupTimelineModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_loading = nullptr;
    QStackedWidget *m_stack = nullptr;
    QFutureWatcher<QList<BackupTimelineEntry>> m_watcher;
};

} // namespace cairn
