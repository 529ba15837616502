#include "wizards/AddStorageFinishPage.h"

#include "storage/StorageTargetStore.h"
#include "storage/StorageTask.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"
#include "wizards/AddStorageWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizard>

namespace cairn {

namespace {

QLabel *wrapped(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

AddStorageFinishPage::AddStorageFinishPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Almost done"));
    setSubTitle(
        tr("The storage works. Here is what the bucket protects by itself, and one rule worth adding."));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_versioning = wrapped(this, "versioningState");
    form->addRow(tr("Versioning:"), m_versioning);
    m_objectLock = wrapped(this, "objectLockState");
    form->addRow(tr("Object Lock:"), m_objectLock);
    layout->addLayout(form);

    auto *heading = new QLabel(tr("Unfinished uploads"), this);
    Style::makeHeading(heading);
    layout->addWidget(heading);
    auto *why = new QLabel(
        tr("When a backup is interrupted, the parts it already uploaded stay in the bucket and are "
           "billed until someone removes them. A lifecycle rule lets the storage remove them."),
        this);
    why->setWordWrap(true);
    Style::makeMuted(why);
    layout->addWidget(why);
    m_ruleState = wrapped(this, "abortRuleState");
    layout->addWidget(m_ruleState);
    auto *ruleRow = new QHBoxLayout;
    m_abortRule = new QCheckBox(tr("&Remove unfinished uploads after"), this);
    m_abortRule->setObjectName(QStringLiteral("abortRule"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("abortRuleDays"));
    m_days->setRange(1, 365);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days before unfinished uploads are removed"));
    ruleRow->addWidget(m_abortRule);
    ruleRow->addWidget(m_days);
    ruleRow->addStretch(1);
    layout->addLayout(ruleRow);
    connect(m_abortRule, &QCheckBox::toggled, m_days, &QSpinBox::setEnabled);

    layout->addStretch(1);
    m_progress = wrapped(this, "saveProgress");
    layout->addWidget(m_progress);
    m_error = new AddStorageFieldError(this);
    m_error->setObjectName(QStringLiteral("saveError"));
    layout->addWidget(m_error);
}

void AddStorageFinishPage::initializePage()
{
    auto *w = static_cast<AddStorageWizard *>(wizard());
    const StorageCheckReport &report = w->report();
    const auto detailOf = [&report](StorageCheckStep::Id id) {
        for (const StorageCheckStep &step : report.steps) {
            if (step.id == id)
                return step.detail;
        }
        return QString();
    };
    m_versioning->setText(detailOf(StorageCheckStep::Id::Versioning));
    m_objectLock->setText(detailOf(StorageCheckStep::Id::ObjectLock));
    const bool present = report.abortRule.value_or(false);
    m_ruleState->setText(detailOf(StorageCheckStep::Id::AbortRule));
    // "Missing" would repeat the explanation above the offer; present or unknown is news.
    m_ruleState->setVisible(present || !report.abortRule.has_value());
    // Offered, and on by default, when the bucket does not have it yet.
    m_offerRule = !present;
    m_abortRule->setChecked(!present);
    m_abortRule->setVisible(!present);
    m_days->setVisible(!present);
    m_days->setEnabled(!present);
    m_error->setMessage(QString());
    m_progress->clear();
    m_saved = false;
}

bool AddStorageFinishPage::isComplete() const
{
    return !m_saving;
}

bool AddStorageFinishPage::validatePage()
{
    // Finish starts the save and returns false; the save accepts the wizard when it is done.
    if (m_saved)
        return true;
    if (!m_saving)
        save();
    return false;
}

void AddStorageFinishPage::setSaving(bool saving)
{
    m_saving = saving;
    if (!saving)
        setStoring(false);
    Q_EMIT completeChanged();
}

void AddStorageFinishPage::setStoring(bool storing)
{
    m_storing = storing;
    if (QAbstractButton *cancel = wizard()->button(QWizard::CancelButton))
        cancel->setEnabled(!storing);
}

void AddStorageFinishPage::save()
{
    setSaving(true);
    m_error->setMessage(QString());
    if (m_offerRule && m_abortRule->isChecked()) {
        auto *w = static_cast<AddStorageWizard *>(wizard());
        m_progress->setText(tr("Setting the lifecycle rule…"));
        const SecureBytes secret = w->secret();
        m_task = StorageTask::applyAbortRule(w->s3Target(), SigningSecret(secret.view()), m_days->value());
        connect(m_task, &StorageTask::ruleApplied, this, &AddStorageFinishPage::onRuleApplied);
        m_task->start();
        return;
    }
    storeTarget();
}

void AddStorageFinishPage::onRuleApplied(const QString &error)
{
    if (sender() != m_task)
        return;
    m_task = nullptr;
    if (!error.isEmpty())
        return fail(error);
    storeTarget();
}

void AddStorageFinishPage::storeTarget()
{
    auto *w = static_cast<AddStorageWizard *>(wizard());
    m_progress->setText(tr("Saving the secret in the keychain…"));
    setStoring(true);
    StorageTargetJob *job = w->store()->add(w->target(), w->secret());
    connect(job, &StorageTargetJob::finished, this, &AddStorageFinishPage::onStored);
}

void AddStorageFinishPage::onStored(StorageTargetJob *job)
{
    job->deleteLater();
    if (!m_saving)
        return; // the wizard was closed meanwhile
    if (!job->ok())
        return fail(job->keychainProblem().isEmpty()
                ? job->errorString()
                : job->errorString() + QLatin1Char(' ') + job->keychainProblem());
    setSaving(false);
    m_saved = true;
    m_progress->setText(tr("Saved."));
    auto *w = static_cast<AddStorageWizard *>(wizard());
    w->setSavedId(job->target().id);
    w->accept();
}

void AddStorageFinishPage::fail(const QString &sentence)
{
    setSaving(false);
    m_progress->clear();
    m_error->setMessage(sentence);
    Q_EMIT saveFailed(sentence);
}

void AddStorageFinishPage::cancelSave()
{
    if (m_task) {
        m_task->cancel();
        disconnect(m_task, nullptr, this, nullptr);
        m_task = nullptr;
    }
    if (!m_storing)
        setSaving(false);
}

QString AddStorageFinishPage::versioningText() const
{
    return m_versioning->text();
}

QString AddStorageFinishPage::objectLockText() const
{
    return m_objectLock->text();
}

QString AddStorageFinishPage::errorText() const
{
    return m_error->message();
}

} // namespace cairn
