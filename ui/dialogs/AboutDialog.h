#pragma once
// Version, what Cairn promises, and the Qt it runs on.

#include <QDialog>

namespace cairn {

class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace cairn
