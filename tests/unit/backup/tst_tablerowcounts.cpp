// TableRowCounts: the manifest's per-table rows survive a JSON round trip, and a restore drill's
// tables are compared with them (missing, unexpected and changed tables, and tables the backup saw
// change while it ran, which carry no count).
#include "backup/TableRowCounts.h"

#include <QJsonDocument>
#include <QTest>

using namespace cairn;
using Kind = TableRowCounts::Mismatch::Kind;
using Restored = QMap<QString, qint64>;

namespace {

TableRowCounts recorded()
{
    TableRowCounts counts;
    counts.consistency = QStringLiteral("snapshot");
    counts.tables = { { QStringLiteral("public.people"), 3 },
        { QStringLiteral("public.we ird\nname\"'$(x)"), 0 }, { QStringLiteral("shop.busy"), std::nullopt } };
    return counts;
}

} // namespace

class TestTableRowCounts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughTheManifest()
    {
        const TableRowCounts counts = recorded();
        const QJsonObject manifest { { QStringLiteral("rowCounts"), counts.toJson() } };
        // Through bytes, as the manifest is stored.
        const auto back = TableRowCounts::fromManifest(
            QJsonDocument::fromJson(QJsonDocument(manifest).toJson()).object());
        QVERIFY(back);
        QCOMPARE(back->consistency, QStringLiteral("snapshot"));
        QCOMPARE(back->tables.size(), 3);
        QCOMPARE(back->tables.at(1).name, counts.tables.at(1).name);
        QCOMPARE(back->tables.at(0).rows, std::optional<qint64>(3));
        QCOMPARE(back->tables.at(1).rows, std::optional<qint64>(0));
        QVERIFY(!back->tables.at(2).rows.has_value());
        QCOMPARE(back->countedTables(), 2);
    }

    void aManifestWithoutCountsHasNone()
    {
        QVERIFY(!TableRowCounts::fromManifest(QJsonObject {}));
        QVERIFY(!TableRowCounts::fromManifest(QJsonObject { { QStringLiteral("rowCounts"), 5 } }));
    }

    void compare_data()
    {
        QTest::addColumn<Restored>("restored");
        QTest::addColumn<int>("kind"); // -1: no mismatch
        QTest::addColumn<QString>("table");
        QTest::addColumn<qint64>("recordedRows");
        QTest::addColumn<qint64>("restoredRows");

        const QString people = QStringLiteral("public.people");
        const QString weird = QStringLiteral("public.we ird\nname\"'$(x)");
        const QString busy = QStringLiteral("shop.busy");
        QTest::addRow("identical") << Restored { { people, 3 }, { weird, 0 }, { busy, 7 } } << -1 << QString()
                                   << qint64(0) << qint64(0);
        QTest::addRow("one row more") << Restored { { people, 4 }, { weird, 0 }, { busy, 7 } }
                                      << int(Kind::Rows) << people << qint64(3) << qint64(4);
        QTest::addRow("empty table got a row") << Restored { { people, 3 }, { weird, 1 }, { busy, 7 } }
                                               << int(Kind::Rows) << weird << qint64(0) << qint64(1);
        QTest::addRow("uncounted table missing") << Restored { { people, 3 }, { weird, 0 } }
                                                 << int(Kind::Missing) << busy << qint64(0) << qint64(0);
        QTest::addRow("unexpected table")
            << Restored { { people, 3 }, { weird, 0 }, { busy, 7 }, { QStringLiteral("public.x"), 1 } }
            << int(Kind::Unexpected) << QStringLiteral("public.x") << qint64(0) << qint64(1);
        QTest::addRow("names compare exactly")
            << Restored { { QStringLiteral("public.People"), 3 }, { weird, 0 }, { busy, 7 } }
            << int(Kind::Missing) << people << qint64(3) << qint64(0);
    }

    void compare()
    {
        QFETCH(Restored, restored);
        QFETCH(int, kind);
        const auto mismatch = TableRowCounts::compare(recorded(), restored);
        QCOMPARE(mismatch.has_value(), kind >= 0);
        if (!mismatch)
            return;
        QFETCH(QString, table);
        QFETCH(qint64, recordedRows);
        QFETCH(qint64, restoredRows);
        QCOMPARE(int(mismatch->kind), kind);
        QCOMPARE(mismatch->table, table);
        QCOMPARE(mismatch->recorded, recordedRows);
        QCOMPARE(mismatch->restored, restoredRows);
    }

    void noRecordedTablesMeansNoneRestored()
    {
        TableRowCounts empty;
        empty.consistency = QStringLiteral("snapshot");
        QVERIFY(!TableRowCounts::compare(empty, {}));
        QVERIFY(TableRowCounts::compare(empty, { { QStringLiteral("public.t"), 0 } }));
    }
};

QTEST_GUILESS_MAIN(TestTableRowCounts)
#include "tst_tablerowcounts.moc"
