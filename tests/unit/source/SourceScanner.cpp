#include "SourceScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>

#include <algorithm>

namespace cairn::test {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The run of identifier characters (and '.' when withDot, for numbers) that ends just before pos.
QString tokenBefore(const QString &text, qsizetype pos, bool withDot = false)
{
    qsizetype start = pos;
    while (start > 0 && (isIdentifierChar(text[start - 1]) || (withDot && text[start - 1] == u'.')))
        --start;
    return text.mid(start, pos - start);
}

bool isRawStringPrefix(const QString &prefix)
{
    static const QStringList prefixes { QStringLiteral("R"), QStringLiteral("u8R"), QStringLiteral("uR"),
        QStringLiteral("UR"), QStringLiteral("LR") };
    return prefixes.contains(prefix);
}

// The end (exclusive) of an ordinary string or character literal that opens at pos with quote.
// An unterminated literal ends at the end of its line, as the compiler would complain there.
qsizetype quotedLiteralEnd(const QString &text, qsizetype pos, QChar quote)
{
    qsizetype j = pos + 1;
    while (j < text.size() && text[j] != quote && text[j] != u'\n') {
        if (text[j] == u'\\')
            ++j; // skips the escaped character, including a line continuation
        ++j;
    }
    if (j < text.size() && text[j] == quote)
        ++j;
    return qMin(j, text.size());
}

// If the '<' at pos opens a template argument list (it follows a name, and a matching '>' comes
// before anything that cannot appear in type arguments), the position of that '>'; else -1.
qsizetype templateClose(const QString &code, qsizetype pos)
{
    qsizetype before = pos;
    while (before > 0 && code[before - 1].isSpace())
        --before;
    const QString name = tokenBefore(code, before);
    if (name.isEmpty() || name[0].isDigit())
        return -1;
    int angles = 1;
    int parens = 0;
    const qsizetype limit = qMin(code.size(), pos + 400);
    for (qsizetype j = pos + 1; j < limit; ++j) {
        const QChar c = code[j];
        if (c == u'<') {
            ++angles;
        } else if (c == u'>') {
            if (--angles == 0)
                return j;
        } else if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            if (--parens < 0)
                return -1;
        } else if (!(isIdentifierChar(c) || c.isSpace() || c == u':' || c == u',' || c == u'*' || c == u'&'
                       || c == u'[' || c == u']' || c == u'.')) {
            return -1;
        }
    }
    return -1;
}

// A pointer to member (&Class::signal) or one of the ways to pick an overloaded signal.
bool isSignalPointer(const QString &arg)
{
    static const QRegularExpression memberPointer(
        QStringLiteral(R"(^&\s*(::\s*)?[A-Za-z_][\w\s<>,:]*::\s*~?[A-Za-z_]\w*$)"));
    static const QRegularExpression overloadPicker(
        QStringLiteral(R"(^(qOverload|qConstOverload|qNonConstOverload|QOverload|static_cast)\b)"));
    return memberPointer.match(arg).hasMatch() || overloadPicker.match(arg).hasMatch();
}

const QRegularExpression &connectCall()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w])connect\s*\()"));
    return re;
}

} // namespace

QString SourceScanner::codeView(const QString &text)
{
    QString out = text;
    const qsizetype n = text.size();
    const auto blank = [&out, n](qsizetype from, qsizetype to) {
        for (qsizetype k = qMax<qsizetype>(from, 0); k < to && k < n; ++k) {
            if (out[k] != u'\n')
                out[k] = u' ';
        }
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        const QChar next = i + 1 < n ? text[i + 1] : QChar();
        if (c == u'/' && next == u'/') {
            qsizetype j = i + 2;
            while (j < n && text[j] != u'\n') {
                // A backslash at the end of a line comment continues it onto the next line.
                if (text[j] == u'\\' && j + 1 < n && text[j + 1] == u'\n')
                    j += 2;
                else if (text[j] == u'\\' && j + 2 < n && text[j + 1] == u'\r' && text[j + 2] == u'\n')
                    j += 3;
                else
                    ++j;
            }
            blank(i, j);
            i = j;
        } else if (c == u'/' && next == u'*') {
            const qsizetype close = text.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype j = close < 0 ? n : close + 2;
            blank(i, j);
            i = j;
        } else if (c == u'"') {
            qsizetype contentEnd = 0;
            qsizetype j = 0;
            if (isRawStringPrefix(tokenBefore(text, i))) {
                const qsizetype paren = text.indexOf(u'(', i + 1);
                const QString closing = paren < 0 ? QString() : u')' + text.mid(i + 1, paren - i - 1) + u'"';
                const qsizetype close = paren < 0 ? -1 : text.indexOf(closing, paren + 1);
                j = close < 0 ? n : close + closing.size();
                contentEnd = close < 0 ? n : j - 1;
            } else {
                j = quotedLiteralEnd(text, i, u'"');
                contentEnd = (j > i + 1 && text[j - 1] == u'"') ? j - 1 : j;
            }
            blank(i + 1, contentEnd);
            i = j;
        } else if (c == u'\'') {
            const QString number = tokenBefore(text, i, true);
            if (!number.isEmpty() && number[0].isDigit()) {
                ++i; // a digit separator, as in 1'000'000
                continue;
            }
            const qsizetype j = quotedLiteralEnd(text, i, u'\'');
            const qsizetype contentEnd = (j > i + 1 && text[j - 1] == u'\'') ? j - 1 : j;
            blank(i + 1, contentEnd);
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

QStringList SourceScanner::callArguments(const QString &code, qsizetype openParen, bool *ok)
{
    if (ok)
        *ok = false;
    if (openParen < 0 || openParen >= code.size() || code[openParen] != u'(')
        return {};
    QStringList args;
    int depth = 0;
    qsizetype start = openParen + 1;
    for (qsizetype i = openParen + 1; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (depth > 0) {
                --depth;
                continue;
            }
            if (c != u')')
                return {}; // unbalanced: not a call we understand
            const QString last = code.mid(start, i - start).trimmed();
            if (!(args.isEmpty() && last.isEmpty()))
                args << last;
            if (ok)
                *ok = true;
            return args;
        } else if (c == u'<') {
            const qsizetype close = templateClose(code, i);
            if (close > 0)
                i = close;
        } else if (c == u',' && depth == 0) {
            args << code.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    return {};
}

QList<SourceScanner::Finding> SourceScanner::contextlessConnects(const QString &text)
{
    const QString code = codeView(text);
    QList<Finding> findings;
    auto it = connectCall().globalMatch(code);
    while (it.hasNext()) {
        const auto match = it.next();
        bool ok = false;
        const QStringList args = callArguments(code, match.capturedEnd() - 1, &ok);
        if (!ok || args.size() != 3)
            continue;
        if (isSignalPointer(args[1]) || args[2].startsWith(u'[')) {
            findings.append({ lineOf(code, match.capturedStart()),
                QStringLiteral("connect() without a context object; pass the receiver "
                               "(for example this) before the lambda or functor") });
        }
    }
    return findings;
}

QList<SourceScanner::Finding> SourceScanner::stringBasedConnects(const QString &text)
{
    const QString code = codeView(text);
    QList<Finding> findings;
    static const QRegularExpression macro(QStringLiteral(R"((?<![\w])(SIGNAL|SLOT)\s*\()"));
    auto it = macro.globalMatch(code);
    while (it.hasNext()) {
        const auto match = it.next();
        findings.append({ lineOf(code, match.capturedStart()),
            QStringLiteral("string-based %1(); use a pointer-to-member connect with a context "
                           "object")
                .arg(match.captured(1)) });
    }
    auto calls = connectCall().globalMatch(code);
    while (calls.hasNext()) {
        const auto match = calls.next();
        bool ok = false;
        const QStringList args = callArguments(code, match.capturedEnd() - 1, &ok);
        if (ok && args.size() >= 3 && args[1].startsWith(u'"')) {
            findings.append({ lineOf(code, match.capturedStart()),
                QStringLiteral("connect() with a signal given as a string; use a "
                               "pointer-to-member connect with a context object") });
        }
    }
    std::sort(
        findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.line < b.line; });
    return findings;
}

QList<SourceScanner::Finding> SourceScanner::widgetIncludes(
    const QString &text, const QSet<QString> &widgetHeaders)
{
    // Directives are found in the code view (so one inside a comment or raw string does not count);
    // the header name is read from the original text, where a "quoted" name is not blanked.
    const QString code = codeView(text);
    static const QRegularExpression include(
        QStringLiteral(R"(^[ \t]*#[ \t]*include[ \t]*([<"]))"), QRegularExpression::MultilineOption);
    static const QRegularExpression widgetModule(QStringLiteral(R"(^Qt(\w*Widgets|PrintSupport)(/|$))"));
    QList<Finding> findings;
    auto it = include.globalMatch(code);
    while (it.hasNext()) {
        const auto match = it.next();
        const QChar closing = match.captured(1) == QStringLiteral("<") ? u'>' : u'"';
        const qsizetype start = match.capturedEnd(1);
        const qsizetype end = text.indexOf(closing, start);
        const qsizetype lineEnd = text.indexOf(u'\n', start);
        if (end < 0 || (lineEnd >= 0 && end > lineEnd))
            continue;
        const QString header = text.mid(start, end - start).trimmed();
        if (widgetModule.match(header).hasMatch() || widgetHeaders.contains(header)) {
            findings.append({ lineOf(code, match.capturedStart(1)),
                QStringLiteral("core/ includes the widget header <%1>; widgets belong in ui/").arg(header) });
        }
    }
    return findings;
}

QList<SourceScanner::Finding> SourceScanner::widgetsInCMake(const QString &text)
{
    // Blank CMake comments: "# ..." to the end of the line and bracket comments "#[==[ ... ]==]",
    // but not a '#' inside a quoted argument.
    QString code = text;
    const qsizetype n = text.size();
    static const QRegularExpression bracketOpen(QStringLiteral(R"(\G#\[(=*)\[)"));
    bool inQuotes = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inQuotes = false;
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u'#') {
            qsizetype end = text.indexOf(u'\n', i);
            const auto bracket = bracketOpen.match(text, i);
            if (bracket.hasMatch()) {
                const QString closing = u']' + bracket.captured(1) + u']';
                const qsizetype close = text.indexOf(closing, bracket.capturedEnd());
                end = close < 0 ? n : close + closing.size();
            }
            if (end < 0)
                end = n;
            for (qsizetype k = i; k < end; ++k) {
                if (code[k] != u'\n')
                    code[k] = u' ';
            }
            i = end - 1;
        }
    }

    static const QRegularExpression forbidden(QStringLiteral(R"(Widgets|(?<![\w])cairn_ui(?![\w]))"));
    QList<Finding> findings;
    auto it = forbidden.globalMatch(code);
    while (it.hasNext()) {
        const auto match = it.next();
        findings.append({ lineOf(code, match.capturedStart()),
            QStringLiteral("core's CMake mentions %1; core must build without widgets "
                           "(find_package(... Widgets) lives in ui/ only)")
                .arg(match.captured(0)) });
    }
    return findings;
}

QSet<QString> SourceScanner::widgetHeaders()
{
    // The classes people reach for first; the installed headers below add the rest.
    QSet<QString> headers {
        QStringLiteral("QAbstractButton"),
        QStringLiteral("QAbstractItemView"),
        QStringLiteral("QApplication"),
        QStringLiteral("QBoxLayout"),
        QStringLiteral("QCheckBox"),
        QStringLiteral("QComboBox"),
        QStringLiteral("QDialog"),
        QStringLiteral("QDialogButtonBox"),
        QStringLiteral("QFileDialog"),
        QStringLiteral("QFormLayout"),
        QStringLiteral("QFrame"),
        QStringLiteral("QGridLayout"),
        QStringLiteral("QGroupBox"),
        QStringLiteral("QHBoxLayout"),
        QStringLiteral("QHeaderView"),
        QStringLiteral("QInputDialog"),
        QStringLiteral("QLabel"),
        QStringLiteral("QLayout"),
        QStringLiteral("QLineEdit"),
        QStringLiteral("QListView"),
        QStringLiteral("QListWidget"),
        QStringLiteral("QMainWindow"),
        QStringLiteral("QMenu"),
        QStringLiteral("QMenuBar"),
        QStringLiteral("QMessageBox"),
        QStringLiteral("QPlainTextEdit"),
        QStringLiteral("QProgressBar"),
        QStringLiteral("QPushButton"),
        QStringLiteral("QRadioButton"),
        QStringLiteral("QScrollArea"),
        QStringLiteral("QSpinBox"),
        QStringLiteral("QSplitter"),
        QStringLiteral("QStackedWidget"),
        QStringLiteral("QStatusBar"),
        QStringLiteral("QStyle"),
        QStringLiteral("QStyledItemDelegate"),
        QStringLiteral("QSystemTrayIcon"),
        QStringLiteral("QTabWidget"),
        QStringLiteral("QTableView"),
        QStringLiteral("QTableWidget"),
        QStringLiteral("QTextEdit"),
        QStringLiteral("QToolBar"),
        QStringLiteral("QToolButton"),
        QStringLiteral("QTreeView"),
        QStringLiteral("QTreeWidget"),
        QStringLiteral("QVBoxLayout"),
        QStringLiteral("QWidget"),
        QStringLiteral("QWizard"),
        QStringLiteral("QWizardPage"),
        QStringLiteral("QSvgWidget"),
        QStringLiteral("QPrintDialog"),
    };
    const QDir include(QLibraryInfo::path(QLibraryInfo::HeadersPath));
    const QStringList modules
        = include.entryList({ QStringLiteral("Qt*Widgets"), QStringLiteral("QtPrintSupport") },
            QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &module : modules) {
        const QStringList files = QDir(include.filePath(module)).entryList(QDir::Files);
        for (const QString &file : files)
            headers.insert(file);
    }
    // Lower-case spellings (<qwidget.h>) of the class headers above.
    const QSet<QString> classes = headers;
    for (const QString &name : classes) {
        if (!name.contains(u'.'))
            headers.insert(name.toLower() + QStringLiteral(".h"));
    }
    return headers;
}

QStringList SourceScanner::sourceFiles(
    const QString &root, const QStringList &subdirs, const QStringList &suffixes)
{
    QStringList files;
    for (const QString &subdir : subdirs) {
        QDirIterator it(QDir(root).filePath(subdir), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (suffixes.contains(QFileInfo(path).suffix()) || suffixes.contains(QFileInfo(path).fileName()))
                files << QDir::cleanPath(path);
        }
    }
    files.sort();
    return files;
}

QString SourceScanner::readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

int SourceScanner::lineOf(const QString &text, qsizetype pos)
{
    return int(QStringView(text).left(pos).count(u'\n')) + 1;
}

} // namespace cairn::test
