#pragma once
// The cloud providers whose accounts Cairn keeps for native snapshots, and where their APIs live.
// Each base URL can be overridden through an environment variable (tests point them at the
// local fakes in tests/fixtures/fakes); an override must be https, or http to this machine only,
// so a token is never sent in clear text over a network.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace cairn {

struct CloudProvider final {
    Q_DECLARE_TR_FUNCTIONS(cairn::CloudProvider)

public:
    QString id; // "digitalocean", "hetzner", "aws"; stored with the account
    QString displayName; // shown as is (provider names are not translated)
    bool needsKeyId = false; // AWS: an access key ID goes with the secret
    QUrl defaultBaseUrl;
    const char *baseUrlVariable = nullptr; // e.g. CAIRN_DIGITALOCEAN_API_URL
    const char *secretVariable = nullptr; // where cairn-cli reads the secret from

    // The base URL to call: the override when set and allowed, else the default. Invalid, with
    // *problem set to one sentence, when the override is not allowed.
    QUrl baseUrl(QString *problem) const;

    static const QList<CloudProvider> &all();
    static const CloudProvider *find(QStringView id); // nullptr when unknown
    static QString ids(); // "digitalocean, hetzner, aws"
};

} // namespace cairn
