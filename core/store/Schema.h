#pragma once
// The SQLite schema as an ordered list of migrations; PRAGMA user_version counts the applied ones.
// No table ever holds a secret value: secrets live in the OS keychain and SQLite keeps only
// the opaque reference (a "*_ref" column) that names the keychain entry.

#include <QStringList>
#include <vector>

namespace cairn {

struct Schema final {
    // migrations()[i] brings the database from version i to i + 1.
    static const std::vector<QStringList> &migrations();
    static int latestVersion();
};

} // namespace cairn
