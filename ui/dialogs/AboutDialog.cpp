#include "dialogs/AboutDialog.h"

#include "theme/Icons.h"
#include "theme/Style.h"
#include "util/AppInfo.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Cairn"));
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->setSpacing(unit);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(unit * 4, unit * 4));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto *text = new QVBoxLayout;
    auto *name = new QLabel(tr("Cairn %1").arg(AppInfo::version()), this);
    name->setObjectName(QStringLiteral("aboutVersion"));
    Style::makeTitle(name);
    text->addWidget(name);
    auto *promise = new QLabel(tr("Your servers back up straight to your own object storage: no customer "
                                  "data passes through this computer, and your storage keys never leave it.\n"
                                  "A backup is complete and verified, or it is not called a backup, and you "
                                  "can restore it without Cairn."),
        this);
    promise->setObjectName(QStringLiteral("aboutPromise"));
    promise->setWordWrap(true);
    text->addWidget(promise);
    auto *qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    qt->setObjectName(QStringLiteral("aboutQt"));
    Style::makeMuted(qt);
    text->addWidget(qt);
    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setObjectName(QStringLiteral("aboutDatabase"));
    database->setTextFormat(Qt::PlainText);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setWordWrap(true);
    Style::makeMuted(database);
    text->addWidget(database);
    top->addLayout(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

} // namespace cairn
