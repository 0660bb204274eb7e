#pragma once
// A throw-away PostgreSQL 15 cluster in a directory of its own: initdb, start on a free loopback
// port (unix socket inside the directory too), stop, remove. The CTest fixture tool uses it for the
// cluster every test shares; fault tests make private clusters with it so they can stop one
// without disturbing anybody else.
//
// initdb and the postmaster refuse to run as root, so as root every PostgreSQL program runs
// through `runuser -u postgres` and the directory belongs to postgres; as another user they run
// directly. Durability is switched off (fsync, full_page_writes): these clusters hold test data only.

#include <QString>

#include <cstdint>

namespace md::test {

struct PostgresConnectionInfo {
    QString host = QStringLiteral("127.0.0.1");
    std::uint16_t port = 0;
    QString user = QStringLiteral("postgres");
    QString socketDirectory;

    // postgresql://postgres@127.0.0.1:PORT/DATABASE
    std::string url(const QString& database) const;
    // Reads the key=value file written by write(); throws TestSetupError if it is absent or broken.
    static PostgresConnectionInfo read(const QString& path);
    void write(const QString& path) const;
};

class PostgresCluster {
public:
    explicit PostgresCluster(QString directory);
    // Stops the cluster and removes its directory if removeOnDestruction(true) was asked for (private
    // clusters of a test); the fixture tool leaves its cluster running for the other tests.
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;
    void removeOnDestruction(bool remove) { m_removeOnDestruction = remove; }

    // Stops a cluster left behind by an interrupted run (only the postmaster recorded in this
    // directory's postmaster.pid), removes the directory and runs initdb into it afresh.
    void initialize();
    // Starts on a free port between 20000 and 60000; retries another port if one is taken meanwhile.
    void start();
    // Starts again on the port used before (fault tests restart "the same" database).
    void restart();
    // mode: "fast" (disconnects clients) or "immediate". Succeeds if the cluster was not running.
    void stop(const QString& mode = QStringLiteral("fast"));
    bool isRunning() const;
    void removeDirectory();

    PostgresConnectionInfo connectionInfo() const;
    std::uint16_t port() const { return m_port; }
    QString directory() const { return m_directory; }
    QString dataDirectory() const;
    QString logPath() const;

private:
    bool startOnPort(std::uint16_t port, QString& failure);
    void prepareOwnedDirectory() const;

    QString m_directory;
    std::uint16_t m_port = 0;
    bool m_removeOnDestruction = false;
};

} // namespace md::test
