#pragma once
// Add Storage, page 2: the bucket, the prefix inside it (default: the client's name) and the name
// the target goes by in Cairn; the client it belongs to when there is more than one.

#include "store/Records.h"

#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cairn {

class AddStorageFieldError;
class Database;

class AddStorageBucketPage final : public QWizardPage {
    Q_OBJECT

public:
    AddStorageBucketPage(std::shared_ptr<Database> database, qint64 clientId, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    qint64 clientId() const;
    QString clientName() const;
    QString bucket() const;
    QString prefix() const; // normalised ("acme/"); empty for the whole bucket
    QString name() const;

    QComboBox *clientBox() const { return m_client; }
    QLineEdit *bucketEdit() const { return m_bucket; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *nameEdit() const { return m_name; }
    QString errorText() const;

private:
    void onClientChanged();

    std::shared_ptr<Database> m_database;
    QList<Client> m_clients;
    QComboBox *m_client = nullptr;
    QLabel *m_clientLabel = nullptr;
    QLineEdit *m_bucket = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_name = nullptr;
    AddStorageFieldError *m_error = nullptr;
    QString m_suggestedPrefix; // what the prefix field holds while the user has not changed it
    QString m_suggestedName;
};

} // namespace cairn
