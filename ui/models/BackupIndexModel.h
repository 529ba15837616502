#pragma once
// A backup's file index as a tree with checkboxes, for choosing what to restore. Works on the
// BackupIndex the loader built on its worker thread: nothing is made per row, so 100k entries cost
// nothing until a view asks for the rows it shows. A checked folder means the whole folder (one tar
// member); a folder with some checked entries shows as partly checked. The filter shows the entries
// whose name contains the text, with the folders leading to them.

#include "restore/BackupIndex.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace cairn {

class BackupIndexModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QByteArray: the member name as the archive stores it
    };

    explicit BackupIndexModel(QObject *parent = nullptr);

    void setIndex(std::shared_ptr<const BackupIndex> index);
    std::shared_ptr<const BackupIndex> backupIndex() const { return m_index; }

    // Case-insensitive text in entry names; empty shows everything. Check states are kept.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // Entries whose name matched the filter (0 without one).
    int matchCount() const { return m_matches; }

    // The fewest members that restore exactly what is checked (a fully checked folder is one).
    QList<QByteArray> checkedMembers() const;
    bool hasChecked() const;
    // Every entry of the archive is checked.
    bool allChecked() const;
    void setChecked(const QByteArray &path, bool checked);
    QModelIndex indexOf(const QByteArray &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    const std::vector<int> &shownChildren(int node) const;
    int rowOf(int node) const;
    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexForNode(int node, int column = 0) const;
    void setNodeState(int node, quint8 state);
    void refreshAncestors(int node);
    void emitSubtreeChanged(int node);

    std::shared_ptr<const BackupIndex> m_index;
    std::vector<QString> m_names; // display names, made once
    std::vector<quint8> m_state; // Qt::CheckState per node
    // With a filter: each node's shown children; without one the index's own lists are used.
    std::vector<std::vector<int>> m_shown;
    std::vector<char> m_visible; // with a filter: whether a node is shown
    std::vector<int> m_row; // a node's row among the children shown for its parent
    QString m_filter;
    int m_matches = 0;
};

} // namespace cairn
