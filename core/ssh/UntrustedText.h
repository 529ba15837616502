#pragma once
// Text that comes from a remote host (stderr, probe output) may be chosen by an attacker: file
// names with newlines, terminal escapes, bidirectional overrides, invalid UTF-8. These helpers
// make such bytes safe to show in one line of a message or a log.

#include <QByteArrayView>
#include <QString>

namespace cairn {

// Valid UTF-8 stays readable; control characters become \n, \t, \r or \xNN, invalid bytes \xNN,
// invisible format characters (bidi overrides, zero-width) \u{XXXX}, and a backslash \\.
// At most maxBytes of input are used; the last ones when fromEnd is true, with "…" marking the cut.
QString escapeUntrustedText(QByteArrayView bytes, qsizetype maxBytes = 1024, bool fromEnd = false);

} // namespace cairn
