#pragma once
// Shared by the storage integration tests: a running S3 peer (the s3 fixture, or the strict layer in
// front of it), a S3Target for it, and the independent tools that check what Cairn did:
// awscli (Debian's /usr/bin/aws) and curl fed through `curl -K -` like a host would be.

#include "PeerFixture.h"
#include "TestProcess.h"

#include "storage/S3Client.h"
#include "storage/S3Target.h"

#include <QTemporaryDir>

#include <memory>

namespace cairn::test {

class S3TestBed final {
public:
    // peer: "s3" or "s3strict". nullptr (and lastError()) when the peer does not start.
    static std::unique_ptr<S3TestBed> start(const QString &peer);
    static QString lastError();

    S3Target target() const { return m_target; }
    QByteArray secret() const { return m_secret; }
    std::unique_ptr<S3Client> client() const;
    std::unique_ptr<S3Client> client(const S3Target &target, const QByteArray &secret) const;
    QString tempPath(const QString &name) const { return m_temp.filePath(name); }
    PeerFixture &peer() { return *m_peer; }

    // aws --endpoint-url ENDPOINT s3api ARGS...; credentials in the environment only.
    TestProcess::Result aws(const QStringList &args, const QByteArray &stdinData = {}) const;

    struct CurlResult {
        bool ran = false;
        int httpStatus = 0;
        QByteArray etag;
        QByteArray body; // the answer body (an S3 XML error on refusal)
        QString describe;
    };
    // PUT (with a file) or GET (to a file) of a presigned URL, the URL reaching curl only through
    // its config on stdin. extraHeaders are sent as "Name: value".
    CurlResult curl(const QUrl &url, const QString &uploadFile, const QString &downloadFile,
        const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {}) const;
    // A value quoted for a curl config file.
    static QByteArray curlQuote(const QByteArray &value);

private:
    S3TestBed() = default;

    std::unique_ptr<PeerFixture> m_peer;
    S3Target m_target;
    QByteArray m_secret;
    QTemporaryDir m_temp;
};

} // namespace cairn::test
