#include "auth/SellerRepository.h"

#include "auth/SqlParams.h"
#include "db/ConnectionPool.h"

namespace md::auth {

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
    db::Statements::add("auth_seller_by_id", "SELECT " + columns + " FROM sellers WHERE id = $1");
    db::Statements::add("auth_seller_exists", "SELECT 1 FROM sellers WHERE id = $1");
    db::Statements::add("auth_seller_insert", "INSERT INTO sellers (name) VALUES ($1) RETURNING " + columns);
}

std::optional<SellerRecord> SellerRepository::findById(pqxx::transaction_base& tx, long long id) const
{
    auto rows = tx.exec_prepared("auth_seller_by_id", id);
    if (rows.empty()) return std::nullopt;
    return readSeller(rows[0]);
}

bool SellerRepository::exists(pqxx::transaction_base& tx, long long id) const
{
    return !tx.exec_prepared("auth_seller_exists", id).empty();
}

SellerRecord SellerRepository::insert(pqxx::transaction_base& tx, const std::string& name) const
{
    return readSeller(tx.exec_prepared("auth_seller_insert", name)[0]);
}

SellerPage SellerRepository::list(pqxx::transaction_base& tx, const SellerListQuery& query) const
{
    SqlParams params;
    std::string sql = std::string("SELECT ") + kColumns + " FROM sellers WHERE true";
    if (query.onlySeller) sql += " AND id = " + params.add(*query.onlySeller) + "::bigint";
    if (query.search) sql += " AND lower(name) LIKE lower(" + params.add(SqlParams::containsPattern(*query.search)) + ")";
    if (query.afterId) sql += " AND id > " + params.add(*query.afterId) + "::bigint";
    // One row more than asked tells whether there is a next page.
    sql += " ORDER BY id LIMIT " + params.add(static_cast<long long>(query.limit) + 1) + "::bigint";
    auto rows = params.execute(tx, sql);
    SellerPage page;
    const std::size_t limit = static_cast<std::size_t>(query.limit);
    for (std::size_t i = 0; i < rows.size() && i < limit; ++i) page.items.push_back(readSeller(rows[i]));
    page.hasMore = rows.size() > limit;
    return page;
}

} // namespace md::auth
