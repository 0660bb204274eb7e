#pragma once
// A fresh database for one test executable inside the shared fixture cluster (or a private cluster
// a fault test started). The constructor creates it under a unique name and, unless asked for an
// empty one, brings the schema up to date by running the built `marketdesk-server migrate`, the
// same code path production uses. The destructor drops it (WITH (FORCE), so a server still
// connected does not keep it alive).

#include "support/PostgresCluster.h"

#include <pqxx/pqxx>

#include <memory>
#include <string>

namespace md::test {

class TestDatabase {
public:
    enum class Schema { Migrated, Empty };

    explicit TestDatabase(Schema schema = Schema::Migrated);
    TestDatabase(const PostgresConnectionInfo& cluster, Schema schema);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& name() const { return m_name; }
    // libpq URI for MARKETDESK_DATABASE_URL.
    std::string url() const;
    const PostgresConnectionInfo& cluster() const { return m_cluster; }

    // Runs `marketdesk-server migrate`; throws TestSetupError with its output if it fails.
    void migrate() const;
    // A new connection of the caller's own (for threads, row locks, LISTEN).
    std::unique_ptr<pqxx::connection> connect() const;
    // Runs SQL in one transaction on a connection kept for the main thread; reconnects when the
    // previous one broke. Not for concurrent use: give each thread its own connect().
    pqxx::result execute(const std::string& sql);
    // Convenience: the first column of the first row as text ("" for NULL / no rows).
    std::string scalar(const std::string& sql);

private:
    PostgresConnectionInfo m_cluster;
    std::string m_name;
    std::unique_ptr<pqxx::connection> m_connection;
};

} // namespace md::test
