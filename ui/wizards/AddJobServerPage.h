#pragma once
// Job wizard, page 1: which server to back up (of which client) and the job's name.

#include "store/Records.h"

#include <QList>
#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cairn {

class AddStorageFieldError;
class Database;

class AddJobServerPage final : public QWizardPage {
    Q_OBJECT

public:
    AddJobServerPage(std::shared_ptr<Database> database, qint64 clientId, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    qint64 clientId() const;
    qint64 serverId() const;
    QString serverName() const;
    QString clientName() const;
    QString name() const;
    // For editing: selects the job's client and server and fills in its name.
    void load(const Job &job);

    QComboBox *clientBox() const { return m_client; }
    QComboBox *serverBox() const { return m_server; }
    QLineEdit *nameEdit() const { return m_name; }
    AddStorageFieldError *error() const { return m_error; }

private:
    void fillServers();
    void suggestName();

    std::shared_ptr<Database> m_database;
    QList<Client> m_clients;
    QList<Server> m_servers;
    QComboBox *m_client = nullptr;
    QLabel *m_clientLabel = nullptr;
    QComboBox *m_server = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_noServers = nullptr;
    AddStorageFieldError *m_error = nullptr;
    bool m_nameEdited = false;
};

} // namespace cairn
