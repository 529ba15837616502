#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cairn::test {

// Runs a helper program (ssh, aws, psql, ...) to completion with an explicit environment, so a
// test never depends on the developer's own HOME, agent or config files.
class TestProcess final {
public:
    struct Result {
        bool started = false;
        bool finished = false; // false: it could not start, crashed or timed out
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        // One line for a test failure message: program, exit code and stderr.
        QString describe() const;
        QString program;
    };

    // A minimal environment: PATH with the system folders, HOME set to home, LANG=C.UTF-8.
    static QProcessEnvironment cleanEnvironment(const QString &home);

    static Result run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        const QByteArray &stdinData = {}, int timeoutMs = 120000);
};

} // namespace cairn::test
