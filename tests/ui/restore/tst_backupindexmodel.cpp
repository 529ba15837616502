// The index tree behind the restore wizard's "choose files" page: checked folders become one
// member, partly checked folders show so, the filter keeps the way to each match, and the model
// passes QAbstractItemModelTester. Built over 100k entries, the size the page must stay quick
// with; the times are printed (never asserted).
#include "models/BackupIndexModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTreeView>
#include <QtTest>

using namespace cairn;

namespace {

// 100 folders x 1000 files under srv/www, plus a few hostile names.
QByteArray bigListing()
{
    QByteArray listing;
    listing.reserve(100 * 1000 * 80);
    listing += "drwxr-xr-x  0/0 0 2026-11-29 16:01:43 /srv/www/\n";
    for (int d = 0; d < 100; ++d) {
        const QByteArray dir = "/srv/www/d" + QByteArray::number(d);
        listing += "drwxr-xr-x  0/0 0 2026-11-29 16:01:43 " + dir + "/\n";
        for (int f = 0; f < 1000; ++f)
            listing += "-rw-r--r--  0/0 " + QByteArray::number(f) + " 2026-11-29 16:01:43 " + dir + "/f"
                + QByteArray::number(f) + ".txt\n";
    }
    listing += "-rw-r--r--  0/0 8 2026-11-29 16:01:43 /srv/www/new\\nline\n";
    listing += "-rw-r--r--  0/0 6 2026-11-29 16:01:43 /srv/www/latin1-\\351\\377\n";
    listing += "-rw-r--r--  0/0 2 2026-11-29 16:01:43 /srv/www/-C\n";
    return listing;
}

} // namespace

class TestBackupIndexModel final : public QObject {
    Q_OBJECT

    std::shared_ptr<const BackupIndex> m_index;

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray listing = bigListing();
        QElapsedTimer timer;
        timer.start();
        m_index = std::make_shared<BackupIndex>(BackupIndex::parse(listing));
        qInfo("parsed %lld entries (%lld KiB of listing) in %lld ms", qint64(m_index->entries().size()),
            qint64(listing.size() / 1024), timer.elapsed());
        QCOMPARE(m_index->entries().size(), 1 + 100 * 1001 + 3);
    }

    void passesTheModelTester()
    {
        BackupIndexModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A smaller index: the tester walks every row.
        model.setIndex(std::make_shared<BackupIndex>(BackupIndex::parse(
            "drwxr-xr-x  0/0 0 2026-11-29 16:01:43 /a/\n-rw-r--r--  0/0 1 2026-11-29 16:01:43 /a/x\n"
            "-rw-r--r--  0/0 1 2026-11-29 16:01:43 /a/y\n-rw-r--r--  0/0 1 2026-11-29 16:01:43 /b\n")));
        QCOMPARE(model.rowCount(), 2);
        model.setChecked("a", true);
        model.setFilter(QStringLiteral("y"));
        QCOMPARE(model.matchCount(), 1);
        model.setFilter({});
        model.setChecked("a/x", false);
    }

    void checkedFoldersAreOneMember()
    {
        BackupIndexModel model;
        QElapsedTimer timer;
        timer.start();
        model.setIndex(m_index);
        qInfo("model over %lld entries ready in %lld ms", qint64(m_index->entries().size()), timer.elapsed());
        QVERIFY(!model.hasChecked());
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.resize(600, 400);
        view.show();

        const QModelIndex www = model.indexOf("srv/www");
        QVERIFY(www.isValid());
        timer.restart();
        view.expand(www);
        view.expand(model.indexOf("srv/www/d5"));
        qInfo("expanding a folder of 1000 files took %lld ms", timer.elapsed());

        // Tick a whole folder (1000 files): one member.
        timer.restart();
        QVERIFY(model.setData(model.indexOf("srv/www/d5"), Qt::Checked, Qt::CheckStateRole));
        qInfo("ticking a folder of 1000 files took %lld ms", timer.elapsed());
        QCOMPARE(model.indexOf("srv/www/d5/f10.txt").data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.checkedMembers(), QList<QByteArray>({ "srv/www/d5" }));
        QCOMPARE(www.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));

        // Untick one file in it: the folder becomes 999 members, and partly checked.
        model.setChecked("srv/www/d5/f10.txt", false);
        QCOMPARE(model.indexOf("srv/www/d5").data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        const QList<QByteArray> members = model.checkedMembers();
        QCOMPARE(members.size(), 999);
        QVERIFY(!members.contains("srv/www/d5/f10.txt"));
        QVERIFY(members.contains("srv/www/d5/f11.txt"));

        // Hostile names are picked by their bytes.
        model.setChecked("srv/www/d5", false);
        model.setChecked("srv/www/latin1-\xe9\xff", true);
        model.setChecked("srv/www/new\nline", true);
        QCOMPARE(
            model.checkedMembers(), QList<QByteArray>({ "srv/www/latin1-\xe9\xff", "srv/www/new\nline" }));
        QCOMPARE(model.indexOf("srv/www/new\nline").data().toString(), QStringLiteral("new\\012line"));

        // Everything ticked at the top: the whole archive.
        timer.restart();
        model.setChecked("srv", true);
        qInfo("ticking all %lld entries took %lld ms", qint64(m_index->entries().size()), timer.elapsed());
        QVERIFY(model.allChecked());
        QCOMPARE(model.checkedMembers(), QList<QByteArray>({ "srv" }));
    }

    void filterKeepsTheWayToEachMatch()
    {
        BackupIndexModel model;
        model.setIndex(m_index);
        QElapsedTimer timer;
        timer.start();
        model.setFilter(QStringLiteral("F999.TXT"));
        qInfo("filtering %lld entries took %lld ms", qint64(m_index->entries().size()), timer.elapsed());
        QCOMPARE(model.matchCount(), 100);
        QCOMPARE(model.rowCount(), 1); // srv
        const QModelIndex www = model.indexOf("srv/www");
        QCOMPARE(model.rowCount(www), 100); // every d* folder, each with its one match
        const QModelIndex d7 = model.indexOf("srv/www/d7");
        QCOMPARE(model.rowCount(d7), 1);
        QCOMPARE(model.index(0, 0, d7).data(BackupIndexModel::PathRole).toByteArray(),
            QByteArray("srv/www/d7/f999.txt"));
        // Ticking a shown folder takes the whole folder, hidden files too.
        QVERIFY(model.setData(d7, Qt::Checked, Qt::CheckStateRole));
        model.setFilter({});
        QCOMPARE(model.rowCount(model.indexOf("srv/www/d7")), 1000);
        QCOMPARE(model.checkedMembers(), QList<QByteArray>({ "srv/www/d7" }));
        model.setFilter(QStringLiteral("no such name"));
        QCOMPARE(model.matchCount(), 0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestBackupIndexModel)
#include "tst_backupindexmodel.moc"
