#pragma once
// The line under a page of the Add Server wizard that says what the network step is doing now
// (with a busy bar and a Cancel that stops it), or what went wrong (one sentence, an icon, and
// a button to try again).

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cairn {

class AddServerStatus final : public QWidget {
    Q_OBJECT

public:
    explicit AddServerStatus(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    // retryText empty: no retry button.
    void showError(const QString &text, const QString &retryText = {});
    void clear();

    bool isBusy() const { return m_busy; }
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void cancelClicked();
    void retryClicked();

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_busy = false;
};

} // namespace cairn
