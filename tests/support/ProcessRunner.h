#pragma once
// Runs a child program to completion with a deadline and captures what it printed. Used for the
// PostgreSQL tools (initdb, pg_ctl) and the one-shot server commands (migrate, create-user).
// A child that outlives its deadline is killed, so no test can hang on a stuck tool.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>

namespace md::test {

struct ProcessResult {
    int exitCode = -1;       // -1 when the program could not start, crashed or timed out
    bool timedOut = false;
    bool crashed = false;
    QString standardOutput;
    QString standardError;

    bool succeeded() const { return exitCode == 0 && !timedOut && !crashed; }
    // "exit 1: <stderr>" for failure messages.
    QString describe() const;
};

class ProcessRunner {
public:
    static ProcessResult run(const QString& program, const QStringList& arguments,
                             const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                             const QByteArray& standardInput = {},
                             std::chrono::milliseconds timeout = std::chrono::seconds(60));
};

} // namespace md::test
