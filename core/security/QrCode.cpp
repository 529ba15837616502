#include "security/QrCode.h"

#include <openssl/crypto.h>
#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace cairn {

namespace {
struct QrFree {
    void operator()(QRcode *code) const
    {
        if (code->data)
            OPENSSL_cleanse(code->data, size_t(code->width) * size_t(code->width));
        QRcode_free(code);
    }
};
} // namespace

QrCode QrCode::encode(QByteArrayView text, QString *error)
{
    QrCode result;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QrCode();
    };
    if (text.isEmpty())
        return fail(tr("There is nothing to put into a QR code."));
    // QRcode_encodeData takes the bytes with their length: a NUL byte cannot cut the text short.
    errno = 0;
    std::unique_ptr<QRcode, QrFree> code(QRcode_encodeData(
        int(text.size()), reinterpret_cast<const unsigned char *>(text.data()), 0, QR_ECLEVEL_M));
    if (!code) {
        if (errno == ERANGE)
            return fail(tr("The text is too long for a QR code; use a shorter name."));
        return fail(tr("The QR code could not be made (libqrencode failed); type the key by hand instead."));
    }
    const int width = code->width;
    QByteArray modules(qsizetype(width) * width, '\0');
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = char(code->data[i] & 1); // bit 0: dark; the other bits say which part it is
    result.m_size = width;
    result.m_modules = SecureBytes::takeFrom(modules);
    if (error)
        error->clear();
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.data()[qsizetype(y) * m_size + x] != 0;
}

} // namespace cairn
