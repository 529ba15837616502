// libFuzzer target: shellQuote / shellJoin (core/ssh/ShellQuote). Running bash per input is too
// slow for fuzzing, so an independent reader of POSIX sh words (XCU 2.2 quoting: single quotes,
// backslash outside quotes, blanks between words) reads the quoted output back. It accepts nothing
// that the shell would treat specially, so a quoting mistake that lets a byte through unquoted
// ($, `, ;, a newline, ...) fails here even when the bytes happen to round-trip.

#include "FuzzCheck.h"
#include "ssh/ShellQuote.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

// Splits a command line into words the way sh reads them, allowing only quoting characters and
// single spaces between words outside quotes. nullopt for anything else (an unquoted special
// character, an unterminated quote, a trailing backslash).
std::optional<QList<QByteArray>> readWords(const QByteArray &line)
{
    QList<QByteArray> words;
    QByteArray word;
    bool inWord = false;
    qsizetype i = 0;
    while (i < line.size()) {
        const char c = line.at(i);
        if (c == '\'') {
            const qsizetype close = line.indexOf('\'', i + 1);
            if (close < 0)
                return std::nullopt;
            word.append(line.mid(i + 1, close - i - 1));
            inWord = true;
            i = close + 1;
        } else if (c == '\\') {
            if (i + 1 >= line.size() || line.at(i + 1) == '\n')
                return std::nullopt; // backslash-newline is a line continuation, not a byte
            word.append(line.at(i + 1));
            inWord = true;
            i += 2;
        } else if (c == ' ') {
            if (!inWord)
                return std::nullopt; // the joiner writes exactly one space between words
            words.append(word);
            word.clear();
            inWord = false;
            ++i;
        } else {
            return std::nullopt; // any other unquoted byte could be special to the shell
        }
    }
    if (inWord)
        words.append(word);
    else if (!line.isEmpty())
        return std::nullopt; // trailing space
    return words;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));

    const QByteArray quoted = cairn::shellQuote(QByteArrayView(value));
    const auto one = readWords(quoted);
    CAIRN_FUZZ_CHECK(one.has_value());
    CAIRN_FUZZ_CHECK(one->size() == 1);
    CAIRN_FUZZ_CHECK(one->first() == value);

    // The QString overload quotes the UTF-8 form.
    const QString text = QString::fromUtf8(value);
    CAIRN_FUZZ_CHECK(cairn::shellQuote(text) == cairn::shellQuote(QByteArrayView(text.toUtf8())));

    // shellJoin: the input split at 0xFF bytes is a word list (empty words included).
    const QList<QByteArray> words = value.split('\xff');
    const auto back = readWords(cairn::shellJoin(words));
    CAIRN_FUZZ_CHECK(back.has_value());
    CAIRN_FUZZ_CHECK(*back == words);
    return 0;
}
