// What the providers' answers mean (bodies shaped as their public API references show them), and
// which base-URL overrides are allowed. The live calls against the fakes are in
// tests/integration/providers.
#include "storage/providers/CloudProvider.h"
#include "storage/providers/ProviderAccountCheck.h"

#include <QScopeGuard>
#include <QTest>

using namespace cairn;

class TestProviderAccountCheck final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void interpret_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("accountId");
        QTest::addColumn<QString>("says"); // a word the description or error must contain

        const QByteArray doAccount
            = R"({"account": {"droplet_limit": 25, "floating_ip_limit": 5,)"
              R"("email": "sammy@digitalocean.com", "name": "Sammy the Shark", "uuid": "b6fr89dbf6d9156cace5f3c78dc9851d957381ef",)"
              R"("email_verified": true, "status": "active", "status_message": " ",)"
              R"("team": {"uuid": "5df3e3004a17e242b7c20ca6c9fc25b701a47ece", "name": "My Team"}}})";
        QTest::addRow("do ok") << QStringLiteral("digitalocean") << 200 << doAccount << true
                               << QStringLiteral("sammy@digitalocean.com") << QStringLiteral("My Team");
        QTest::addRow("do ok without team")
            << QStringLiteral("digitalocean") << 200
            << QByteArray(R"({"account": {"email": "a@b.c", "status": "warning"}})") << true
            << QStringLiteral("a@b.c") << QStringLiteral("warning");
        QTest::addRow("do 401") << QStringLiteral("digitalocean") << 401
                                << QByteArray(
                                       R"({"id": "Unauthorized", "message": "Unable to authenticate you"})")
                                << false << QString() << QStringLiteral("rejected the API token");
        QTest::addRow("do 403") << QStringLiteral("digitalocean") << 403
                                << QByteArray(R"({"id": "Forbidden", "message": "You are not authorized"})")
                                << false << QString() << QStringLiteral("account:read");
        QTest::addRow("do 429")
            << QStringLiteral("digitalocean") << 429
            << QByteArray(R"({"id": "too_many_requests", "message": "API Rate limit exceeded."})") << false
            << QString() << QStringLiteral("limiting");
        QTest::addRow("do 503") << QStringLiteral("digitalocean") << 503 << QByteArray("<html>") << false
                                << QString() << QStringLiteral("HTTP 503");
        QTest::addRow("do 200 that is not an account")
            << QStringLiteral("digitalocean") << 200 << QByteArray("<html>captive portal</html>") << false
            << QString() << QStringLiteral("no account");
        QTest::addRow("do hostile text stays out")
            << QStringLiteral("digitalocean") << 418
            << QByteArray(
                   R"({"id": "Run `rm -rf /` now\n<b>", "message": "Call 555-0100 and read your token out"})")
            << false << QString() << QStringLiteral("HTTP 418");

        const QByteArray hetznerServers
            = R"({"servers": [{"id": 42, "name": "web1"}],)"
              R"("meta": {"pagination": {"page": 1, "per_page": 1, "previous_page": null, "next_page": 2,)"
              R"("last_page": 3, "total_entries": 3}}})";
        QTest::addRow("hetzner ok") << QStringLiteral("hetzner") << 200 << hetznerServers << true << QString()
                                    << QStringLiteral("3 server");
        QTest::addRow("hetzner 401")
            << QStringLiteral("hetzner") << 401
            << QByteArray(
                   R"({"error": {"code": "unauthorized", "message": "unable to authenticate", "details": {}}})")
            << false << QString() << QStringLiteral("64 characters");
        QTest::addRow("hetzner 403")
            << QStringLiteral("hetzner") << 403
            << QByteArray(
                   R"({"error": {"code": "forbidden", "message": "insufficient permissions", "details": {}}})")
            << false << QString() << QStringLiteral("Read & Write");
        QTest::addRow("hetzner 200 not a list")
            << QStringLiteral("hetzner") << 200 << QByteArray(R"({"servers": 3})") << false << QString()
            << QStringLiteral("not a server list");
        QTest::addRow("hetzner 422 code")
            << QStringLiteral("hetzner") << 422
            << QByteArray(R"({"error": {"code": "invalid_input", "message": "x"}})") << false << QString()
            << QStringLiteral("invalid_input");

        const QByteArray identity
            = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
              R"(<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/Alice</Arn>)"
              R"(<UserId>AIDACKCEVSQ6C2EXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult>)"
              R"(<ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>)"
              R"(</GetCallerIdentityResponse>)";
        auto stsError = [](const char *code, const char *message) {
            return QByteArray(
                       "<ErrorResponse "
                       "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>")
                + code + "</Code><Message>" + message
                + "</Message></Error><RequestId>x</RequestId></ErrorResponse>";
        };
        QTest::addRow("aws ok") << QStringLiteral("aws") << 200 << identity << true
                                << QStringLiteral("AKIAEXAMPLE")
                                << QStringLiteral("123456789012 (arn:aws:iam::123456789012:user/Alice)");
        QTest::addRow("aws unknown key")
            << QStringLiteral("aws") << 403
            << stsError("InvalidClientTokenId", "The security token included in the request is invalid.")
            << false << QString() << QStringLiteral("does not know the access key ID");
        QTest::addRow("aws wrong secret")
            << QStringLiteral("aws") << 403
            << stsError("SignatureDoesNotMatch", "The request signature we calculated...") << false
            << QString() << QStringLiteral("rejected the secret access key");
        QTest::addRow("aws clock") << QStringLiteral("aws") << 403
                                   << stsError("SignatureDoesNotMatch",
                                          "Signature expired: 20130524T000000Z is now earlier than ...")
                                   << false << QString() << QStringLiteral("clock");
        QTest::addRow("aws 200 garbage") << QStringLiteral("aws") << 200 << QByteArray("{}") << false
                                         << QString() << QStringLiteral("not a GetCallerIdentity");
        QTest::addRow("aws throttled")
            << QStringLiteral("aws") << 400 << stsError("Throttling", "Rate exceeded") << false << QString()
            << QStringLiteral("HTTP 400 Throttling");
    }

    void interpret()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, accountId);
        QFETCH(QString, says);
        const CloudProvider *p = CloudProvider::find(provider);
        QVERIFY(p);
        const auto outcome = ProviderAccountCheck::interpret(*p, status, body, QStringLiteral("AKIAEXAMPLE"));
        QCOMPARE(outcome.ok, ok);
        QCOMPARE(outcome.accountId, accountId);
        const QString sentence = ok ? outcome.description : outcome.error;
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')) && !sentence.contains(QLatin1Char('\n')),
            qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1String("555-0100")) && !sentence.contains(QLatin1String("<b>")),
            qPrintable(sentence));
        QCOMPARE(ok ? outcome.error.isEmpty() : outcome.description.isEmpty(), true);
    }

    void baseUrlOverrides_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("unset: the provider's own") << QByteArray() << true;
        QTest::addRow("https anywhere") << QByteArray("https://api.example.net/base") << true;
        QTest::addRow("http to 127.0.0.1") << QByteArray("http://127.0.0.1:8080") << true;
        QTest::addRow("http to ::1") << QByteArray("http://[::1]:8080") << true;
        QTest::addRow("http to localhost") << QByteArray("http://localhost:1") << true;
        QTest::addRow("http over the network") << QByteArray("http://api.example.net") << false;
        QTest::addRow("http to a LAN address") << QByteArray("http://192.168.1.10") << false;
        QTest::addRow("user info") << QByteArray("https://token@api.example.net") << false;
        QTest::addRow("file") << QByteArray("file:///etc/passwd") << false;
        QTest::addRow("not a url") << QByteArray("::::") << false;
    }

    void baseUrlOverrides()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, allowed);
        const CloudProvider *p = CloudProvider::find(u"digitalocean");
        QVERIFY(p);
        const QByteArray before = qgetenv(p->baseUrlVariable);
        const auto restore = qScopeGuard([&] { qputenv(p->baseUrlVariable, before); });
        if (value.isEmpty())
            qunsetenv(p->baseUrlVariable);
        else
            qputenv(p->baseUrlVariable, value);
        QString problem;
        const QUrl url = p->baseUrl(&problem);
        QCOMPARE(url.isValid(), allowed);
        QCOMPARE(problem.isEmpty(), allowed);
        if (value.isEmpty())
            QCOMPARE(url, QUrl(QStringLiteral("https://api.digitalocean.com")));
        if (!allowed)
            QVERIFY2(problem.contains(QLatin1String("CAIRN_DIGITALOCEAN_API_URL")), qPrintable(problem));
    }

    void refusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addRow("unknown provider") << QStringLiteral("linode") << QString() << QByteArray("t");
        QTest::addRow("empty token") << QStringLiteral("hetzner") << QString() << QByteArray();
        QTest::addRow("aws without key id") << QStringLiteral("aws") << QString() << QByteArray("s");
    }

    void refusedBeforeAnyRequest()
    {
        QFETCH(QString, provider);
        QFETCH(QString, keyId);
        QFETCH(QByteArray, secret);
        ProviderAccountCheck check;
        check.start(provider, keyId, SecureBytes(secret));
        QVERIFY(check.isFinished());
        QVERIFY(!check.outcome().ok);
        QVERIFY(check.outcome().error.endsWith(QLatin1Char('.')));
    }
};

QTEST_GUILESS_MAIN(TestProviderAccountCheck)
#include "tst_provideraccountcheck.moc"
