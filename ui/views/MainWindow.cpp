#include "views/MainWindow.h"

namespace cairn {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Cairn"));
}

} // namespace cairn
