#pragma once
// Version, what Cairn promises, the Qt it runs on, and which database this window uses.

#include <QDialog>

namespace cairn {

class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace cairn
