#pragma once
// A files backup's index: what the archive holds, one entry per tar member, parsed from the
// listing backup.sh stores beside the archive (the creating tar's own `-vv --full-time` output,
// LC_ALL=C, tar's default "escape" quoting). Names are kept as the raw bytes tar stored, so names
// with newlines, non-UTF-8 bytes or leading dashes survive; displayName() makes them readable.
// The entries also form a tree (folders the listing never names, like the parents of a backed-up
// path, are added as implicit folders) that a view can walk without building anything itself.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace cairn {

struct BackupIndexEntry final {
    enum class Type : quint8 {
        File,
        Directory,
        Symlink,
        HardLink,
        CharDevice,
        BlockDevice,
        Fifo,
        Socket,
        Other
    };

    // The member name as tar stores it: no leading '/', no trailing '/', raw bytes.
    QByteArray path;
    // Symlinks: where the link points; hard links: the member it is a link to.
    QByteArray linkTarget;
    qint64 size = 0;
    quint16 mode = 0; // permission bits with setuid/setgid/sticky (07777)
    Type type = Type::File;
    QString owner; // "uid/gid" (backups use --numeric-owner) or "user/group"
    // Wall-clock time as the host printed it (the host's time zone; tar lists local time).
    QDateTime mtime;
};

class BackupIndex final {
    Q_DECLARE_TR_FUNCTIONS(cairn::BackupIndex)

public:
    // One node per path component; node 0 is the archive's root (no entry, empty name).
    struct Node {
        QByteArray name; // the last path component
        int parent = -1;
        int entry = -1; // index into entries(), -1 for an implicit folder
        std::vector<int> children; // sorted: folders first, then by name
    };

    // Parses a listing; lines it cannot read are counted in skippedLines(), never fatal.
    static BackupIndex parse(QByteArrayView listing);
    // tar's "escape" quoting undone: \n, \t, \\, \ooo, ...
    static QByteArray unescape(QByteArrayView quoted);
    // A name for people: UTF-8 as it is, anything else (and control characters) as \ooo escapes.
    static QString displayName(QByteArrayView bytes);

    const QList<BackupIndexEntry> &entries() const { return m_entries; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    int skippedLines() const { return m_skipped; }
    qint64 totalSize() const { return m_totalSize; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The full member name of a node (path components joined by '/').
    QByteArray pathOf(int node) const;
    bool isFolder(int node) const;
    // The node for a member name; -1 when the index does not hold it.
    int find(QByteArrayView path) const;

private:
    void buildTree();

    QList<BackupIndexEntry> m_entries;
    std::vector<Node> m_nodes;
    int m_skipped = 0;
    qint64 m_totalSize = 0;
};

} // namespace cairn
