#include "views/RecentRunsList.h"

#include "models/RunStatus.h"
#include "models/RunTableModel.h"
#include "theme/Style.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace cairn {

RecentRunsList::RecentRunsList(RunTableModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus); // reachable, so a screen reader can read it
    connect(model, &QAbstractItemModel::modelReset, this, &RecentRunsList::modelChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecentRunsList::modelChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecentRunsList::modelChanged);
}

void RecentRunsList::setClientVisible(bool visible)
{
    if (visible == m_clientVisible)
        return;
    m_clientVisible = visible;
    modelChanged();
}

int RecentRunsList::rowHeight() const
{
    return fontMetrics().height() * 2 + fontMetrics().height() / 3;
}

QSize RecentRunsList::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 90, std::max(1, m_model->rowCount()) * rowHeight() + 2 };
}

QSize RecentRunsList::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 40, sizeHint().height() };
}

int RecentRunsList::rowAt(const QPoint &point) const
{
    const int row = (point.y() - 1) / rowHeight();
    return (point.y() >= 1 && row < m_model->rowCount()) ? row : -1;
}

QString RecentRunsList::rowText(int row) const
{
    const Run run = m_model->runAt(row);
    QStringList parts { RunStatus::label(run.status), run.jobName };
    if (m_clientVisible)
        parts << run.clientName;
    parts << QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    if (!run.message.isEmpty())
        parts << run.message.section(QLatin1Char('\n'), 0, 0);
    return parts.join(QStringLiteral(", "));
}

void RecentRunsList::modelChanged()
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines << rowText(row);
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

bool RecentRunsList::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        // The whole message (host output may span lines), never cut.
        const Run run = m_model->runAt(row);
        QString text = rowText(row);
        if (run.message.contains(QLatin1Char('\n')))
            text += QLatin1Char('\n') + run.message;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void RecentRunsList::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const int unit = metrics.height();
    const int height = rowHeight();
    const QColor line = Style::lineColour(pal);
    const QColor muted = Style::blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.4);

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(line, 1));
    painter.setBrush(pal.color(QPalette::Base));
    const qreal radius = unit / 2.0;
    // The list may be given more height than its rows (it shares a stack with the empty state).
    const QRectF box(
        0.5, 0.5, width() - 1.0, std::min(height * m_model->rowCount() + 1, this->height() - 1) + 0.0);
    if (m_model->rowCount() > 0)
        painter.drawRoundedRect(box, radius, radius);
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Columns: result | job | client | started (right-aligned). Proportions, so they follow the width.
    const int left = unit;
    const int right = width() - unit;
    const int timeWidth = metrics.horizontalAdvance(
        QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat));
    const int textSpan = std::max(0, right - left - timeWidth - unit);
    const int statusWidth = textSpan * 28 / 100;
    const int jobWidth = m_clientVisible ? textSpan * 36 / 100 : textSpan - statusWidth;
    const int clientWidth = textSpan - statusWidth - jobWidth;
    const int iconSide = unit;

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Run run = m_model->runAt(row);
        const QRect band(0, 1 + row * height, width(), height);
        if (row > 0) {
            painter.setPen(QPen(line, 1));
            painter.drawLine(left, band.top(), right, band.top());
        }
        int x = left;
        RunStatus::icon(run.status)
            .paint(&painter, QRect(x, band.center().y() - iconSide / 2, iconSide, iconSide));
        painter.setPen(pal.color(QPalette::Text));
        const QRect statusRect(
            x + iconSide + unit / 2, band.top(), statusWidth - iconSide - unit, band.height());
        painter.drawText(statusRect, Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(RunStatus::label(run.status), Qt::ElideRight, statusRect.width()));
        x += statusWidth;
        const QRect jobRect(x, band.top(), jobWidth - unit, band.height());
        painter.drawText(jobRect, Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(run.jobName, Qt::ElideRight, jobRect.width()));
        x += jobWidth;
        painter.setPen(muted);
        if (m_clientVisible) {
            const QRect clientRect(x, band.top(), clientWidth - unit, band.height());
            painter.drawText(clientRect, Qt::AlignVCenter | Qt::AlignLeft,
                metrics.elidedText(run.clientName, Qt::ElideRight, clientRect.width()));
        }
        const QRect timeRect(right - timeWidth, band.top(), timeWidth, band.height());
        painter.drawText(timeRect, Qt::AlignVCenter | Qt::AlignRight,
            QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
}

} // namespace cairn
