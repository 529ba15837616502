// Reads Cairn's C++ and CMake sources as text and finds breaches of rules the compiler cannot enforce
// with Qt 6.4: connects without a context object (QT_NO_CONTEXTLESS_CONNECT only works from Qt 6.7),
// string-based SIGNAL()/SLOT(), widget headers in core and Widgets in core's CMake files.
// It is not a C++ parser but a tokenizer that skips comments and literals and counts top-level commas;
// tst_connectcontext and tst_sourcelayout prove it on good and bad snippets before trusting it.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cairn::test {

class SourceScanner final {
public:
    struct Finding {
        int line = 0; // 1-based
        QString message;
    };

    // The text with comments and the contents of string and character literals replaced by spaces.
    // Same length and same line breaks, so positions and line numbers carry over. Literal delimiters
    // stay, so an argument that is a string literal still starts with '"'.
    static QString codeView(const QString &text);

    // The trimmed top-level arguments of the call whose '(' is at openParen in a codeView() text.
    // *ok is false (and the list empty) when the parenthesis is never closed.
    static QStringList callArguments(const QString &code, qsizetype openParen, bool *ok = nullptr);

    // connect(sender, &Signal, lambda-or-functor): three arguments, so no context object.
    static QList<Finding> contextlessConnects(const QString &text);
    // SIGNAL(...) / SLOT(...) and connect() with a string literal as its signal.
    static QList<Finding> stringBasedConnects(const QString &text);
    // #include of a header from a widget module (QtWidgets/..., <QWidget>, <qwidget.h>, ...).
    static QList<Finding> widgetIncludes(const QString &text, const QSet<QString> &widgetHeaders);
    // A CMake file (comments ignored) that mentions Widgets or links the ui library.
    static QList<Finding> widgetsInCMake(const QString &text);

    // Common widget class headers plus every header installed for Qt's widget modules.
    static QSet<QString> widgetHeaders();
    // Files under root/subdir (recursively, for each subdir) whose suffix is in suffixes, sorted.
    static QStringList sourceFiles(
        const QString &root, const QStringList &subdirs, const QStringList &suffixes);
    // Reads a file as UTF-8 (invalid bytes become U+FFFD, one per byte, so line numbers stay right).
    static QString readText(const QString &path, QString *error);

    static int lineOf(const QString &text, qsizetype pos);
};

} // namespace cairn::test
