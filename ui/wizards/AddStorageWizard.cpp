#include "wizards/AddStorageWizard.h"

#include "storage/StorageTargetStore.h"
#include "wizards/AddStorageBucketPage.h"
#include "wizards/AddStorageFinishPage.h"
#include "wizards/AddStorageKeyPage.h"
#include "wizards/AddStorageProviderPage.h"
#include "wizards/AddStorageTestPage.h"

#include <QApplication>
#include <QLayout>
#include <QTimer>

namespace cairn {

AddStorageWizard::AddStorageWizard(std::shared_ptr<Database> database, qint64 clientId, QWidget *parent)
    : QWizard(parent), m_database(std::move(database))
{
    setWindowTitle(tr("Add storage"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every platform, palette-driven
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_store = new StorageTargetStore(m_database, this);

    m_providerPage = new AddStorageProviderPage(this);
    m_bucketPage = new AddStorageBucketPage(m_database, clientId, this);
    m_keyPage = new AddStorageKeyPage(this);
    m_testPage = new AddStorageTestPage(this);
    m_finishPage = new AddStorageFinishPage(this);
    setPage(ProviderPageId, m_providerPage);
    setPage(BucketPageId, m_bucketPage);
    setPage(KeyPageId, m_keyPage);
    setPage(TestPageId, m_testPage);
    setPage(FinishPageId, m_finishPage);
    setStartId(ProviderPageId);

    const int unit = fontMetrics().height();
    setMinimumWidth(unit * 40);
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            growToFit();
            focusFirstVisibleField();
        });
    });
}

void AddStorageWizard::focusFirstVisibleField()
{
    // QWizard gives the focus to the page's first focusable child even when that child is hidden
    // (an unused field), which leaves the keyboard in a field of the page before.
    QWidget *focused = QApplication::focusWidget();
    QWizardPage *page = currentPage();
    if (!page || (focused && focused->isVisible() && (page->isAncestorOf(focused) || !isAncestorOf(focused))))
        return;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void AddStorageWizard::growToFit()
{
    if (QLayout *l = layout())
        l->activate();
    resize(size().expandedTo(sizeHint()));
}

AddStorageWizard::~AddStorageWizard() = default;

void AddStorageWizard::setKeychainService(const QString &service)
{
    delete m_store;
    m_store = new StorageTargetStore(m_database, service, this);
}

S3Target AddStorageWizard::s3Target() const
{
    S3Target s3 = m_providerPage->s3Target();
    s3.bucket = m_bucketPage->bucket();
    s3.prefix = m_bucketPage->prefix();
    s3.accessKeyId = m_keyPage->accessKeyId();
    return s3;
}

StorageTarget AddStorageWizard::target() const
{
    StorageTarget target = StorageTargetStore::fromS3(s3Target());
    target.clientId = m_bucketPage->clientId();
    target.name = m_bucketPage->name();
    return target;
}

SecureBytes AddStorageWizard::secret() const
{
    return m_keyPage->secret();
}

void AddStorageWizard::done(int result)
{
    if (result == QDialog::Accepted && m_savedId == 0) {
        // Finish: QWizard asks the last page, which starts saving in the background and accepts
        // again once the target is saved. Nothing may be cleared before that.
        QWizard::done(result);
        return;
    }
    // While the secret and the row are being written, closing would leave half of them behind;
    // it takes well under a second, and the Cancel button is disabled meanwhile.
    if (result == QDialog::Rejected && m_finishPage->isStoring())
        return;
    // Closing mid-test or while the rule is being set must not leave a thread talking to the storage.
    m_testPage->cancelTest();
    m_finishPage->cancelSave();
    if (result == QDialog::Accepted && m_savedId > 0)
        Q_EMIT storageAdded(m_savedId, target().name);
    m_keyPage->forgetSecret();
    QWizard::done(result);
}

} // namespace cairn
