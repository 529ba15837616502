#include "views/FirstShowProbe.h"

#include <QEvent>
#include <QTimer>
#include <QWindow>

namespace cairn {

FirstShowProbe::FirstShowProbe(QWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
    window->installEventFilter(this);
}

bool FirstShowProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && watched == m_window && event->type() == QEvent::Expose && m_window->isExposed()) {
        m_done = true;
        m_window->removeEventFilter(this);
        // Queued: the expose handler paints the first frame after this filter returns.
        QTimer::singleShot(0, this, &FirstShowProbe::shown);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cairn
