#pragma once
// The one-sentence problem shown right under a field of the Add Storage wizard: an error icon and
// the sentence, hidden while there is nothing to say.

#include <QWidget>

class QLabel;

namespace cairn {

class AddStorageFieldError final : public QWidget {
    Q_OBJECT

public:
    explicit AddStorageFieldError(QWidget *parent = nullptr);
    // Empty hides it.
    void setMessage(const QString &sentence);
    QString message() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace cairn
