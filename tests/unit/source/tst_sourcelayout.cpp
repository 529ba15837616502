// core/ builds without widgets: no widget header in its sources, no Widgets (or cairn_ui) in its CMake
// files. The scanner is first proven on snippets that must pass and snippets that must fail.
#include "SourceScanner.h"

#include <QDir>
#include <QTest>

using cairn::test::SourceScanner;

class tst_SourceLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void widgetIncludes_data();
    void widgetIncludes();
    void widgetsInCMake_data();
    void widgetsInCMake();
    void coreHasNoWidgetIncludes();
    void coreCMakeHasNoWidgets();

private:
    QString m_root;
    QSet<QString> m_widgetHeaders;
};

namespace {

QList<int> linesOf(const QList<SourceScanner::Finding> &findings)
{
    QList<int> lines;
    for (const auto &finding : findings)
        lines << finding.line;
    return lines;
}

} // namespace

void tst_SourceLayout::initTestCase()
{
    m_root = qEnvironmentVariable("CAIRN_SOURCE_DIR");
    QVERIFY2(!m_root.isEmpty() && QDir(m_root).exists(QStringLiteral("core")),
        "CAIRN_SOURCE_DIR must name the source tree; cairn_add_test sets it, so run this test through "
        "ctest.");
    m_widgetHeaders = SourceScanner::widgetHeaders();
    // The installed QtWidgets headers must have been read, not only the short built-in list.
    QVERIFY2(m_widgetHeaders.contains(QStringLiteral("QDateTimeEdit"))
            && m_widgetHeaders.contains(QStringLiteral("qkeysequenceedit.h")),
        "The QtWidgets headers were not found under QLibraryInfo::HeadersPath.");
}

void tst_SourceLayout::widgetIncludes_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QList<int>>("lines");
    const QList<int> none;

    QTest::addRow("good: core headers") << QByteArray(
        "#include <QObject>\n#include \"store/Store.h\"\n#include <QtCore/QString>\n#include <QSqlDatabase>")
                                        << none;
    QTest::addRow("good: Gui-free Svg renderer is not a widget")
        << QByteArray("#include <QSvgRenderer>") << none;
    QTest::addRow("good: a header whose name contains Widget")
        << QByteArray("#include \"backup/WidgetlessRun.h\"\n#include \"QWidgetTools.h\"") << none;
    QTest::addRow("good: commented out")
        << QByteArray("// #include <QWidget>\n/* #include <QtWidgets> */") << none;
    QTest::addRow("good: inside a raw string")
        << QByteArray("auto s = R\"(\n#include <QWidget>\n)\";") << none;

    QTest::addRow("bad: QWidget") << QByteArray("#include <QObject>\n#include <QWidget>") << QList<int> { 2 };
    QTest::addRow("bad: the whole module") << QByteArray("#include <QtWidgets>") << QList<int> { 1 };
    QTest::addRow("bad: module path") << QByteArray("#include <QtWidgets/QPushButton>") << QList<int> { 1 };
    QTest::addRow("bad: quoted, spaced, lower-case file")
        << QByteArray("#  include \"QtWidgets/qwidget.h\"") << QList<int> { 1 };
    QTest::addRow("bad: lower-case header") << QByteArray("#include <qmessagebox.h>") << QList<int> { 1 };
    QTest::addRow("bad: Svg widgets") << QByteArray("#include <QtSvgWidgets/QSvgWidget>") << QList<int> { 1 };
    QTest::addRow("bad: tray icon") << QByteArray("#include <QObject>\n\n#include <QSystemTrayIcon>")
                                    << QList<int> { 3 };
    QTest::addRow("bad: a class only the installed headers know")
        << QByteArray("#include <QKeySequenceEdit>") << QList<int> { 1 };
    QTest::addRow("bad: after bytes that are not UTF-8")
        << QByteArray("// \xff\xfe caf\xe9\n#include <QApplication>") << QList<int> { 2 };
}

void tst_SourceLayout::widgetIncludes()
{
    QFETCH(QByteArray, source);
    QFETCH(QList<int>, lines);
    QCOMPARE(linesOf(SourceScanner::widgetIncludes(QString::fromUtf8(source), m_widgetHeaders)), lines);
}

void tst_SourceLayout::widgetsInCMake_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QList<int>>("lines");
    const QList<int> none;

    QTest::addRow("good: core's own links")
        << QByteArray("target_link_libraries(cairn_core PUBLIC cairn_config Qt6::Core Qt6::Network Qt6::Sql)")
        << none;
    QTest::addRow("good: a comment may say why")
        << QByteArray("# Never Qt6::Widgets or cairn_ui here\nadd_library(x)") << none;
    QTest::addRow("good: bracket comment")
        << QByteArray("#[==[ Widgets\n  ]] Widgets ]==]\nadd_library(x)") << none;
    QTest::addRow("good: comment after a quoted hash") << QByteArray("message(\"#\") # Widgets") << none;
    QTest::addRow("good: a name that contains cairn_ui") << QByteArray("set(my_cairn_uid 1)") << none;

    QTest::addRow("bad: find_package Widgets")
        << QByteArray("find_package(Qt6 REQUIRED COMPONENTS Core Widgets)") << QList<int> { 1 };
    QTest::addRow("bad: link Qt6::Widgets")
        << QByteArray("add_library(x)\ntarget_link_libraries(cairn_core PRIVATE Qt6::Widgets)")
        << QList<int> { 2 };
    QTest::addRow("bad: link the ui library")
        << QByteArray("target_link_libraries(cairn_core PRIVATE cairn_ui)") << QList<int> { 1 };
    QTest::addRow("bad: hash in quotes is not a comment")
        << QByteArray("message(\"# not a comment\")\ntarget_link_libraries(a Qt::SvgWidgets)")
        << QList<int> { 2 };
    QTest::addRow("bad: after a closed bracket comment")
        << QByteArray("#[[ x ]] Qt6::Widgets") << QList<int> { 1 };
}

void tst_SourceLayout::widgetsInCMake()
{
    QFETCH(QByteArray, source);
    QFETCH(QList<int>, lines);
    QCOMPARE(linesOf(SourceScanner::widgetsInCMake(QString::fromUtf8(source))), lines);
}

void tst_SourceLayout::coreHasNoWidgetIncludes()
{
    const QStringList files = SourceScanner::sourceFiles(m_root, { QStringLiteral("core") },
        { QStringLiteral("cpp"), QStringLiteral("h"), QStringLiteral("hpp"), QStringLiteral("cc") });
    QVERIFY2(!files.isEmpty(), "No C++ files found under core/.");
    QStringList problems;
    for (const QString &path : files) {
        QString error;
        const QString text = SourceScanner::readText(path, &error);
        const QString name = QDir(m_root).relativeFilePath(path);
        if (!error.isEmpty()) {
            problems << QStringLiteral("%1: cannot read: %2").arg(name, error);
            continue;
        }
        for (const auto &finding : SourceScanner::widgetIncludes(text, m_widgetHeaders))
            problems << QStringLiteral("%1:%2: %3").arg(name).arg(finding.line).arg(finding.message);
    }
    qInfo("scanned %lld files under core/", qlonglong(files.size()));
    if (!problems.isEmpty())
        QFAIL(qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void tst_SourceLayout::coreCMakeHasNoWidgets()
{
    const QStringList files = SourceScanner::sourceFiles(
        m_root, { QStringLiteral("core") }, { QStringLiteral("CMakeLists.txt"), QStringLiteral("cmake") });
    QVERIFY2(files.contains(QDir(m_root).filePath(QStringLiteral("core/CMakeLists.txt"))),
        qPrintable(files.join(u' ')));
    QStringList problems;
    for (const QString &path : files) {
        QString error;
        const QString text = SourceScanner::readText(path, &error);
        const QString name = QDir(m_root).relativeFilePath(path);
        if (!error.isEmpty()) {
            problems << QStringLiteral("%1: cannot read: %2").arg(name, error);
            continue;
        }
        for (const auto &finding : SourceScanner::widgetsInCMake(text))
            problems << QStringLiteral("%1:%2: %3").arg(name).arg(finding.line).arg(finding.message);
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_SourceLayout)
#include "tst_sourcelayout.moc"
