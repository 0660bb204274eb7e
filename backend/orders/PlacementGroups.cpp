#include "orders/PlacementGroups.h"

#include "db/Transaction.h"
#include "observability/Log.h"

#include <algorithm>
#include <set>
#include <utility>

namespace md::orders {

PlacementGroups::PlacementGroups(db::ConnectionPool& pool, const OrderRepository& repository, Settings settings)
    : m_pool(pool), m_repository(repository),
      m_settings{std::max<std::size_t>(settings.maxGroupSize, 1), std::max<std::size_t>(settings.lanes, 1)},
      m_groupSizes(obs::MetricsRegistry::instance().histogram(
          "orders_placement_group_size", "Orders placed together in one transaction (see PlacementGroups).", {},
          {1, 2, 4, 8, 16, 32, 64}))
{
}

void PlacementGroups::place(PlacementRequest request, Done done)
{
    auto pending = std::make_unique<Pending>();
    pending->request = std::move(request);
    pending->done = std::move(done);
    std::unique_lock lock(m_mutex);
    m_waiting.push_back(std::move(pending));
    // Whoever finds a lane free leads the orders waiting at the front, and goes on leading while
    // orders are waiting and its lane is free again; otherwise it returns at once, and a lane that
    // finishes takes its order with the next group.
    bool finishedGroup = false;
    while (finishedGroup ? !m_waiting.empty() && m_lanesInUse < m_settings.lanes : mayOpenLane()) {
        lead(lock);
        finishedGroup = true;
    }
}

bool PlacementGroups::mayOpenLane() const
{
    if (m_waiting.empty() || m_lanesInUse >= m_settings.lanes) return false;
    // The first lane takes whatever waits. Another lane opens only once a group's worth has piled up
    // behind the busy ones: small groups side by side cost the database more per order (each group has
    // a fixed cost, and groups running at once contend for the same index pages and locks) than one
    // larger group a little later.
    return m_lanesInUse == 0 || m_waiting.size() >= std::max<std::size_t>(1, m_settings.maxGroupSize / 4);
}

void PlacementGroups::lead(std::unique_lock<std::mutex>& lock)
{
    std::vector<std::unique_ptr<Pending>> group;
    std::set<std::pair<long long, std::string>> keys; // (user, Idempotency-Key) in this group
    for (auto it = m_waiting.begin(); it != m_waiting.end() && group.size() < m_settings.maxGroupSize;) {
        const PlacementRequest& request = (*it)->request;
        if (request.idempotency && !keys.emplace(request.actor.principal.userId, request.idempotency->key).second) {
            ++it;
            continue;
        }
        group.push_back(std::move(*it));
        it = m_waiting.erase(it);
    }
    ++m_lanesInUse;
    lock.unlock();

    try {
        placeGroup(group);
    } catch (...) { // only std::bad_alloc can get here
        for (auto& pending : group)
            if (!pending->reply && !pending->error) pending->error = std::current_exception();
    }
    for (auto& pending : group) {
        try {
            pending->done(std::move(pending->reply), pending->error);
        } catch (...) { // a Done must not throw; one that does must not cost the others their answers
            obs::logError("an order's completion threw; its client gets no answer");
        }
    }

    lock.lock();
    --m_lanesInUse;
}

void PlacementGroups::placeGroup(const std::vector<std::unique_ptr<Pending>>& group)
{
    m_groupSizes.observe(static_cast<double>(group.size()));
    if (group.size() == 1) {
        placeAlone(*group.front());
        return;
    }

    nlohmann::json requests = nlohmann::json::array();
    for (const auto& pending : group) requests.push_back(OrderRepository::placementRequest(pending->request));
    std::vector<OrderRepository::GroupedPlacement> placements;
    try {
        // One statement in autocommit: md_place_orders is the whole transaction, so the group costs one
        // round trip, without BEGIN and COMMIT of their own.
        auto lease = m_pool.acquire();
        try {
            pqxx::nontransaction statement(*lease);
            placements = m_repository.placeGroup(statement, requests);
        } catch (const pqxx::broken_connection&) {
            lease.discard();
            throw;
        }
    } catch (const std::exception& error) {
        // Nothing of the group was placed; each order now gets the answer it would have had alone.
        obs::logWarn("a group of orders failed as a whole; placing them one by one",
                     {{"orders", group.size()}, {"error", error.what()}});
        for (auto& pending : group) placeAlone(*pending);
        return;
    }
    for (std::size_t i = 0; i < group.size(); ++i) {
        auto& placement = placements[i];
        if (placement.reply)
            group[i]->reply = std::move(*placement.reply);
        else
            group[i]->error =
                std::make_exception_ptr(OrderRepository::placementError(placement.errorCode, placement.errorMessage));
    }
}

void PlacementGroups::placeAlone(Pending& pending)
{
    try {
        pending.reply = db::withTransaction(
            m_pool, [&](pqxx::work& transaction) { return m_repository.place(transaction, pending.request); });
    } catch (...) {
        pending.error = std::current_exception();
    }
}

} // namespace md::orders
