#include "orders/OrdersModule.h"

namespace md::orders {

namespace {

// A group's token is only recalled in the seconds after its connection broke (the request that recalls
// it is still waiting, bounded by the query deadlines); an hour is a wide margin (a recall that came
// after its token was pruned would take the group for not placed). Kept longer, the table would hold
// millions of rows at full placement rate (one per group, up to ~600 groups/s in bench/).
constexpr std::chrono::hours kGroupTokensKept{1};
constexpr std::chrono::minutes kGroupTokensPruned{10};
// "mdpg" in ASCII: the advisory lock of this pruning, distinct from the events' ("mdev").
constexpr long long kGroupTokensLock = 0x6d647067;

} // namespace

OrdersModule::OrdersModule(db::ConnectionPool& pool, PlacementGroups::Settings placementGroups)
    : m_service(pool, m_repository, m_idempotency, m_ledger, placementGroups), m_routes(m_service),
      m_groupTokens(pool, {"placement_groups", "token", "created_at", kGroupTokensLock}, kGroupTokensKept,
                    kGroupTokensPruned)
{
    OrderRepository::registerStatements();
    IdempotencyStore::registerStatements();
    inventory::StockLedger::registerStatements(); // also registered by InventoryModule; registering twice is harmless
}

void OrdersModule::registerRoutes(http::Router& router)
{
    m_routes.registerRoutes(router);
    m_groupTokens.start();
}

} // namespace md::orders
