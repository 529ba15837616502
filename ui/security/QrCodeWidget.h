#pragma once
// Paints a QR code (core's QrCode matrix) black on white with the quiet zone around it, whatever
// the theme: phone cameras read dark-on-light codes best.

#include "security/QrCode.h"

#include <QWidget>

namespace cairn {

class QrCodeWidget final : public QWidget {
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    void setCode(QrCode code);
    const QrCode &code() const { return m_code; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QrCode m_code;
};

} // namespace cairn
