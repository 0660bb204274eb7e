#include "support/ProcessRunner.h"

#include <QProcess>

namespace md::test {

QString ProcessResult::describe() const
{
    QString state = timedOut ? QStringLiteral("timed out") : crashed ? QStringLiteral("crashed")
                                                                     : QStringLiteral("exit %1").arg(exitCode);
    QString output = (standardError + standardOutput).trimmed();
    if (output.size() > 4000) output = output.right(4000);
    return state + QStringLiteral(": ") + output;
}

ProcessResult ProcessRunner::run(const QString& program, const QStringList& arguments,
                                 const QProcessEnvironment& environment, const QByteArray& standardInput,
                                 std::chrono::milliseconds timeout)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.standardError = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!standardInput.isEmpty()) process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(static_cast<int>(timeout.count()))) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    if (!result.timedOut) {
        result.crashed = process.exitStatus() == QProcess::CrashExit;
        result.exitCode = result.crashed ? -1 : process.exitCode();
    }
    return result;
}

} // namespace md::test
