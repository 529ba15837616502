#pragma once
// Runs one piece of work (an SSH step, a key generation) on its own short-lived thread and hands
// the result to a callback in the thread of a context object, through a queued connection. When
// the context is gone before the work ends, the result is dropped: the work itself must not touch
// the context, only what its closure owns (use a shared cancel flag to stop it early).

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace cairn {

template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work &>;
    auto slot = std::make_shared<std::optional<Result>>();
    QThread *thread = QThread::create([slot, work = std::move(work)]() mutable { slot->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [slot, done = std::move(done)]() mutable {
        if (slot->has_value()) {
            Result result = std::move(**slot);
            slot->reset();
            done(std::move(result));
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace cairn
