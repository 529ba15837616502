#pragma once
// Tells when a window has been exposed and painted for the first time (for --quit-after-show).

#include <QObject>

class QWindow;

namespace cairn {

class FirstShowProbe final : public QObject {
    Q_OBJECT

public:
    // Watches window; emits shown() once, after the event loop has handled its first expose.
    explicit FirstShowProbe(QWindow *window, QObject *parent = nullptr);

Q_SIGNALS:
    void shown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWindow *m_window = nullptr;
    bool m_done = false;
};

} // namespace cairn
