// The startup floor: a plain Qt Widgets window with one label. With --quit-after-show it quits
// once the window is first exposed and prints shown-ms=<ms since process start>, like cairn.
#include "views/StartupClock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace {

// Same rule as cairn's FirstShowProbe: the first expose, once the event loop has handled it.
class ExposeWatcher final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!m_done && window && event->type() == QEvent::Expose && window->isExposed()) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                std::printf("shown-ms=%.1f shown-cpu-ms=%.1f\n",
                    cairn::StartupClock::millisecondsSinceStart(),
                    cairn::StartupClock::cpuMillisecondsSinceStart());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1000, 700);
    if (app.arguments().contains(QStringLiteral("--quit-after-show"))) {
        window.winId();
        window.windowHandle()->installEventFilter(new ExposeWatcher(&app));
    }
    window.show();
    return app.exec();
}
