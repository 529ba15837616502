#include "storage/StorageCheck.h"

#include "storage/S3Client.h"

#include <QUuid>

#include <openssl/rand.h>

namespace cairn {

bool StorageCheckReport::passed() const
{
    if (cancelled || steps.isEmpty())
        return false;
    for (const StorageCheckStep &step : steps) {
        if (step.required() && step.outcome != StorageCheckStep::Outcome::Passed)
            return false;
    }
    return true;
}

QString StorageCheckReport::firstFailure() const
{
    for (const StorageCheckStep &step : steps) {
        if (step.outcome == StorageCheckStep::Outcome::Failed)
            return step.detail;
    }
    return {};
}

namespace {

// The informational steps are not failures when a provider does not implement them.
QString unknown(const S3Error &error)
{
    if (!error.code.isEmpty())
        return StorageCheck::tr("Unknown: the storage does not say (%1).").arg(error.code);
    if (error.httpStatus > 0)
        return StorageCheck::tr("Unknown: the storage does not say (HTTP %1).").arg(error.httpStatus);
    return StorageCheck::tr("Unknown: %1").arg(error.message);
}

} // namespace

StorageCheck::StorageCheck(S3Target target, SigningSecret secret)
    : m_target(std::move(target)), m_secret(std::move(secret))
{ }

QList<StorageCheckStep> StorageCheck::plannedSteps()
{
    using Id = StorageCheckStep::Id;
    const auto step = [](Id id, const QString &title) {
        StorageCheckStep s;
        s.id = id;
        s.title = title;
        return s;
    };
    return {
        step(Id::List, tr("List the bucket")),
        step(Id::Write, tr("Write a probe object")),
        step(Id::Read, tr("Read the probe object back")),
        step(Id::Delete, tr("Delete the probe object")),
        step(Id::Versioning, tr("Versioning")),
        step(Id::ObjectLock, tr("Object Lock")),
        step(Id::AbortRule, tr("Clean-up rule for incomplete uploads")),
    };
}

StorageCheckReport StorageCheck::run()
{
    using Id = StorageCheckStep::Id;
    using Outcome = StorageCheckStep::Outcome;
    StorageCheckReport report;
    report.steps = plannedSteps();

    S3Client client(m_target, m_secret.clone());
    client.setTimeout(m_timeoutMs);
    client.setCancelFlag(m_cancel);

    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    bool stop = false;
    bool wrote = false;
    // Runs one step unless an earlier required step failed or the check was cancelled.
    const auto step = [&](int index, const std::function<void(StorageCheckStep &)> &body) {
        StorageCheckStep &s = report.steps[index];
        if (cancelled()) {
            report.cancelled = true;
            stop = true;
        }
        const bool cleanup = s.id == Id::Delete && wrote; // a written probe is deleted even after a failure
        if (stop && !cleanup) {
            s.outcome = Outcome::Skipped;
            s.detail = report.cancelled ? tr("Not checked: the check was cancelled.")
                                        : tr("Not checked because an earlier step failed.");
            if (m_progress)
                m_progress(index, s);
            return;
        }
        s.outcome = Outcome::Running;
        if (m_progress)
            m_progress(index, s);
        body(s);
        if (s.detail.isEmpty() && s.outcome == Outcome::Failed)
            s.detail = tr("The check failed without a reason; try again.");
        if (s.required() && s.outcome == Outcome::Failed)
            stop = true;
        if (cancelled() && s.outcome == Outcome::Failed) {
            report.cancelled = true;
            s.detail = tr("Cancelled.");
        }
        if (m_progress)
            m_progress(index, s);
    };

    if (!client.isValid()) {
        report.steps[0].outcome = Outcome::Failed;
        report.steps[0].detail = client.errorString();
        stop = true;
        if (m_progress)
            m_progress(0, report.steps[0]);
    } else {
        step(0, [&](StorageCheckStep &s) {
            const auto page = client.listObjectsPage(m_target.prefix, QString(), 1);
            if (!page.ok()) {
                s.outcome = Outcome::Failed;
                s.detail = page.error.message;
                return;
            }
            s.outcome = Outcome::Passed;
            s.detail = tr("Cairn can list bucket \u201C%1\u201D.").arg(m_target.bucket);
        });
    }

    // A random body, so the read-back proves the storage returns exactly what was written.
    QByteArray body = QByteArrayLiteral("Cairn storage check: this object is deleted right away.\n");
    QByteArray random(32, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size()));
    body += random.toHex() + '\n';
    report.probeKey = m_target.prefix + QStringLiteral(".cairn-probe-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);

    step(1, [&](StorageCheckStep &s) {
        const auto put = client.putObject(report.probeKey, body, "text/plain");
        if (!put.ok()) {
            s.outcome = Outcome::Failed;
            s.detail = put.error.message;
            return;
        }
        wrote = true;
        s.outcome = Outcome::Passed;
        s.detail = tr("Cairn wrote %1 bytes to %2.").arg(body.size()).arg(report.probeKey);
    });
    step(2, [&](StorageCheckStep &s) {
        const auto got = client.getObject(report.probeKey, 64 * 1024);
        if (!got.ok()) {
            s.outcome = Outcome::Failed;
            s.detail = got.error.message;
        } else if (got.value != body) {
            s.outcome = Outcome::Failed;
            s.detail = tr("The storage returned other bytes than Cairn wrote; check that the endpoint is the "
                          "storage itself and not a proxy or cache.");
        } else {
            s.outcome = Outcome::Passed;
            s.detail = tr("The storage returned exactly what Cairn wrote.");
        }
    });
    step(3, [&](StorageCheckStep &s) {
        const auto deleted = client.deleteObject(report.probeKey);
        if (!deleted.ok()) {
            s.outcome = Outcome::Failed;
            s.detail = deleted.error.message;
            return;
        }
        s.outcome = Outcome::Passed;
        s.detail = tr("Cairn deleted the probe object again.");
    });
    // A failed delete after a failed read must not hide the first failure: stop stays as it was.

    step(4, [&](StorageCheckStep &s) {
        s.outcome = Outcome::Info;
        const auto versioning = client.getBucketVersioning();
        if (!versioning.ok()) {
            s.detail = unknown(versioning.error);
            return;
        }
        report.versioning = versioning.value.enabled();
        if (versioning.value.enabled())
            s.detail = tr("On: deleted or overwritten backups stay recoverable as older versions until the "
                          "bucket's own rules remove them.");
        else if (versioning.value.status == QLatin1String("Suspended"))
            s.detail = tr("Suspended: versions made earlier are kept, new ones are not.");
        else
            s.detail = tr("Off: a deleted backup is gone; turn versioning on at the provider if you want a "
                          "safety net.");
    });
    step(5, [&](StorageCheckStep &s) {
        s.outcome = Outcome::Info;
        const auto lock = client.getObjectLock();
        if (!lock.ok()) {
            s.detail = unknown(lock.error);
            return;
        }
        report.objectLock = lock.value.enabled;
        if (!lock.value.enabled) {
            s.detail = tr("Off: backups can be deleted by anyone holding this key.");
        } else if (!lock.value.defaultMode.isEmpty()) {
            const int years = lock.value.defaultYears;
            const int days = lock.value.defaultDays;
            const QString period
                = years > 0 ? tr("%n year(s)", nullptr, years) : tr("%n day(s)", nullptr, days);
            s.detail = tr("On (%1, %2 by default): new objects cannot be deleted until their retention ends.")
                           .arg(lock.value.defaultMode, period);
        } else {
            s.detail = tr("On, without a default retention period.");
        }
    });
    step(6, [&](StorageCheckStep &s) {
        s.outcome = Outcome::Info;
        const auto rule = client.getAbortIncompleteRule();
        if (!rule.ok()) {
            s.detail = unknown(rule.error);
            return;
        }
        report.abortRule = rule.value.present;
        report.abortRuleDays = rule.value.daysAfterInitiation;
        const int days = rule.value.daysAfterInitiation;
        s.detail = rule.value.present
            ? tr("Present: uploads left unfinished are removed after %n day(s).", nullptr, days)
            : tr("Missing: parts of uploads that never finish stay in the bucket (and are billed) until "
                 "someone removes them.");
    });
    return report;
}

} // namespace cairn
