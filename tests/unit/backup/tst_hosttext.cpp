// BackupRun::sanitizeHostText: what the host wrote on stderr reaches messages and logs escaped,
// bounded, and without secrets or presigned URL signatures.
#include "backup/BackupRun.h"

#include <QTest>

using namespace cairn;

class TestHostText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QByteArray("tar: /x: Cannot open")
                               << QStringLiteral("tar: /x: Cannot open");
        QTest::addRow("password") << QByteArray("mysqldump: hunter2-secret rejected")
                                  << QStringLiteral("mysqldump: [redacted] rejected");
        QTest::addRow("storage key") << QByteArray("key=wJalrXUtnFEMI/K7MDENG")
                                     << QStringLiteral("key=[redacted]");
        QTest::addRow("presigned url")
            << QByteArray(
                   "curl: (22) http://s3/b/k?partNumber=1&X-Amz-Credential=AKIA%2F20250101&X-Amz-Signature="
                   "0123456789abcdef&uploadId=x")
            << QStringLiteral(
                   "curl: (22) http://s3/b/k?partNumber=1&X-Amz-Credential=[redacted]&X-Amz-Signature="
                   "[redacted]&uploadId=x");
        QTest::addRow("control characters")
            << QByteArray("a\x1b[31mb\nc") << QStringLiteral("a\\x1b[31mb\\nc");
        QTest::addRow("invalid utf-8") << QByteArray("file-\xff") << QStringLiteral("file-\\xff");
    }

    void sanitize()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        const QList<QByteArrayView> secrets { "hunter2-secret", "wJalrXUtnFEMI/K7MDENG" };
        QCOMPARE(BackupRun::sanitizeHostText(raw, secrets), expected);
    }

    void keepsTheTail()
    {
        const QByteArray raw = QByteArray(5000, 'a') + "the end";
        const QString tail = BackupRun::sanitizeHostText(raw, {}, 100);
        QVERIFY(tail.endsWith(QStringLiteral("the end")));
        QVERIFY(tail.size() <= 102);
    }
};

QTEST_GUILESS_MAIN(TestHostText)
#include "tst_hosttext.moc"
