#include "db/Migrator.h"

#include <openssl/sha.h>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace md::db {

std::string sha256Hex(const std::string& text)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char byte : digest) {
        out.push_back(hex[byte >> 4]);
        out.push_back(hex[byte & 0xf]);
    }
    return out;
}

int Migrator::latestVersion() const
{
    int latest = 0;
    for (const auto& migration : m_migrations) latest = std::max(latest, migration.version);
    return latest;
}

int Migrator::appliedVersion(pqxx::transaction_base& transaction)
{
    auto exists = transaction.exec("SELECT to_regclass('public.schema_migrations') IS NOT NULL");
    if (!exists[0][0].as<bool>()) return 0;
    auto row = transaction.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
    return row[0][0].as<int>();
}

MigrationReport Migrator::migrate(pqxx::connection& connection) const
{
    {
        pqxx::work setup(connection);
        setup.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                   " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                   " applied_at timestamptz NOT NULL DEFAULT now())");
        setup.commit();
    }

    std::vector<const Migration*> ordered;
    for (const auto& migration : m_migrations) ordered.push_back(&migration);
    std::sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return a->version < b->version; });

    MigrationReport report;
    for (const Migration* migration : ordered) {
        pqxx::work transaction(connection);
        // Serializes concurrent migrators; released at commit.
        transaction.exec("SELECT pg_advisory_xact_lock(7243001)");
        std::map<int, std::string> applied;
        for (const auto& row : transaction.exec("SELECT version, checksum FROM schema_migrations"))
            applied[row[0].as<int>()] = row[1].as<std::string>();
        if (!applied.empty() && applied.rbegin()->first > latestVersion())
            throw std::runtime_error("the database schema is at version " + std::to_string(applied.rbegin()->first) +
                                     ", newer than this server knows (" + std::to_string(latestVersion()) +
                                     "); deploy a newer server");
        const std::string checksum = sha256Hex(migration->sql);
        auto found = applied.find(migration->version);
        if (found != applied.end()) {
            if (found->second != checksum)
                throw std::runtime_error("migration " + migration->name +
                                         " was changed after it was applied (checksum mismatch); "
                                         "add a new migration instead of editing a released one");
            continue;
        }
        transaction.exec(migration->sql);
        transaction.exec_params("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                                migration->version, migration->name, checksum);
        transaction.commit();
        report.applied.push_back(migration->name);
    }
    pqxx::work check(connection);
    report.currentVersion = appliedVersion(check);
    return report;
}

} // namespace md::db
