#include "SchedAutogroup.h"

#include <QFile>

namespace cairn::test {

namespace {

const QString kPath = QStringLiteral("/proc/sys/kernel/sched_autogroup_enabled");

QString readSetting()
{
    QFile file(kPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).trimmed();
}

bool writeSetting(const QString &value)
{
    QFile file(kPath);
    return file.open(QIODevice::WriteOnly) && file.write(value.toLatin1() + '\n') > 0;
}

} // namespace

SchedAutogroup::SchedAutogroup(bool off) : m_before(readSetting())
{
    if (!off || m_before.isEmpty() || m_before == QLatin1String("0"))
        return;
    if (writeSetting(QStringLiteral("0")))
        m_switched = true;
    else
        m_error = QStringLiteral("could not switch them off (needs root)");
}

SchedAutogroup::~SchedAutogroup()
{
    if (m_switched)
        writeSetting(m_before);
}

QString SchedAutogroup::describe() const
{
    if (m_before.isEmpty())
        return QStringLiteral("scheduler autogroups: not in this kernel");
    const QString now = readSetting();
    QString line = QStringLiteral("scheduler autogroups: %1")
                       .arg(now == QLatin1String("0") ? QStringLiteral("off") : QStringLiteral("on"));
    if (m_switched)
        line += QStringLiteral(" (switched off for this run with --no-autogroup)");
    else if (now != QLatin1String("0"))
        line += QStringLiteral(" (each local SSH session is its own CPU group; --no-autogroup, as root, "
                               "models hosts that are other machines)");
    if (!m_error.isEmpty())
        line += QStringLiteral("; ") + m_error;
    return line;
}

} // namespace cairn::test
