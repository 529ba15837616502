#pragma once
// What an empty page shows: an icon, a title, one line that says what belongs here, and the
// button that creates the first one.

#include <QWidget>

class QLabel;
class QPushButton;

namespace cairn {

class EmptyState final : public QWidget {
    Q_OBJECT

public:
    // iconName: a monochrome icon in :/icons (see Icons::muted). buttonText empty: no button.
    EmptyState(const QString &iconName, const QString &title, const QString &text, const QString &buttonText,
        QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }
    QString title() const;
    // A button that exists but cannot be used yet says why in its tooltip.
    void setButtonUnavailable(const QString &reason);

Q_SIGNALS:
    void buttonClicked();

private:
    QLabel *m_title = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace cairn
