#pragma once
// The outcome of a store operation: empty message means success; otherwise one sentence for a person.

#include <QString>

namespace cairn {

struct StoreError final {
    QString message;
    bool ok() const { return message.isEmpty(); }
    explicit operator bool() const { return !ok(); } // true when there IS an error
    static StoreError none() { return {}; }
    static StoreError fail(QString text) { return StoreError { std::move(text) }; }
};

} // namespace cairn
