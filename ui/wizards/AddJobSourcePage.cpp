#include "wizards/AddJobSourcePage.h"

#include "theme/Style.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cairn {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    Style::makeMuted(label);
    return label;
}

// One entry per line; blank lines and surrounding spaces dropped (a path with inner spaces stays).
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

// Whether path is folder, inside it, or a parent of it ("/" and "/var" hold /var/lib/mysql).
bool covers(QString path, const QString &folder)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/"))
        return true;
    return path == folder || path.startsWith(folder + QLatin1Char('/'))
        || folder.startsWith(path + QLatin1Char('/'));
}

} // namespace

AddJobSourcePage::AddJobSourcePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("What do you want to back up?"));
    setSubTitle(tr("Choose folders on the server, or databases, which Cairn backs up with the database's "
                   "own dump tool so the copy is consistent."));

    auto *layout = new QVBoxLayout(this);
    m_kind = new QButtonGroup(this);
    const struct {
        JobSpec::Kind kind;
        QString text;
        const char *name;
    } kinds[] = {
        { JobSpec::Kind::Files, tr("&Folders and files"), "kindFiles" },
        { JobSpec::Kind::MySql, tr("&MariaDB or MySQL databases"), "kindMySql" },
        { JobSpec::Kind::Postgres, tr("&PostgreSQL database"), "kindPostgres" },
    };
    auto *kindRow = new QHBoxLayout;
    for (const auto &k : kinds) {
        auto *radio = new QRadioButton(k.text, this);
        radio->setObjectName(QLatin1String(k.name));
        m_kind->addButton(radio, int(k.kind));
        kindRow->addWidget(radio);
    }
    kindRow->addStretch(1);
    m_kind->button(int(JobSpec::Kind::Files))->setChecked(true);
    layout->addLayout(kindRow);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Folders.
    auto *files = new QWidget(m_stack);
    auto *filesForm = new QFormLayout(files);
    filesForm->setContentsMargins(0, 0, 0, 0);
    filesForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_paths = new QPlainTextEdit(files);
    m_paths->setObjectName(QStringLiteral("paths"));
    m_paths->setAccessibleName(tr("Folders to back up, one per line"));
    m_paths->setPlaceholderText(tr("/var/www\n/etc"));
    m_paths->setTabChangesFocus(true);
    const int unit = fontMetrics().height();
    m_paths->setMinimumHeight(unit * 4);
    m_paths->setMaximumHeight(unit * 7);
    auto *pathsLabel = new QLabel(tr("F&olders:"), files);
    pathsLabel->setBuddy(m_paths);
    filesForm->addRow(pathsLabel, m_paths);
    filesForm->addRow(QString(), hint(tr("One full path per line, as the server sees it."), files));
    m_warning = new QLabel(files);
    m_warning->setObjectName(QStringLiteral("liveDatabaseWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    filesForm->addRow(QString(), m_warning);
    m_excludes = new QPlainTextEdit(files);
    m_excludes->setObjectName(QStringLiteral("excludes"));
    m_excludes->setAccessibleName(tr("Patterns to leave out, one per line"));
    m_excludes->setPlaceholderText(tr("*.tmp\n/var/www/cache"));
    m_excludes->setTabChangesFocus(true);
    m_excludes->setMinimumHeight(unit * 3);
    m_excludes->setMaximumHeight(unit * 5);
    auto *excludesLabel = new QLabel(tr("&Leave out:"), files);
    excludesLabel->setBuddy(m_excludes);
    filesForm->addRow(excludesLabel, m_excludes);
    filesForm->addRow(QString(),
        hint(tr("Optional. Files and folders matching these patterns are skipped, for example caches "
                "and temporary files."),
            files));
    m_stack->addWidget(files);

    // Databases.
    auto *dbs = new QWidget(m_stack);
    auto *dbForm = new QFormLayout(dbs);
    dbForm->setContentsMargins(0, 0, 0, 0);
    dbForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_databases = new QLineEdit(dbs);
    m_databases->setObjectName(QStringLiteral("databases"));
    m_databases->setAccessibleName(tr("Databases"));
    auto *databasesLabel = new QLabel(tr("&Databases:"), dbs);
    databasesLabel->setBuddy(m_databases);
    dbForm->addRow(databasesLabel, m_databases);
    m_databasesHint = hint(QString(), dbs);
    dbForm->addRow(QString(), m_databasesHint);
    m_login = new QComboBox(dbs);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setAccessibleName(tr("How to log in to the database"));
    m_login->addItem(
        tr("Without a password, as the SSH user (local socket)"), int(JobSpec::DatabaseLogin::Socket));
    m_login->addItem(
        tr("Without a password, as another system user (sudo)"), int(JobSpec::DatabaseLogin::Sudo));
    m_login->addItem(tr("With a database user and password"), int(JobSpec::DatabaseLogin::Password));
    auto *loginLabel = new QLabel(tr("Log &in:"), dbs);
    loginLabel->setBuddy(m_login);
    dbForm->addRow(loginLabel, m_login);
    m_loginHint = hint(QString(), dbs);
    dbForm->addRow(QString(), m_loginHint);
    m_sudoUser = new QLineEdit(dbs);
    m_sudoUser->setObjectName(QStringLiteral("sudoUser"));
    m_sudoUser->setAccessibleName(tr("System user"));
    m_sudoUserLabel = new QLabel(tr("S&ystem user:"), dbs);
    m_sudoUserLabel->setBuddy(m_sudoUser);
    dbForm->addRow(m_sudoUserLabel, m_sudoUser);
    m_user = new QLineEdit(dbs);
    m_user->setObjectName(QStringLiteral("databaseUser"));
    m_user->setAccessibleName(tr("Database user"));
    m_userLabel = new QLabel(tr("Database &user:"), dbs);
    m_userLabel->setBuddy(m_user);
    dbForm->addRow(m_userLabel, m_user);
    m_password = new QLineEdit(dbs);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setAccessibleName(tr("Database password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("Pass&word:"), dbs);
    m_passwordLabel->setBuddy(m_password);
    dbForm->addRow(m_passwordLabel, m_password);
    m_host = new QLineEdit(dbs);
    m_host->setObjectName(QStringLiteral("databaseHost"));
    m_host->setAccessibleName(tr("Database host or socket"));
    m_host->setPlaceholderText(tr("Empty: the server's own database"));
    auto *hostLabel = new QLabel(tr("Database &host:"), dbs);
    hostLabel->setBuddy(m_host);
    dbForm->addRow(hostLabel, m_host);
    m_port = new QSpinBox(dbs);
    m_port->setObjectName(QStringLiteral("databasePort"));
    m_port->setAccessibleName(tr("Database port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    auto *portLabel = new QLabel(tr("P&ort:"), dbs);
    portLabel->setBuddy(m_port);
    dbForm->addRow(portLabel, m_port);
    m_stack->addWidget(dbs);

    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);

    connect(m_kind, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateVisibility();
    });
    connect(m_login, &QComboBox::currentIndexChanged, this, &AddJobSourcePage::updateVisibility);
    connect(m_paths, &QPlainTextEdit::textChanged, this, &AddJobSourcePage::updateWarning);
    for (QLineEdit *edit : { m_databases, m_user, m_password, m_sudoUser, m_host })
        connect(edit, &QLineEdit::textEdited, m_error, [this] { m_error->setMessage({}); });
    updateVisibility();
}

void AddJobSourcePage::updateVisibility()
{
    const JobSpec::Kind k = kind();
    m_stack->setCurrentIndex(k == JobSpec::Kind::Files ? 0 : 1);
    // The wizard puts the keyboard here when the page opens: what to type, not the kind buttons.
    setFocusProxy(k == JobSpec::Kind::Files ? static_cast<QWidget *>(m_paths) : m_databases);
    const bool postgres = k == JobSpec::Kind::Postgres;
    m_databasesHint->setText(postgres
            ? tr("The name of one database; create one job per database.")
            : tr("One or more database names, separated by spaces; they are dumped together."));
    const auto login = JobSpec::DatabaseLogin(m_login->currentData().toInt());
    switch (login) {
    case JobSpec::DatabaseLogin::Socket:
        m_loginHint->setText(postgres
                ? tr("Works when the SSH user has a PostgreSQL role of the same name (peer login).")
                : tr("Works when the SSH user may log in over the local socket, as root usually may."));
        break;
    case JobSpec::DatabaseLogin::Sudo:
        m_loginHint->setText(tr("The dump runs as this system user with sudo, which must not ask for a "
                                "password. For PostgreSQL this is usually postgres."));
        break;
    case JobSpec::DatabaseLogin::Password:
        m_loginHint->setText(
            tr("The password is kept in this computer's keychain and reaches the dump tool only while "
               "it runs."));
        break;
    }
    const bool sudo = login == JobSpec::DatabaseLogin::Sudo;
    const bool password = login == JobSpec::DatabaseLogin::Password;
    m_sudoUser->setVisible(sudo);
    m_sudoUserLabel->setVisible(sudo);
    if (sudo && m_sudoUser->text().isEmpty())
        m_sudoUser->setText(postgres ? QStringLiteral("postgres") : QStringLiteral("mysql"));
    for (QWidget *w : { static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_userLabel),
             static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_passwordLabel) })
        w->setVisible(password);
    m_password->setPlaceholderText(
        m_hasStoredPassword ? tr("Stored in the keychain; type to replace it") : QString());
    m_error->setMessage({});
    updateWarning();
    if (auto *w = qobject_cast<AddJobWizard *>(wizard()))
        w->growToFit();
}

void AddJobSourcePage::updateWarning()
{
    const QString text = liveDatabaseWarning();
    m_warning->setText(text.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + text);
    m_warning->setVisible(!text.isEmpty());
}

QString AddJobSourcePage::liveDatabaseWarning() const
{
    if (kind() != JobSpec::Kind::Files)
        return {};
    for (const QString &path : lines(m_paths)) {
        if (covers(path, QStringLiteral("/var/lib/mysql")))
            return tr("These folders include MariaDB/MySQL's live files (/var/lib/mysql), which change while "
                      "they are copied; back the databases up with a MariaDB job and leave this folder out.");
        if (covers(path, QStringLiteral("/var/lib/postgresql")))
            return tr("These folders include PostgreSQL's live files (/var/lib/postgresql), which change "
                      "while they are copied; back the database up with a PostgreSQL job and leave this "
                      "folder out.");
    }
    return {};
}

void AddJobSourcePage::setKind(JobSpec::Kind k)
{
    m_kind->button(int(k))->setChecked(true);
}

JobSpec::Kind AddJobSourcePage::kind() const
{
    return JobSpec::Kind(m_kind->checkedId());
}

void AddJobSourcePage::setLogin(JobSpec::DatabaseLogin login)
{
    m_login->setCurrentIndex(m_login->findData(int(login)));
}

void AddJobSourcePage::apply(JobSpec &spec) const
{
    spec.kind = kind();
    if (spec.kind == JobSpec::Kind::Files) {
        spec.paths = lines(m_paths);
        spec.excludes = lines(m_excludes);
        return;
    }
    spec.databases
        = m_databases->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    spec.databaseLogin = JobSpec::DatabaseLogin(m_login->currentData().toInt());
    spec.databaseHost = m_host->text().trimmed();
    spec.databasePort = m_port->value();
    if (spec.databaseLogin == JobSpec::DatabaseLogin::Sudo)
        spec.databaseSudoUser = m_sudoUser->text().trimmed();
    if (spec.databaseLogin == JobSpec::DatabaseLogin::Password)
        spec.databaseUser = m_user->text().trimmed();
}

void AddJobSourcePage::load(const JobSpec &spec)
{
    setKind(spec.kind);
    m_paths->setPlainText(spec.paths.join(QLatin1Char('\n')));
    m_excludes->setPlainText(spec.excludes.join(QLatin1Char('\n')));
    m_databases->setText(spec.databases.join(QLatin1Char(' ')));
    m_hasStoredPassword = !spec.databasePasswordRef.isEmpty();
    m_user->setText(spec.databaseUser);
    m_sudoUser->setText(spec.databaseSudoUser);
    m_host->setText(spec.databaseHost);
    m_port->setValue(spec.databasePort);
    setLogin(spec.databaseLogin);
    updateVisibility();
}

SecureBytes AddJobSourcePage::password() const
{
    QByteArray bytes = m_password->text().toUtf8();
    return SecureBytes::takeFrom(bytes);
}

void AddJobSourcePage::forgetPassword()
{
    m_password->clear();
}

bool AddJobSourcePage::validatePage()
{
    // JobSpec::validate() is the one check (the CLI's too); the pages after this one still hold
    // their valid defaults, so a problem it names is one of this page or the one before.
    const QString problem = static_cast<AddJobWizard *>(wizard())->problem();
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn
