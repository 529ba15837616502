#pragma once
// Audit log entries as CSV (RFC 4180): a header row, CRLF line ends, and every field that holds a
// comma, a double quote, CR or LF quoted with its quotes doubled. UTF-8 without a byte-order mark.
// A field that a spreadsheet would run as a formula (it starts with = + - @ TAB or CR) starts with
// an apostrophe instead, so opening the export never runs what a server's name says.

#include "security/AuditLog.h"

#include <QByteArray>

namespace cairn {

class AuditCsv final {
public:
    // One field, neutralised when a spreadsheet would read it as a formula, quoted when it has to be.
    static QString field(const QString &value);
    // The header and one row per entry, in the order given.
    static QByteArray encode(const QList<AuditEntry> &entries);
};

} // namespace cairn
