// Storage benchmark (built, never run by ctest): the cost of presigning 10,000 UploadPart URLs, and
// of listing 10,000 objects through S3Client against the local S3 fixture beside
// `aws s3api list-objects-v2` on the same bucket, printed as a ratio.
//
//   bench_s3_storage [--objects N]      (run from the build tree, or with CAIRN_FIXTURES set)

#include "PeerFixture.h"
#include "TestProcess.h"

#include "storage/S3Client.h"
#include "storage/S3Presigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cairn;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int objects = 10000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--objects")); at >= 0 && at + 1 < args.size())
        objects = args.at(at + 1).toInt();
    QTextStream out(stdout);

    // s3rver's continuation tokens need Node's legacy OpenSSL provider (see S3TestBed).
    qputenv("NODE_OPTIONS", "--openssl-legacy-provider");
    auto s3 = test::PeerFixture::start(QStringLiteral("s3"));
    if (!s3) {
        QTextStream(stderr) << test::PeerFixture::lastError() << '\n';
        return 1;
    }
    S3Target target;
    target.endpoint = QUrl(s3->value(QStringLiteral("ENDPOINT")));
    target.region = s3->value(QStringLiteral("REGION"));
    target.bucket = s3->value(QStringLiteral("BUCKET"));
    target.accessKeyId = s3->value(QStringLiteral("ACCESS_KEY_ID"));
    target.addressing = S3Addressing::Path;
    const QByteArray secret = s3->value(QStringLiteral("SECRET_ACCESS_KEY")).toUtf8();
    S3Client client(target, SigningSecret(secret));

    // 1. Presigning.
    const auto created = client.createMultipartUpload(QStringLiteral("bench/big.tar.zst"));
    if (!created.ok()) {
        QTextStream(stderr) << created.error.message << '\n';
        return 1;
    }
    const S3Presigner presigner = client.presigner();
    const QByteArray md5 = QCryptographicHash::hash("part", QCryptographicHash::Md5).toBase64();
    QElapsedTimer timer;
    timer.start();
    qsizetype totalLength = 0;
    for (int part = 1; part <= 10000; ++part) {
        const PresignedUrl url = presigner.presignUploadPart(
            QStringLiteral("bench/big.tar.zst"), created.value, part, 64 * 1024 * 1024, md5, 3600);
        totalLength += url.url.toEncoded().size();
    }
    const qint64 presignNs = timer.nsecsElapsed();
    out << "presign 10000 UploadPart URLs: " << presignNs / 1000000.0 << " ms (" << presignNs / 10000 / 1000.0
        << " us per URL, avg URL " << totalLength / 10000 << " bytes)\n";

    // 2. Listing: fill the bucket, then list it both ways.
    timer.restart();
    for (int i = 0; i < objects; ++i) {
        const auto put = client.putObject(
            QStringLiteral("list/obj-%1").arg(i, 6, 10, QLatin1Char('0')), QByteArray::number(i));
        if (!put.ok()) {
            QTextStream(stderr) << put.error.message << '\n';
            return 1;
        }
    }
    out << "filled " << objects << " objects in " << timer.elapsed() / 1000.0 << " s\n";

    timer.restart();
    const auto listed = client.listAllObjects(QStringLiteral("list/"));
    const qint64 cairnMs = timer.elapsed();
    if (!listed.ok() || listed.value.size() != objects) {
        QTextStream(stderr) << "listing failed: " << listed.error.message << " (" << listed.value.size()
                            << ")\n";
        return 1;
    }

    QTemporaryDir home;
    QProcessEnvironment env = test::TestProcess::cleanEnvironment(home.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), target.accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromUtf8(secret));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), target.region);
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    timer.restart();
    const auto aws = test::TestProcess::run(QStringLiteral("/usr/bin/aws"),
        { QStringLiteral("--endpoint-url"), target.endpoint.toString(), QStringLiteral("s3api"),
            QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"), target.bucket,
            QStringLiteral("--prefix"), QStringLiteral("list/"), QStringLiteral("--query"),
            QStringLiteral("length(Contents)") },
        env, {}, 600000);
    const qint64 awsMs = timer.elapsed();
    if (!aws.finished || aws.exitCode != 0 || aws.out.trimmed().toInt() != objects) {
        QTextStream(stderr) << "aws failed: " << aws.describe() << '\n';
        return 1;
    }
    out << "list " << objects << " objects: Cairn " << cairnMs << " ms, aws s3api list-objects-v2 " << awsMs
        << " ms, ratio Cairn/aws " << double(cairnMs) / double(qMax<qint64>(1, awsMs)) << '\n';
    out << "bytes received by Cairn (bodies): " << client.bytesReceived() << '\n';
    return 0;
}
