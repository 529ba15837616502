#include "dialogs/SettingsDialog.h"

#include "security/AuditLog.h"
#include "security/LockSession.h"
#include "security/SecurityPage.h"
#include "settings/Autostart.h"
#include "settings/UiSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

SettingsDialog::SettingsDialog(bool trayAvailable, QWidget *parent, LockSession *lockSession)
    : QDialog(parent), m_lockSession(lockSession)
{
    setWindowTitle(tr("Settings"));
    const UiSettings settings;
    auto *layout = new QVBoxLayout(this);
    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_startMinimized = new QCheckBox(tr("Start &minimised"), this);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_startMinimized->setChecked(settings.startMinimized());
    form->addRow(tr("Window:"), m_startMinimized);

    m_closeToTray = new QCheckBox(tr("&Keep running in the tray when the window is closed"), this);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(settings.closeToTray());
    if (!trayAvailable)
        m_closeToTray->setToolTip(tr("This desktop has no system tray, so closing the window quits Cairn."));
    form->addRow(QString(), m_closeToTray);

    m_autostart = new QCheckBox(tr("Start Cairn when I &log in (in the tray)"), this);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_autostart->setChecked(Autostart::isEnabled());
    m_autostart->setToolTip(tr("Scheduled backups run only while Cairn runs."));
    form->addRow(QString(), m_autostart);

    const auto notifyBox = [this, &settings](const QString &text, const char *name, UiSettings::Notify what) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QLatin1String(name));
        box->setChecked(settings.notifies(what));
        return box;
    };
    m_notifyFailed = notifyBox(tr("A backup &fails"), "notifyFailed", UiSettings::Notify::RunFailed);
    m_notifyOverdue = notifyBox(tr("A job is &overdue"), "notifyOverdue", UiSettings::Notify::Overdue);
    m_notifyStarted
        = notifyBox(tr("A scheduled backup &starts"), "notifyStarted", UiSettings::Notify::RunStarted);
    m_notifySucceeded = notifyBox(
        tr("A scheduled backup &finishes well"), "notifySucceeded", UiSettings::Notify::RunSucceeded);
    form->addRow(tr("Notify me when:"), m_notifyFailed);
    form->addRow(QString(), m_notifyOverdue);
    form->addRow(QString(), m_notifyStarted);
    form->addRow(QString(), m_notifySucceeded);

    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("runConcurrency"));
    m_concurrency->setRange(1, UiSettings::maximumRunConcurrency);
    m_concurrency->setValue(settings.runConcurrency());
    m_concurrency->setAccessibleName(tr("Backups running at once"));
    m_concurrency->setToolTip(
        tr("How many backups may run at the same time; each server runs one at a time."));
    auto *concurrencyLabel = new QLabel(tr("&Backups running at once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    form->addRow(concurrencyLabel, m_concurrency);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so a person can find theirs whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time Cairn starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    if (m_lockSession) {
        m_tabs = new QTabWidget(this);
        m_tabs->addTab(general, tr("General"));
        m_security = new SecurityPage(m_lockSession, m_tabs);
        m_tabs->addTab(m_security, tr("Security"));
        layout->addWidget(m_tabs);
    } else {
        layout->addWidget(general);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    UiSettings settings;
    if (m_lockSession) {
        m_security->apply();
        // A reviewer wants setting changes on the record, with what changed.
        QStringList changed;
        if (settings.startMinimized() != m_startMinimized->isChecked())
            changed << QStringLiteral("start_minimized=%1").arg(m_startMinimized->isChecked());
        if (settings.closeToTray() != m_closeToTray->isChecked())
            changed << QStringLiteral("close_to_tray=%1").arg(m_closeToTray->isChecked());
        if (settings.runConcurrency() != m_concurrency->value())
            changed << QStringLiteral("run_concurrency=%1").arg(m_concurrency->value());
        if (settings.language() != m_language->currentData().toString())
            changed << QStringLiteral("language=%1").arg(m_language->currentData().toString());
        if (!changed.isEmpty())
            AuditLog(m_lockSession->database())
                .append(QStringLiteral("settings.change"), changed.join(QStringLiteral(", ")));
    }
    settings.setStartMinimized(m_startMinimized->isChecked());
    settings.setCloseToTray(m_closeToTray->isChecked());
    settings.setRunConcurrency(m_concurrency->value());
    settings.setLanguage(m_language->currentData().toString());
    settings.setNotifies(UiSettings::Notify::RunFailed, m_notifyFailed->isChecked());
    settings.setNotifies(UiSettings::Notify::Overdue, m_notifyOverdue->isChecked());
    settings.setNotifies(UiSettings::Notify::RunStarted, m_notifyStarted->isChecked());
    settings.setNotifies(UiSettings::Notify::RunSucceeded, m_notifySucceeded->isChecked());
    if (m_autostart->isChecked() != Autostart::isEnabled()) {
        QString error;
        if (!Autostart::setEnabled(m_autostart->isChecked(), &error)) {
            // Stays open: the error sits next to what caused it.
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace cairn
