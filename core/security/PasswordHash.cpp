#include "security/PasswordHash.h"

#include <crypt.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace cairn {

namespace {

constexpr qsizetype hashLength = 60; // "$2b$" + "NN$" + 22 salt + 31 hash

bool isBcryptBase64(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '/';
}

// crypt_r's work area holds the password's derived state: wiped and freed after every call.
struct CryptArea {
    std::unique_ptr<crypt_data> data = std::make_unique<crypt_data>();
    CryptArea() { std::memset(data.get(), 0, sizeof(crypt_data)); }
    ~CryptArea() { OPENSSL_cleanse(data.get(), sizeof(crypt_data)); }
    CryptArea(const CryptArea &) = delete;
    CryptArea &operator=(const CryptArea &) = delete;
};

// The password as a NUL-terminated copy that is wiped when it goes out of scope.
struct CString {
    SecureBytes bytes;
    explicit CString(const SecureBytes &password)
    {
        QByteArray copy = password.toByteArray();
        copy.append('\0');
        bytes = SecureBytes::takeFrom(copy);
    }
    const char *get() const { return bytes.data(); }
};

} // namespace

QString PasswordHash::validate(const SecureBytes &password)
{
    if (password.isEmpty())
        return tr("The password is empty; type a password.");
    if (password.size() > MaximumPasswordBytes)
        return tr(
            "The password is longer than %n bytes, which bcrypt cannot use in full; choose a shorter one.",
            nullptr, int(MaximumPasswordBytes));
    if (password.view().contains('\0'))
        return tr("The password contains a NUL character; type it again without it.");
    return {};
}

bool PasswordHash::isWellFormed(const QByteArray &hash)
{
    if (hash.size() != hashLength || !hash.startsWith("$2b$") || hash.at(6) != '$')
        return false;
    const char tens = hash.at(4);
    const char ones = hash.at(5);
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9')
        return false;
    const int cost = (tens - '0') * 10 + (ones - '0');
    if (cost < MinimumCost || cost > MaximumCost)
        return false;
    for (qsizetype i = 7; i < hash.size(); ++i) {
        if (!isBcryptBase64(hash.at(i)))
            return false;
    }
    return true;
}

int PasswordHash::costOf(const QByteArray &hash)
{
    return isWellFormed(hash) ? (hash.at(4) - '0') * 10 + (hash.at(5) - '0') : 0;
}

QByteArray PasswordHash::hash(const SecureBytes &password, int cost, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (const QString problem = validate(password); !problem.isEmpty())
        return fail(problem);
    if (cost < MinimumCost || cost > MaximumCost)
        return fail(tr("The bcrypt cost %1 is outside %2 to %3; choose another.")
                        .arg(cost)
                        .arg(MinimumCost)
                        .arg(MaximumCost));

    unsigned char random[16];
    if (RAND_bytes(random, sizeof random) != 1)
        return fail(tr("The system's random number generator failed; try again, and report this if it "
                       "keeps happening."));
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    const char *salt = crypt_gensalt_rn("$2b$", static_cast<unsigned long>(cost),
        reinterpret_cast<const char *>(random), sizeof random, setting, sizeof setting);
    OPENSSL_cleanse(random, sizeof random);
    if (!salt)
        return fail(tr("This system's libcrypt cannot make bcrypt hashes; install libcrypt1 4.4 or newer."));

    CryptArea area;
    const CString phrase(password);
    const char *result = crypt_r(phrase.get(), setting, area.data.get());
    // libxcrypt reports failure with a string starting with '*' (or NULL on some builds).
    if (!result || result[0] == '*')
        return fail(tr("libcrypt could not hash the password; install libcrypt1 4.4 or newer."));
    QByteArray out(result);
    if (!isWellFormed(out))
        return fail(tr("libcrypt returned an unexpected hash; install libcrypt1 4.4 or newer."));
    return out;
}

bool PasswordHash::verify(const SecureBytes &password, const QByteArray &hash)
{
    if (!isWellFormed(hash) || !validate(password).isEmpty())
        return false;
    CryptArea area;
    const CString phrase(password);
    // A deep copy: NUL-terminated even when hash came from QByteArray::fromRawData (a plain copy shares it).
    const QByteArray setting(hash.constData(), hash.size());
    const char *result = crypt_r(phrase.get(), setting.constData(), area.data.get());
    if (!result || result[0] == '*' || std::strlen(result) != static_cast<size_t>(hashLength))
        return false;
    return CRYPTO_memcmp(result, hash.constData(), static_cast<size_t>(hashLength)) == 0;
}

} // namespace cairn
