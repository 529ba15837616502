#pragma once
// Add Storage, page 4: the storage test, run in the background (StorageTask): each check with a
// pass/fail icon, a word and one sentence; a progress bar, a Cancel that works at once, and "Test
// again". The wizard goes on only when every required check passed.

#include "storage/StorageCheck.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cairn {

class AddStorageFieldError;
class StorageTask;

class AddStorageTestPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddStorageTestPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void startTest();
    void cancelTest();
    bool isRunning() const { return !m_task.isNull(); }
    bool passed() const { return m_passed; }

    // What a person sees for step i: "<word>: <title> — <sentence>".
    QString stepText(int index) const;
    StorageCheckStep::Outcome stepOutcome(int index) const;
    int stepCount() const { return int(m_rows.size()); }
    // The first failed check's sentence (or that the test was stopped); empty while running or
    // after success.
    QString failureText() const;
    QString statusText() const;

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void testFinished(bool passed);

private:
    struct Row {
        QLabel *icon = nullptr;
        QLabel *state = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
        StorageCheckStep step;
    };

    void onStep(int index, const StorageCheckStep &step);
    void onFinished(const StorageCheckReport &report);
    void showStep(int index, const StorageCheckStep &step);

    QList<Row> m_rows;
    QPointer<StorageTask> m_task;
    bool m_passed = false;
    QString m_failureText;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    AddStorageFieldError *m_failure = nullptr;
};

} // namespace cairn
