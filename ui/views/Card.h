#pragma once
// A rounded, base-coloured panel with a thin border, painted from the palette (no style sheet).

#include <QFrame>

namespace cairn {

class Card final : public QFrame {
    Q_OBJECT

public:
    explicit Card(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cairn
