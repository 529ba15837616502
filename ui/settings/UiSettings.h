#pragma once
// The desktop's own preferences (window, tray, language, run limit), kept in QSettings until the
// store grows a settings table for them. Every getter has the default a new installation gets.

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace cairn {

class UiSettings final {
public:
    UiSettings() = default;

    static constexpr int defaultRunConcurrency = 4;
    static constexpr int maximumRunConcurrency = 16;

    bool startMinimized() const;
    void setStartMinimized(bool on);

    // Closing the window keeps Cairn running in the tray (only when a tray exists).
    bool closeToTray() const;
    void setCloseToTray(bool on);

    // How many backups may run at once; always within 1..maximumRunConcurrency.
    int runConcurrency() const;
    void setRunConcurrency(int limit);

    // A language code ("en", "de") or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &code);

    bool schedulesPaused() const;
    void setSchedulesPaused(bool paused);

    // Desktop notifications about runs: failures and overdue jobs by default; starts and good
    // scheduled runs only when asked for.
    enum class Notify { RunStarted, RunSucceeded, RunFailed, Overdue };
    bool notifies(Notify what) const;
    void setNotifies(Notify what, bool on);

    // One-time notices: remembered so each is said once.
    bool noTrayNoticeShown() const;
    void setNoTrayNoticeShown(bool shown);
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    qint64 selectedClientId() const;
    void setSelectedClientId(qint64 id);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

private:
    mutable QSettings m_settings;
};

} // namespace cairn
