#pragma once
// Group commit for order placement. An order placed alone is a transaction of its own, and its commit,
// snapshot, locks and a dozen statements are most of what it costs PostgreSQL. So the orders that
// arrive while earlier ones are being placed wait, and the next free lane places all of them with one
// call of md_place_orders: one round trip, one transaction, and statements that write the rows of
// the whole group at once, while each order still stands or falls alone, with its own answer (see
// the migrations).
//
// There is no timer: a lane takes whatever is waiting the moment it is free, so an order on a quiet
// server goes through at once, alone, and groups only form when orders arrive faster than one lane
// commits them. A group whose statement fails as a whole (a deadlock, a timeout) placed nothing, and
// is placed again one order at a time, so every order gets the answer it would have had on its own.
//
// A group whose connection breaks is different: the commit may have happened with only its reply
// lost, and placing the orders again would place twice every order sent without an Idempotency-Key.
// Every call carries a new group token that md_place_orders records with the group; on another
// connection the lane then recalls the token (OrderRepository::recallGroup), which either returns the
// answers the group committed with, or makes sure it never commits, and then the group is placed
// again (once). When even the recall fails, every order of the group is answered 503 outcome_unknown,
// and nothing is placed again.

#include "core/Actor.h"
#include "db/ConnectionPool.h"
#include "observability/Metrics.h"
#include "orders/OrderRepository.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace md::orders {

class PlacementGroups {
public:
    struct Settings {
        std::size_t maxGroupSize = 32; // 1 places every order alone
        std::size_t lanes = 2;         // groups being placed at once, each on its own connection
    };
    PlacementGroups(db::ConnectionPool& pool, const OrderRepository& repository, Settings settings);

    // Called once with the answer (the order placed, or the answer stored with its Idempotency-Key), or
    // with what OrderRepository::place would have thrown for it alone (DomainError 422/409 for a
    // refused order, 503 when the database is unavailable and nothing was placed, 503 outcome_unknown
    // when whether it was placed could not be found out). It runs on the thread that placed the group
    // and must not block or throw.
    using Done = std::function<void(std::optional<OrderReply> reply, std::exception_ptr error)>;

    // Queues the order and returns: at once when a lane is busy (the lane takes it with its next
    // group), or after leading groups itself while it finds orders waiting and a lane free. No thread
    // waits for its own order.
    void place(PlacementRequest request, Done done);

private:
    struct Pending {
        PlacementRequest request;
        Done done;
        std::optional<OrderReply> reply;
        std::exception_ptr error;
    };

    // Whether a thread that queued an order may open a lane for a group now. Called with the lock held.
    bool mayOpenLane() const;
    // Leads one group: takes it from the front of m_waiting (leaving a second request with the same
    // Idempotency-Key for a later group, which will find the first one's answer), places it, and calls
    // each order's Done.
    // Called and returns with the lock held.
    void lead(std::unique_lock<std::mutex>& lock);
    // Place the orders together, recording each one's outcome in its Pending (see the class comment).
    void placeTogether(const std::vector<Pending*>& group);
    // The answers a group committed with under token, nullopt if it did not commit (and now cannot);
    // throws when that cannot be found out.
    std::optional<std::vector<OrderRepository::GroupedPlacement>> recall(const nlohmann::json& requests,
                                                                         const std::string& token);

    db::ConnectionPool& m_pool;
    const OrderRepository& m_repository;
    const Settings m_settings;
    obs::Histogram& m_groupSizes;

    std::mutex m_mutex;
    std::deque<std::unique_ptr<Pending>> m_waiting;
    std::size_t m_lanesInUse = 0;
};

} // namespace md::orders
