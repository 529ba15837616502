#pragma once
// The Add Storage wizard: provider and region -> bucket, prefix and name -> access key -> a test
// that runs in the background (list, write, read back, delete a probe object) -> the clean-up
// rule for unfinished uploads, with versioning and Object Lock shown -> save. Saving goes through
// StorageTargetStore, the same code as `cairn-cli storage add`: the secret to the keychain, the
// target to the database. A failed step never loses what was typed.

#include "secrets/SecureBytes.h"
#include "storage/S3Target.h"
#include "storage/StorageCheck.h"
#include "store/Records.h"

#include <QWizard>
#include <memory>

namespace cairn {

class AddStorageBucketPage;
class AddStorageFinishPage;
class AddStorageKeyPage;
class AddStorageProviderPage;
class AddStorageTestPage;
class Database;
class StorageTargetStore;

class AddStorageWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { ProviderPageId, BucketPageId, KeyPageId, TestPageId, FinishPageId };

    // clientId: the client to suggest (0: the first one).
    AddStorageWizard(std::shared_ptr<Database> database, qint64 clientId, QWidget *parent = nullptr);
    ~AddStorageWizard() override;

    // The target as the pages describe it now (not saved; id and secretRef empty).
    StorageTarget target() const;
    S3Target s3Target() const;
    // What the secret field holds, as bytes to hand on (the caller's copy is wiped when released).
    SecureBytes secret() const;
    // The storage test's result, once it passed.
    const StorageCheckReport &report() const { return m_report; }
    void setReport(const StorageCheckReport &report) { m_report = report; }

    std::shared_ptr<Database> database() const { return m_database; }
    StorageTargetStore *store() const { return m_store; }
    // Tests use their own keychain service so they never touch a person's entries.
    void setKeychainService(const QString &service);

    // The saved target's id, once accepted.
    qint64 savedId() const { return m_savedId; }
    void setSavedId(qint64 id) { m_savedId = id; }

    // A wizard does not grow by itself for wrapped text; pages call this when theirs grew.
    void growToFit();
    // Moves the keyboard focus to the current page's first visible field when it is elsewhere.
    void focusFirstVisibleField();

    AddStorageProviderPage *providerPage() const { return m_providerPage; }
    AddStorageBucketPage *bucketPage() const { return m_bucketPage; }
    AddStorageKeyPage *keyPage() const { return m_keyPage; }
    AddStorageTestPage *testPage() const { return m_testPage; }
    AddStorageFinishPage *finishPage() const { return m_finishPage; }

Q_SIGNALS:
    void storageAdded(qint64 id, const QString &name);

protected:
    void done(int result) override;

private:
    std::shared_ptr<Database> m_database;
    StorageTargetStore *m_store = nullptr;
    AddStorageProviderPage *m_providerPage = nullptr;
    AddStorageBucketPage *m_bucketPage = nullptr;
    AddStorageKeyPage *m_keyPage = nullptr;
    AddStorageTestPage *m_testPage = nullptr;
    AddStorageFinishPage *m_finishPage = nullptr;
    StorageCheckReport m_report;
    qint64 m_savedId = 0;
};

} // namespace cairn
