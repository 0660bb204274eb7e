#include "support/PostgresCluster.h"

#include "support/ProcessRunner.h"
#include "support/TestSetupError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace md::test {

namespace {

constexpr int kStartAttempts = 12;

QString postgresBinDirectory()
{
    QByteArray overridden = qgetenv("MARKETDESK_TEST_PG_BIN");
    if (!overridden.isEmpty()) return QString::fromLocal8Bit(overridden);
    return QStringLiteral(MARKETDESK_TEST_PG_BIN);
}

bool runningAsRoot() { return ::geteuid() == 0; }

// Runs a PostgreSQL program as the postgres user when we are root (initdb and postgres refuse root).
ProcessResult runPostgresTool(const QString& tool, const QStringList& arguments,
                              std::chrono::milliseconds timeout = std::chrono::seconds(90))
{
    QString program = postgresBinDirectory() + QLatin1Char('/') + tool;
    if (runningAsRoot())
        return ProcessRunner::run(QStringLiteral("runuser"),
                                  QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                              program} +
                                      arguments,
                                  QProcessEnvironment::systemEnvironment(), {}, timeout);
    return ProcessRunner::run(program, arguments, QProcessEnvironment::systemEnvironment(), {}, timeout);
}

// Whether nothing listens on 127.0.0.1:port right now. The postmaster may still lose a race for
// it, which start() handles by trying another port.
bool loopbackPortLooksFree(std::uint16_t port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return free;
}

QString readFrom(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    file.seek(offset);
    return QString::fromUtf8(file.readAll());
}

} // namespace

std::string PostgresConnectionInfo::url(const QString& database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database).toStdString();
}

PostgresConnectionInfo PostgresConnectionInfo::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw TestSetupError(QStringLiteral("cannot read the PostgreSQL connection file %1 (%2); run the tests "
                                            "through ctest so the postgres fixture starts the cluster")
                                 .arg(path, file.errorString()));
    PostgresConnectionInfo info;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
        QString value = line.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("host")) info.host = value;
        else if (key == QLatin1String("port")) info.port = static_cast<std::uint16_t>(value.toUInt());
        else if (key == QLatin1String("user")) info.user = value;
        else if (key == QLatin1String("socket_dir")) info.socketDirectory = value;
    }
    if (info.port == 0) throw TestSetupError(QStringLiteral("%1 names no port").arg(path));
    return info;
}

void PostgresConnectionInfo::write(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        throw TestSetupError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    out << "host=" << host << "\nport=" << port << "\nuser=" << user << "\nsocket_dir=" << socketDirectory << "\n";
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
}

PostgresCluster::PostgresCluster(QString directory) : m_directory(QDir(directory).absolutePath()) {}

PostgresCluster::~PostgresCluster()
{
    if (!m_removeOnDestruction) return;
    try {
        stop(QStringLiteral("immediate"));
        removeDirectory();
    } catch (const std::exception& error) {
        qWarning().noquote() << "could not clean up the PostgreSQL cluster in" << m_directory << ":" << error.what();
    }
}

QString PostgresCluster::dataDirectory() const { return m_directory + QStringLiteral("/data"); }

QString PostgresCluster::logPath() const { return m_directory + QStringLiteral("/postgres.log"); }

PostgresConnectionInfo PostgresCluster::connectionInfo() const
{
    PostgresConnectionInfo info;
    info.port = m_port;
    info.socketDirectory = m_directory;
    return info;
}

void PostgresCluster::prepareOwnedDirectory() const
{
    if (!QDir().mkpath(m_directory)) throw TestSetupError(QStringLiteral("cannot create %1").arg(m_directory));
    if (!runningAsRoot()) return;

    const passwd* postgres = ::getpwnam("postgres");
    if (!postgres) throw TestSetupError(QStringLiteral("running as root but there is no 'postgres' user"));
    const QByteArray path = QFile::encodeName(m_directory);
    if (::chown(path.constData(), postgres->pw_uid, postgres->pw_gid) != 0 || ::chmod(path.constData(), 0755) != 0)
        throw TestSetupError(QStringLiteral("cannot give %1 to the postgres user").arg(m_directory));
    // The postgres user must be able to walk down to the directory; we do not loosen other people's
    // directories, we say which one is in the way.
    for (QDir parent = QFileInfo(m_directory).dir(); !parent.isRoot(); parent = QFileInfo(parent.absolutePath()).dir()) {
        struct stat status {};
        if (::stat(QFile::encodeName(parent.absolutePath()).constData(), &status) != 0) break;
        bool traversable = (status.st_mode & S_IXOTH) || (status.st_uid == postgres->pw_uid && (status.st_mode & S_IXUSR)) ||
                           (status.st_gid == postgres->pw_gid && (status.st_mode & S_IXGRP));
        if (!traversable)
            throw TestSetupError(QStringLiteral("the postgres user cannot enter %1 (needed to reach %2); "
                                                "chmod o+x it or use a build directory elsewhere")
                                     .arg(parent.absolutePath(), m_directory));
    }
}

void PostgresCluster::initialize()
{
    if (QFileInfo::exists(dataDirectory() + QStringLiteral("/postmaster.pid")))
        runPostgresTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDirectory(), QStringLiteral("stop"),
                                                   QStringLiteral("-m"), QStringLiteral("immediate"),
                                                   QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30")});
    removeDirectory();
    prepareOwnedDirectory();
    ProcessResult result = runPostgresTool(
        QStringLiteral("initdb"),
        {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), QStringLiteral("postgres"),
         QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")});
    if (!result.succeeded()) throw TestSetupError(QStringLiteral("initdb failed: ") + result.describe());
}

bool PostgresCluster::startOnPort(std::uint16_t port, QString& failure)
{
    const qint64 logOffset = QFileInfo(logPath()).size();
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c full_page_writes=off -c synchronous_commit=off -c max_connections=400")
                                .arg(port)
                                .arg(m_directory);
    ProcessResult result = runPostgresTool(QStringLiteral("pg_ctl"),
                                           {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logPath(),
                                            QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                            QStringLiteral("-o"), options, QStringLiteral("start")});
    if (result.succeeded()) {
        m_port = port;
        return true;
    }
    failure = result.describe() + QStringLiteral("\n") + readFrom(logPath(), logOffset).right(3000);
    return false;
}

void PostgresCluster::start()
{
    QString failure;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        auto port = static_cast<std::uint16_t>(QRandomGenerator::system()->bounded(20000, 60000));
        if (!loopbackPortLooksFree(port)) continue;
        if (startOnPort(port, failure)) return;
        bool portTaken = failure.contains(QLatin1String("could not bind")) ||
                         failure.contains(QLatin1String("Address already in use")) ||
                         failure.contains(QLatin1String("could not create any TCP/IP sockets")) ||
                         failure.contains(QLatin1String("lock file"));
        if (!portTaken) break;
    }
    throw TestSetupError(QStringLiteral("PostgreSQL in %1 did not start: %2").arg(m_directory, failure));
}

void PostgresCluster::restart()
{
    QString failure;
    if (m_port == 0 || !startOnPort(m_port, failure))
        throw TestSetupError(QStringLiteral("PostgreSQL in %1 did not restart on port %2: %3")
                                 .arg(m_directory)
                                 .arg(m_port)
                                 .arg(failure));
}

void PostgresCluster::stop(const QString& mode)
{
    if (!isRunning()) return;
    ProcessResult result =
        runPostgresTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDirectory(), QStringLiteral("stop"),
                                                   QStringLiteral("-m"), mode, QStringLiteral("-w"),
                                                   QStringLiteral("-t"), QStringLiteral("60")});
    if (!result.succeeded()) throw TestSetupError(QStringLiteral("pg_ctl stop failed: ") + result.describe());
}

bool PostgresCluster::isRunning() const
{
    if (!QFileInfo::exists(dataDirectory())) return false;
    return runPostgresTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDirectory(), QStringLiteral("status")})
        .succeeded();
}

void PostgresCluster::removeDirectory()
{
    if (QFileInfo::exists(m_directory) && !QDir(m_directory).removeRecursively())
        throw TestSetupError(QStringLiteral("cannot remove %1").arg(m_directory));
}

} // namespace md::test
