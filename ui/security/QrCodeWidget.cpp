#include "security/QrCodeWidget.h"

#include <QPainter>

#include <algorithm>

namespace cairn {

namespace {
constexpr int QuietZone = 4; // modules of light margin, as the QR standard asks
}

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void QrCodeWidget::setCode(QrCode code)
{
    m_code = std::move(code);
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = m_code.size() + 2 * QuietZone;
    // At least 4 device-independent pixels a module: readable from a screen by any phone.
    const int side = std::max(modules * 4, fontMetrics().height() * 12);
    return { side, side };
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_code.isNull())
        return;
    const int modules = m_code.size() + 2 * QuietZone;
    const int cell = std::max(1, std::min(width(), height()) / modules);
    const int offset = (std::min(width(), height()) - cell * modules) / 2 + cell * QuietZone;
    for (int y = 0; y < m_code.size(); ++y)
        for (int x = 0; x < m_code.size(); ++x)
            if (m_code.isDark(x, y))
                painter.fillRect(offset + x * cell, offset + y * cell, cell, cell, Qt::black);
}

} // namespace cairn
