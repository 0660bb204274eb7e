#pragma once
// Sellers: listing and reading (a seller user sees only their own seller; anyone else's is 404,
// so existence does not leak) and creating (admin; audited).

#include "core/Actor.h"
#include "core/Page.h"
#include "db/ConnectionPool.h"
#include "sellers/SellerRepository.h"

#include <optional>
#include <string>

namespace md::sellers {

struct SellerListRequest {
    std::optional<std::string> search;
    std::optional<std::string> cursor;
    long long limit = 50;
};

class SellerService {
public:
    static constexpr std::size_t kMaxNameCharacters = 200;

    SellerService(db::ConnectionPool& pool, const SellerRepository& sellers);

    Page<SellerRecord> list(const Principal& caller, const SellerListRequest& request);
    SellerRecord get(const Principal& caller, long long id);
    // 422 when the name is empty or longer than 200 characters.
    SellerRecord create(const std::string& name, const Actor& actor);

private:
    db::ConnectionPool& m_pool;
    const SellerRepository& m_sellers;
};

} // namespace md::sellers
