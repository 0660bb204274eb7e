#pragma once
// Sellers: listing and reading (a seller user sees only their own seller; anyone else's is 404,
// so existence does not leak) and creating (admin; audited).

#include "auth/SellerRepository.h"
#include "core/Actor.h"
#include "db/ConnectionPool.h"

#include <optional>
#include <string>

namespace md::auth {

struct SellerListRequest {
    std::optional<std::string> search;
    std::optional<std::string> cursor;
    int limit = 50;
};

struct SellerListPage {
    std::vector<SellerRecord> items;
    std::optional<std::string> nextCursor;
};

class SellerService {
public:
    SellerService(db::ConnectionPool& pool, const SellerRepository& sellers);

    SellerListPage list(const Principal& caller, const SellerListRequest& request);
    SellerRecord get(const Principal& caller, long long id);
    // 422 when the name is empty or longer than 200 characters.
    SellerRecord create(const std::string& name, const Actor& actor);

    static constexpr std::size_t kMaxNameCharacters = 200;

private:
    db::ConnectionPool& m_pool;
    const SellerRepository& m_sellers;
};

} // namespace md::auth
