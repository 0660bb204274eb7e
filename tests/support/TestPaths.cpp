#include "support/TestPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace md::test {

namespace {

QString setting(const char* environmentName, const char* configured)
{
    QByteArray overridden = qgetenv(environmentName);
    return overridden.isEmpty() ? QString::fromUtf8(configured) : QString::fromLocal8Bit(overridden);
}

QString ensured(const QString& directory)
{
    QDir().mkpath(directory);
    return directory;
}

} // namespace

QString TestPaths::serverBinary() { return setting("MARKETDESK_TEST_SERVER_BINARY", MARKETDESK_TEST_SERVER_BINARY); }

QString TestPaths::postgresConnectionFile()
{
    return setting("MARKETDESK_TEST_POSTGRES_INFO", MARKETDESK_TEST_POSTGRES_INFO);
}

QString TestPaths::logDirectory() { return ensured(setting("MARKETDESK_TEST_LOG_DIR", MARKETDESK_TEST_LOG_DIR)); }

QString TestPaths::workDirectory() { return ensured(setting("MARKETDESK_TEST_WORK_DIR", MARKETDESK_TEST_WORK_DIR)); }

QString TestPaths::executableTag()
{
    QString name = QCoreApplication::instance() ? QFileInfo(QCoreApplication::applicationFilePath()).baseName()
                                                : QStringLiteral("test");
    name = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return name.left(28);
}

} // namespace md::test
