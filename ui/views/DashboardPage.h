#pragma once
// The first page: how much the selected client (or every client) has, how the latest backups went,
// and the last few runs. It reads only that much, so the window opens fast on a large history.

#include "schedule/JobHealth.h"

#include <QMap>
#include <QWidget>
#include <memory>

class QGridLayout;
class QLabel;
class QStackedWidget;

namespace cairn {

class ClientListModel;
class Database;
class EmptyState;
class RecentRunsList;
class RunTableModel;

class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    static constexpr int recentRunCount = 8;

    // clients: the selector's model (all clients), whose counts the cards show.
    DashboardPage(
        std::shared_ptr<Database> database, const ClientListModel *clients, QWidget *parent = nullptr);

    // Filters to one client (0: all). Reads now when the page is visible, else when it is next shown.
    void setClientId(qint64 clientId);
    void reload();
    // The latest result of every job takes one index seek per job (a few ms on 2,000 jobs): it is
    // read only once this is called, which the window does right after its first frame.
    void allowSlowReads();
    bool isShowingEmptyState() const;
    // The latest result per job as last read: status -> jobs ("" for jobs never run).
    QMap<QString, int> latestResults() const { return m_latest; }
    RunTableModel *recentRuns() const { return m_runs; }
    RecentRunsList *recentRunsList() const { return m_recentView; }
    // The overdue watchdog's verdict: one row per job (of the selected client) with its state in a
    // word, the age of its last good backup against its target, and the reason as a tooltip.
    void setHealthReport(const WatchdogReport &report);
    QWidget *jobHealthList() const { return m_jobHealth; }

Q_SIGNALS:
    void showActivityRequested();
    // The latest result per job was read for clientId (0: every client).
    void latestResultsRead(qint64 clientId, const QMap<QString, int> &latest);
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *addCard(QGridLayout *grid, int column, const QString &caption, const QString &objectName);
    void reloadHealth();
    void updateHealth();
    void updateJobHealth();

    std::shared_ptr<Database> m_database;
    const ClientListModel *m_clients = nullptr;
    RunTableModel *m_runs = nullptr;
    qint64 m_clientId = 0;
    bool m_stale = true;
    bool m_slowReadsAllowed = false;
    bool m_healthStale = true;
    QMap<QString, int> m_latest;

    QLabel *m_subtitle = nullptr;
    QLabel *m_clientCount = nullptr;
    QWidget *m_clientCard = nullptr;
    QLabel *m_serverCount = nullptr;
    QLabel *m_storageCount = nullptr;
    QLabel *m_jobCount = nullptr;
    QLabel *m_healthIcon = nullptr;
    QLabel *m_healthText = nullptr;
    QStackedWidget *m_recentStack = nullptr;
    RecentRunsList *m_recentView = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_jobHealth = nullptr;
    WatchdogReport m_report;
    bool m_haveReport = false;
};

} // namespace cairn
