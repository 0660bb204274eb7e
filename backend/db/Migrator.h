#pragma once
// Versioned SQL migrations (backend/migrations/NNNN_name.sql), compiled into the binary, applied in
// order, each in its own transaction, and recorded with a checksum in schema_migrations. An
// advisory lock lets several replicas' migration jobs start at once safely.

#include <pqxx/pqxx>

#include <string>
#include <vector>

namespace md::db {

struct Migration {
    int version;
    std::string name;
    std::string sql;
};

const std::vector<Migration>& embeddedMigrations();

struct MigrationReport {
    std::vector<std::string> applied;
    int currentVersion = 0;
};

class Migrator {
public:
    explicit Migrator(const std::vector<Migration>& migrations = embeddedMigrations()) : m_migrations(migrations) {}

    // Applies what is missing. Throws std::runtime_error when an applied migration's checksum no
    // longer matches (someone edited a released migration) or the database is newer than this binary.
    MigrationReport migrate(pqxx::connection& connection) const;

    int latestVersion() const;
    // The version recorded in the database, 0 when none (also when the table does not exist).
    static int appliedVersion(pqxx::transaction_base& transaction);

private:
    const std::vector<Migration>& m_migrations;
};

std::string sha256Hex(const std::string& text);

} // namespace md::db
