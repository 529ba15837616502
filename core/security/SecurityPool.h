#pragma once
// The thread pool for slow security work (bcrypt, scrypt), so the GUI thread never waits for it.
// One thread: attempts are checked one after another, never in parallel.

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <optional>
#include <type_traits>

namespace cairn {

// Lives as long as the application object.
QThreadPool *securityPool();

// Runs function on the security pool. Continue with future.then(context, ...): the continuation
// runs in context's thread, and never if context is gone by then. function must be copyable
// (hold SecureBytes in a std::shared_ptr) and should open its own Database: Qt SQL connections
// belong to the thread that made them.
template <typename Function> QFuture<std::invoke_result_t<Function>> runOnSecurityPool(Function function)
{
    using Result = std::invoke_result_t<Function>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    securityPool()->start([promise, function = std::move(function)]() mutable {
        std::optional<Function> local(std::move(function));
        promise->addResult((*local)());
        local.reset(); // drop captured secrets and databases before the caller hears back
        promise->finish();
    });
    return future;
}

} // namespace cairn
