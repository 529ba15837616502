// Files restores end to end: the hostile tree from the backup tests is backed up once, then
// restored through RunManager (exactly as the app does) to the same sshd and to a second sshd
// standing for another server, whole or as one file and one folder chosen from the index. A
// corrupted or truncated object fails verify and restore with one sentence, and the target is
// left exactly as it was.
#include "RestoreTestRun.h"

#include "backup/BackupsInUse.h"
#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"
#include "backup/ManifestSeal.h"
#include "backup/RetentionApplier.h"
#include "backup/RunManager.h"
#include "restore/RestoreRequestLoader.h"
#include "ssh/SshHostKey.h"
#include "store/ClientKeyRepository.h"
#include "store/Database.h"
#include "store/RestoreRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

TestProcess::Result shell(const QString &script, const QStringList &args = {})
{
    return TestProcess::run(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), script, QStringLiteral("bash") } + args,
        QProcessEnvironment::systemEnvironment(), {}, 300000);
}

// Everything a restore could change in a folder and beside it: names, sizes, modes, mtimes, and
// any staging folder left next to it.
QByteArray listing(const QString &dir)
{
    const TestProcess::Result r
        = shell(QStringLiteral(
                    "cd \"$1\" && find . -printf '%p %s %m %U %T@\\n' | sort; ls -A \"$(dirname \"$1\")\""),
            { dir });
    return r.out + r.err;
}

} // namespace

class TestRestoreFiles final : public QObject {
    Q_OBJECT

private:
    RestoreRequest load(qint64 serverId, RestoreRequest::Mode mode)
    {
        return loadRestore(*m_bed, m_backupId, serverId, mode);
    }

    RestoreOutcome run(RestoreRequest request) { return runRestore(*m_bed, std::move(request)); }

    QString compare(const QString &source, const QString &restored)
    {
        const TestProcess::Result r = TestProcess::run(QStringLiteral("python3"),
            { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/treecompare.py"), source, restored },
            QProcessEnvironment::systemEnvironment());
        return r.exitCode == 0 ? QString() : QString::fromUtf8(r.out + r.err);
    }

    // Replaces the archive in the bucket (awscli, as someone with the storage keys could).
    bool replaceArchive(const QString &file)
    {
        const TestProcess::Result r = m_bed->s3().aws(
            { QStringLiteral("put-object"), QStringLiteral("--bucket"), m_bed->s3().target().bucket,
                QStringLiteral("--key"), m_objectKey, QStringLiteral("--body"), file });
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start();
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        m_root = m_bed->path(QStringLiteral("tree"));
        const TestProcess::Result made = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/maketree.sh"), m_root, QStringLiteral("12"),
                QStringLiteral("4") },
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        JobSpec spec;
        spec.paths = { m_root };
        m_jobId = m_bed->addJob(QStringLiteral("tree"), spec);
        const BackupTestBed::Outcome outcome = m_bed->run(m_jobId);
        QVERIFY2(outcome.result.succeeded(), qPrintable(outcome.result.message + outcome.result.detail));
        m_backupId = outcome.result.backupId;
        m_objectKey = outcome.result.objectKey;
        m_archiveRoot = m_root.mid(1);
        m_original = m_bed->download(m_objectKey, QStringLiteral("original.tar.zst"));
        QVERIFY(!m_original.isEmpty());

        // A second sshd stands for another server of the same client, reached with the same key.
        m_second = PeerFixture::start(QStringLiteral("sshd"));
        QVERIFY2(m_second, qPrintable(PeerFixture::lastError()));
        QFile first(m_bed->sshd().value(QStringLiteral("AUTHORIZED_KEYS")));
        QFile second(m_second->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::Append));
        second.write(first.readAll());
        second.close();
        QFile hostKeyFile(m_second->value(QStringLiteral("HOST_KEY_PUB")));
        QVERIFY(hostKeyFile.open(QIODevice::ReadOnly));
        const SshHostKey hostKey = SshHostKey::fromOpenSshLine(hostKeyFile.readAll());
        QSqlQuery q(m_bed->database()->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO servers (client_id, name, host, port, username, ssh_key_id, host_key_type, "
            "host_key, "
            "host_key_fingerprint, host_key_trusted_at, created_at) SELECT client_id, 'web 2', ?, ?, ?, "
            "ssh_key_id, ?, ?, ?, 1, 1 FROM servers WHERE id = ?"));
        q.addBindValue(m_second->value(QStringLiteral("HOST")));
        q.addBindValue(m_second->value(QStringLiteral("PORT")).toInt());
        q.addBindValue(m_second->value(QStringLiteral("USER")));
        q.addBindValue(hostKey.type());
        q.addBindValue(hostKey.blob());
        q.addBindValue(hostKey.fingerprintSha256());
        q.addBindValue(m_bed->serverId());
        QVERIFY(q.exec());
        m_secondServerId = q.lastInsertId().toLongLong();
    }

    void wholeTreeRestoresIdentically_data()
    {
        QTest::addColumn<bool>("secondServer");
        QTest::addRow("same server") << false;
        QTest::addRow("another server") << true;
    }

    void wholeTreeRestoresIdentically()
    {
        QFETCH(bool, secondServer);
        QFile::remove(QStringLiteral("/tmp/pwned"));
        RestoreRequest request = load(secondServer ? m_secondServerId : 0, RestoreRequest::Mode::Files);
        QVERIFY(request.backup.id == m_backupId);
        QCOMPARE(request.serverName, secondServer ? QStringLiteral("web 2") : m_bed->serverName());
        const QString target
            = m_bed->path(secondServer ? QStringLiteral("to second") : QStringLiteral("to same"));
        request.destination = target;
        const RestoreOutcome done = run(std::move(request));
        QVERIFY2(done.ok,
            qPrintable(done.result.message + QLatin1Char('\n') + done.result.detail + QLatin1Char('\n')
                + done.log.join(QLatin1Char('\n'))));
        QVERIFY(done.result.message.endsWith(QLatin1Char('.')));
        QCOMPARE(done.result.restoredTo, target);
        const QString differences = compare(m_root, target + m_root);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
        // Control messages only: well under 16 KiB per GiB of archive.
        QVERIFY2(done.result.bytesToDesktop < 16 * 1024,
            qPrintable(QStringLiteral("%1 bytes reached the desktop").arg(done.result.bytesToDesktop)));
        QVERIFY(!listing(target).contains(".cairn-restore-"));
        const BackupVerification verified = RestoreRepository(m_bed->database()).verification(m_backupId);
        QVERIFY(verified.verifiedAt.isValid() && verified.ok);
    }

    void oneFileAndOneFolderFromTheIndex()
    {
        RestoreRequest request = load(0, RestoreRequest::Mode::Files);
        const QString target = m_bed->path(QStringLiteral("chosen"));
        request.destination = target;
        request.archiveRoot = m_archiveRoot;
        request.members
            = { m_archiveRoot + QStringLiteral("/-C"), m_archiveRoot + QStringLiteral("/sub dir") };
        const RestoreOutcome done = run(std::move(request));
        QVERIFY2(done.ok, qPrintable(done.result.message + done.result.detail));
        const TestProcess::Result listed
            = shell(QStringLiteral("cd \"$1\" && find . | LC_ALL=C sort"), { target });
        QCOMPARE(listed.out,
            QByteArray("./\n./-C\n./sub dir\n./sub dir/deeper\n./sub dir/deeper/medium\n./sub dir/empty2\n")
                .replace("./\n", ".\n"));
        QVERIFY(compare(m_root + QStringLiteral("/sub dir"), target + QStringLiteral("/sub dir")).isEmpty());
        QFile file(target + QStringLiteral("/-C"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("C\n"));
    }

    void overTheOriginalNeedsTheServersName()
    {
        RestoreRequest request = load(0, RestoreRequest::Mode::Files);
        request.destination = m_root;
        request.archiveRoot = m_archiveRoot;
        request.overOriginal = true;
        request.confirmation = QStringLiteral("web");
        const QByteArray before = listing(m_root);
        const RestoreOutcome refused = run(std::move(request));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.result.message.contains(m_bed->serverName()), qPrintable(refused.result.message));
        QCOMPARE(listing(m_root), before);

        // Without over-original, an existing folder is refused by the host.
        RestoreRequest plain = load(0, RestoreRequest::Mode::Files);
        plain.destination = m_root;
        plain.archiveRoot = m_archiveRoot;
        const RestoreOutcome exists = run(std::move(plain));
        QVERIFY(!exists.ok);
        QVERIFY2(exists.result.message.contains(QStringLiteral("already exists")),
            qPrintable(exists.result.message));
        QCOMPARE(listing(m_root), before);

        // Confirmed: the original is replaced by the backup's copy (a file added since goes away).
        QFile added(m_root + QStringLiteral("/added later"));
        QVERIFY(added.open(QIODevice::WriteOnly));
        added.close();
        const QString reference = m_bed->path(QStringLiteral("to same")) + m_root;
        RestoreRequest confirmed = load(0, RestoreRequest::Mode::Files);
        confirmed.destination = m_root;
        confirmed.archiveRoot = m_archiveRoot;
        confirmed.overOriginal = true;
        confirmed.confirmation = m_bed->serverName();
        const RestoreOutcome replaced = run(std::move(confirmed));
        QVERIFY2(replaced.ok, qPrintable(replaced.result.message + replaced.result.detail));
        QVERIFY(!QFile::exists(m_root + QStringLiteral("/added later")));
        const QString differences = compare(reference, m_root);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    void damagedArchiveFailsVerifyAndRestore_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one byte changed")
            << QStringLiteral("printf 'X' | dd of=\"$1\" bs=1 seek=100000 conv=notrunc status=none")
            << QStringLiteral("SHA-256");
        QTest::addRow("truncated") << QStringLiteral("truncate -s -1000 \"$1\"")
                                   << QStringLiteral("manifest says");
    }

    void damagedArchiveFailsVerifyAndRestore()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QString copy = m_bed->path(QStringLiteral("damaged.tar.zst"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_original, copy));
        QVERIFY(shell(damage, { copy }).exitCode == 0);
        QVERIFY(replaceArchive(copy));
        const auto restoreOriginal = qScopeGuard([this] { replaceArchive(m_original); });

        const RestoreOutcome verify = run(load(0, RestoreRequest::Mode::Verify));
        QVERIFY(!verify.ok);
        QVERIFY(verify.result.integrityFailed);
        QVERIFY2(verify.result.message.contains(expected), qPrintable(verify.result.message));
        // One sentence: one full stop, at the end.
        QCOMPARE(verify.result.message.count(QStringLiteral(". ")), 0);
        QVERIFY(verify.result.message.endsWith(QLatin1Char('.')));
        const BackupVerification after = RestoreRepository(m_bed->database()).verification(m_backupId);
        QVERIFY(after.verifiedAt.isValid() && !after.ok);

        // A restore over the original with the confirmation: the original stays exactly as it was.
        const QByteArray before = listing(m_root);
        RestoreRequest request = load(0, RestoreRequest::Mode::Files);
        request.destination = m_root;
        request.archiveRoot = m_archiveRoot;
        request.overOriginal = true;
        request.confirmation = m_bed->serverName();
        const RestoreOutcome restore = run(std::move(request));
        QVERIFY(!restore.ok);
        QVERIFY(restore.result.integrityFailed);
        QVERIFY2(restore.result.message.contains(QStringLiteral("nothing was restored")),
            qPrintable(restore.result.message));
        QCOMPARE(listing(m_root), before);

        // A new folder is not even created.
        RestoreRequest fresh = load(0, RestoreRequest::Mode::Files);
        fresh.destination = m_bed->path(QStringLiteral("never"));
        QVERIFY(!run(std::move(fresh)).ok);
        QVERIFY(!QFileInfo::exists(m_bed->path(QStringLiteral("never"))));
    }

    void cancelLeavesNothingBehind()
    {
        RestoreRequest request = load(0, RestoreRequest::Mode::Files);
        const QString target = m_bed->path(QStringLiteral("cancelled"));
        request.destination = target;
        const QByteArray before = listing(m_bed->path(QStringLiteral("tree")));
        const RestoreOutcome done = runRestore(
            *m_bed, std::move(request), [](RunManager &manager, qint64 id) { manager.cancelRestore(id); });
        QCOMPARE(done.result.status, RestoreResult::Status::Cancelled);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY2(!listing(m_root).contains(".cairn-restore-"), listing(m_root).constData());
        QCOMPARE(listing(m_bed->path(QStringLiteral("tree"))), before);
    }

    // An encrypted archive (openssl enc as the contract says) restores with its key and fails with
    // one sentence, leaving nothing, with a wrong one.
    void encryptedArchiveNeedsItsKey()
    {
        BackupRecord record = *BackupRepository(m_bed->database()).find(m_backupId);
        // The client's keys as `cairn-cli client keys create` makes them: an RSA-4096 pair in the
        // keychain and the integrity key that seals manifests.
        ClientKeyService keys(m_bed->database(), &m_bed->secrets(), nullptr);
        bool created = false;
        QString createError;
        keys.createKeyPair(record.clientId, [&](const ClientKeyService::Result &r) {
            createError = r.error;
            created = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(created, 120000);
        QVERIFY2(createError.isEmpty() || createError.contains(QStringLiteral("already")), qPrintable(createError));
        SecureBytes integrity;
        bool gotIntegrity = false;
        keys.ensureIntegrityKey(record.clientId, [&](SecureBytes key, const ClientKeyService::Result &) {
            integrity = std::move(key);
            gotIntegrity = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(gotIntegrity, 30000);
        QVERIFY(!integrity.isEmpty());
        const auto clientKeys = ClientKeyRepository(m_bed->database()).find(record.clientId);
        QVERIFY(clientKeys && clientKeys->canEncrypt());

        // An archive encrypted exactly as backup.sh does it, its passphrase wrapped to the client.
        const QByteArray pass
            = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff").toHex();
        QString wrapError;
        const QByteArray wrapped = ClientKeyPair::wrap(clientKeys->publicKeyPem, pass, &wrapError);
        QVERIFY2(!wrapped.isEmpty(), qPrintable(wrapError));
        const QString encrypted = m_bed->path(QStringLiteral("encrypted.bin"));
        const TestProcess::Result made
            = shell(QStringLiteral("openssl enc -e -aes-256-ctr -pbkdf2 -iter 200000 -md "
                                   "sha256 -pass fd:3 3< <(printf '%s' \"$3\") <\"$1\" >\"$2\""),
                { m_original, encrypted, QString::fromLatin1(pass) });
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QString key = m_objectKey + QStringLiteral(".encrypted");
        QVERIFY(
            m_bed->s3()
                .aws({ QStringLiteral("put-object"), QStringLiteral("--bucket"), m_bed->s3().target().bucket,
                    QStringLiteral("--key"), key, QStringLiteral("--body"), encrypted })
                .exitCode
            == 0);
        record.runId = 0;
        record.objectKey = key;
        record.manifestKey = key + QStringLiteral(".manifest.json");
        QFile file(encrypted);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        record.size = bytes.size();
        record.sha256
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QJsonObject manifest = QJsonDocument::fromJson(record.manifestJson).object();
        manifest.remove(QStringLiteral("hmac"));
        manifest.insert(QStringLiteral("encrypted"), true);
        manifest.insert(QStringLiteral("encryption"),
            QJsonObject { { QStringLiteral("cipher"), QStringLiteral("aes-256-ctr") },
                { QStringLiteral("kdf"), QStringLiteral("pbkdf2") },
                { QStringLiteral("md"), QStringLiteral("sha256") }, { QStringLiteral("iter"), 200000 },
                { QStringLiteral("wrappedKey"), QString::fromLatin1(wrapped.toBase64()) },
                { QStringLiteral("keyFingerprint"), clientKeys->fingerprint } });
        manifest.insert(QStringLiteral("hmac"), QString::fromLatin1(ManifestSeal::seal(manifest, integrity)));
        record.manifestJson = QJsonDocument(manifest).toJson();
        StoreError error;
        const qint64 id = BackupRepository(m_bed->database()).insert(record, &error);
        QVERIFY2(id, qPrintable(error.message));

        // A wrong passphrase: openssl's failure becomes one sentence, and nothing is left behind.
        RestoreRequest wrong = loadRestore(*m_bed, id, 0, RestoreRequest::Mode::Files);
        QVERIFY(!wrong.passphrase.isEmpty());
        wrong.destination = m_bed->path(QStringLiteral("encrypted wrong key"));
        wrong.passphrase = SecureBytes(QByteArray(64, 'a'));
        const RestoreOutcome failed = run(std::move(wrong));
        QVERIFY(!failed.ok);
        QVERIFY2(failed.result.message.contains(QStringLiteral("could not be decrypted")),
            qPrintable(failed.result.message));
        QVERIFY(!failed.result.integrityFailed);
        QVERIFY(!failed.result.message.contains(QString::fromLatin1(QByteArray(64, 'a'))));
        QVERIFY(!QFileInfo::exists(m_bed->path(QStringLiteral("encrypted wrong key"))));

        // The loader unwraps the passphrase with the client's private key from the keychain.
        RestoreRequest right = loadRestore(*m_bed, id, m_secondServerId, RestoreRequest::Mode::Files);
        QCOMPARE(right.passphrase.toByteArray(), pass);
        const QString target = m_bed->path(QStringLiteral("encrypted right key"));
        right.destination = target;
        const RestoreOutcome done = run(std::move(right));
        QVERIFY2(done.ok, qPrintable(done.describe()));
        const QString differences = compare(m_bed->path(QStringLiteral("to same")) + m_root, target + m_root);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));

        // A manifest changed after it was sealed (here: its checksum) is refused before anything runs.
        QJsonObject changed = manifest;
        changed.insert(QStringLiteral("note"), QStringLiteral("edited"));
        record.manifestJson = QJsonDocument(changed).toJson();
        record.manifestKey += QStringLiteral(".changed");
        const qint64 changedId = BackupRepository(m_bed->database()).insert(record, &error);
        QVERIFY2(changedId, qPrintable(error.message));
        RestoreRequestLoader loader(m_bed->database(), &m_bed->secrets());
        QSignalSpy loaded(&loader, &RestoreRequestLoader::finished);
        loader.start(changedId, 0, RestoreRequest::Mode::Files);
        if (!loader.isFinished())
            QVERIFY(loaded.wait(30000));
        QVERIFY(!loader.ok());
        QVERIFY2(loader.errorString().contains(QStringLiteral("seal")), qPrintable(loader.errorString()));
    }

    void drillUnpacksChecksAndDeletes()
    {
        const QString scratch = m_bed->path(QStringLiteral("drill scratch"));
        QVERIFY(QDir().mkpath(scratch));
        RestoreRequest request = load(m_secondServerId, RestoreRequest::Mode::Drill);
        request.destination = scratch;
        const RestoreOutcome done = run(std::move(request));
        QVERIFY2(done.ok, qPrintable(done.describe()));
        // What tar lists in the archive, plus the folders above the tree that extraction creates.
        const TestProcess::Result members
            = shell(QStringLiteral("zstd -dc \"$1\" | tar -t | wc -l"), { m_original });
        QVERIFY(members.exitCode == 0);
        QCOMPARE(
            done.result.files, members.out.trimmed().toLongLong() + m_archiveRoot.count(QLatin1Char('/')));
        QCOMPARE(
            done.result.unpackedBytes, BackupRepository(m_bed->database()).find(m_backupId)->sourceBytes);
        QCOMPARE(
            QDir(scratch).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(RestoreRepository(m_bed->database()).verification(m_backupId).drilledAt.isValid());
    }

    void verifyPassesOnTheIntactArchive()
    {
        const RestoreOutcome verify = run(load(m_secondServerId, RestoreRequest::Mode::Verify));
        QVERIFY2(verify.ok, qPrintable(verify.result.message + verify.result.detail));
        QVERIFY(verify.result.message.contains(QStringLiteral("intact")));
        const BackupVerification after = RestoreRepository(m_bed->database()).verification(m_backupId);
        QVERIFY(after.verifiedAt.isValid() && after.ok);
    }

    void retentionSparesABackupInUse()
    {
        // A newer backup of the same job: "keep the last one" then selects the first.
        const BackupTestBed::Outcome newer = m_bed->run(m_jobId);
        QVERIFY2(newer.result.succeeded(), qPrintable(newer.result.message));
        RetentionPolicy keepNone;
        keepNone.keepLast = 1;
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(30);
        const qint64 jobId = m_jobId;
        const auto doomedIds = [&] {
            QList<qint64> ids;
            for (const BackupRecord &b :
                RetentionApplier::preview(m_bed->database(), jobId, m_bed->storageId(), keepNone, later))
                ids << b.id;
            return ids;
        };
        if (!doomedIds().contains(m_backupId))
            QFAIL("the policy should select the backup when nothing holds it");
        BackupsInUse::Hold hold(m_backupId);
        QVERIFY(!doomedIds().contains(m_backupId));
    }

private:
    std::unique_ptr<BackupTestBed> m_bed;
    std::unique_ptr<PeerFixture> m_second;
    qint64 m_secondServerId = 0;
    qint64 m_jobId = 0;
    qint64 m_backupId = 0;
    QString m_objectKey;
    QString m_root;
    QString m_archiveRoot;
    QString m_original;
};

QTEST_GUILESS_MAIN(TestRestoreFiles)
#include "tst_restorefiles.moc"
