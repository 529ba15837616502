#pragma once
// Sentences built from other sentences.

#include <QString>

namespace cairn {

// A sentence turned into a clause to follow "; " in another one: its first letter in lower case.
QString lowerFirst(QString sentence);

} // namespace cairn
