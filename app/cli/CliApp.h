#pragma once
// cairn-cli's dispatcher: finds the command named on the command line, parses its options, runs it.

#include <QStringList>

namespace cairn::cli {

int runCli(const QStringList &arguments);

} // namespace cairn::cli
