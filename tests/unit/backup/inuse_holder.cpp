// Helper process for tst_backupsinuse: holds one backup of one Cairn database, as a restore in
// another Cairn process (the GUI, cairn-cli, the daemon) does, until its stdin closes.
//
//   cairn_inuse_holder DATABASE_PATH BACKUP_ID    prints "HOLDING" (or "NOT SHARED") when ready
#include "backup/BackupsInUse.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const cairn::BackupsInUse::Hold hold(args.at(2).toLongLong(), args.at(1));
    std::puts(hold.isShared() ? "HOLDING" : "NOT SHARED");
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    return 0;
}
