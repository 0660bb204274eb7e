// Orders under concurrency, with many clients at once (one connection and thread each, started
// together): racing for the last units sells exactly what is there and never more; multi-line
// orders taking the same products in opposite orders neither deadlock nor oversell; retries with
// one Idempotency-Key create one order; concurrent refunds never add up past the total.

#include "orders/OrderTestKit.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

using namespace md::test;
using namespace md::test::orders;


class ConcurrencyTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        // More connections than clients would hide queueing; fewer would make them wait. Neither
        // changes the outcome, which is what is checked here. The per-user rate limit is a policy
        // for real traffic, not for a test that fires 60 requests from two users in a burst.
        options.environment = {{"MARKETDESK_DB_POOL_SIZE", "16"}, {"MARKETDESK_RATE_LIMIT_RPS", "0"}};
        MD_REQUIRE(m_stack.start(options));
        m_tokens = {m_stack.fixtures().token(Role::CustomerA), m_stack.fixtures().token(Role::CustomerB)};
    }

    void racingForTheLastUnitsSellsExactlyWhatIsThere()
    {
        constexpr int kClients = 60;
        constexpr long long kStock = 17;
        long long product = m_stack.fixtures().createProduct(Role::SellerA)["id"];
        m_stack.fixtures().setStock(Role::SellerA, product, kStock);

        std::mutex mutex;
        std::map<int, int> statuses;
        race(kClients, [&](int i) {
            HttpClient client = clientFor(i);
            HttpResponse response = client.post("/api/v1/orders", orderBody({{product, 1}}));
            std::lock_guard lock(mutex);
            ++statuses[response.status];
            if (response.status == 409 && response.errorCode() != "insufficient_stock") ++statuses[-1];
        });
        QCOMPARE(statuses[201], int(kStock));
        QCOMPARE(statuses[409], kClients - int(kStock));
        QCOMPARE(statuses.size(), std::size_t(2));
        QCOMPARE(stock(product), std::to_string(kStock) + "/" + std::to_string(kStock));
        QCOMPARE(m_stack.database().scalar("SELECT coalesce(sum(quantity), 0) FROM order_items WHERE product_id = " +
                                           std::to_string(product)),
                 std::to_string(kStock));
        QCOMPARE(m_stack.database().scalar("SELECT sum(reserved_delta) FROM inventory_movements WHERE product_id = " +
                                           std::to_string(product)),
                 std::to_string(kStock));
        // Nothing is left for anyone.
        QCOMPARE(clientFor(0).post("/api/v1/orders", orderBody({{product, 1}})).status, 409);
    }

    void multiLineOrdersNeitherDeadlockNorOversell()
    {
        constexpr int kClients = 60;
        long long first = m_stack.fixtures().createProduct(Role::SellerA)["id"];
        long long second = m_stack.fixtures().createProduct(Role::SellerA)["id"];
        m_stack.fixtures().setStock(Role::SellerA, first, 40);
        m_stack.fixtures().setStock(Role::SellerA, second, 25);

        std::mutex mutex;
        std::map<int, int> statuses;
        race(kClients, [&](int i) {
            HttpClient client = clientFor(i);
            // Lines in both orders and of several sizes, so rows are wanted in every order.
            const long long a = 1 + i % 3, b = 1 + (i / 3) % 2;
            auto body = i % 2 == 0 ? orderBody({{first, a}, {second, b}}) : orderBody({{second, b}, {first, a}});
            HttpResponse response = client.post("/api/v1/orders", body);
            std::lock_guard lock(mutex);
            ++statuses[response.status];
        });
        QVERIFY2(statuses[201] > 0, "no order went through");
        QCOMPARE(statuses[201] + statuses[409], kClients); // no 5xx: no deadlock, no constraint violation

        for (long long product : {first, second}) {
            const std::string id = std::to_string(product);
            const std::string sold = m_stack.database().scalar(
                "SELECT coalesce(sum(quantity), 0) FROM order_items WHERE product_id = " + id);
            QCOMPARE(m_stack.database().scalar("SELECT reserved FROM inventory WHERE product_id = " + id), sold);
            QCOMPARE(m_stack.database().scalar("SELECT reserved <= on_hand FROM inventory WHERE product_id = " + id),
                     std::string("t"));
            QCOMPARE(m_stack.database().scalar(
                         "SELECT sum(reserved_delta) FROM inventory_movements WHERE product_id = " + id),
                     sold);
        }
        // All or nothing per order: every order has both lines.
        QCOMPARE(
            m_stack.database().scalar("SELECT count(*) FROM orders o WHERE (SELECT count(*) FROM order_items i WHERE "
                                      "i.order_id = o.id AND i.product_id IN (" +
                                      std::to_string(first) + "," + std::to_string(second) + ")) = 1"),
            std::string("0"));
    }

    void concurrentRetriesWithOneKeyCreateOneOrder()
    {
        constexpr int kClients = 50;
        long long product = m_stack.fixtures().createProduct(Role::SellerA)["id"];
        m_stack.fixtures().setStock(Role::SellerA, product, 100);
        const nlohmann::json body = orderBody({{product, 2}});
        const std::string token = m_stack.fixtures().token(Role::CustomerA);

        std::mutex mutex;
        std::map<int, int> statuses;
        std::set<std::string> bodies;
        race(kClients, [&](int) {
            HttpClient client(m_stack.server().host(), m_stack.server().port());
            client.setBearerToken(token);
            HttpResponse response = client.post("/api/v1/orders", body, {{"Idempotency-Key", "double-click-42"}});
            std::lock_guard lock(mutex);
            ++statuses[response.status];
            bodies.insert(response.body);
        });
        QCOMPARE(statuses[201], kClients);
        QCOMPARE(bodies.size(), std::size_t(1));
        QCOMPARE(
            m_stack.database().scalar("SELECT count(*) FROM order_items WHERE product_id = " + std::to_string(product)),
            std::string("1"));
        QCOMPARE(stock(product), std::string("100/2"));
    }

    void concurrentRefundsNeverExceedTheTotal()
    {
        constexpr int kClients = 24;
        long long product = m_stack.fixtures().createProduct(Role::SellerA, {{"price_cents", 10000}})["id"];
        m_stack.fixtures().setStock(Role::SellerA, product, 10);
        HttpResponse placed = clientFor(0).post("/api/v1/orders", orderBody({{product, 1}}));
        QVERIFY2(placed.status == 201, placed.describe().c_str());
        const long long id = placed.json()["id"];
        HttpClient support = m_stack.fixtures().client(Role::Support);
        QCOMPARE(transition(support, id, "paid").status, 200);
        const std::string token = m_stack.fixtures().token(Role::Support);

        std::mutex mutex;
        std::map<int, int> statuses;
        race(kClients, [&](int) {
            HttpClient client(m_stack.server().host(), m_stack.server().port());
            client.setBearerToken(token);
            HttpResponse response =
                client.post(orderPath(id, "/refunds"), {{"amount_cents", 1000}, {"reason", "split"}});
            std::lock_guard lock(mutex);
            ++statuses[response.status];
        });
        // Ten refunds of 1000 make the total; the rest find the order refunded or the total reached.
        QCOMPARE(statuses[201], 10);
        QCOMPARE(statuses[409], kClients - 10);
        QCOMPARE(m_stack.database().scalar("SELECT refunded_cents || ' ' || status FROM orders WHERE id = " +
                                           std::to_string(id)),
                 std::string("10000 refunded"));
        QCOMPARE(
            m_stack.database().scalar("SELECT sum(amount_cents) FROM refunds WHERE order_id = " + std::to_string(id)),
            std::string("10000"));
        // Refunded in full before shipping: the reservation went back.
        QCOMPARE(stock(product), std::string("10/0"));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    HttpClient clientFor(int index)
    {
        HttpClient client(m_stack.server().host(), m_stack.server().port());
        client.setBearerToken(m_tokens[static_cast<std::size_t>(index) % m_tokens.size()]);
        return client;
    }

    std::string stock(long long productId)
    {
        return m_stack.database().scalar("SELECT on_hand || '/' || reserved FROM inventory WHERE product_id = " +
                                         std::to_string(productId));
    }

    ServerStack m_stack;
    std::vector<std::string> m_tokens;
};

QTEST_GUILESS_MAIN(ConcurrencyTest)
#include "ConcurrencyTest.moc"
