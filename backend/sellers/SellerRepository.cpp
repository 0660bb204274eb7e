#include "sellers/SellerRepository.h"

#include "core/KeysetCursor.h"
#include "db/ConnectionPool.h"
#include "db/SqlParams.h"

namespace md::sellers {

namespace {

constexpr const char* kColumns =
    "id, name, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

SellerRecord readSeller(const pqxx::row& row)
{
    return SellerRecord{row[0].as<long long>(), row[1].as<std::string>(), row[2].as<std::string>()};
}

} // namespace

SellerRepository::SellerRepository()
{
    const std::string columns = kColumns;
    db::Statements::add("sellers_by_id", "SELECT " + columns + " FROM sellers WHERE id = $1");
    db::Statements::add("sellers_exists", "SELECT 1 FROM sellers WHERE id = $1");
    db::Statements::add("sellers_insert", "INSERT INTO sellers (name) VALUES ($1) RETURNING " + columns);
}

std::optional<SellerRecord> SellerRepository::findById(pqxx::transaction_base& tx, long long id) const
{
    auto rows = tx.exec_prepared("sellers_by_id", id);
    if (rows.empty()) return std::nullopt;
    return readSeller(rows[0]);
}

bool SellerRepository::exists(pqxx::transaction_base& tx, long long id) const
{
    return !tx.exec_prepared("sellers_exists", id).empty();
}

SellerRecord SellerRepository::insert(pqxx::transaction_base& tx, const std::string& name) const
{
    return readSeller(tx.exec_prepared("sellers_insert", name)[0]);
}

Page<SellerRecord> SellerRepository::list(pqxx::transaction_base& tx, const SellerListQuery& query) const
{
    db::SqlParams params;
    std::string sql = std::string("SELECT ") + kColumns + " FROM sellers WHERE true";
    if (query.onlySeller) sql += " AND id = " + params.add(*query.onlySeller) + "::bigint";
    if (query.search)
        sql += " AND lower(name) LIKE lower(" + params.add(db::SqlParams::containsPattern(*query.search)) + ")";
    if (query.afterId) sql += " AND id > " + params.add(*query.afterId) + "::bigint";
    // One row more than asked tells whether there is a next page.
    sql += " ORDER BY id LIMIT " + params.add(query.limit + 1) + "::bigint";
    std::vector<SellerRecord> rows;
    for (const auto& row : params.execute(tx, sql)) rows.push_back(readSeller(row));
    return Page<SellerRecord>::fromRows(std::move(rows), query.limit, [](const SellerRecord& last) {
        return KeysetCursor(std::string(kSort), {last.id}).encode();
    });
}

} // namespace md::sellers
