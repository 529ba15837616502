#pragma once
// The recovery kit export form, shared by Settings > Security and the job wizard (which asks for
// the kit before a client's first encrypted job): which clients, the file, the passphrase twice.
// OK exports in the background (RecoveryKitTransfer), writes the file with mode 0600 from the first
// byte and notes per client that a kit holding its key now exists (ClientKeyRepository).

#include <QString>
#include <functional>
#include <memory>

class QLineEdit;
class QWidget;

namespace cairn {

class Database;
class RecoveryKitTransfer;
class SecurityFormDialog;

class KitExportForm final {
public:
    // Runs once the kit is on disk; the form is still open (finish() it, or show more).
    using Saved = std::function<void(SecurityFormDialog *form, const QString &path)>;

    // Opens the form over parent, deleted when closed. clientId 0 lets the person choose every
    // client or one; another id exports that client only. intro: empty for the general one.
    static SecurityFormDialog *open(QWidget *parent, const std::shared_ptr<Database> &database,
        RecoveryKitTransfer *kits, qint64 clientId, const QString &intro, Saved saved);

    // A file field with a Browse button beside it, for kit files (save: a new file, else an existing one).
    static QWidget *fileRow(QLineEdit *edit, bool save, QWidget *parent);
};

} // namespace cairn
