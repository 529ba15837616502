#pragma once
// Add Storage, page 1: which provider holds the bucket, in which region; the endpoint that follows
// is shown (and typed only for MinIO / other S3 servers, or an R2 account).

#include "storage/S3Target.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cairn {

class AddStorageFieldError;
struct ProviderPreset;

class AddStorageProviderPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddStorageProviderPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    // The chosen preset's settings with region, endpoint and addressing filled in.
    S3Target s3Target() const;
    const ProviderPreset *preset() const;
    // Selects a preset by id ("aws", "custom", ...); for tests and callers that know it.
    void selectProvider(const QString &id);

    QListWidget *providerList() const { return m_providers; }
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *accountIdEdit() const { return m_accountId; }

private:
    void onProviderChanged();
    void updateEndpoint();

    QListWidget *m_providers = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLabel *m_accountIdLabel = nullptr;
    QLabel *m_endpointShown = nullptr;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn
