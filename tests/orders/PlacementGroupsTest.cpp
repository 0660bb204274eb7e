// Orders placed together (PlacementGroups, md_place_orders): when many arrive at once the server places
// them in groups of one transaction each, and every order must still get exactly the answer it would
// have had alone: placed with its own events, audit row and stock, or refused for its own reason
// without taking anything from the others in its group. A group that fails as a whole (here: a
// statement timeout behind a row another transaction holds) is placed again order by order.

#include "orders/OrderTestKit.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <map>
#include <mutex>
#include <vector>

using namespace md::test;
using namespace md::test::orders;

namespace {

struct Outcome {
    int status = 0;
    std::string code;
    nlohmann::json body;
};

} // namespace

class PlacementGroupsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        // Few lanes and a short statement timeout: groups form readily, and a group held up by a locked
        // row fails quickly (see aGroupThatFailsIsPlacedOrderByOrder).
        options.environment = {{"MARKETDESK_DB_POOL_SIZE", "8"},
                               {"MARKETDESK_WORKER_THREADS", "48"},
                               {"MARKETDESK_ORDER_GROUP_LANES", "1"},
                               {"MARKETDESK_ORDER_GROUP_SIZE", "16"},
                               {"MARKETDESK_STATEMENT_TIMEOUT_MS", "1500"},
                               {"MARKETDESK_RATE_LIMIT_RPS", "0"}};
        MD_REQUIRE(m_stack.start(options));
        m_token = m_stack.fixtures().token(Role::CustomerA);
    }

    void ordersInOneGroupStandOrFallAlone()
    {
        HttpClient metrics = m_stack.fixtures().client(Role::Admin);
        const double groupsBefore = metricValue(metrics, "orders_placement_group_size_count");
        const double orderedBefore = metricValue(metrics, "orders_placement_group_size_sum");
        const double placedBefore = metricValue(metrics, "orders_placed_total");

        long long scarce = m_stack.fixtures().createProduct(Role::SellerA, {{"title", "한정판 운동화"}})["id"];
        long long plenty = m_stack.fixtures().createProduct(Role::SellerA, {{"price_cents", 1200}})["id"];
        long long otherSeller = m_stack.fixtures().createProduct(Role::SellerB)["id"];
        long long draft = m_stack.fixtures().createProduct(Role::SellerA, {{"status", "draft"}})["id"];
        m_stack.fixtures().setStock(Role::SellerA, scarce, 5);
        m_stack.fixtures().setStock(Role::SellerA, plenty, 1000);
        m_stack.fixtures().setStock(Role::SellerB, otherSeller, 1000);

        // Four kinds of order, interleaved so that every group mixes them: the last units of one
        // product, plenty of another, a draft product, and two sellers in one order.
        constexpr int kClients = 48;
        std::mutex mutex;
        std::vector<Outcome> outcomes(kClients);
        race(kClients, [&](int i) {
            nlohmann::json body;
            switch (i % 4) {
            case 0: body = orderBody({{scarce, 1}}); break;
            case 1: body = orderBody({{plenty, 2}}); break;
            case 2: body = orderBody({{draft, 1}}); break;
            default: body = orderBody({{plenty, 1}, {otherSeller, 1}}); break;
            }
            HttpClient client(m_stack.server().host(), m_stack.server().port());
            client.setBearerToken(m_token);
            HttpResponse response = client.post("/api/v1/orders", body);
            std::lock_guard lock(mutex);
            outcomes[static_cast<std::size_t>(i)] = {response.status, response.status == 201 ? "" : response.errorCode(),
                                                     response.json()};
        });

        std::map<std::string, int> counts;
        std::vector<long long> placedIds;
        for (int i = 0; i < kClients; ++i) {
            const Outcome& outcome = outcomes[static_cast<std::size_t>(i)];
            const std::string kind = std::to_string(i % 4) + ":" + std::to_string(outcome.status) + ":" + outcome.code;
            ++counts[kind];
            if (outcome.status == 201) {
                placedIds.push_back(outcome.body["id"].get<long long>());
                // Each order is its own: its own lines, total and timeline.
                const long long expectedTotal = i % 4 == 1 ? 2400 : -1;
                if (expectedTotal > 0) QCOMPARE(outcome.body["total_cents"].get<long long>(), expectedTotal);
                QCOMPARE(outcome.body["items"].size(), std::size_t(1));
                QCOMPARE(outcome.body["events"].size(), std::size_t(1));
            }
        }
        QCOMPARE(counts["0:201:"], 5);                         // exactly the stock of the scarce product
        QCOMPARE(counts["0:409:insufficient_stock"], 12 - 5);  // the rest refused for stock
        QCOMPARE(counts["1:201:"], 12);                        // unaffected by the refusals beside them
        QCOMPARE(counts["2:422:product_unavailable"], 12);     // the draft is not for sale
        QCOMPARE(counts["3:422:mixed_sellers"], 12);           // one seller per order
        QCOMPARE(static_cast<int>(placedIds.size()), 17);

        // Each refusal carries its own details.
        for (int i = 0; i < kClients; ++i) {
            const Outcome& outcome = outcomes[static_cast<std::size_t>(i)];
            if (outcome.code == "insufficient_stock") {
                QCOMPARE(outcome.body["error"]["details"]["lines"][0]["product_id"].get<long long>(), scarce);
                QCOMPARE(outcome.body["error"]["details"]["lines"][0]["available"].get<long long>(), 0LL);
            } else if (outcome.code == "product_unavailable") {
                QCOMPARE(outcome.body["error"]["details"]["product_ids"][0].get<long long>(), draft);
            }
        }

        // What the placed orders wrote, and nothing of the refused ones.
        auto& db = m_stack.database();
        const std::string ids = idList(placedIds);
        QCOMPARE(db.scalar("SELECT reserved || '/' || on_hand FROM inventory WHERE product_id = " + std::to_string(scarce)),
                 std::string("5/5"));
        QCOMPARE(db.scalar("SELECT reserved FROM inventory WHERE product_id = " + std::to_string(plenty)), std::string("24"));
        QCOMPARE(db.scalar("SELECT reserved FROM inventory WHERE product_id = " + std::to_string(otherSeller)),
                 std::string("0"));
        QCOMPARE(db.scalar("SELECT count(*) FROM orders WHERE id IN (" + ids + ")"), std::string("17"));
        QCOMPARE(db.scalar("SELECT count(*) FROM order_items WHERE product_id IN (" + std::to_string(scarce) + "," +
                           std::to_string(plenty) + "," + std::to_string(otherSeller) + "," + std::to_string(draft) + ")"),
                 std::string("17"));
        QCOMPARE(db.scalar("SELECT count(*) FROM order_events WHERE type = 'created' AND order_id IN (" + ids + ")"),
                 std::string("17"));
        QCOMPARE(db.scalar("SELECT count(*) FROM audit_log WHERE action = 'order.create' AND entity_id IN (" +
                           quotedIdList(placedIds) + ")"),
                 std::string("17"));
        QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE type = 'order.created' AND (payload->>'id')::bigint IN (" +
                           ids + ")"),
                 std::string("17"));
        QCOMPARE(db.scalar("SELECT count(*) FROM inventory_movements WHERE reason = 'order_placed' AND order_id IN (" +
                           ids + ")"),
                 std::string("17"));

        // Groups did form: fewer groups than orders, and the counter counts placed orders only.
        const double groups = metricValue(metrics, "orders_placement_group_size_count") - groupsBefore;
        const double ordered = metricValue(metrics, "orders_placement_group_size_sum") - orderedBefore;
        QCOMPARE(ordered, double(kClients));
        QVERIFY2(groups < ordered, qPrintable(QString("%1 groups for %2 orders").arg(groups).arg(ordered)));
        QCOMPARE(metricValue(metrics, "orders_placed_total") - placedBefore, 17.0);
    }

    // Orders with an Idempotency-Key are grouped as well: each key is claimed in its group's
    // transaction, a retry gets the first answer byte for byte, and a key never places twice, even
    // when the same key is sent several times at once (the copies wait for a later group).
    void ordersWithIdempotencyKeysAreGroupedToo()
    {
        HttpClient metrics = m_stack.fixtures().client(Role::Admin);
        const double groupsBefore = metricValue(metrics, "orders_placement_group_size_count");
        const double orderedBefore = metricValue(metrics, "orders_placement_group_size_sum");
        long long product = m_stack.fixtures().createProduct(Role::SellerA)["id"];
        m_stack.fixtures().setStock(Role::SellerA, product, 1000);

        // 40 clients, 30 keys: keys 0..9 are each sent twice at once.
        constexpr int kClients = 40;
        auto keyOf = [](int i) { return "checkout-" + std::to_string(i < 30 ? i : i - 30); };
        std::mutex mutex;
        std::vector<HttpResponse> responses(kClients);
        race(kClients, [&](int i) {
            HttpClient client(m_stack.server().host(), m_stack.server().port());
            client.setBearerToken(m_token);
            HttpResponse response = client.post("/api/v1/orders", orderBody({{product, 1}}), {{"Idempotency-Key", keyOf(i)}});
            std::lock_guard lock(mutex);
            responses[static_cast<std::size_t>(i)] = std::move(response);
        });
        for (int i = 0; i < kClients; ++i)
            QVERIFY2(responses[static_cast<std::size_t>(i)].status == 201, responses[static_cast<std::size_t>(i)].describe().c_str());
        for (int i = 30; i < kClients; ++i) // both copies of a key got the same order
            QCOMPARE(responses[static_cast<std::size_t>(i)].body, responses[static_cast<std::size_t>(i - 30)].body);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM order_items WHERE product_id = " + std::to_string(product)),
                 std::string("30"));
        QCOMPARE(m_stack.database().scalar("SELECT reserved FROM inventory WHERE product_id = " + std::to_string(product)),
                 std::string("30"));
        const double groups = metricValue(metrics, "orders_placement_group_size_count") - groupsBefore;
        const double ordered = metricValue(metrics, "orders_placement_group_size_sum") - orderedBefore;
        QVERIFY2(groups < ordered, qPrintable(QString("%1 groups for %2 orders").arg(groups).arg(ordered)));

        // A retry later: the first answer again; the same key for another order: refused.
        HttpClient client(m_stack.server().host(), m_stack.server().port());
        client.setBearerToken(m_token);
        HttpResponse retry = client.post("/api/v1/orders", orderBody({{product, 1}}), {{"Idempotency-Key", keyOf(7)}});
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(retry.body, responses[7].body);
        HttpResponse reused = client.post("/api/v1/orders", orderBody({{product, 2}}), {{"Idempotency-Key", keyOf(7)}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), std::string("idempotency_key_reused"));
        QCOMPARE(m_stack.database().scalar("SELECT reserved FROM inventory WHERE product_id = " + std::to_string(product)),
                 std::string("30"));
    }

    void aGroupThatFailsIsPlacedOrderByOrder()
    {
        long long held = m_stack.fixtures().createProduct(Role::SellerA)["id"];
        long long free = m_stack.fixtures().createProduct(Role::SellerA)["id"];
        m_stack.fixtures().setStock(Role::SellerA, held, 100);
        m_stack.fixtures().setStock(Role::SellerA, free, 100);

        // Another transaction holds the held product's stock row for longer than the statement
        // timeout: a group that includes it waits for the row and times out as a whole.
        auto blocker = m_stack.database().connect();
        pqxx::work holding(*blocker);
        holding.exec("SELECT 1 FROM inventory WHERE product_id = " + std::to_string(held) + " FOR UPDATE");

        constexpr int kClients = 24;
        std::mutex mutex;
        std::vector<Outcome> outcomes(kClients);
        race(kClients, [&](int i) {
            HttpClient client(m_stack.server().host(), m_stack.server().port());
            client.setBearerToken(m_token);
            HttpResponse response = client.post("/api/v1/orders", orderBody({{i % 3 == 0 ? held : free, 1}}));
            std::lock_guard lock(mutex);
            outcomes[static_cast<std::size_t>(i)] = {response.status, response.status == 201 ? "" : response.errorCode(),
                                                     response.json()};
        });
        holding.abort();

        // Placed alone, the orders of the free product go through; those of the held one time out
        // (503, retryable) and reserve nothing.
        for (int i = 0; i < kClients; ++i) {
            const Outcome& outcome = outcomes[static_cast<std::size_t>(i)];
            if (i % 3 == 0)
                QCOMPARE(outcome.status, 503);
            else
                QCOMPARE(outcome.status, 201);
        }
        QCOMPARE(m_stack.database().scalar("SELECT reserved FROM inventory WHERE product_id = " + std::to_string(free)),
                 std::string("16"));
        QCOMPARE(m_stack.database().scalar("SELECT reserved FROM inventory WHERE product_id = " + std::to_string(held)),
                 std::string("0"));
        QVERIFY(m_stack.server().logText().contains("a group of orders failed as a whole"));

        // The row is free again, and so is the product.
        HttpClient client(m_stack.server().host(), m_stack.server().port());
        client.setBearerToken(m_token);
        QCOMPARE(client.post("/api/v1/orders", orderBody({{held, 1}})).status, 201);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    static std::string idList(const std::vector<long long>& ids)
    {
        std::string list;
        for (long long id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);
        return list;
    }
    static std::string quotedIdList(const std::vector<long long>& ids)
    {
        std::string list;
        for (long long id : ids) list += (list.empty() ? "'" : ",'") + std::to_string(id) + "'";
        return list;
    }

    ServerStack m_stack;
    std::string m_token;
};

QTEST_GUILESS_MAIN(PlacementGroupsTest)
#include "PlacementGroupsTest.moc"
