#pragma once
// The preflight checklist as JSON: for `cairn-cli server test --json` and for the servers table,
// which keeps the last checklist of each server (servers.preflight_json).

#include "ssh/PreflightReport.h"

#include <QJsonObject>
#include <QString>

namespace cairn {

class PreflightJson final {
public:
    // {"complete", "passed", "os", "checked_at", "checks": [{"id", "title", "status", "required",
    // "found", "fix"}]}; status is "ok", "warning", "missing" or "info".
    static QJsonObject toJson(const PreflightReport &report);
    static QString toText(const PreflightReport &report);
    // A stable English word for a check's status.
    static QString statusName(PreflightCheck::Status status);
};

} // namespace cairn
