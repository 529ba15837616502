#pragma once
// The providers the Add Storage wizard offers, with their regions and endpoint templates.

#include "storage/ProviderPreset.h"

#include <QList>
#include <QStringView>

namespace cairn {

struct ProviderPresets final {
    static const QList<ProviderPreset> &all();
    static const ProviderPreset *find(QStringView id); // nullptr when unknown
};

} // namespace cairn
