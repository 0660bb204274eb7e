#include "support/TestDatabase.h"

#include "support/ServerCommand.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QCoreApplication>

#include <atomic>

#include <unistd.h>

namespace md::test {

namespace {

std::string uniqueDatabaseName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("md_%1_%2_%3")
        .arg(TestPaths::executableTag())
        .arg(::getpid())
        .arg(counter.fetch_add(1))
        .toStdString();
}

void runMaintenance(const PostgresConnectionInfo& cluster, const std::string& sql)
{
    pqxx::connection connection(cluster.url(QStringLiteral("postgres")));
    pqxx::nontransaction work(connection);
    work.exec(sql);
}

} // namespace

TestDatabase::TestDatabase(Schema schema)
    : TestDatabase(PostgresConnectionInfo::read(TestPaths::postgresConnectionFile()), schema)
{
}

TestDatabase::TestDatabase(const PostgresConnectionInfo& cluster, Schema schema)
    : m_cluster(cluster), m_name(uniqueDatabaseName())
{
    try {
        runMaintenance(m_cluster, "CREATE DATABASE " + m_name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (const std::exception& error) {
        throw TestSetupError(QStringLiteral("cannot create database %1 on 127.0.0.1:%2: %3")
                                 .arg(QString::fromStdString(m_name))
                                 .arg(m_cluster.port)
                                 .arg(QString::fromUtf8(error.what())));
    }
    if (schema == Schema::Migrated) migrate();
}

TestDatabase::~TestDatabase()
{
    m_connection.reset();
    try {
        runMaintenance(m_cluster, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception& error) {
        // A fault test may have stopped its cluster already; the cluster's removal takes the data.
        qWarning().noquote() << "could not drop test database" << QString::fromStdString(m_name) << ":"
                             << error.what();
    }
}

std::string TestDatabase::url() const { return m_cluster.url(QString::fromStdString(m_name)); }

void TestDatabase::migrate() const
{
    ProcessResult result = ServerCommand::run({QStringLiteral("migrate")},
                                              {{QStringLiteral("MARKETDESK_DATABASE_URL"), QString::fromStdString(url())}});
    if (!result.succeeded())
        throw TestSetupError(QStringLiteral("marketdesk-server migrate failed on %1: %2")
                                 .arg(QString::fromStdString(m_name), result.describe()));
}

std::unique_ptr<pqxx::connection> TestDatabase::connect() const { return std::make_unique<pqxx::connection>(url()); }

pqxx::result TestDatabase::execute(const std::string& sql)
{
    for (int attempt = 0;; ++attempt) {
        try {
            if (!m_connection || !m_connection->is_open()) m_connection = connect();
            pqxx::work work(*m_connection);
            pqxx::result result = work.exec(sql);
            work.commit();
            return result;
        } catch (const pqxx::broken_connection&) {
            m_connection.reset();
            if (attempt >= 1) throw;
        }
    }
}

std::string TestDatabase::scalar(const std::string& sql)
{
    pqxx::result result = execute(sql);
    if (result.empty() || result[0].empty() || result[0][0].is_null()) return {};
    return result[0][0].c_str();
}

} // namespace md::test
