#pragma once
// Run history, newest first, read in pages (canFetchMore/fetchMore) so a history of 100,000 runs
// never loads at once: the first page on reload(), the next when the view scrolls to the end.

#include "models/StoreTableModel.h"
#include "store/Records.h"

#include <QList>
#include <QSet>

namespace cairn {

class RunTableModel final : public StoreTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        JobColumn,
        KindColumn,
        StartedColumn,
        DurationColumn,
        StoredColumn,
        ClientColumn,
        MessageColumn,
        ColumnCount
    };

    static constexpr int defaultPageSize = 200;

    explicit RunTableModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Never holds more than this many rows (0: no limit); the dashboard shows only the latest few.
    void setMaximumRows(int rows);

    void reload() override;
    int clientColumn() const override { return ClientColumn; }
    Run runAt(int row) const { return m_runs.at(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    int recordCount() const override { return int(m_runs.size()); }

private:
    QList<Run> readPage(int limit, StoreError *error) const;
    int firstPageSize() const;
    // Books a page read from the store; returns the runs not already shown.
    QList<Run> takePage(const QList<Run> &page, int limit);

    QList<Run> m_runs;
    QSet<qint64> m_ids; // runs recorded while paging shift later pages; ids keep a run from appearing twice
    int m_offset = 0; // rows read from the store so far, duplicates included
    int m_pageSize = defaultPageSize;
    int m_maximumRows = 0;
    bool m_exhausted = false;
};

} // namespace cairn
