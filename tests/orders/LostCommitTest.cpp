// Orders whose commit reply never arrives (issue 10, item 1). FaultProxy forwards PostgreSQL's commit
// of md_place_orders and closes the server's connection before ReadyForQuery: the orders exist, the
// server does not know it. Such orders must never be placed again as if nothing had happened: every
// 201 a client saw is exactly one order, no order exists twice, the stock reserved is the sum of the
// order lines, a retry with the same Idempotency-Key converges to the same order, and when the outcome
// cannot be found out at all the answer says so (503 outcome_unknown) instead of guessing.
//
// Every request carries a tag of its own in its shipping address, so the test can count the orders
// each request made.

#include "orders/OrderTestKit.h"
#include "support/Eventually.h"
#include "support/FaultProxy.h"
#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace md::test;
using namespace md::test::orders;
using Clock = std::chrono::steady_clock;

namespace {

// Every placement of a group runs md_place_orders, alone or in a group.
constexpr const char* kPlacementMarker = "md_place_orders";
constexpr auto kLoadDuration = std::chrono::seconds(30);

struct Answer {
    int status = 0;
    std::string code;
    long long orderId = 0;
    std::string describe;
};

nlohmann::json taggedOrder(const std::string& tag, const std::vector<std::pair<long long, long long>>& lines)
{
    nlohmann::json body = orderBody(lines);
    body["shipping_address"]["line2"] = tag;
    return body;
}

} // namespace

class LostCommitTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        MD_REQUIRE(m_proxy = std::make_unique<FaultProxy>(*m_database));
        m_server = std::make_unique<ServerProcess>(m_proxy->url(*m_database));
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_DB_POOL_SIZE", "8"},
                               {"MARKETDESK_WORKER_THREADS", "48"},
                               {"MARKETDESK_ORDER_GROUP_LANES", "2"},
                               {"MARKETDESK_ORDER_GROUP_SIZE", "16"},
                               {"MARKETDESK_RATE_LIMIT_RPS", "0"}};
        MD_REQUIRE(m_server->start(options));
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
        MD_REQUIRE(m_token = m_fixtures->token(Role::CustomerA));
    }

    void init()
    {
        m_proxy->passAll();
        m_proxy->cutAfterCommit({}, 0);
    }

    // 20 clients × 20 orders without a key while the proxy loses the commit reply of up to 40 groups.
    void ordersWithoutAKeyAreNeverPlacedTwice()
    {
        const std::vector<long long> products = stockedProducts(3, 100000);
        constexpr int kClients = 20;
        constexpr int kOrdersPerClient = 20;
        m_proxy->cutAfterCommit(kPlacementMarker, 40);

        const auto deadline = Clock::now() + kLoadDuration;
        std::mutex mutex;
        std::map<std::string, Answer> answers;
        std::vector<std::thread> clients;
        for (int c = 0; c < kClients; ++c)
            clients.emplace_back([&, c] {
                HttpClient client = m_server->client(m_token);
                for (int i = 0; i < kOrdersPerClient && Clock::now() < deadline; ++i) {
                    const std::string tag = "nokey/" + std::to_string(c) + "/" + std::to_string(i);
                    const long long product = products[static_cast<std::size_t>((c + i) % 3)];
                    HttpResponse response =
                        client.post("/api/v1/orders", taggedOrder(tag, {{product, 1 + (c * i) % 3}}));
                    std::lock_guard lock(mutex);
                    answers[tag] = answerOf(response);
                }
            });
        for (auto& client : clients)
            client.join();
        const int cuts = m_proxy->cutsPerformed();
        m_proxy->cutAfterCommit({}, 0);
        QVERIFY2(cuts > 0, "no commit reply was lost: the test proves nothing");

        verifyEveryRequestPlacedAtMostOnce("nokey/", answers);
        verifyReservedStock(products);
        qInfo("%zu orders, %d commit replies lost", answers.size(), cuts);
    }

    // The same with an Idempotency-Key: every request retried with its key until it is answered ends
    // with one order, and every 201 for the key names that order.
    void aRetryWithTheSameKeyConvergesToOneOrder()
    {
        const std::vector<long long> products = stockedProducts(2, 100000);
        constexpr int kClients = 10;
        constexpr int kOrdersPerClient = 10;
        constexpr int kAttempts = 8;
        m_proxy->cutAfterCommit(kPlacementMarker, 20);

        const auto deadline = Clock::now() + kLoadDuration;
        std::mutex mutex;
        std::map<std::string, Answer> answers;
        std::map<std::string, std::vector<long long>> idsSeen;
        std::vector<std::thread> clients;
        for (int c = 0; c < kClients; ++c)
            clients.emplace_back([&, c] {
                HttpClient client = m_server->client(m_token);
                for (int i = 0; i < kOrdersPerClient && Clock::now() < deadline; ++i) {
                    const std::string tag = "keyed/" + std::to_string(c) + "/" + std::to_string(i);
                    const nlohmann::json body = taggedOrder(tag, {{products[static_cast<std::size_t>(i % 2)], 1}});
                    Answer answer;
                    for (int attempt = 0; attempt < kAttempts && answer.status != 201; ++attempt) {
                        answer = answerOf(client.post("/api/v1/orders", body, {{"Idempotency-Key", "lost-" + tag}}));
                        std::lock_guard lock(mutex);
                        if (answer.status == 201) idsSeen[tag].push_back(answer.orderId);
                    }
                    std::lock_guard lock(mutex);
                    answers[tag] = answer;
                }
            });
        for (auto& client : clients)
            client.join();
        QVERIFY2(m_proxy->cutsPerformed() > 0, "no commit reply was lost: the test proves nothing");
        m_proxy->cutAfterCommit({}, 0);

        for (const auto& [tag, answer] : answers)
            QVERIFY2(answer.status == 201, (tag + ": " + answer.describe).c_str());
        for (const auto& [tag, ids] : idsSeen)
            for (long long id : ids)
                QCOMPARE(id, ids.front());
        verifyEveryRequestPlacedAtMostOnce("keyed/", answers);
        verifyReservedStock(products);
    }

    // An order alone (a group of one) whose commit reply is lost: the server finds out it was placed
    // and answers 201 with it.
    void aLostCommitOfAnOrderAloneIsAnsweredWithTheOrder()
    {
        const std::vector<long long> products = stockedProducts(1, 10);
        m_proxy->cutAfterCommit(kPlacementMarker, 1);
        HttpResponse response =
            m_server->client(m_token).post("/api/v1/orders", taggedOrder("alone/1", {{products[0], 2}}));
        QCOMPARE(m_proxy->cutsPerformed(), 1);
        QVERIFY2(response.status == 201, response.describe().c_str());
        const std::string placed = m_database->scalar("SELECT string_agg(id::text, ',') FROM orders "
                                                      "WHERE shipping_address->>'line2' = 'alone/1'");
        QCOMPARE(placed, std::to_string(response.json()["id"].get<long long>()));
        QCOMPARE(response.json()["items"][0]["quantity"].get<long long>(), 2LL);
        verifyReservedStock(products);
    }

    // The database goes away the moment it committed: the server cannot find out what happened, so it
    // says exactly that, and places nothing again. Once the database is back the order is there, once.
    void anOutcomeThatCannotBeFoundOutIsAnsweredOutcomeUnknown()
    {
        const std::vector<long long> products = stockedProducts(1, 10);
        m_proxy->cutAfterCommit(kPlacementMarker, 1, FaultProxy::AfterCut::ResetEverything);
        const auto started = Clock::now();
        HttpResponse response =
            m_server->client(m_token).post("/api/v1/orders", taggedOrder("unknown/1", {{products[0], 1}}));
        const auto elapsed = Clock::now() - started;
        QCOMPARE(m_proxy->cutsPerformed(), 1);
        QVERIFY2(response.status == 503, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("outcome_unknown"));
        // Look it up rather than retry: nothing invites a blind retry.
        QVERIFY2(response.header("Retry-After").empty(), response.describe().c_str());
        QVERIFY2(response.json()["error"]["message"].get<std::string>().find("Idempotency-Key") != std::string::npos,
                 response.describe().c_str());
        QVERIFY2(elapsed < std::chrono::seconds(10), "the answer took too long");

        m_proxy->passAll();
        QVERIFY(eventually([&] { return m_server->client().get("/healthz/ready").status == 200; },
                           std::chrono::seconds(20)));
        QCOMPARE(m_database->scalar("SELECT count(*) FROM orders WHERE shipping_address->>'line2' = 'unknown/1'"),
                 std::string("1"));
        HttpResponse list = m_server->client(m_token).get("/api/v1/orders?limit=5");
        QVERIFY2(list.status == 200, list.describe().c_str());
        verifyReservedStock(products);
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->isRunning()) QCOMPARE(m_server->stop(), 0);
        m_server.reset();
        m_proxy.reset();
        m_fixtures.reset();
        m_database.reset();
    }

private:
    static Answer answerOf(const HttpResponse& response)
    {
        Answer answer{response.status, response.status == 201 ? "" : response.errorCode(), 0, response.describe()};
        if (response.status == 201) answer.orderId = response.json()["id"].get<long long>();
        return answer;
    }

    std::vector<long long> stockedProducts(int count, long long stock)
    {
        std::vector<long long> products;
        for (int i = 0; i < count; ++i) {
            long long id = m_fixtures->createProduct(Role::SellerA)["id"];
            m_fixtures->setStock(Role::SellerA, id, stock);
            products.push_back(id);
        }
        return products;
    }

    // Each request made at most one order; a 201 names the order its request made; a request answered
    // with anything but 201 or outcome_unknown made none; and the orders are exactly those.
    void verifyEveryRequestPlacedAtMostOnce(const std::string& tagPrefix, const std::map<std::string, Answer>& answers)
    {
        std::map<std::string, std::vector<long long>> placed; // tag -> order ids
        for (const auto& row : m_database->execute("SELECT shipping_address->>'line2', id FROM orders "
                                                   "WHERE shipping_address->>'line2' LIKE '" +
                                                   tagPrefix + "%'"))
            placed[row[0].as<std::string>()].push_back(row[1].as<long long>());

        std::vector<std::string> duplicated;
        for (const auto& [tag, ids] : placed)
            if (ids.size() > 1) duplicated.push_back(tag);
        QVERIFY2(duplicated.empty(),
                 qPrintable(QStringLiteral("%1 requests placed more than one order, e.g. %2")
                                .arg(duplicated.size())
                                .arg(QString::fromStdString(duplicated.empty() ? "" : duplicated.front()))));

        std::size_t created = 0, unknownButPlaced = 0;
        for (const auto& [tag, answer] : answers) {
            auto found = placed.find(tag);
            const std::size_t orders = found == placed.end() ? 0 : found->second.size();
            const std::string context = tag + ": " + answer.describe;
            if (answer.status == 201) {
                ++created;
                QVERIFY2(orders == 1 && found->second.front() == answer.orderId, context.c_str());
            } else if (answer.code == "outcome_unknown") {
                unknownButPlaced += orders;
            } else {
                QVERIFY2(orders == 0, ("answered an error, yet placed: " + context).c_str());
            }
        }
        QCOMPARE(placed.size(), created + unknownButPlaced);
    }

    // What is reserved is what the orders hold, no more (a duplicate reserves twice) and no less.
    void verifyReservedStock(const std::vector<long long>& products)
    {
        for (long long product : products) {
            const std::string id = std::to_string(product);
            QCOMPARE(m_database->scalar("SELECT reserved FROM inventory WHERE product_id = " + id),
                     m_database->scalar("SELECT coalesce(sum(quantity), 0) FROM order_items WHERE product_id = " + id));
        }
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
    std::string m_token;
};

QTEST_GUILESS_MAIN(LostCommitTest)
#include "LostCommitTest.moc"
