// libFuzzer target: one line of the host protocol (core/backup/RemoteMessage). The host is not
// trusted, so any bytes must parse without a crash, and what the parser accepts must keep the
// shapes the rest of the backup relies on (bounded numbers, exact ETag / SHA-256 forms).

#include "FuzzCheck.h"
#include "backup/RemoteMessage.h"

#include <cstddef>
#include <cstdint>

using cairn::RemoteMessage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const RemoteMessage m = RemoteMessage::parse(line);
    using Type = RemoteMessage::Type;

    if (line.size() > RemoteMessage::kMaxLineBytes)
        CAIRN_FUZZ_CHECK(m.type == Type::Invalid);
    CAIRN_FUZZ_CHECK(m.a >= 0 && m.b >= 0 && m.number >= 0);
    // Nothing the parser keeps may be longer than the line it came from.
    CAIRN_FUZZ_CHECK(
        m.token.size() <= line.size() && m.token2.size() <= line.size() && m.text.size() <= line.size());

    switch (m.type) {
    case Type::Hello:
        CAIRN_FUZZ_CHECK(m.number < 1000);
        break;
    case Type::Need:
        CAIRN_FUZZ_CHECK(m.number >= 1 && m.number <= 100000 && !m.token.isEmpty());
        break;
    case Type::Part:
        CAIRN_FUZZ_CHECK(m.number >= 1 && m.number <= 100000 && RemoteMessage::isEtag(m.token));
        break;
    case Type::SideDone:
        CAIRN_FUZZ_CHECK(RemoteMessage::isEtag(m.token2));
        break;
    case Type::Done:
        CAIRN_FUZZ_CHECK(RemoteMessage::isSha256Hex(m.token) && m.text.size() <= 200);
        break;
    case Type::Rows:
        CAIRN_FUZZ_CHECK(!m.token.isEmpty() && m.token.size() <= RemoteMessage::kMaxTableNameBytes
            && (m.b == 0 || m.b == 1));
        break;
    case Type::Info:
    case Type::Warn:
    case Type::Side:
    case Type::Fail:
        // The kind / key token is a plain word: no spaces, quotes or control characters.
        CAIRN_FUZZ_CHECK(!m.token.isEmpty() && m.token.size() <= 40);
        for (char c : m.token)
            CAIRN_FUZZ_CHECK((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-');
        break;
    default:
        break;
    }
    return 0;
}
