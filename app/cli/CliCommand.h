#pragma once
// The shape of one cairn-cli command ("client add") and what its handler receives.

#include "store/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QTextStream>
#include <functional>
#include <memory>

namespace cairn::cli {

// Translation context for cairn-cli's messages.
class CliText final {
    Q_DECLARE_TR_FUNCTIONS(cairn::cli::CliText)
};

// Exit codes: 0 success, 1 the action failed, 2 the command line was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Invocation {
    QCommandLineParser &parser;
    QStringList positional; // positional arguments after "group action"
    bool json = false;
    QString databasePath;
    QTextStream &out;
    QTextStream &err;

    // Opens (and migrates) the database; prints the one-sentence reason and returns null on failure.
    std::shared_ptr<Database> openDatabase();
    int fail(const QString &sentence);
    int usage(const QString &sentence);
    void printJson(const QJsonDocument &document);
};

struct Positional {
    QString name;
    QString description;
    bool optional = false;
};

struct Command {
    QString group;
    QString action; // empty: the group is the whole command ("restore BACKUP")
    QString summary;
    QList<Positional> positional;
    QList<QCommandLineOption> options;
    bool hasJson = false;
    std::function<int(Invocation &)> run;
};

// Each command family registers its commands here (ClientCommands.cpp, KeychainCommands.cpp, ...).
QList<Command> clientCommands();
QList<Command> clientKeyCommands();
QList<Command> keychainCommands();
QList<Command> auditCommands();
QList<Command> keyCommands();
QList<Command> serverCommands();
// An option named `name`, taking a value when valueName is given (shared by the command files).
inline QCommandLineOption option(const char *name, const QString &description, const QString &valueName = {})
{
    return valueName.isEmpty()
        ? QCommandLineOption(QStringList { QLatin1String(name) }, description)
        : QCommandLineOption(QStringList { QLatin1String(name) }, description, valueName);
}

// A time as the CLI prints it: ISO 8601 in UTC, empty when unknown.
inline QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QList<Command> jobCommands();
QList<Command> backupCommands();
QList<Command> storageCommands();
QList<Command> providerCommands();
QList<Command> restoreCommands();
QList<Command> scheduleCommands();
QList<Command> securityCommands();

} // namespace cairn::cli
