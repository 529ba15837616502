#include "util/Sentence.h"

namespace cairn {

QString lowerFirst(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toLower();
    return sentence;
}

} // namespace cairn
