#include "backup/RemoteMessage.h"

#include "storage/S3Presigner.h"

#include <QList>

namespace cairn {

namespace {

// Up to 18 digits: always fits a qint64, and no size we deal with is longer.
bool toNumber(QByteArrayView word, qint64 &value)
{
    if (word.isEmpty() || word.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : word) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    value = result;
    return true;
}

bool isWord(QByteArrayView word, qsizetype maxSize)
{
    if (word.isEmpty() || word.size() > maxSize)
        return false;
    for (char c : word) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c == '-'))
            return false;
    }
    return true;
}

} // namespace

bool RemoteMessage::isEtag(QByteArrayView etag)
{
    if (etag.isEmpty() || etag.size() > 200)
        return false;
    for (char c : etag) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"'
                || c == '-'))
            return false;
    }
    return true;
}

bool RemoteMessage::isSha256Hex(QByteArrayView hex)
{
    if (hex.size() != 64)
        return false;
    for (char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

RemoteMessage RemoteMessage::parse(QByteArrayView line)
{
    RemoteMessage m;
    if (line.size() > kMaxLineBytes)
        return m;
    if (line.endsWith('\r'))
        line.chop(1);
    // Words split on single spaces; free text keeps the rest of the line as sent.
    const qsizetype firstSpace = line.indexOf(' ');
    const QByteArrayView word = firstSpace < 0 ? line : line.first(firstSpace);
    const QByteArrayView rest = firstSpace < 0 ? QByteArrayView() : line.sliced(firstSpace + 1);
    const QList<QByteArray> fields = rest.isEmpty() ? QList<QByteArray>() : rest.toByteArray().split(' ');
    const auto field
        = [&fields](int i) { return i < fields.size() ? QByteArrayView(fields.at(i)) : QByteArrayView(); };
    // The text after the first n fields.
    const auto tail = [&rest](int n) {
        qsizetype at = 0;
        for (int i = 0; i < n; ++i) {
            const qsizetype space = rest.indexOf(' ', at);
            if (space < 0)
                return QByteArray();
            at = space + 1;
        }
        return rest.sliced(at).toByteArray();
    };

    qint64 x = 0;
    qint64 y = 0;
    if (word == "HELLO") {
        if (fields.size() == 1 && toNumber(field(0), x) && x < 1000) {
            m.type = Type::Hello;
            m.number = int(x);
        }
    } else if (word == "INFO") {
        if (fields.size() >= 1 && isWord(field(0), 40)) {
            m.type = Type::Info;
            m.token = field(0).toByteArray();
            m.text = tail(1);
        }
    } else if (word == "ESTIMATE") {
        if (fields.size() == 1 && toNumber(field(0), x)) {
            m.type = Type::Estimate;
            m.a = x;
        }
    } else if (word == "NEED") {
        if (fields.size() == 3 && toNumber(field(0), x) && x >= 1 && x <= 100000 && toNumber(field(1), y)
            && S3Presigner::isValidContentMd5(fields.at(2))) {
            m.type = Type::Need;
            m.number = int(x);
            m.a = y;
            m.token = fields.at(2);
        }
    } else if (word == "PART") {
        if (fields.size() == 3 && toNumber(field(0), x) && x >= 1 && x <= 100000 && isEtag(field(1))
            && toNumber(field(2), y)) {
            m.type = Type::Part;
            m.number = int(x);
            m.token = fields.at(1);
            m.a = y;
        }
    } else if (word == "PROGRESS") {
        if (fields.size() == 2 && toNumber(field(0), x) && toNumber(field(1), y)) {
            m.type = Type::Progress;
            m.a = x;
            m.b = y;
        }
    } else if (word == "WARN") {
        if (fields.size() >= 1 && isWord(field(0), 40)) {
            m.type = Type::Warn;
            m.token = fields.at(0);
            m.text = tail(1);
        }
    } else if (word == "SIDE") {
        if (fields.size() == 3 && isWord(field(0), 40) && toNumber(field(1), x)
            && S3Presigner::isValidContentMd5(fields.at(2))) {
            m.type = Type::Side;
            m.token = fields.at(0);
            m.a = x;
            m.token2 = fields.at(2);
        }
    } else if (word == "SIDEDONE") {
        if (fields.size() == 2 && isWord(field(0), 40) && isEtag(field(1))) {
            m.type = Type::SideDone;
            m.token = fields.at(0);
            m.token2 = fields.at(1);
        }
    } else if (word == "ROWS") {
        const QByteArrayView hex = field(0);
        bool isHex = !hex.isEmpty() && hex.size() % 2 == 0 && hex.size() <= 2 * kMaxTableNameBytes;
        for (char c : hex)
            isHex = isHex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        const bool counted = toNumber(field(1), x);
        if (fields.size() == 2 && isHex && (counted || field(1) == "-")) {
            m.type = Type::Rows;
            m.token = QByteArray::fromHex(hex.toByteArray());
            m.a = counted ? x : 0;
            m.b = counted ? 1 : 0;
        }
    } else if (word == "DONE") {
        if (fields.size() == 4 && toNumber(field(0), x) && isSha256Hex(field(1)) && toNumber(field(2), y)
            && field(3).size() <= 200) {
            m.type = Type::Done;
            m.a = x;
            m.token = fields.at(1);
            m.b = y;
            m.text = fields.at(3);
        }
    } else if (word == "FAIL") {
        if (fields.size() >= 1 && isWord(field(0), 40)) {
            m.type = Type::Fail;
            m.token = fields.at(0);
            m.text = tail(1);
        }
    } else {
        m.type = Type::Unknown;
    }
    return m;
}

} // namespace cairn
