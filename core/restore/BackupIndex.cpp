#include "restore/BackupIndex.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cairn {

namespace {

bool isSpace(char c)
{
    return c == ' ';
}

// The next run of non-space bytes from *pos, skipping leading spaces; empty at the end.
QByteArrayView token(QByteArrayView line, qsizetype *pos)
{
    while (*pos < line.size() && isSpace(line[*pos]))
        ++*pos;
    const qsizetype start = *pos;
    while (*pos < line.size() && !isSpace(line[*pos]))
        ++*pos;
    return line.sliced(start, *pos - start);
}

BackupIndexEntry::Type typeOf(char c)
{
    using Type = BackupIndexEntry::Type;
    switch (c) {
    case '-':
        return Type::File;
    case 'd':
        return Type::Directory;
    case 'l':
        return Type::Symlink;
    case 'h':
        return Type::HardLink;
    case 'c':
        return Type::CharDevice;
    case 'b':
        return Type::BlockDevice;
    case 'p':
        return Type::Fifo;
    case 's':
        return Type::Socket;
    default:
        return Type::Other;
    }
}

// "rwsr-x--T" -> 04750 (+ sticky): the nine permission letters as tar prints them.
quint16 modeOf(QByteArrayView letters)
{
    quint16 mode = 0;
    for (int i = 0; i < 9; ++i) {
        const char c = letters[i];
        const int shift = 8 - i;
        if (c != '-' && c != 'S' && c != 'T')
            mode |= quint16(1u << shift);
    }
    const char user = letters[2], group = letters[5], other = letters[8];
    if (user == 's' || user == 'S')
        mode |= 04000;
    if (group == 's' || group == 'S')
        mode |= 02000;
    if (other == 't' || other == 'T')
        mode |= 01000;
    return mode;
}

QDateTime timeOf(QByteArrayView date, QByteArrayView time)
{
    const QDate day = QDate::fromString(QString::fromLatin1(date), QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid() || time.size() < 8 || time[2] != ':' || time[5] != ':')
        return {};
    bool okH = false, okM = false, okS = false;
    const int h = time.sliced(0, 2).toInt(&okH);
    const int m = time.sliced(3, 2).toInt(&okM);
    const int s = time.sliced(6, 2).toInt(&okS);
    int ms = 0;
    if (time.size() > 9 && time[8] == '.') {
        const QByteArrayView fraction = time.sliced(9, std::min<qsizetype>(3, time.size() - 9));
        ms = fraction.toInt();
        for (qsizetype i = fraction.size(); i < 3; ++i)
            ms *= 10;
    }
    const QTime clock(h, m, s, ms);
    if (!okH || !okM || !okS || !clock.isValid())
        return {};
    return QDateTime(day, clock, Qt::UTC);
}

// tar stores members without the leading '/' (and says so on stderr); the listing keeps it.
QByteArray stripped(QByteArray path)
{
    qsizetype lead = 0;
    while (lead < path.size() && path[lead] == '/')
        ++lead;
    path.remove(0, lead);
    while (path.endsWith('/'))
        path.chop(1);
    return path;
}

// tar's listing pads the time stamp to the widest one printed so far (starting at the width of
// "YYYY-MM-DD HH:MM"), then one space, then the name. Following that rule exactly is what lets a
// name that begins with spaces keep them.
struct LineReader {
    qsizetype dateWidth = 16;
    // Member names seen so far: a hard link's target is always an earlier member, which tells
    // "a link to b link to c" apart.
    QSet<QByteArray> seen;

    bool read(QByteArrayView line, BackupIndexEntry *e)
    {
        qsizetype pos = 0;
        const QByteArrayView mode = token(line, &pos);
        if (mode.size() < 10 || mode.size() > 11 || pos == 0 || mode.data() != line.data())
            return false;
        const QByteArrayView owner = token(line, &pos);
        const QByteArrayView size = token(line, &pos);
        while (pos < line.size() && isSpace(line[pos]))
            ++pos;
        const qsizetype dateStart = pos;
        const QByteArrayView date = token(line, &pos);
        if (pos >= line.size() || line[pos] != ' ')
            return false;
        ++pos;
        const qsizetype timeStart = pos;
        while (pos < line.size() && !isSpace(line[pos]))
            ++pos;
        const QByteArrayView time = line.sliced(timeStart, pos - timeStart);
        if (owner.isEmpty() || size.isEmpty() || date.size() != 10 || time.isEmpty())
            return false;
        dateWidth = std::max(dateWidth, pos - dateStart);
        qsizetype nameStart = dateStart + dateWidth + 1;
        bool padded = nameStart <= line.size();
        for (qsizetype i = pos; padded && i < nameStart; ++i)
            padded = isSpace(line[i]);
        if (!padded) { // not the layout expected: take the name after the spaces
            nameStart = pos;
            while (nameStart < line.size() && isSpace(line[nameStart]))
                ++nameStart;
        }
        QByteArrayView name = line.sliced(nameStart);
        if (name.isEmpty())
            return false;

        e->type = typeOf(mode[0]);
        e->mode = modeOf(mode.sliced(1, 9));
        e->owner = QString::fromUtf8(owner);
        e->mtime = timeOf(date, time);
        e->size = 0;
        if (!size.contains(',')) { // devices show "major,minor"
            bool ok = false;
            e->size = size.toLongLong(&ok);
            if (!ok || e->size < 0)
                return false;
        }
        // A link's target follows a separator tar does not escape; the first one is taken.
        QByteArrayView separator;
        if (e->type == BackupIndexEntry::Type::Symlink)
            separator = " -> ";
        else if (e->type == BackupIndexEntry::Type::HardLink)
            separator = " link to ";
        e->linkTarget.clear();
        if (!separator.isEmpty()) {
            qsizetype at = name.indexOf(separator);
            if (e->type == BackupIndexEntry::Type::HardLink) {
                for (qsizetype next = at; next > 0; next = name.indexOf(separator, next + 1)) {
                    if (seen.contains(
                            stripped(BackupIndex::unescape(name.sliced(next + separator.size()))))) {
                        at = next;
                        break;
                    }
                }
            }
            if (at > 0) {
                e->linkTarget = BackupIndex::unescape(name.sliced(at + separator.size()));
                name = name.first(at);
            }
        }
        QByteArray path = stripped(BackupIndex::unescape(name));
        if (path.isEmpty())
            return false;
        seen.insert(path);
        e->path = std::move(path);
        return true;
    }
};

} // namespace

QByteArray BackupIndex::unescape(QByteArrayView quoted)
{
    QByteArray out;
    out.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const char c = quoted[i];
        if (c != '\\' || i + 1 == quoted.size()) {
            out.append(c);
            continue;
        }
        const char n = quoted[++i];
        if (n >= '0' && n <= '7') {
            int value = 0;
            int digits = 0;
            while (digits < 3 && i < quoted.size() && quoted[i] >= '0' && quoted[i] <= '7') {
                value = value * 8 + (quoted[i] - '0');
                ++i;
                ++digits;
            }
            --i;
            out.append(char(value & 0xff));
            continue;
        }
        switch (n) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'v':
            out.append('\v');
            break;
        case 'a':
            out.append('\a');
            break;
        case 'b':
            out.append('\b');
            break;
        default: // "\\", "\?" and anything else tar may quote: the character itself
            out.append(n);
            break;
        }
    }
    return out;
}

QString BackupIndex::displayName(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const bool valid = !text.contains(QChar::ReplacementCharacter) || bytes.contains("\xEF\xBF\xBD");
    QString out;
    out.reserve(bytes.size() + 8);
    auto octal = [&out](unsigned char byte) {
        out += QLatin1Char('\\') + QString::number(byte, 8).rightJustified(3, QLatin1Char('0'));
    };
    if (!valid) {
        for (const char c : bytes) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte < 0x7f && byte != '\\')
                out += QLatin1Char(c);
            else
                octal(byte);
        }
        return out;
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            octal(static_cast<unsigned char>(c.unicode()));
        else
            out += c;
    }
    return out;
}

BackupIndex BackupIndex::parse(QByteArrayView listing)
{
    BackupIndex index;
    LineReader reader;
    qsizetype start = 0;
    while (start < listing.size()) {
        qsizetype end = listing.indexOf('\n', start);
        if (end < 0)
            end = listing.size();
        const QByteArrayView line = listing.sliced(start, end - start);
        start = end + 1;
        if (line.isEmpty())
            continue;
        // -vv adds detail lines (xattrs, ACLs) indented under an entry: not entries themselves.
        if (isSpace(line[0]))
            continue;
        BackupIndexEntry entry;
        if (!reader.read(line, &entry)) {
            ++index.m_skipped;
            continue;
        }
        if (entry.type == BackupIndexEntry::Type::File)
            index.m_totalSize += entry.size;
        index.m_entries.append(std::move(entry));
    }
    index.buildTree();
    return index;
}

void BackupIndex::buildTree()
{
    m_nodes.clear();
    m_nodes.reserve(size_t(m_entries.size()) + 16);
    m_nodes.push_back(Node {});
    QHash<QByteArray, int> byPath;
    byPath.reserve(m_entries.size() + 16);
    for (int e = 0; e < m_entries.size(); ++e) {
        const QByteArray &path = m_entries[e].path;
        int parent = 0;
        qsizetype start = 0;
        while (start <= path.size()) {
            qsizetype slash = path.indexOf('/', start);
            if (slash < 0)
                slash = path.size();
            if (slash > start) { // "a//b" has an empty component: skip it
                const QByteArray prefix = path.first(slash);
                auto it = byPath.constFind(prefix);
                int node;
                if (it == byPath.cend()) {
                    node = int(m_nodes.size());
                    Node n;
                    n.name = path.sliced(start, slash - start);
                    n.parent = parent;
                    m_nodes.push_back(std::move(n));
                    m_nodes[size_t(parent)].children.push_back(node);
                    byPath.insert(prefix, node);
                } else {
                    node = *it;
                }
                parent = node;
            }
            start = slash + 1;
        }
        if (parent > 0)
            m_nodes[size_t(parent)].entry = e; // listed twice: the later entry wins, as tar -x does
    }
    for (Node &node : m_nodes) {
        std::sort(node.children.begin(), node.children.end(), [this](int a, int b) {
            const bool fa = isFolder(a), fb = isFolder(b);
            if (fa != fb)
                return fa;
            return m_nodes[size_t(a)].name < m_nodes[size_t(b)].name;
        });
    }
}

bool BackupIndex::isFolder(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    return n.entry < 0 || !n.children.empty() || m_entries[n.entry].type == BackupIndexEntry::Type::Directory;
}

QByteArray BackupIndex::pathOf(int node) const
{
    QList<const QByteArray *> parts;
    for (int n = node; n > 0; n = m_nodes[size_t(n)].parent)
        parts.prepend(&m_nodes[size_t(n)].name);
    QByteArray path;
    for (const QByteArray *part : parts) {
        if (!path.isEmpty())
            path.append('/');
        path.append(*part);
    }
    return path;
}

int BackupIndex::find(QByteArrayView path) const
{
    if (m_nodes.empty())
        return -1;
    int node = 0;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype slash = path.indexOf('/', start);
        if (slash < 0)
            slash = path.size();
        if (slash > start) {
            const QByteArrayView part = path.sliced(start, slash - start);
            int next = -1;
            for (const int child : m_nodes[size_t(node)].children) {
                if (m_nodes[size_t(child)].name == part) {
                    next = child;
                    break;
                }
            }
            if (next < 0)
                return -1;
            node = next;
        }
        start = slash + 1;
    }
    return node == 0 ? -1 : node;
}

} // namespace cairn
