#include "settings/UiSettings.h"

#include <algorithm>

namespace cairn {

namespace {
const QString startMinimizedKey = QStringLiteral("window/startMinimized");
const QString closeToTrayKey = QStringLiteral("window/closeToTray");
const QString geometryKey = QStringLiteral("window/geometry");
const QString selectedClientKey = QStringLiteral("window/selectedClient");
const QString concurrencyKey = QStringLiteral("runs/concurrencyLimit");
const QString languageKey = QStringLiteral("general/language");
const QString pausedKey = QStringLiteral("schedules/paused");
const QString noTrayKey = QStringLiteral("notices/noTrayShown");
const QString trayHintKey = QStringLiteral("notices/trayHintShown");
} // namespace

bool UiSettings::startMinimized() const
{
    return m_settings.value(startMinimizedKey, false).toBool();
}

void UiSettings::setStartMinimized(bool on)
{
    m_settings.setValue(startMinimizedKey, on);
}

bool UiSettings::closeToTray() const
{
    return m_settings.value(closeToTrayKey, true).toBool();
}

void UiSettings::setCloseToTray(bool on)
{
    m_settings.setValue(closeToTrayKey, on);
}

int UiSettings::runConcurrency() const
{
    bool ok = false;
    const int value = m_settings.value(concurrencyKey, defaultRunConcurrency).toInt(&ok);
    return ok ? std::clamp(value, 1, maximumRunConcurrency) : defaultRunConcurrency;
}

void UiSettings::setRunConcurrency(int limit)
{
    m_settings.setValue(concurrencyKey, std::clamp(limit, 1, maximumRunConcurrency));
}

QString UiSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(languageKey);
    else
        m_settings.setValue(languageKey, code);
}

bool UiSettings::schedulesPaused() const
{
    return m_settings.value(pausedKey, false).toBool();
}

void UiSettings::setSchedulesPaused(bool paused)
{
    m_settings.setValue(pausedKey, paused);
}

namespace {

QString notifyKey(UiSettings::Notify what)
{
    switch (what) {
    case UiSettings::Notify::RunStarted:
        return QStringLiteral("notifications/runStarted");
    case UiSettings::Notify::RunSucceeded:
        return QStringLiteral("notifications/runSucceeded");
    case UiSettings::Notify::RunFailed:
        return QStringLiteral("notifications/runFailed");
    case UiSettings::Notify::Overdue:
        return QStringLiteral("notifications/overdue");
    }
    return {};
}

} // namespace

bool UiSettings::notifies(Notify what) const
{
    const bool fallback = what == Notify::RunFailed || what == Notify::Overdue;
    return m_settings.value(notifyKey(what), fallback).toBool();
}

void UiSettings::setNotifies(Notify what, bool on)
{
    m_settings.setValue(notifyKey(what), on);
}

bool UiSettings::noTrayNoticeShown() const
{
    return m_settings.value(noTrayKey, false).toBool();
}

void UiSettings::setNoTrayNoticeShown(bool shown)
{
    m_settings.setValue(noTrayKey, shown);
}

bool UiSettings::trayHintShown() const
{
    return m_settings.value(trayHintKey, false).toBool();
}

void UiSettings::setTrayHintShown(bool shown)
{
    m_settings.setValue(trayHintKey, shown);
}

qint64 UiSettings::selectedClientId() const
{
    return m_settings.value(selectedClientKey, 0).toLongLong();
}

void UiSettings::setSelectedClientId(qint64 id)
{
    m_settings.setValue(selectedClientKey, id);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

} // namespace cairn
