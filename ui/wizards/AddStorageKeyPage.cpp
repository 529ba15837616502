#include "wizards/AddStorageKeyPage.h"

#include "storage/StorageTargetStore.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"
#include "wizards/AddStorageWizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cairn {

AddStorageKeyPage::AddStorageKeyPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Access key"));
    setSubTitle(tr("Create an access key that may list, read, write and delete objects in this bucket, and "
                   "nothing else."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_keyId = new QLineEdit(this);
    m_keyId->setObjectName(QStringLiteral("accessKeyId"));
    m_keyId->setAccessibleName(tr("Access key ID"));
    auto *keyLabel = new QLabel(tr("Access &key ID:"), this);
    keyLabel->setBuddy(m_keyId);
    form->addRow(keyLabel, m_keyId);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretAccessKey"));
    m_secret->setAccessibleName(tr("Secret access key"));
    m_secret->setEchoMode(QLineEdit::Password);
    // No completion, no drag-out, no undo history that keeps old secrets around.
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_secret->setDragEnabled(false);
    auto *secretLabel = new QLabel(tr("&Secret access key:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, m_secret);
    m_show = new QCheckBox(tr("S&how the secret"), this);
    m_show->setObjectName(QStringLiteral("showSecret"));
    form->addRow(QString(), m_show);
    layout->addLayout(form);

    auto *hint
        = new QLabel(tr("The secret is kept in your system's keychain, never in a file; hosts only ever get "
                        "short-lived links for one object."),
            this);
    hint->setWordWrap(true);
    Style::makeMuted(hint);
    layout->addWidget(hint);
    m_error = new AddStorageFieldError(this);
    m_error->setObjectName(QStringLiteral("keyError"));
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_show, &QCheckBox::toggled, this,
        [this](bool show) { m_secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    for (QLineEdit *edit : { m_keyId, m_secret }) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_error->setMessage(QString());
            Q_EMIT completeChanged();
        });
    }
}

QString AddStorageKeyPage::accessKeyId() const
{
    return m_keyId->text().trimmed();
}

SecureBytes AddStorageKeyPage::secret() const
{
    // Surrounding spaces come from copying out of web consoles; a secret never has them.
    QByteArray bytes = m_secret->text().trimmed().toUtf8();
    return SecureBytes::takeFrom(bytes);
}

void AddStorageKeyPage::forgetSecret()
{
    m_secret->clear();
}

bool AddStorageKeyPage::isComplete() const
{
    return !accessKeyId().isEmpty() && !m_secret->text().trimmed().isEmpty();
}

bool AddStorageKeyPage::validatePage()
{
    auto *w = static_cast<AddStorageWizard *>(wizard());
    const QString problem = StorageTargetStore::validate(w->target());
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn
