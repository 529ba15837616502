#include "wizards/AddJobCommandsPage.h"

#include "theme/Style.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cairn {

AddJobCommandsPage::AddJobCommandsPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Anything to run before or after?"));
    setSubTitle(tr("Optional. For example, put a website into maintenance mode before the backup and back "
                   "online after it. Leave both empty if you are not sure."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_pre = new QLineEdit(this);
    m_pre->setObjectName(QStringLiteral("preCommand"));
    m_pre->setAccessibleName(tr("Command before the backup"));
    auto *preLabel = new QLabel(tr("Be&fore:"), this);
    preLabel->setBuddy(m_pre);
    form->addRow(preLabel, m_pre);
    m_post = new QLineEdit(this);
    m_post->setObjectName(QStringLiteral("postCommand"));
    m_post->setAccessibleName(tr("Command after the backup"));
    auto *postLabel = new QLabel(tr("&After:"), this);
    postLabel->setBuddy(m_post);
    form->addRow(postLabel, m_post);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("commandTimeout"));
    m_timeout->setAccessibleName(tr("Time limit for each command, in minutes"));
    m_timeout->setRange(1, 24 * 60);
    m_timeout->setSuffix(tr(" min"));
    m_timeout->setValue(JobSpec::kDefaultCommandTimeoutSeconds / 60);
    auto *timeoutLabel = new QLabel(tr("&Time limit:"), this);
    timeoutLabel->setBuddy(m_timeout);
    form->addRow(timeoutLabel, m_timeout);
    auto *hint = new QLabel(tr("The commands run on the server as the SSH user. The command after the backup "
                               "also runs when the backup fails, so the website comes back online."),
        this);
    hint->setWordWrap(true);
    Style::makeMuted(hint);
    form->addRow(QString(), hint);
    layout->addLayout(form);
    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void AddJobCommandsPage::apply(JobSpec &spec) const
{
    spec.preCommand = m_pre->text().trimmed();
    spec.postCommand = m_post->text().trimmed();
    spec.commandTimeoutSeconds = m_timeout->value() * 60;
}

void AddJobCommandsPage::load(const JobSpec &spec)
{
    m_pre->setText(spec.preCommand);
    m_post->setText(spec.postCommand);
    m_timeout->setValue(std::max(1, spec.commandTimeoutSeconds / 60));
}

bool AddJobCommandsPage::validatePage()
{
    const QString problem = static_cast<AddJobWizard *>(wizard())->problem();
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn
