#pragma once
// What the preflight probe (preflight.sh) found on a host, as a checklist: one line per tool with
// what was found and, for anything missing, one sentence on how to fix it.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace cairn {

struct PreflightCheck {
    enum class Status {
        Ok,
        // Works, but something is degraded (gzip instead of zstd, tar without --acls).
        Warning,
        // A required piece is absent: backups cannot run until it is fixed.
        Missing,
        // Optional, for information (database dump tools, sudo).
        Info,
    };

    // Stable identifier for code and --json: "bash", "tar", "tar-features", "curl", ...
    QString id;
    // Short translated name shown in the checklist.
    QString title;
    Status status = Status::Missing;
    bool required = false;
    // What the host reported, escaped for display ("GNU tar 1.34"); "not installed" when absent.
    QString found;
    // One sentence with the fix; empty when nothing needs doing.
    QString fixHint;
};

class PreflightReport final {
    Q_DECLARE_TR_FUNCTIONS(cairn::PreflightReport)

public:
    // (4 parts in flight + 1 being cut) x 64 MiB, the default part size (see DESIGN.md).
    static constexpr qint64 kDefaultRequiredTempBytes = 5LL * 64 * 1024 * 1024;

    // Parses the probe's output. Unknown keys are ignored; a value counts only the first time.
    static PreflightReport parse(QByteArrayView output, qint64 requiredTempBytes = kDefaultRequiredTempBytes);

    // The probe ran to its end marker (an interrupted probe is never a pass).
    bool isComplete() const { return m_complete; }
    // Complete, and no required check is Missing.
    bool passed() const;
    const QList<PreflightCheck> &checks() const { return m_checks; }
    const PreflightCheck *check(const QString &id) const;

    // Raw reported values, escaped for display: "os_name", "kernel", "user", ...
    QString value(const QString &key) const;
    QString osName() const { return value(QStringLiteral("os_name")); }
    qint64 tempFreeBytes() const { return m_tempFreeBytes; }

private:
    void build(qint64 requiredTempBytes);
    QString installHint(const QString &packageName) const;

    bool m_complete = false;
    bool m_bashMissing = false;
    qint64 m_tempFreeBytes = -1;
    QHash<QString, QByteArray> m_values;
    QList<PreflightCheck> m_checks;
};

} // namespace cairn
