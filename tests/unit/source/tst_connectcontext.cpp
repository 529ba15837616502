// Every connect() in core/, ui/ and app/ has a context object, and none is string-based.
// Qt 6.4 ignores QT_NO_CONTEXTLESS_CONNECT, so this test reads the sources instead. The scanner is
// first proven on snippets that must pass and snippets that must fail.
#include "SourceScanner.h"

#include <QDir>
#include <QTest>

using cairn::test::SourceScanner;

class tst_ConnectContext final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codeView_data();
    void codeView();
    void callArguments_data();
    void callArguments();
    void contextlessConnects_data();
    void contextlessConnects();
    void stringBasedConnects_data();
    void stringBasedConnects();
    void sourceTree();
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

void tst_ConnectContext::codeView_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain code is unchanged") << QStringLiteral("f(a, b);") << QStringLiteral("f(a, b);");
    QTest::addRow("block comment") << QStringLiteral("a /* b, ) */ c") << QStringLiteral("a            c");
    QTest::addRow("block comment keeps line breaks")
        << QStringLiteral("a /*\n(\n*/ b") << QStringLiteral("a   \n \n   b");
    QTest::addRow("line comment") << QStringLiteral("a // (, \nb") << QStringLiteral("a       \nb");
    QTest::addRow("line comment continued by a backslash")
        << QStringLiteral("a // x \\\nconnect(\nb") << QStringLiteral("a       \n        \nb");
    QTest::addRow("string with escaped quote")
        << QStringLiteral(R"(s("a, \" ) b"), t)") << QStringLiteral(R"(s("         "), t)");
    QTest::addRow("comment markers inside a string")
        << QStringLiteral(R"(s("// /*"), t)") << QStringLiteral(R"(s("     "), t)");
    QTest::addRow("raw string with a quote and a paren")
        << QStringLiteral(R"--(s(R"x(a ")" b)x"), t)--") << QStringLiteral(R"--(s(R"           "), t)--");
    QTest::addRow("char literals") << QStringLiteral(R"(f(',', '\'', ')'))")
                                   << QStringLiteral(R"(f(' ', '  ', ' '))");
    QTest::addRow("digit separators are not char literals")
        << QStringLiteral("f(1'000'000, 0xFF'FF, x)") << QStringLiteral("f(1'000'000, 0xFF'FF, x)");
    QTest::addRow("unterminated string stops at the line end")
        << QStringLiteral("a(\"b, c\nd)") << QStringLiteral("a(\"    \nd)");
}

void tst_ConnectContext::codeView()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const QString view = SourceScanner::codeView(source);
    QCOMPARE(view.size(), source.size());
    QCOMPARE(view, expected);
}

void tst_ConnectContext::callArguments_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QStringList>("arguments");

    QTest::addRow("no arguments") << QStringLiteral("f()") << true << QStringList();
    QTest::addRow("one") << QStringLiteral("f( a )") << true << QStringList { QStringLiteral("a") };
    QTest::addRow("nested call") << QStringLiteral("f(g(a, b), c)") << true
                                 << QStringList { QStringLiteral("g(a, b)"), QStringLiteral("c") };
    QTest::addRow("lambda with captures and a comma operator")
        << QStringLiteral("f(a, [x, y](int p, int q) { return p, q; })") << true
        << QStringList { QStringLiteral("a"), QStringLiteral("[x, y](int p, int q) { return p, q; }") };
    QTest::addRow("template arguments")
        << QStringLiteral("f(qOverload<int, bool>(&A::s), b)") << true
        << QStringList { QStringLiteral("qOverload<int, bool>(&A::s)"), QStringLiteral("b") };
    QTest::addRow("nested templates and a function type")
        << QStringLiteral("f(std::function<void(int, int)> g, QMap<int, QList<int>> m)") << true
        << QStringList { QStringLiteral("std::function<void(int, int)> g"),
               QStringLiteral("QMap<int, QList<int>> m") };
    QTest::addRow("less-than is not a template") << QStringLiteral(
        "f(a < b, c)") << true << QStringList { QStringLiteral("a < b"), QStringLiteral("c") };
    QTest::addRow("string and char literals with commas and parens")
        << QStringLiteral(R"(f("a, (b", ',', ')'))") << true
        << QStringList { QStringLiteral("\"     \""), QStringLiteral("' '"), QStringLiteral("' '") };
    QTest::addRow("comment with a comma") << QStringLiteral("f(a /* , */, b // ,\n)") << true
                                          << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::addRow("never closed") << QStringLiteral("f(a, b") << false << QStringList();
    QTest::addRow("closed by the wrong bracket") << QStringLiteral("f(a, b]") << false << QStringList();
}

void tst_ConnectContext::callArguments()
{
    QFETCH(QString, source);
    QFETCH(bool, closed);
    QFETCH(QStringList, arguments);
    const QString code = SourceScanner::codeView(source);
    bool ok = !closed;
    const QStringList actual = SourceScanner::callArguments(code, code.indexOf(u'('), &ok);
    QCOMPARE(ok, closed);
    QCOMPARE(actual, arguments);
}

void tst_ConnectContext::contextlessConnects_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QList<int>>("lines");
    const QList<int> none;

    // Good: every connect has a context object, or is not a connect at all.
    QTest::addRow("good: context and lambda")
        << QByteArray("connect(a, &A::done, this, [this] { go(); });") << none;
    QTest::addRow("good: receiver and member slot") << QByteArray("connect(a, &A::done, b, &B::go);") << none;
    QTest::addRow("good: connection type")
        << QByteArray("QObject::connect(a, &A::done, this, [] {}, Qt::QueuedConnection);") << none;
    QTest::addRow("good: multi-line with context") << QByteArray(R"(connect(m_runner, &BackupRun::progress,
        this,
        [this](qint64 done, qint64 total) {
            update(done, total);
        });)") << none;
    QTest::addRow("good: commas and parens in a string inside the lambda")
        << QByteArray(R"(connect(a, &A::s, this, [] { log(", ) ,"); });)") << none;
    QTest::addRow("good: char literals inside the lambda")
        << QByteArray("connect(a, &A::s, this, [] { split(','); split('('); });") << none;
    QTest::addRow("good: comment inside the arguments")
        << QByteArray("connect(a, /* , ) */ &A::s, this, &B::t);") << none;
    QTest::addRow("good: overload picked with a template and context")
        << QByteArray("connect(box, qOverload<int, bool>(&Box::changed), this, [] {});") << none;
    QTest::addRow("good: contextless connect in a comment")
        << QByteArray("// connect(a, &A::s, [] {});") << none;
    QTest::addRow("good: contextless connect in a block comment")
        << QByteArray("/* connect(a, &A::s,\n [] {}); */") << none;
    QTest::addRow("good: contextless connect in a backslash-continued comment")
        << QByteArray("// see below \\\nconnect(a, &A::s, [] {});") << none;
    QTest::addRow("good: contextless connect in a string")
        << QByteArray(R"cpp(const char *x = "connect(a, &A::s, [] {})";)cpp") << none;
    QTest::addRow("good: contextless connect in a raw string")
        << QByteArray(R"--(auto s = R"x(connect(a, &A::s, [] {}) )" )x";)--") << none;
    QTest::addRow("good: disconnect has three arguments") << QByteArray("disconnect(a, &A::s, b);") << none;
    QTest::addRow("good: reconnect is another function") << QByteArray("reconnect(a, &A::s, [] {});") << none;
    QTest::addRow("good: POSIX connect")
        << QByteArray("::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);") << none;
    QTest::addRow("good: an SSH connect declaration")
        << QByteArray("bool connect(const QString &host, quint16 port, const std::atomic_bool &cancel);")
        << none;

    // Bad: three arguments, so no context object.
    QTest::addRow("bad: lambda without context")
        << QByteArray("connect(a, &A::done, [this] { go(); });") << QList<int> { 1 };
    QTest::addRow("bad: QObject::connect")
        << QByteArray("QObject::connect(a, &A::done, [] {});") << QList<int> { 1 };
    QTest::addRow("bad: through a pointer")
        << QByteArray("m_obj->connect(a, &A::s, [] {});") << QList<int> { 1 };
    QTest::addRow("bad: space before the parenthesis")
        << QByteArray("connect (a, &A::s, [] {});") << QList<int> { 1 };
    QTest::addRow("bad: functor variable")
        << QByteArray("connect(a, &A::done, handler);") << QList<int> { 1 };
    QTest::addRow("bad: free function")
        << QByteArray("connect(a, &A::done, &freeFunction);") << QList<int> { 1 };
    QTest::addRow("bad: signal in a variable, lambda")
        << QByteArray("connect(a, signal, [] {});") << QList<int> { 1 };
    QTest::addRow("bad: multi-line lambda with commas") << QByteArray(R"(int x = 0;
connect(m_runner,
        &BackupRun::progress,
        [this](qint64 done, qint64 total) {
            update(done, total);
        });)") << QList<int> { 2 };
    QTest::addRow("bad: qOverload with two template arguments")
        << QByteArray("connect(box, qOverload<int, bool>(&Box::changed), [] {});") << QList<int> { 1 };
    QTest::addRow("bad: QOverload::of")
        << QByteArray("connect(box, QOverload<int>::of(&Box::changed), [](int) {});") << QList<int> { 1 };
    QTest::addRow("bad: static_cast to a member function type")
        << QByteArray("connect(a, static_cast<void (A::*)(int)>(&A::s), [] {});") << QList<int> { 1 };
    QTest::addRow("bad: after a string and a comment with parens") << QByteArray(R"(log("connect(");  // )
/* ( */ connect(a, &A::s, [] {});)") << QList<int> { 2 };
    QTest::addRow("bad: digit separator inside the lambda")
        << QByteArray("connect(a, &A::s, [] { wait(1'000); });") << QList<int> { 1 };
    QTest::addRow("bad: raw string with a quote and a paren inside the lambda")
        << QByteArray(R"--(connect(a, &A::s, [] { run(R"(a, b) ")"); });)--") << QList<int> { 1 };
    QTest::addRow("bad: after bytes that are not UTF-8")
        << QByteArray("// caf\xe9 \xff\xfe\nconnect(a, &A::s, [] {});") << QList<int> { 2 };
    QTest::addRow("bad: two of them, one good between") << QByteArray(R"(connect(a, &A::s, [] {});
connect(a, &A::s, this, [] {});
connect(b, &B::t, [] {});)") << QList<int> { 1, 3 };
}

void tst_ConnectContext::contextlessConnects()
{
    QFETCH(QByteArray, source);
    QFETCH(QList<int>, lines);
    QCOMPARE(linesOf(SourceScanner::contextlessConnects(QString::fromUtf8(source))), lines);
}

void tst_ConnectContext::stringBasedConnects_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QList<int>>("lines");
    const QList<int> none;

    QTest::addRow("good: Q_SIGNALS and Q_SLOTS sections")
        << QByteArray("Q_SIGNALS:\n    void done();\nprivate Q_SLOTS:\n    void go();") << none;
    QTest::addRow("good: Q_SIGNAL and Q_SLOT markers")
        << QByteArray("Q_SIGNAL void done(); Q_SLOT void go();") << none;
    QTest::addRow("good: SIGNAL in a comment") << QByteArray("// never SIGNAL(done()) here") << none;
    QTest::addRow("good: SLOT in a string") << QByteArray(R"cpp(tr("Press SLOT(1)");)cpp") << none;
    QTest::addRow("good: identifiers that contain SIGNAL")
        << QByteArray("MYSIGNAL(x); emitSIGNAL(y); SLOTS(z);") << none;
    QTest::addRow("good: pointer-to-member") << QByteArray("connect(a, &A::s, this, &B::t);") << none;

    QTest::addRow("bad: SIGNAL and SLOT")
        << QByteArray("connect(a, SIGNAL(done()), this, SLOT(go()));") << QList<int> { 1, 1 };
    QTest::addRow("bad: multi-line") << QByteArray(
        "connect(a,\n        SIGNAL(done()),\n        b,\n        SLOT(go()));")
                                     << QList<int> { 2, 4 };
    QTest::addRow("bad: space before the parenthesis")
        << QByteArray("QObject::disconnect(a, SIGNAL (done()), 0, 0);") << QList<int> { 1 };
    QTest::addRow("bad: string signal without the macro")
        << QByteArray(R"cpp(connect(a, "2done()", this, "1go()");)cpp") << QList<int> { 1 };
}

void tst_ConnectContext::stringBasedConnects()
{
    QFETCH(QByteArray, source);
    QFETCH(QList<int>, lines);
    QCOMPARE(linesOf(SourceScanner::stringBasedConnects(QString::fromUtf8(source))), lines);
}

void tst_ConnectContext::sourceTree()
{
    const QString root = qEnvironmentVariable("CAIRN_SOURCE_DIR");
    QVERIFY2(!root.isEmpty() && QDir(root).exists(QStringLiteral("core")),
        "CAIRN_SOURCE_DIR must name the source tree; cairn_add_test sets it, so run this test through "
        "ctest.");
    const QStringList files = SourceScanner::sourceFiles(root,
        { QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app") },
        { QStringLiteral("cpp"), QStringLiteral("h"), QStringLiteral("hpp"), QStringLiteral("cc") });
    // Proves the walk found the tree, so an empty result below means something.
    QVERIFY2(
        files.contains(QDir(root).filePath(QStringLiteral("app/main.cpp"))), qPrintable(files.join(u' ')));

    QStringList problems;
    for (const QString &path : files) {
        QString error;
        const QString text = SourceScanner::readText(path, &error);
        const QString name = QDir(root).relativeFilePath(path);
        if (!error.isEmpty()) {
            problems << QStringLiteral("%1: cannot read: %2").arg(name, error);
            continue;
        }
        const auto findings
            = SourceScanner::contextlessConnects(text) + SourceScanner::stringBasedConnects(text);
        for (const auto &finding : findings)
            problems << QStringLiteral("%1:%2: %3").arg(name).arg(finding.line).arg(finding.message);
    }
    qInfo("scanned %lld files under core/, ui/ and app/", qlonglong(files.size()));
    if (!problems.isEmpty())
        QFAIL(qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_ConnectContext)
#include "tst_connectcontext.moc"
