#pragma once
// SQL for the sellers table. Every method runs inside the caller's transaction.

#include "core/Page.h"
#include "sellers/SellerRecord.h"

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

namespace md::sellers {

struct SellerListQuery {
    std::optional<long long> onlySeller; // the caller's seller scope
    std::optional<std::string> search;   // substring of the name, case-insensitive
    std::optional<long long> afterId;    // keyset position (sorted by id)
    long long limit = 50;
};

class SellerRepository {
public:
    // The order of the list, which its cursors are bound to.
    static constexpr std::string_view kSort = "id";

    // Registers the prepared statements; construct before the pool opens connections.
    SellerRepository();

    std::optional<SellerRecord> findById(pqxx::transaction_base& tx, long long id) const;
    bool exists(pqxx::transaction_base& tx, long long id) const;
    SellerRecord insert(pqxx::transaction_base& tx, const std::string& name) const;
    Page<SellerRecord> list(pqxx::transaction_base& tx, const SellerListQuery& query) const;
};

} // namespace md::sellers
