#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cairn::test {

// A real test peer (sshd, s3, mariadb, postgres) started by tests/fixtures/<peer>.sh in a private
// temporary folder, stopped and removed by the destructor.
//
//   auto sshd = PeerFixture::start(QStringLiteral("sshd"));
//   if (!sshd)
//       QFAIL(qPrintable(PeerFixture::lastError()));
//   sshd->value(QStringLiteral("PORT"));
//
// The script is told the test's PID, so a peer whose test crashed is stopped by the script's
// watchdog instead of running forever.
class PeerFixture final {
public:
    // Runs "<peer>.sh start <tempdir> args...". Returns nullptr when it fails; lastError() says why,
    // with the script's stderr (which carries the peer's log on failure).
    static std::unique_ptr<PeerFixture> start(const QString &peer, const QStringList &args = {});
    static QString lastError();

    // The folder holding the scripts: env CAIRN_FIXTURES, else the source tree's tests/fixtures.
    static QString fixturesDir();

    ~PeerFixture();
    PeerFixture(const PeerFixture &) = delete;
    PeerFixture &operator=(const PeerFixture &) = delete;

    // A KEY=VALUE the script printed; an empty string (and a warning) for an unknown key.
    QString value(const QString &key) const;
    bool contains(const QString &key) const { return m_values.contains(key); }
    const QHash<QString, QString> &values() const { return m_values; }
    QString dir() const { return m_dir->path(); }
    QString peer() const { return m_peer; }

    // Stops the peer now (the destructor does it otherwise). Returns false and sets lastError()
    // when the stop script fails.
    bool stop();

private:
    PeerFixture(QString peer, std::unique_ptr<QTemporaryDir> dir, QHash<QString, QString> values);

    QString m_peer;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_values;
    bool m_running = true;
};

} // namespace cairn::test
