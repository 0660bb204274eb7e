#include "support/ServerCommand.h"

#include "support/TestPaths.h"

namespace md::test {

QProcessEnvironment ServerCommand::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys())
        if (key.startsWith(QLatin1String("MARKETDESK_"))) environment.remove(key);
    return environment;
}

ProcessResult ServerCommand::run(const QStringList& arguments, const QMap<QString, QString>& environment,
                                 const QByteArray& standardInput, std::chrono::milliseconds timeout)
{
    QProcessEnvironment childEnvironment = cleanEnvironment();
    for (auto it = environment.begin(); it != environment.end(); ++it) childEnvironment.insert(it.key(), it.value());
    return ProcessRunner::run(TestPaths::serverBinary(), arguments, childEnvironment, standardInput, timeout);
}

} // namespace md::test
