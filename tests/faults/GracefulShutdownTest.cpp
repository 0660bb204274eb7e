// SIGTERM with a request in flight: the test holds a row lock on an inventory row from its own
// connection, so a stock adjustment blocks inside the server; then SIGTERM. Readiness must turn
// 503 (on a connection still open), the server must not exit while the request runs, and once the
// lock is released the request completes with 2xx, its change is committed, and the exit code is 0.

#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QScopeGuard>
#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace md::test;
using Clock = std::chrono::steady_clock;

class GracefulShutdownTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        // A statement timeout well above the time the lock is held, so the request waits rather than fails.
        ServerProcess::Options options;
        options.environment["MARKETDESK_STATEMENT_TIMEOUT_MS"] = "60000";
        options.environment["MARKETDESK_DRAIN_TIMEOUT_MS"] = "60000";
        m_server = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_server->start(options));
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
        nlohmann::json product;
        MD_REQUIRE(product = m_fixtures->createProduct(Role::SellerA));
        m_product = product["id"].get<long long>();
        MD_REQUIRE(m_fixtures->setStock(Role::SellerA, m_product, 10));
    }

    void inFlightRequestCompletesAfterSigterm()
    {
        std::string token;
        MD_REQUIRE(token = m_fixtures->token(Role::SellerA));

        // 1. Lock the row the adjustment must update.
        auto lockHolder = m_database->connect();
        auto lockTransaction = std::make_unique<pqxx::work>(*lockHolder);
        lockTransaction->exec("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(m_product) +
                              " FOR UPDATE");

        // 2. The request that will block on it, from its own thread.
        std::atomic<int> status{-1};
        std::string body;
        std::thread request([&] {
            HttpClient seller = m_server->client(token);
            seller.setTimeout(std::chrono::seconds(90));
            HttpResponse response = seller.post("/api/v1/inventory/" + std::to_string(m_product) + "/adjustments",
                                                {{"delta", 5}, {"reason", "in flight during SIGTERM"}});
            body = response.describe();
            status = response.status;
        });
        auto joinRequest = qScopeGuard([&] {
            lockTransaction.reset(); // releases the lock if an assertion below returned early
            if (request.joinable()) request.join();
        });

        // 3. Wait (bounded) until PostgreSQL shows a backend of this database waiting for our lock.
        bool blocked = false;
        for (auto deadline = Clock::now() + std::chrono::seconds(15); !blocked && Clock::now() < deadline;) {
            blocked = m_database->scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()") != "0";
            if (!blocked) QTest::qWait(20);
        }
        QVERIFY2(blocked, "the adjustment never blocked on the row lock");
        QCOMPARE(status.load(), -1);

        // A probe connection opened before SIGTERM, so readiness can be asked on it afterwards.
        HttpClient probe = m_server->client();
        QCOMPARE(probe.get("/healthz/ready").status, 200);

        // 4. SIGTERM: readiness turns 503 (if the server still answers at all), the process stays.
        m_server->terminate();
        int readiness = 0;
        for (auto deadline = Clock::now() + std::chrono::seconds(10); Clock::now() < deadline;) {
            readiness = probe.get("/healthz/ready").status;
            if (readiness != 200) break;
            QTest::qWait(20);
        }
        QVERIFY2(readiness == 503 || readiness == 0, qPrintable(QStringLiteral("readiness after SIGTERM: %1").arg(readiness)));
        QVERIFY2(!m_server->tryWaitForExit(std::chrono::milliseconds(500)).has_value(),
                 "the server exited with a request in flight");
        QCOMPARE(status.load(), -1);

        // 5. Release the lock: the request completes, then the server exits cleanly.
        lockTransaction->abort();
        lockTransaction.reset();
        request.join();
        QVERIFY2(status.load() / 100 == 2, body.c_str());
        QCOMPARE(m_server->waitForExit(std::chrono::seconds(30)), 0);
        QCOMPARE(m_database->scalar("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(m_product)),
                 std::string("15"));
    }

    void nothingListensAfterTheExit()
    {
        // After the exit above nothing listens on the old port.
        HttpClient client = m_server->client();
        client.setTimeout(std::chrono::seconds(5));
        HttpResponse response = client.get("/healthz/live");
        QVERIFY2(response.status == 0, response.describe().c_str());
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->isRunning()) m_server->kill();
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
    long long m_product = 0;
};

QTEST_GUILESS_MAIN(GracefulShutdownTest)
#include "GracefulShutdownTest.moc"
