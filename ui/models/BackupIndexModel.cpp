#include "models/BackupIndexModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace cairn {

BackupIndexModel::BackupIndexModel(QObject *parent) : QAbstractItemModel(parent) { }

void BackupIndexModel::setIndex(std::shared_ptr<const BackupIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_names.clear();
    m_state.clear();
    m_shown.clear();
    m_visible.clear();
    m_row.clear();
    m_filter.clear();
    m_matches = 0;
    if (m_index) {
        const auto &nodes = m_index->nodes();
        m_names.reserve(nodes.size());
        for (const BackupIndex::Node &node : nodes)
            m_names.push_back(BackupIndex::displayName(node.name));
        m_state.assign(nodes.size(), quint8(Qt::Unchecked));
        m_row.assign(nodes.size(), 0);
        for (const BackupIndex::Node &node : nodes) {
            for (size_t i = 0; i < node.children.size(); ++i)
                m_row[size_t(node.children[i])] = int(i);
        }
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

void BackupIndexModel::setFilter(const QString &text)
{
    if (!m_index || text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    m_matches = 0;
    const auto &nodes = m_index->nodes();
    m_shown.clear();
    m_visible.clear();
    if (!text.isEmpty()) {
        std::vector<char> &visible = m_visible;
        visible.assign(nodes.size(), 0);
        visible[0] = 1;
        for (size_t n = 1; n < nodes.size(); ++n) {
            if (!m_names[n].contains(text, Qt::CaseInsensitive))
                continue;
            ++m_matches;
            for (int up = int(n); up >= 0 && !visible[size_t(up)]; up = nodes[size_t(up)].parent)
                visible[size_t(up)] = 1;
        }
        m_shown.resize(nodes.size());
        for (size_t n = 0; n < nodes.size(); ++n) {
            if (!visible[n])
                continue;
            for (const int child : nodes[n].children) {
                if (visible[size_t(child)]) {
                    m_row[size_t(child)] = int(m_shown[n].size());
                    m_shown[n].push_back(child);
                }
            }
        }
    } else {
        for (const BackupIndex::Node &node : nodes) {
            for (size_t i = 0; i < node.children.size(); ++i)
                m_row[size_t(node.children[i])] = int(i);
        }
    }
    endResetModel();
}

const std::vector<int> &BackupIndexModel::shownChildren(int node) const
{
    return m_shown.empty() ? m_index->nodes()[size_t(node)].children : m_shown[size_t(node)];
}

int BackupIndexModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex BackupIndexModel::indexForNode(int node, int column) const
{
    if (node <= 0 || (!m_visible.empty() && !m_visible[size_t(node)]))
        return {};
    return createIndex(m_row[size_t(node)], column, quintptr(node));
}

QModelIndex BackupIndexModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_index || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> &children = shownChildren(nodeOf(parent));
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex BackupIndexModel::parent(const QModelIndex &child) const
{
    if (!m_index || !child.isValid())
        return {};
    return indexForNode(m_index->nodes()[size_t(nodeOf(child))].parent);
}

int BackupIndexModel::rowCount(const QModelIndex &parent) const
{
    if (!m_index || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(shownChildren(nodeOf(parent)).size());
}

int BackupIndexModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool BackupIndexModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant BackupIndexModel::data(const QModelIndex &index, int role) const
{
    if (!m_index || !index.isValid())
        return {};
    const int node = nodeOf(index);
    const BackupIndex::Node &n = m_index->nodes()[size_t(node)];
    const BackupIndexEntry *entry = n.entry >= 0 ? &m_index->entries()[n.entry] : nullptr;
    const bool folder = m_index->isFolder(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (entry && entry->type == BackupIndexEntry::Type::Symlink)
                return tr("%1 → %2").arg(m_names[size_t(node)], BackupIndex::displayName(entry->linkTarget));
            return m_names[size_t(node)];
        case SizeColumn:
            return entry && !folder ? QLocale().formattedDataSize(entry->size) : QString();
        case ModifiedColumn:
            return entry && entry->mtime.isValid() ? entry->mtime.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                   : QString();
        }
        return {};
    case Qt::CheckStateRole:
        return index.column() == NameColumn ? QVariant(int(m_state[size_t(node)])) : QVariant();
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return QApplication::style()->standardIcon(folder
                ? QStyle::SP_DirIcon
                : (entry && entry->type == BackupIndexEntry::Type::Symlink ? QStyle::SP_FileLinkIcon
                                                                           : QStyle::SP_FileIcon));
    case Qt::ToolTipRole: {
        QString tip = QLatin1Char('/') + BackupIndex::displayName(m_index->pathOf(node));
        if (entry) {
            tip += QLatin1Char('\n')
                + tr("owner %1, permissions %2").arg(entry->owner, QString::number(entry->mode, 8));
            if (!entry->linkTarget.isEmpty())
                tip += QLatin1Char('\n') + tr("links to %1").arg(BackupIndex::displayName(entry->linkTarget));
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PathRole:
        return m_index->pathOf(node);
    default:
        return {};
    }
}

Qt::ItemFlags BackupIndexModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BackupIndexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

bool BackupIndexModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_index || !index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const int node = nodeOf(index);
    const auto state = static_cast<Qt::CheckState>(value.toInt());
    setNodeState(node, state == Qt::Unchecked ? quint8(Qt::Unchecked) : quint8(Qt::Checked));
    Q_EMIT checkedChanged();
    return true;
}

void BackupIndexModel::setChecked(const QByteArray &path, bool checked)
{
    if (!m_index)
        return;
    const int node = m_index->find(path);
    if (node <= 0)
        return;
    setNodeState(node, checked ? quint8(Qt::Checked) : quint8(Qt::Unchecked));
    Q_EMIT checkedChanged();
}

QModelIndex BackupIndexModel::indexOf(const QByteArray &path) const
{
    return m_index ? indexForNode(m_index->find(path)) : QModelIndex();
}

// A folder's state goes to everything under it (hidden by the filter or not: a checked folder is
// the whole folder); then its parents become checked, partly checked or unchecked.
void BackupIndexModel::setNodeState(int node, quint8 state)
{
    const auto &nodes = m_index->nodes();
    std::vector<int> stack { node };
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        m_state[size_t(n)] = state;
        for (const int child : nodes[size_t(n)].children)
            stack.push_back(child);
    }
    emitSubtreeChanged(node);
    refreshAncestors(node);
}

void BackupIndexModel::refreshAncestors(int node)
{
    const auto &nodes = m_index->nodes();
    for (int up = nodes[size_t(node)].parent; up > 0; up = nodes[size_t(up)].parent) {
        bool all = true, none = true;
        for (const int child : nodes[size_t(up)].children) {
            const quint8 s = m_state[size_t(child)];
            all = all && s == Qt::Checked;
            none = none && s == Qt::Unchecked;
        }
        const quint8 state = all ? quint8(Qt::Checked)
            : none               ? quint8(Qt::Unchecked)
                                 : quint8(Qt::PartiallyChecked);
        if (m_state[size_t(up)] == state)
            break;
        m_state[size_t(up)] = state;
        if (const QModelIndex idx = indexForNode(up); idx.isValid())
            Q_EMIT dataChanged(idx, idx, { Qt::CheckStateRole });
    }
}

// One signal per folder whose rows are shown, not one per entry.
void BackupIndexModel::emitSubtreeChanged(int node)
{
    const QModelIndex idx = indexForNode(node);
    if (!idx.isValid())
        return; // hidden by the filter: neither it nor anything under it is shown
    Q_EMIT dataChanged(idx, idx, { Qt::CheckStateRole });
    std::vector<int> stack { node };
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        const std::vector<int> &children = shownChildren(n);
        if (children.empty())
            continue;
        const QModelIndex parent = indexForNode(n);
        Q_EMIT dataChanged(index(0, NameColumn, parent), index(int(children.size()) - 1, NameColumn, parent),
            { Qt::CheckStateRole });
        for (const int child : children) {
            if (!shownChildren(child).empty())
                stack.push_back(child);
        }
    }
}

QList<QByteArray> BackupIndexModel::checkedMembers() const
{
    QList<QByteArray> members;
    if (!m_index)
        return members;
    std::vector<int> stack(m_index->nodes()[0].children.rbegin(), m_index->nodes()[0].children.rend());
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        const quint8 s = m_state[size_t(n)];
        if (s == Qt::Checked) {
            members << m_index->pathOf(n);
        } else if (s == Qt::PartiallyChecked) {
            const auto &children = m_index->nodes()[size_t(n)].children;
            stack.insert(stack.end(), children.rbegin(), children.rend());
        }
    }
    return members;
}

bool BackupIndexModel::hasChecked() const
{
    if (!m_index)
        return false;
    for (const int child : m_index->nodes()[0].children) {
        if (m_state[size_t(child)] != Qt::Unchecked)
            return true;
    }
    return false;
}

bool BackupIndexModel::allChecked() const
{
    if (!m_index || m_index->nodes()[0].children.empty())
        return false;
    for (const int child : m_index->nodes()[0].children) {
        if (m_state[size_t(child)] != Qt::Checked)
            return false;
    }
    return true;
}

} // namespace cairn
