#include "secrets/SecretCleanup.h"

#include "secrets/SecretStore.h"

#include <QPointer>

#include <memory>

namespace cairn {

namespace {

bool removed(const SecretJob *job)
{
    return job->ok() || job->status() == SecretJob::Status::NotFound;
}

QStringList nonEmpty(const QStringList &references)
{
    QStringList out;
    for (const QString &r : references)
        if (!r.isEmpty() && !out.contains(r))
            out << r;
    return out;
}

} // namespace

QString SecretCleanup::sentence(const QString &what, const QStringList &left, const QStringList &reasons)
{
    if (left.isEmpty())
        return {};
    QStringList shown;
    for (const QString &r : left)
        shown << QLatin1Char('"') + r + QLatin1Char('"');
    QStringList why = reasons;
    why.removeDuplicates();
    for (QString &w : why) {
        while (w.endsWith(QLatin1Char('.')))
            w.chop(1);
    }
    return tr("%1 was removed, but the keychain did not delete its entry %2 (%3); delete it in your keychain "
              "app.")
        .arg(what, shown.join(QStringLiteral(", ")), why.join(QStringLiteral("; ")));
}

void SecretCleanup::remove(SecretStore *secrets, const QStringList &references, const QString &what,
    QObject *context, std::function<void(const QString &)> done)
{
    const QStringList refs = nonEmpty(references);
    if (refs.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    struct State {
        int pending = 0;
        QStringList left;
        QStringList reasons;
    };
    auto state = std::make_shared<State>();
    state->pending = int(refs.size());
    auto finish = std::make_shared<std::function<void(const QString &)>>(std::move(done));
    for (const QString &reference : refs) {
        SecretJob *job = secrets->remove(reference);
        QObject::connect(job, &SecretJob::finished, context, [state, finish, what](SecretJob *finished) {
            finished->deleteLater();
            if (!removed(finished)) {
                state->left << finished->reference();
                state->reasons << finished->errorString();
            }
            if (--state->pending == 0)
                (*finish)(sentence(what, state->left, state->reasons));
        });
    }
}

QString SecretCleanup::removeAndWait(SecretStore &secrets, const QStringList &references, const QString &what)
{
    QStringList left;
    QStringList reasons;
    for (const QString &reference : nonEmpty(references)) {
        SecretJob *job = secrets.remove(reference);
        job->waitForFinished();
        if (!removed(job)) {
            left << reference;
            reasons << job->errorString();
        }
        job->deleteLater();
    }
    return sentence(what, left, reasons);
}

} // namespace cairn
