// RemoteMessage::parse: every line of backup.sh's protocol, and lines a hostile host might send.
#include "backup/RemoteMessage.h"

#include <QTest>

using namespace cairn;
using Type = RemoteMessage::Type;

class TestRemoteMessage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("number");
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("text");

        const QByteArray md5 = "1B2M2Y8AsgTpgAmY7PhCfg==";
        const QByteArray sha(64, 'a');
        QTest::addRow("hello") << QByteArray("HELLO 1") << int(Type::Hello) << 1 << qint64(0) << qint64(0)
                               << QByteArray() << QByteArray();
        QTest::addRow("info keeps the text")
            << QByteArray("INFO tar tar (GNU tar) 1.34") << int(Type::Info) << 0 << qint64(0) << qint64(0)
            << QByteArray("tar") << QByteArray("tar (GNU tar) 1.34");
        QTest::addRow("estimate") << QByteArray("ESTIMATE 123456789012") << int(Type::Estimate) << 0
                                  << qint64(123456789012) << qint64(0) << QByteArray() << QByteArray();
        QTest::addRow("need") << QByteArray("NEED 3 5242880 " + md5) << int(Type::Need) << 3
                              << qint64(5242880) << qint64(0) << md5 << QByteArray();
        QTest::addRow("need with CR") << QByteArray("NEED 3 5242880 " + md5 + '\r') << int(Type::Need) << 3
                                      << qint64(5242880) << qint64(0) << md5 << QByteArray();
        QTest::addRow("part") << QByteArray("PART 2 \"abc-1\" 99") << int(Type::Part) << 2 << qint64(99)
                              << qint64(0) << QByteArray("\"abc-1\"") << QByteArray();
        QTest::addRow("progress") << QByteArray("PROGRESS 10 5") << int(Type::Progress) << 0 << qint64(10)
                                  << qint64(5) << QByteArray() << QByteArray();
        QTest::addRow("warn keeps hostile text")
            << QByteArray("WARN changed a/$(rm -rf ~)\\n \x1b[31m") << int(Type::Warn) << 0 << qint64(0)
            << qint64(0) << QByteArray("changed") << QByteArray("a/$(rm -rf ~)\\n \x1b[31m");
        QTest::addRow("side") << QByteArray("SIDE index 77 " + md5) << int(Type::Side) << 0 << qint64(77)
                              << qint64(0) << QByteArray("index") << QByteArray();
        QTest::addRow("done") << QByteArray("DONE 100 " + sha + " 200 source=0,compress=0") << int(Type::Done)
                              << 0 << qint64(100) << qint64(200) << sha << QByteArray("source=0,compress=0");
        QTest::addRow("rows decodes the name")
            << QByteArray("ROWS 7075626c69632e7765206972640a6e616d65 12") << int(Type::Rows) << 0
            << qint64(12) << qint64(1) << QByteArray("public.we ird\nname") << QByteArray();
        QTest::addRow("rows changed during the backup")
            << QByteArray("ROWS 612e62 -") << int(Type::Rows) << 0 << qint64(0) << qint64(0)
            << QByteArray("a.b") << QByteArray();
        QTest::addRow("fail") << QByteArray("FAIL missing-path /srv/x y") << int(Type::Fail) << 0 << qint64(0)
                              << qint64(0) << QByteArray("missing-path") << QByteArray("/srv/x y");
        QTest::addRow("unknown word is ignored") << QByteArray("HINT something") << int(Type::Unknown) << 0
                                                 << qint64(0) << qint64(0) << QByteArray() << QByteArray();

        const auto invalid = [](const char *name, const QByteArray &line) {
            QTest::addRow("%s", name)
                << line << int(Type::Invalid) << 0 << qint64(0) << qint64(0) << QByteArray() << QByteArray();
        };
        invalid("need without md5", "NEED 1 5242880");
        invalid("need with a bad md5", "NEED 1 5242880 notbase64!!");
        invalid("need with a 15-byte md5", "NEED 1 5 AAAAAAAAAAAAAAAAAAAA");
        invalid("need part 0", "NEED 0 5 " + md5);
        invalid("need negative size", "NEED 1 -5 " + md5);
        invalid("need huge number", "NEED 1 99999999999999999999 " + md5);
        invalid("need extra field", "NEED 1 5 " + md5 + " x");
        invalid("need double space", "NEED 1  5 " + md5);
        invalid("part etag with space", "PART 1 \"a b\" 5");
        invalid("part etag with a quote trick", "PART 1 \"a';x\" 5");
        invalid("done short sha", "DONE 1 abc 1 s");
        invalid("done uppercase sha", "DONE 1 " + QByteArray(64, 'A') + " 1 s");
        invalid("progress text", "PROGRESS a b");
        invalid("hello without version", "HELLO");
        invalid("fail bad code", "FAIL $(x) y");
        invalid("rows uppercase hex", "ROWS 612E62 1");
        invalid("rows odd hex", "ROWS 612e6 1");
        invalid("rows not hex", "ROWS $(x) 1");
        invalid("rows negative", "ROWS 612e62 -1");
        invalid("rows without count", "ROWS 612e62");
        invalid("rows name too long",
            "ROWS " + QByteArray(2 * RemoteMessage::kMaxTableNameBytes + 2, 'a') + " 1");
        invalid("too long", "INFO x " + QByteArray(RemoteMessage::kMaxLineBytes, 'x'));
    }

    void parse()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, type);
        const RemoteMessage m = RemoteMessage::parse(line);
        QCOMPARE(int(m.type), type);
        if (type == int(Type::Invalid) || type == int(Type::Unknown))
            return;
        QFETCH(int, number);
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, text);
        QCOMPARE(m.number, number);
        QCOMPARE(m.a, a);
        QCOMPARE(m.b, b);
        QCOMPARE(m.token, token);
        QCOMPARE(m.text, text);
    }
};

QTEST_GUILESS_MAIN(TestRemoteMessage)
#include "tst_remotemessage.moc"
