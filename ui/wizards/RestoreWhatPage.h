#pragma once
// Restore wizard, page 4 (files backups with an index): the whole archive, or files and folders
// picked in a tree of the backup's index (checkboxes, a filter box). The index is loaded on a
// worker thread (BackupIndexLoader) the first time the page opens for a backup.

#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;
class QTreeView;

namespace cairn {

class BackupIndex;
class BackupIndexLoader;
class BackupIndexModel;
class RestoreWizard;

class RestoreWhatPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit RestoreWhatPage(RestoreWizard *wizard);

    bool wholeArchive() const;
    QList<QByteArray> members() const;
    bool isIndexLoaded() const;

    QRadioButton *wholeButton() const { return m_whole; }
    QRadioButton *chosenButton() const { return m_chosen; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    BackupIndexModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The index arrived (or failed: see statusLabel()).
    void indexLoaded(bool ok);

private:
    void loadIndex(qint64 backupId);
    void updateState();
    void applyFilter();
    // "12 entries, 3.4 MB in files."
    static QString summary(const BackupIndex &index);

    RestoreWizard *m_wizard;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_chosen = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    BackupIndexModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_filterDelay = nullptr;
    BackupIndexLoader *m_loader = nullptr;
    qint64 m_loadedFor = 0;
    bool m_loaded = false;
};

} // namespace cairn
