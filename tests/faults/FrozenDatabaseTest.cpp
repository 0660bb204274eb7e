// A database that stops answering while its kernel still acknowledges every byte (issue 10, item 4):
// FaultProxy black-holes the server's connections, which stay open. PostgreSQL's statement_timeout
// cannot help (the frozen backend would enforce it) and TCP keepalives see a healthy peer, so only
// the server's own deadlines bound the wait. While frozen, every request that needs the database
// answers 503 within a bound, readiness too (faster still), and liveness stays 200; once the database
// answers again the same server process recovers by itself. With only the existing connections
// frozen, the server recovers without waiting for them at all.

#include "support/Eventually.h"
#include "support/FaultProxy.h"
#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace md::test;
using Clock = std::chrono::steady_clock;

namespace {

// The server under test waits for an answer at most its query deadline (statement timeout 1.5 s + 1 s)
// and for a connection at most 2 s; every request must be answered well within this.
constexpr auto kBound = std::chrono::seconds(10);
// Readiness answers within its own deadline (1.5 s), whatever the database does.
constexpr auto kReadinessBound = std::chrono::seconds(3);
// A hanging request must fail the test, not hang it: clients give up after this.
constexpr auto kClientTimeout = std::chrono::seconds(20);

struct Probe {
    std::string what;
    std::function<HttpResponse(HttpClient&)> send;
    std::string token;
    std::chrono::steady_clock::duration bound;
};

nlohmann::json orderOf(long long product)
{
    return {{"items", {{{"product_id", product}, {"quantity", 1}}}},
            {"shipping_address",
             {{"name", "이름"},
              {"phone", "010-1111-2222"},
              {"line1", "1 Road"},
              {"city", "Seoul"},
              {"postal_code", "01234"}}}};
}

struct Outcome {
    HttpResponse response;
    std::chrono::steady_clock::duration elapsed{};
};

} // namespace

class FrozenDatabaseTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        MD_REQUIRE(m_proxy = std::make_unique<FaultProxy>(*m_database));
        m_server = std::make_unique<ServerProcess>(m_proxy->url(*m_database));
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_STATEMENT_TIMEOUT_MS", "1500"},
                               {"MARKETDESK_DB_CONNECT_TIMEOUT_S", "2"},
                               {"MARKETDESK_DB_POOL_SIZE", "4"},
                               {"MARKETDESK_PRODUCT_CACHE_ENTRIES", "0"}, // every product read asks the database
                               {"MARKETDESK_RATE_LIMIT_RPS", "0"}};
        MD_REQUIRE(m_server->start(options));
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
        nlohmann::json product;
        MD_REQUIRE(product = m_fixtures->createProduct(Role::SellerA));
        m_product = product["id"].get<long long>();
        MD_REQUIRE(m_fixtures->setStock(Role::SellerA, m_product, 100));
        MD_REQUIRE(m_customerToken = m_fixtures->token(Role::CustomerA));
        MD_REQUIRE(m_supportToken = m_fixtures->token(Role::Support));
    }

    void everyRequestAnswers503QuicklyWhileTheDatabaseIsFrozen()
    {
        const qint64 pid = m_server->pid();
        m_proxy->blackHoleAll();

        // Twice as many requests as pooled connections, all at once: the pool's connections all get
        // stuck, and the requests behind them must not wait for ever either.
        std::vector<Outcome> outcomes;
        const std::vector<Probe> probes = frozenProbes();
        runAtOnce(probes, outcomes);
        for (std::size_t i = 0; i < probes.size(); ++i) {
            const Outcome& outcome = outcomes[i];
            const std::string message =
                probes[i].what + " after " +
                std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(outcome.elapsed).count()) +
                " ms: " + outcome.response.describe();
            qInfo("%s", message.c_str());
            QVERIFY2(outcome.response.status == 503, message.c_str());
            QVERIFY2(!outcome.response.errorCode().empty(), message.c_str());
            QVERIFY2(outcome.elapsed < probes[i].bound, (message + " took too long").c_str());
        }
        // The frozen database again, now that the pool found out: still fast, still 503.
        HttpClient anonymous = m_server->client();
        anonymous.setTimeout(kClientTimeout);
        const auto started = Clock::now();
        HttpResponse ready = anonymous.get("/healthz/ready");
        QVERIFY2(ready.status == 503 && Clock::now() - started < kReadinessBound, ready.describe().c_str());
        QCOMPARE(anonymous.get("/healthz/live").status, 200);
        QCOMPARE(m_server->pid(), pid);
    }

    void theServerRecoversByItselfWhenTheDatabaseAnswersAgain()
    {
        const qint64 pid = m_server->pid();
        m_proxy->passAll();
        HttpClient anonymous = m_server->client();
        anonymous.setTimeout(kClientTimeout);
        QVERIFY(eventually([&] { return anonymous.get("/healthz/ready").status == 200; }, std::chrono::seconds(30)));
        verifyServing();
        QCOMPARE(m_server->pid(), pid);
        // What was placed while frozen: the orders answered 503 outcome_unknown may exist (their statement
        // reached the database later), once each; the stock they reserved is theirs.
        QCOMPARE(m_database->scalar("SELECT reserved FROM inventory WHERE product_id = " + std::to_string(m_product)),
                 m_database->scalar("SELECT coalesce(sum(quantity), 0) FROM order_items WHERE product_id = " +
                                    std::to_string(m_product)));
    }

    // Only the connections open now freeze; new ones pass. The server cuts the frozen ones and
    // reconnects without their ever answering.
    void frozenConnectionsAreReplacedWhileNewOnesPass()
    {
        m_proxy->blackHoleExisting();
        HttpClient anonymous = m_server->client();
        anonymous.setTimeout(kClientTimeout);
        const auto started = Clock::now();
        QVERIFY(eventually([&] { return anonymous.get("/healthz/ready").status == 200; }, std::chrono::seconds(20)));
        verifyServing();
        QVERIFY2(Clock::now() - started < std::chrono::seconds(20), "recovery took too long");
        m_proxy->passAll();
    }

    void cleanupTestCase()
    {
        m_proxy->passAll();
        if (m_server && m_server->isRunning()) QCOMPARE(m_server->stop(), 0);
        m_server.reset();
        m_proxy.reset();
        m_fixtures.reset();
        m_database.reset();
    }

private:
    std::vector<Probe> frozenProbes() const
    {
        const std::string product = "/api/v1/products/" + std::to_string(m_product);
        const std::vector<Probe> kinds{
            {"readiness", [](HttpClient& c) { return c.get("/healthz/ready"); }, "", kReadinessBound},
            {"product read", [product](HttpClient& c) { return c.get(product); }, m_customerToken, kBound},
            {"order placement", [this](HttpClient& c) { return c.post("/api/v1/orders", orderOf(m_product)); },
             m_customerToken, kBound},
            {"order list", [](HttpClient& c) { return c.get("/api/v1/orders"); }, m_supportToken, kBound},
        };
        std::vector<Probe> probes;
        for (int copy = 0; copy < 2; ++copy)
            for (const Probe& kind : kinds)
                probes.push_back(kind);
        return probes;
    }

    void runAtOnce(const std::vector<Probe>& probes, std::vector<Outcome>& outcomes) const
    {
        outcomes.assign(probes.size(), Outcome());
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < probes.size(); ++i)
            threads.emplace_back([&, i] {
                HttpClient client = m_server->client(probes[i].token);
                client.setTimeout(kClientTimeout);
                const auto started = Clock::now();
                HttpResponse response = probes[i].send(client);
                outcomes[i] = {std::move(response), Clock::now() - started};
            });
        for (auto& thread : threads)
            thread.join();
    }

    void verifyServing()
    {
        HttpClient customer = m_server->client(m_customerToken);
        customer.setTimeout(kClientTimeout);
        HttpResponse read = customer.get("/api/v1/products/" + std::to_string(m_product));
        QVERIFY2(read.status == 200, read.describe().c_str());
        HttpResponse placed = customer.post("/api/v1/orders", orderOf(m_product));
        QVERIFY2(placed.status == 201, placed.describe().c_str());
        HttpClient support = m_server->client(m_supportToken);
        support.setTimeout(kClientTimeout);
        HttpResponse list = support.get("/api/v1/orders");
        QVERIFY2(list.status == 200, list.describe().c_str());
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
    long long m_product = 0;
    std::string m_customerToken;
    std::string m_supportToken;
};

QTEST_GUILESS_MAIN(FrozenDatabaseTest)
#include "FrozenDatabaseTest.moc"
