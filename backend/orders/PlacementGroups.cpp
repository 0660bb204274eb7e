#include "orders/PlacementGroups.h"

#include "core/DomainError.h"
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
        m_groupSizes.observe(static_cast<double>(group.size()));
        std::vector<Pending*> members;
        for (auto& pending : group)
            members.push_back(pending.get());
        placeTogether(members);
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

void PlacementGroups::placeTogether(const std::vector<Pending*>& group)
{
    auto answerAll = [&group](const std::exception_ptr& error) {
        for (Pending* pending : group)
            pending->error = error;
    };
    nlohmann::json requests = nlohmann::json::array();
    for (const Pending* pending : group)
        requests.push_back(OrderRepository::placementRequest(pending->request));

    constexpr int kAttempts = 3; // a deadlock or serialization failure of an order alone is tried again
    for (int attempt = 1;; ++attempt) {
        // One statement in autocommit: md_place_orders is the whole transaction, so the group costs one
        // round trip, without BEGIN and COMMIT of their own.
        const std::string token = OrderRepository::newGroupToken();
        std::vector<OrderRepository::GroupedPlacement> placements;
        try {
            auto lease = m_pool.acquire();
            try {
                pqxx::nontransaction statement(*lease);
                placements = m_repository.placeGroup(statement, requests, token);
            } catch (const pqxx::broken_connection&) {
                // Whether the group committed is unknown: the commit may have happened and only its reply
                // been lost. It is never placed again before the recall says it was not.
                const bool timedOut = lease.timedOut();
                lease.discard();
                m_pool.dropIdle();
                std::optional<std::vector<OrderRepository::GroupedPlacement>> recalled;
                try {
                    recalled = recall(requests, token);
                } catch (const std::exception& error) {
                    obs::logError("a group of orders may or may not have been placed: its connection broke and the "
                                  "recall failed",
                                  {{"orders", group.size()}, {"group_token", token}, {"error", error.what()}});
                    answerAll(std::make_exception_ptr(DomainError::outcomeUnknown(
                        "the database connection broke while the order was being placed, and whether it was placed "
                        "could not be found out; look for it in your orders before placing it again, or retry "
                        "with the same Idempotency-Key")));
                    return;
                }
                if (recalled) {
                    obs::logWarn("a group of orders was placed but its connection broke before the answer; answered "
                                 "from the database",
                                 {{"orders", group.size()}, {"group_token", token}});
                    placements = std::move(*recalled);
                } else if (timedOut || attempt >= 2) {
                    // Not placed, and now never will be; the database answers too slowly or the connection
                    // broke twice: tell the clients instead of trying on.
                    answerAll(std::make_exception_ptr(DomainError::unavailable(
                        timedOut ? "the database did not answer in time; the order was not placed; try again"
                                 : "the database connection broke; the order was not placed; try again")));
                    return;
                } else {
                    obs::logWarn("a group of orders was not placed: its connection broke before the commit; placing "
                                 "it again",
                                 {{"orders", group.size()}, {"group_token", token}});
                    continue;
                }
            }
        } catch (const pqxx::sql_error& error) {
            // The statement failed, so its transaction rolled back: nothing of the group was placed.
            if (group.size() > 1) {
                // Each order now gets the answer it would have had alone.
                obs::logWarn("a group of orders failed as a whole; placing them one by one",
                             {{"orders", group.size()}, {"error", error.what()}});
                for (Pending* pending : group)
                    placeTogether({pending});
                return;
            }
            if (db::isRetryable(error) && attempt < kAttempts) continue;
            try {
                db::translateSqlError(error);
                throw;
            } catch (...) {
                answerAll(std::current_exception());
            }
            return;
        } catch (...) {
            // No connection (503: nothing was sent), or an answer of the wrong shape (500; cannot happen).
            answerAll(std::current_exception());
            return;
        }
        for (std::size_t i = 0; i < group.size(); ++i) {
            auto& placement = placements[i];
            if (placement.reply)
                group[i]->reply = std::move(*placement.reply);
            else
                group[i]->error = std::make_exception_ptr(
                    OrderRepository::placementError(placement.errorCode, placement.errorMessage));
        }
        return;
    }
}

std::optional<std::vector<OrderRepository::GroupedPlacement>> PlacementGroups::recall(const nlohmann::json& requests,
                                                                                      const std::string& token)
{
    // Its own transaction on another connection; a recall whose own connection breaks before its commit
    // is rolled back and simply tried again (withTransaction), one whose commit is in doubt throws.
    return db::withTransaction(
        m_pool, [&](pqxx::work& transaction) { return m_repository.recallGroup(transaction, requests, token); });
}

} // namespace md::orders
