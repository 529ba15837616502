#pragma once
// A one-line notice across the top of the window with a button that dismisses it; for things
// worth saying once without stopping the person with a dialog.

#include <QFrame>

class QLabel;

namespace cairn {

class NoticeBanner final : public QFrame {
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_text = nullptr;
};

} // namespace cairn
