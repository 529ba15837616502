#pragma once
// A QR code as a plain matrix of modules (libqrencode), for the two-factor enrolment. Core has
// no QtGui, so no QImage: the UI paints the modules. The text (an otpauth:// URI) holds a secret,
// so the matrix is kept in wiped memory too.

#include "secrets/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace cairn {

class QrCode final {
    Q_DECLARE_TR_FUNCTIONS(cairn::QrCode)

public:
    // Error correction M (15 %), the smallest version that fits, 8-bit mode. An empty code (size 0)
    // with *error set when the text does not fit in a QR code or libqrencode fails.
    static QrCode encode(QByteArrayView text, QString *error = nullptr);

    // Modules per side (21 for version 1, 4 more per version); 0 when encoding failed.
    int size() const { return m_size; }
    bool isNull() const { return m_size == 0; }
    int version() const { return m_size ? (m_size - 17) / 4 : 0; }
    // True for a dark module; x is the column, y the row; false outside the matrix. Leave a
    // light margin of 4 modules around the code when painting it.
    bool isDark(int x, int y) const;

    // One byte per module, row by row: 1 dark, 0 light.
    QByteArrayView modules() const { return m_modules.view(); }

private:
    int m_size = 0;
    SecureBytes m_modules;
};

} // namespace cairn
