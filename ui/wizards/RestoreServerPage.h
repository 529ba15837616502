#pragma once
// Restore wizard, page 2: the server to restore to. Only servers of the backup's own client are
// listed (Cairn never mixes clients); the one the backup came from is chosen first.

#include "store/Records.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QListWidget;

namespace cairn {

class Database;
class RestoreWizard;

class RestoreServerPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit RestoreServerPage(RestoreWizard *wizard);

    qint64 serverId() const;
    QString serverName() const;
    // The server the backup was made on (by name, in its client), if it still exists.
    bool isOriginalServer() const;
    QListWidget *list() const { return m_list; }

    void initializePage() override;
    bool isComplete() const override;

private:
    RestoreWizard *m_wizard;
    QListWidget *m_list = nullptr;
    QLabel *m_none = nullptr;
    qint64 m_filledFor = 0;
};

} // namespace cairn
