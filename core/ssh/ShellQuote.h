#pragma once
// The one function through which every value reaches a remote shell. POSIX single quotes: the
// value is wrapped in '...' and each ' inside becomes '\'' — nothing inside single quotes is
// special to sh, dash, bash, ksh or zsh ($, `, \, !, newlines, globs all stay literal).
//
// Quoting does not stop option injection: a value starting with '-' still reaches the program as
// an option unless the command puts "--" before it. Prefer passing values on stdin.
//
// A NUL byte cannot be part of a command line. sshd hands the command to the shell as a C string,
// so a NUL truncates it inside an open quote and the shell refuses the whole command with a syntax
// error; callers should still refuse such values before building a command.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace cairn {

QByteArray shellQuote(QByteArrayView value);
// UTF-8 of value, quoted.
QByteArray shellQuote(const QString &value);
// Each word quoted, joined with single spaces: shellJoin({"ls", "-l", "--", path}).
QByteArray shellJoin(const QList<QByteArray> &words);

} // namespace cairn
