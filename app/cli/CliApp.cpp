#include "cli/CliApp.h"

#include "cli/CliCommand.h"
#include "secrets/SecretStore.h"
#include "security/AuditAnchor.h"
#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

namespace cairn::cli {

namespace {

QList<Command> allCommands()
{
    QList<Command> commands;
    commands += clientCommands();
    commands += clientKeyCommands();
    commands += keychainCommands();
    commands += auditCommands();
    commands += keyCommands();
    commands += serverCommands();
    commands += jobCommands();
    commands += backupCommands();
    commands += storageCommands();
    commands += providerCommands();
    commands += restoreCommands();
    commands += scheduleCommands();
    commands += securityCommands();
    return commands;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("db") },
        CliText::tr("Database file (default: $CAIRN_DB, else the platform data folder)."),
        CliText::tr("path"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(
        QStringList { QStringLiteral("json") }, CliText::tr("Print machine-readable JSON."));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") },
        CliText::tr("Show help for this command."));
}

// The words that name the command: leading arguments that are not options, skipping --db's value.
QStringList commandWords(const QStringList &args)
{
    QStringList words;
    for (int i = 0; i < args.size() && words.size() < 2; ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        words << arg;
    }
    return words;
}

QString overview(const QList<Command> &commands)
{
    QString text = CliText::tr(
        "Usage: cairn-cli [--db PATH] COMMAND [ACTION] [OPTIONS]\n\n"
        "Cairn backs up Linux servers straight to your own object storage; this is its headless front end.\n"
        "Secrets are read from standard input or environment variables, never from arguments.\n\n"
        "Commands:\n");
    for (const Command &c : commands) {
        QString synopsis = c.action.isEmpty() ? c.group : c.group + QLatin1Char(' ') + c.action;
        for (const Positional &p : c.positional)
            synopsis += p.optional ? QStringLiteral(" [%1]").arg(p.name) : QLatin1Char(' ') + p.name;
        text += QStringLiteral("  %1  %2\n").arg(synopsis, -24).arg(c.summary);
    }
    text += CliText::tr(
        "\nGlobal options:\n  --db PATH      database file (else $CAIRN_DB, else the platform data folder)\n"
        "  --help         help for cairn-cli or for one command\n  --version      print the version\n");
    return text;
}

} // namespace

std::shared_ptr<Database> Invocation::openDatabase()
{
    StoreError error;
    auto database = Database::open(Database::resolvePath(databasePath), &error);
    if (!database) {
        err << error.message << Qt::endl;
        return database;
    }
    // The audit log's anchor key, read once per run, so that entries this command writes move the
    // anchor. A keychain problem is not this command's: the entries are written unanchored, and
    // audit verify says what it could not check.
    SecretStore secrets;
    AuditAnchor::prepare(database, &secrets);
    return database;
}

int Invocation::fail(const QString &sentence)
{
    err << sentence << Qt::endl;
    return Failure;
}

int Invocation::usage(const QString &sentence)
{
    err << sentence << Qt::endl;
    return UsageError;
}

void Invocation::printJson(const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);
    const QList<Command> commands = allCommands();

    if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
        out << QStringLiteral("cairn-cli %1").arg(AppInfo::version()) << Qt::endl;
        return Success;
    }
    const QStringList words = commandWords(args);
    const bool wantsHelp = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
    if (words.isEmpty()) {
        (wantsHelp ? out : err) << overview(commands);
        return wantsHelp ? Success : UsageError;
    }

    const Command *found = nullptr;
    bool groupKnown = false;
    const Command *whole = nullptr; // a command without an action takes the next word as an argument
    for (const Command &c : commands) {
        if (c.group == words.value(0)) {
            groupKnown = true;
            if (c.action.isEmpty())
                whole = &c;
            else if (c.action == words.value(1))
                found = &c;
        }
    }
    if (!found)
        found = whole;
    if (!groupKnown) {
        err << CliText::tr("cairn-cli has no command \"%1\"; run cairn-cli --help to see the commands.")
                   .arg(words.value(0))
            << Qt::endl;
        return UsageError;
    }
    if (!found) {
        QString actions;
        for (const Command &c : commands)
            if (c.group == words.value(0))
                actions += (actions.isEmpty() ? QString() : QStringLiteral(", ")) + c.action;
        (wantsHelp ? out : err) << CliText::tr(
            "\"%1\" takes one of these actions: %2; run cairn-cli %1 ACTION --help for details.")
                                       .arg(words.value(0), actions)
                                << Qt::endl;
        return wantsHelp ? Success : UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(found->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dbOption());
    parser.addOption(helpOption());
    if (found->hasJson)
        parser.addOption(jsonOption());
    for (const QCommandLineOption &option : found->options)
        parser.addOption(option);
    parser.addPositionalArgument(
        found->action.isEmpty() ? found->group : found->group + QLatin1Char(' ') + found->action,
        found->summary);
    for (const Positional &p : found->positional)
        parser.addPositionalArgument(
            p.name, p.description, p.optional ? QStringLiteral("[%1]").arg(p.name) : p.name);

    if (!parser.parse(arguments)) {
        err << CliText::tr("%1; run cairn-cli %2 %3 --help for the options.")
                   .arg(parser.errorText(), found->group, found->action)
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0),
            QStringLiteral("Usage: cairn-cli"));
        out << help;
        return Success;
    }

    QStringList positional = parser.positionalArguments().mid(found->action.isEmpty() ? 1 : 2);
    int required = 0;
    for (const Positional &p : found->positional)
        required += p.optional ? 0 : 1;
    if (positional.size() < required || positional.size() > found->positional.size()) {
        QString names;
        for (const Positional &p : found->positional)
            names += QLatin1Char(' ') + (p.optional ? QStringLiteral("[%1]").arg(p.name) : p.name);
        err << CliText::tr("Usage: cairn-cli %1 %2%3; run it with --help for details.")
                   .arg(found->group, found->action, names)
            << Qt::endl;
        return UsageError;
    }

    Invocation invocation { parser, positional, found->hasJson && parser.isSet(QStringLiteral("json")),
        parser.value(QStringLiteral("db")), out, err };
    return found->run(invocation);
}

} // namespace cairn::cli
