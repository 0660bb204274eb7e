// The test support library's own test: a migrated database, a server that becomes ready, the
// HTTP client (keep-alive, raw bytes, streams, many threads), a second server on the same database,
// the standard cast and a clean SIGTERM exit. If this fails, every other test will too.

#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace md::test;

class SupportSelfTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        m_server = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_server->start());
        QVERIFY(m_server->port() != 0);
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
    }

    void databaseIsMigrated()
    {
        QVERIFY(m_database->scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'products'") == "1");
    }

    void serverAnswersHealthChecks()
    {
        HttpClient client = m_server->client();
        HttpResponse live = client.get("/healthz/live");
        QVERIFY2(live.status == 200, live.describe().c_str());
        HttpResponse ready = client.get("/healthz/ready");
        QVERIFY2(ready.status == 200, ready.describe().c_str());
        QCOMPARE(QString::fromStdString(ready.json().value("status", "")), QStringLiteral("ready"));
    }

    void keepAliveConnectionIsReused()
    {
        HttpClient client = m_server->client();
        for (int i = 0; i < 20; ++i) QCOMPARE(client.get("/healthz/live").status, 200);
    }

    void rawBytesGetAParsedResponse()
    {
        HttpClient client = m_server->client();
        HttpResponse response = client.raw("GET /healthz/live HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        QVERIFY2(response.status == 200, response.describe().c_str());
        HttpResponse garbage = client.raw("this is not http\r\n\r\n");
        QVERIFY2(garbage.status == 400 || garbage.status == 0, garbage.describe().c_str());
        QCOMPARE(client.get("/healthz/live").status, 200);
    }

    void streamReadsABodyIncrementally()
    {
        HttpClient client = m_server->client();
        HttpStream stream = client.openStream("GET", "/metrics");
        QCOMPARE(stream.status(), 200);
        std::string body = stream.readToEnd(std::chrono::seconds(10));
        QVERIFY(stream.finished());
        QVERIFY2(body.find("http_requests_total") != std::string::npos, body.substr(0, 500).c_str());
    }

    void fiftyThreadsAtOnce()
    {
        std::atomic<int> succeeded{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 50; ++t)
            threads.emplace_back([&] {
                HttpClient client = m_server->client();
                for (int i = 0; i < 10; ++i)
                    if (client.get("/healthz/live").status == 200) ++succeeded;
            });
        for (auto& thread : threads) thread.join();
        QCOMPARE(succeeded.load(), 500);
    }

    void secondServerSharesTheDatabase()
    {
        ServerProcess replica(*m_database);
        MD_REQUIRE(replica.start());
        QVERIFY(replica.port() != m_server->port());
        QCOMPARE(replica.client().get("/healthz/ready").status, 200);
        QCOMPARE(replica.stop(), 0);
    }

    void databaseWithoutSchemaIsNotReady()
    {
        std::unique_ptr<TestDatabase> empty;
        MD_REQUIRE(empty = std::make_unique<TestDatabase>(TestDatabase::Schema::Empty));
        ServerProcess server(*empty);
        ServerProcess::Options options;
        options.waitFor = ServerProcess::WaitFor::Live;
        MD_REQUIRE(server.start(options));
        HttpResponse ready = server.client().get("/healthz/ready");
        QVERIFY2(ready.status == 503, ready.describe().c_str());
        QCOMPARE(server.stop(), 0);
    }

    void standardCastCanSignIn()
    {
        Fixtures& fixtures = *m_fixtures;
        for (Role role : Fixtures::allRoles()) {
            std::string token;
            MD_REQUIRE(token = fixtures.token(role));
            QVERIFY(!token.empty());
            HttpResponse me = fixtures.client(role).get("/api/v1/me");
            QVERIFY2(me.status == 200, me.describe().c_str());
            QCOMPARE(me.json().value("email", ""), fixtures.member(role).email);
        }
        QCOMPARE(fixtures.member(Role::SellerB).sellerId.value_or(0), fixtures.sellerBId());
    }

    void eventStreamReaderParsesServerSentEvents()
    {
        Fixtures& fixtures = *m_fixtures;
        std::string adminToken;
        MD_REQUIRE(adminToken = fixtures.token(Role::Admin));
        HttpClient admin = m_server->client(adminToken);
        HttpStream events = admin.openStream("GET", "/api/v1/events?types=order.created");
        QCOMPARE(events.status(), 200);
        QVERIFY(events.header("Content-Type").find("text/event-stream") != std::string::npos);

        nlohmann::json product;
        MD_REQUIRE(product = fixtures.createProduct(Role::SellerA));
        MD_REQUIRE(fixtures.setStock(Role::SellerA, product["id"].get<long long>(), 5));
        HttpResponse order = fixtures.client(Role::CustomerA).post(
            "/api/v1/orders", {{"items", {{{"product_id", product["id"]}, {"quantity", 1}}}},
                               {"shipping_address", {{"name", "이름"}, {"phone", "010-1111-2222"}, {"line1", "1 Road"},
                                                     {"city", "Seoul"}, {"postal_code", "01234"}}}});
        QVERIFY2(order.status == 201, order.describe().c_str());

        std::optional<SseEvent> event;
        for (int attempt = 0; attempt < 20 && !event; ++attempt) {
            event = events.readEvent(std::chrono::milliseconds(500));
            if (event && event->type != "order.created") event.reset(); // skip anything else
        }
        QVERIFY2(event.has_value(), "no order.created event within 10 s");
        QVERIFY(!event->id.empty());
        QVERIFY2(event->json().is_object(), event->data.c_str());
        QVERIFY2(event->data.find(std::to_string(order.json()["id"].get<long long>())) != std::string::npos,
                 event->data.c_str());
        // Nothing else is due: a read times out and leaves the stream usable.
        QVERIFY(!events.readEvent(std::chrono::milliseconds(200)).has_value());
        QVERIFY(!events.finished());
    }

    void chunkedBodyIsDecoded()
    {
        std::string token;
        MD_REQUIRE(token = m_fixtures->token(Role::SellerA));
        MD_REQUIRE(m_fixtures->createProduct(Role::SellerA, {{"title", "청크 테스트"}}));
        HttpStream exported = m_server->client(token).openStream("GET", "/api/v1/products/export");
        QCOMPARE(exported.status(), 200);
        QVERIFY(exported.chunked());
        std::string csv = exported.readToEnd(std::chrono::seconds(10));
        QVERIFY2(exported.finished() && exported.transportError().empty(), exported.transportError().c_str());
        QVERIFY(exported.chunkCount() >= 1);
        QVERIFY2(csv.find("sku") != std::string::npos && csv.find("청크 테스트") != std::string::npos, csv.c_str());
        // The same body through the buffered client.
        HttpResponse buffered = m_server->client(token).get("/api/v1/products/export");
        QVERIFY(buffered.chunked);
        QCOMPARE(buffered.body, csv);
    }

    void cleanupTestCase()
    {
        if (m_server) QCOMPARE(m_server->stop(), 0);
        m_server.reset();
        m_database.reset();
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(SupportSelfTest)
#include "SupportSelfTest.moc"
