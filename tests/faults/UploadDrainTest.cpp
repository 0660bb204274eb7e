// SIGTERM while a request body is still arriving (a rolling update during a CSV import): the
// request counts as in flight from its first byte, so the server keeps reading it through the
// drain, answers it normally, commits it and exits 0. Idle keep-alive connections do not hold the
// drain. (GracefulShutdownTest covers a request whose body had fully arrived.)

#include "support/Fixtures.h"
#include "support/RawHttpConnection.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

class UploadDrainTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        ServerProcess seeder(*m_database);
        MD_REQUIRE(seeder.start());
        Fixtures fixtures(*m_database, seeder);
        MD_REQUIRE(fixtures.seedStandardCast());
        MD_REQUIRE(m_sellerToken = fixtures.token(Role::SellerA));
        QCOMPARE(seeder.stop(), 0);
    }

    void halfUploadedImportSurvivesSigterm()
    {
        ServerProcess server(*m_database);
        MD_REQUIRE(server.start(drainOptions()));

        constexpr int kRows = 4000;
        std::string csv = "sku,title,price_cents\n";
        for (int row = 0; row < kRows; ++row)
            csv +=
                "DRAIN-" + std::to_string(row) + ",Imported during a rolling update " + std::to_string(row) + ",100\n";

        RawHttpConnection upload(server.host(), server.port());
        QVERIFY2(upload.connect(), upload.error().c_str());
        // Expect: 100-continue proves the server has the header before SIGTERM comes.
        QVERIFY(upload.send("POST /api/v1/products/import HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " +
                            m_sellerToken + "\r\nContent-Type: text/csv\r\nContent-Length: " +
                            std::to_string(csv.size()) + "\r\nExpect: 100-continue\r\n\r\n"));
        HttpResponse interim = upload.readResponse(5s);
        QVERIFY2(interim.status == 100, interim.describe().c_str());
        const std::size_t half = csv.size() / 2;
        QVERIFY(upload.send(std::string_view(csv).substr(0, half)));

        server.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(server.logText().contains("\"shutting down\""), 10000);
        QVERIFY2(server.isRunning(), "the server exited with a request body half uploaded");

        QVERIFY2(upload.send(std::string_view(csv).substr(half)), upload.error().c_str());
        HttpResponse response = upload.readResponse(60s);
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.json().value("created", -1), kRows);
        QCOMPARE(response.header("Connection"), std::string("close"));
        QCOMPARE(server.waitForExit(30s), 0);
        QCOMPARE(m_database->scalar("SELECT count(*) FROM products WHERE sku LIKE 'DRAIN-%'"), std::to_string(kRows));
    }

    void idleKeepAliveDoesNotHoldTheDrain()
    {
        ServerProcess server(*m_database);
        MD_REQUIRE(server.start(drainOptions()));
        RawHttpConnection idle(server.host(), server.port());
        QVERIFY2(idle.connect(), idle.error().c_str());
        QVERIFY(idle.send("GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n"));
        QCOMPARE(idle.readResponse().status, 200);
        RawHttpConnection silent(server.host(), server.port());
        QVERIFY2(silent.connect(), silent.error().c_str());

        const auto terminated = Clock::now();
        server.terminate();
        // The drain deadline is a minute; idle connections must not make the server wait for it.
        std::optional<int> exitCode = server.tryWaitForExit(15s);
        QVERIFY2(exitCode.has_value(), "idle connections held the drain");
        QCOMPARE(*exitCode, 0);
        QVERIFY(Clock::now() - terminated < 15s);
    }

    void cleanupTestCase() {}

private:
    static ServerProcess::Options drainOptions()
    {
        ServerProcess::Options options;
        options.environment["MARKETDESK_DRAIN_TIMEOUT_MS"] = "60000";
        options.environment["MARKETDESK_RATE_LIMIT_RPS"] = "0";
        return options;
    }

    std::unique_ptr<TestDatabase> m_database;
    std::string m_sellerToken;
};

QTEST_GUILESS_MAIN(UploadDrainTest)
#include "UploadDrainTest.moc"
