#include "sellers/SellerService.h"

#include "audit/AuditLog.h"
#include "core/DomainError.h"
#include "core/KeysetCursor.h"
#include "core/Utf8.h"
#include "db/Transaction.h"

#include <algorithm>

namespace md::sellers {

SellerService::SellerService(db::ConnectionPool& pool, const SellerRepository& sellers)
    : m_pool(pool), m_sellers(sellers)
{
}

Page<SellerRecord> SellerService::list(const Principal& caller, const SellerListRequest& request)
{
    SellerListQuery query;
    query.onlySeller = caller.sellerScope();
    // A seller user without a seller cannot exist (a CHECK forbids it); refuse rather than show all.
    if (caller.role == Role::Seller && !query.onlySeller) throw DomainError::forbidden();
    query.search = request.search;
    query.limit = request.limit;
    if (request.cursor)
        query.afterId = KeysetCursor::decode(*request.cursor, SellerRepository::kSort, {KeysetCursor::Value::BigInt})
                            .integerAt(0);
    return db::withTransaction(m_pool, [&](pqxx::work& tx) { return m_sellers.list(tx, query); });
}

SellerRecord SellerService::get(const Principal& caller, long long id)
{
    if (auto scope = caller.sellerScope(); (scope && *scope != id) || (caller.role == Role::Seller && !scope))
        throw DomainError::notFound("seller");
    auto seller = db::withTransaction(m_pool, [&](pqxx::work& tx) { return m_sellers.findById(tx, id); });
    if (!seller) throw DomainError::notFound("seller");
    return *seller;
}

SellerRecord SellerService::create(const std::string& rawName, const Actor& actor)
{
    const std::string name = Utf8::trimmed(rawName);
    const std::size_t length = Utf8::length(name);
    if (length < 1 || length > kMaxNameCharacters) throw DomainError::invalidField("name", "must be 1-200 characters");
    if (std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        throw DomainError::invalidField("name", "must not contain control characters");
    return db::withTransaction(m_pool, [&](pqxx::work& tx) {
        SellerRecord created = m_sellers.insert(tx, name);
        audit::record(tx, actor, {"seller.create", "seller", std::to_string(created.id), std::nullopt, created.toJson()});
        return created;
    });
}

} // namespace md::sellers
