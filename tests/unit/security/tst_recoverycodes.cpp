// Recovery codes: ten distinct codes from an unambiguous alphabet, stored only as bcrypt hashes,
// each usable exactly once, also when two processes try the same code.
#include "security/PasswordHash.h"
#include "security/RecoveryCodes.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestRecoveryCodes final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // A database holding the hashes of codes; returns its path through *path.
    std::shared_ptr<Database> withCodes(const QStringList &codes, QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("codes-%1.sqlite").arg(++m_counter));
        if (path)
            *path = file;
        StoreError error;
        auto db = Database::open(file, &error);
        if (!db)
            return nullptr;
        QSqlDatabase connection = db->connection();
        QString reason;
        const QList<QByteArray> hashes = RecoveryCodes::hashAll(codes);
        if (hashes.size() != codes.size() || !connection.transaction()
            || !RecoveryCodes::replaceIn(connection, hashes, 1, &reason) || !connection.commit())
            return nullptr;
        return db;
    }

private Q_SLOTS:
    void generatedCodes()
    {
        QString error;
        const QStringList codes = RecoveryCodes::generate(&error);
        QVERIFY2(!codes.isEmpty(), qPrintable(error));
        QCOMPARE(codes.size(), RecoveryCodes::Count);
        const QRegularExpression shape(QStringLiteral(
            "^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}){2}$"));
        for (const QString &code : codes) {
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            QCOMPARE(codes.count(code), 1);
        }
        QVERIFY(RecoveryCodes::generate() != codes);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("normalized");
        QTest::addRow("as shown") << QStringLiteral("7KQM-X2HP-9TWC") << QByteArray("7KQMX2HP9TWC");
        QTest::addRow("lower case") << QStringLiteral("7kqm-x2hp-9twc") << QByteArray("7KQMX2HP9TWC");
        QTest::addRow("spaces") << QStringLiteral(" 7KQM X2HP 9TWC ") << QByteArray("7KQMX2HP9TWC");
        QTest::addRow("no separators") << QStringLiteral("7KQMX2HP9TWC") << QByteArray("7KQMX2HP9TWC");
        QTest::addRow("11 symbols") << QStringLiteral("7KQM-X2HP-9TW") << QByteArray();
        QTest::addRow("13 symbols") << QStringLiteral("7KQM-X2HP-9TWCA") << QByteArray();
        QTest::addRow("letter O") << QStringLiteral("7KQM-X2HP-9TWO") << QByteArray();
        QTest::addRow("digit 0") << QStringLiteral("7KQM-X2HP-9TW0") << QByteArray();
        QTest::addRow("digit 1") << QStringLiteral("7KQM-X2HP-9TW1") << QByteArray();
        QTest::addRow("letter I") << QStringLiteral("7KQM-X2HP-9TWI") << QByteArray();
        QTest::addRow("letter L") << QStringLiteral("7KQM-X2HP-9TWL") << QByteArray();
        QTest::addRow("six-digit app code") << QStringLiteral("287082") << QByteArray();
        QTest::addRow("newline") << QStringLiteral("7KQM-X2HP-9TWC\n") << QByteArray();
        QTest::addRow("shell") << QStringLiteral("$(7KQM-X2HP)") << QByteArray();
        QTest::addRow("fullwidth letters") << QStringLiteral("７ＫＱＭ-X2HP-9TWC") << QByteArray();
        QTest::addRow("empty") << QString() << QByteArray();
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, normalized);
        QCOMPARE(RecoveryCodes::normalize(input).view(), QByteArrayView(normalized));
        QCOMPARE(RecoveryCodes::looksLikeCode(input), !normalized.isEmpty());
    }

    void storedAsBcryptOnly()
    {
        const QStringList codes = RecoveryCodes::generate();
        QString path;
        auto db = withCodes(codes, &path);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT code_hash FROM recovery_codes")));
        int rows = 0;
        while (query.next()) {
            const QByteArray hash = query.value(0).toString().toLatin1();
            QVERIFY(PasswordHash::isWellFormed(hash));
            QCOMPARE(PasswordHash::costOf(hash), RecoveryCodes::HashCost);
            ++rows;
        }
        QCOMPARE(rows, RecoveryCodes::Count);
        query.finish();
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(path + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray contents = file.readAll();
            for (const QString &code : codes) {
                QVERIFY(!contents.contains(code.toLatin1()));
                QVERIFY(!contents.contains(RecoveryCodes::normalize(code).toByteArray()));
            }
        }
    }

    void eachCodeWorksOnce()
    {
        const QStringList codes = RecoveryCodes::generate();
        auto db = withCodes(codes);
        QVERIFY(db);
        RecoveryCodes store(db);
        QCOMPARE(store.remaining(), 10);

        QVERIFY(store.consume(codes.at(3).toLower()));
        QCOMPARE(store.remaining(), 9);
        QVERIFY(!store.consume(codes.at(3)));
        QCOMPARE(store.remaining(), 9);
        // Another code still works; a made-up one never does.
        QVERIFY(store.consume(codes.at(9)));
        QString madeUp = codes.at(0);
        madeUp[0] = madeUp.at(0) == QLatin1Char('2') ? QLatin1Char('3') : QLatin1Char('2');
        QVERIFY(!codes.contains(madeUp));
        QVERIFY(!store.consume(madeUp));
        QVERIFY(!store.consume(QStringLiteral("287082")));
        QCOMPARE(store.remaining(), 8);
    }

    void twoProcessesCannotBothUseACode()
    {
        // Two Database objects on one file play the GUI and cairn-cli.
        const QStringList codes = RecoveryCodes::generate();
        QString path;
        auto first = withCodes(codes, &path);
        QVERIFY(first);
        StoreError error;
        auto second = Database::open(path, &error);
        QVERIFY2(second, qPrintable(error.message));
        QVERIFY(RecoveryCodes(first).consume(codes.at(5)));
        QVERIFY(!RecoveryCodes(second).consume(codes.at(5)));
    }

    void replacingVoidsOldCodes()
    {
        const QStringList old = RecoveryCodes::generate();
        auto db = withCodes(old);
        QVERIFY(db);
        const QStringList fresh = RecoveryCodes::generate();
        QSqlDatabase connection = db->connection();
        QString reason;
        QVERIFY(connection.transaction());
        QVERIFY(RecoveryCodes::replaceIn(connection, RecoveryCodes::hashAll(fresh), 2, &reason));
        QVERIFY(connection.commit());
        RecoveryCodes store(db);
        QVERIFY(!store.consume(old.at(0)));
        QVERIFY(store.consume(fresh.at(0)));

        QVERIFY(connection.transaction());
        QVERIFY(RecoveryCodes::clearIn(connection, &reason));
        QVERIFY(connection.commit());
        QCOMPARE(store.remaining(), 0);
        QVERIFY(!store.consume(fresh.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCodes)
#include "tst_recoverycodes.moc"
