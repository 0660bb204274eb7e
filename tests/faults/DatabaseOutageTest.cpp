// PostgreSQL stops under a running server and comes back: while it is down, requests that need it
// answer 503 quickly (no hang) and liveness stays 200; once it is back, the same server process
// recovers by itself. The cluster is private to this test (PostgresCluster), never the shared one.

#include "support/Fixtures.h"
#include "support/PostgresCluster.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <memory>

#include <unistd.h>

using namespace md::test;
using Clock = std::chrono::steady_clock;

namespace {

// A request while the database is down must come back this fast (pool connect timeout is 2 s).
constexpr auto kFastAnswer = std::chrono::seconds(5);

} // namespace

class DatabaseOutageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<PostgresCluster>(
            QStringLiteral("%1/outage-%2").arg(TestPaths::workDirectory()).arg(::getpid()));
        m_cluster->removeOnDestruction(true);
        MD_REQUIRE(m_cluster->initialize());
        MD_REQUIRE(m_cluster->start());
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>(m_cluster->connectionInfo(), TestDatabase::Schema::Migrated));
        m_server = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_server->start());
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
        nlohmann::json product;
        MD_REQUIRE(product = m_fixtures->createProduct(Role::SellerA));
        m_product = product["id"].get<long long>();
        MD_REQUIRE(m_fixtures->setStock(Role::SellerA, m_product, 10));
        MD_REQUIRE(m_sellerToken = m_fixtures->token(Role::SellerA));
        MD_REQUIRE(m_supportToken = m_fixtures->token(Role::Support));
    }

    void requestsAnswer503WhileTheDatabaseIsDown()
    {
        const qint64 pid = m_server->pid();
        MD_REQUIRE(m_cluster->stop(QStringLiteral("fast")));

        HttpClient anonymous = m_server->client();
        HttpClient seller = m_server->client(m_sellerToken);
        HttpClient support = m_server->client(m_supportToken);
        QCOMPARE(anonymous.get("/healthz/live").status, 200);

        struct Probe {
            const char* what;
            std::function<HttpResponse()> send;
        };
        const std::string adjustments = "/api/v1/inventory/" + std::to_string(m_product) + "/adjustments";
        const std::vector<Probe> probes{
            {"readiness", [&] { return anonymous.get("/healthz/ready"); }},
            {"order list", [&] { return support.get("/api/v1/orders"); }},
            {"inventory list", [&] { return seller.get("/api/v1/inventory"); }},
            {"stock adjustment", [&] { return seller.post(adjustments, {{"delta", 1}, {"reason", "outage"}}); }},
            {"login", [&] {
                 return anonymous.post("/api/v1/auth/login", {{"email", m_fixtures->member(Role::CustomerA).email},
                                                              {"password", Fixtures::password()}});
             }},
        };
        // Twice: the first round finds broken pooled connections, the second finds none at all.
        for (int round = 0; round < 2; ++round) {
            for (const auto& probe : probes) {
                const auto started = Clock::now();
                HttpResponse response = probe.send();
                const auto elapsed = Clock::now() - started;
                const std::string message = std::string(probe.what) + " (round " + std::to_string(round) +
                                            "): " + response.describe();
                QVERIFY2(response.status == 503, message.c_str());
                QVERIFY2(!response.errorCode().empty(), message.c_str());
                QVERIFY2(elapsed < kFastAnswer, (message + " took too long").c_str());
            }
        }
        QCOMPARE(anonymous.get("/healthz/live").status, 200);
        QCOMPARE(m_server->pid(), pid);
        QVERIFY(m_server->isRunning());
    }

    void serverRecoversWhenTheDatabaseReturns()
    {
        MD_REQUIRE(m_cluster->restart());
        HttpClient anonymous = m_server->client();
        QTRY_VERIFY_WITH_TIMEOUT(anonymous.get("/healthz/ready").status == 200, 30000);

        HttpClient seller = m_server->client(m_sellerToken);
        HttpResponse adjusted = seller.post("/api/v1/inventory/" + std::to_string(m_product) + "/adjustments",
                                            {{"delta", 3}, {"reason", "after the outage"}});
        QVERIFY2(adjusted.status / 100 == 2, adjusted.describe().c_str());
        QCOMPARE(m_database->scalar("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(m_product)),
                 std::string("13")); // nothing applied while down, exactly this once after

        HttpResponse orders = m_server->client(m_supportToken).get("/api/v1/orders");
        QVERIFY2(orders.status == 200, orders.describe().c_str());
        HttpResponse login = anonymous.post("/api/v1/auth/login", {{"email", m_fixtures->member(Role::CustomerA).email},
                                                                   {"password", Fixtures::password()}});
        QVERIFY2(login.status == 200, login.describe().c_str());
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->isRunning()) QCOMPARE(m_server->stop(), 0);
        // Order matters: server, then database (dropped while the cluster runs), then the cluster.
        m_server.reset();
        m_fixtures.reset();
        m_database.reset();
        m_cluster.reset();
    }

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
    long long m_product = 0;
    std::string m_sellerToken;
    std::string m_supportToken;
};

QTEST_GUILESS_MAIN(DatabaseOutageTest)
#include "DatabaseOutageTest.moc"
