// GET /api/v1/events as clients see it live: the stream's headers and retry frame, a real order
// arriving as order.created, who may see which event (staff everything, sellers and customers only
// their own, deployments only operators and admins), ?types=, large events read back from the
// table, metrics, the documented errors, and streams ending cleanly at SIGTERM.

#include "events/EventTestKit.h"
#include "support/ServerProcess.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <map>
#include <memory>
#include <sstream>

using namespace md::test;
using namespace md::test::events;
using namespace std::chrono_literals;

namespace {

constexpr auto kWait = 15s;

double metricValue(HttpClient& client, const std::string& series)
{
    HttpResponse metrics = client.get("/metrics");
    std::istringstream lines(metrics.body);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(series + " ", 0) == 0) return std::stod(line.substr(series.size() + 1));
    return -1;
}

} // namespace

class LiveStreamTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        m_server = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_server->start());
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
        MD_REQUIRE(m_productA = stockedProduct(*m_fixtures, Role::SellerA));
        MD_REQUIRE(m_productB = stockedProduct(*m_fixtures, Role::SellerB));
        m_connection = m_database->connect();
    }

    void streamStartsWithRetryFrame()
    {
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpStream stream = openEvents(admin);
        QCOMPARE(stream.status(), 200);
        QVERIFY2(stream.header("Content-Type").rfind("text/event-stream", 0) == 0, stream.header("Content-Type").c_str());
        QCOMPARE(stream.header("Cache-Control"), std::string("no-store"));
        QVERIFY(stream.chunked());
        auto first = stream.readSome(5s);
        QVERIFY(first.has_value());
        QVERIFY2(first->rfind("retry: 3000\n\n", 0) == 0, first->c_str());
    }

    void orderCreatedArrivesLive()
    {
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpStream stream = openEvents(admin);
        QCOMPARE(stream.status(), 200);

        nlohmann::json order;
        MD_REQUIRE(order = placeOrder(*m_fixtures, Role::CustomerA, m_productA, 2));
        const long long orderId = order["id"].get<long long>();

        std::optional<SseEvent> created;
        const auto deadline = std::chrono::steady_clock::now() + kWait;
        while (!created && std::chrono::steady_clock::now() < deadline) {
            auto event = stream.readEvent(std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now()));
            if (!event) break;
            if (event->type == "order.created" && event->json()["data"]["id"] == orderId) created = event;
        }
        QVERIFY2(created.has_value(), "order.created did not arrive");

        auto data = created->json();
        QCOMPARE(created->id, std::to_string(data["id"].get<long long>()));
        QCOMPARE(data["type"].get<std::string>(), std::string("order.created"));
        QCOMPARE(data["data"]["number"], order["number"]);
        QCOMPARE(data["data"]["seller_id"].get<long long>(), m_fixtures->sellerAId());
        const std::string createdAt = data["created_at"].get<std::string>();
        QVERIFY2(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")
                     .match(QString::fromStdString(createdAt))
                     .hasMatch(),
                 createdAt.c_str());
        // The frame's id is the outbox row's id, the one Last-Event-ID resumes from.
        QCOMPARE(m_database->scalar("SELECT type FROM events WHERE id = " + created->id), std::string("order.created"));
    }

    void everyoneSeesOnlyWhatTheirRoleAllows()
    {
        const std::vector<Role> roles = {Role::Admin,   Role::Support,   Role::Operator, Role::SellerA,
                                         Role::SellerB, Role::CustomerA, Role::CustomerB};
        std::map<Role, HttpClient> clients;
        std::map<Role, HttpStream> streams;
        for (Role role : roles) {
            clients.emplace(role, m_fixtures->client(role));
            streams.emplace(role, openEvents(clients.at(role)));
            QCOMPARE(streams.at(role).status(), 200);
        }

        const long long sellerA = m_fixtures->sellerAId(), sellerB = m_fixtures->sellerBId();
        const long long customerA = m_fixtures->member(Role::CustomerA).userId;
        const long long customerB = m_fixtures->member(Role::CustomerB).userId;
        nlohmann::json orderA, orderB;
        MD_REQUIRE(orderA = placeOrder(*m_fixtures, Role::CustomerA, m_productA));
        MD_REQUIRE(orderB = placeOrder(*m_fixtures, Role::CustomerB, m_productB));
        const long long deployment = publishEvent(*m_connection, "deployment.updated", std::nullopt, std::nullopt,
                                                  {{"name", "marketdesk-api"}, {"ready", 2}});
        // One last event per audience, after everything else: once a client has read its sentinel,
        // every earlier event it was allowed to see has arrived (the hub delivers in commit order).
        std::map<Role, long long> sentinels;
        sentinels[Role::SellerA] = publishEvent(*m_connection, "test.sentinel", sellerA, std::nullopt, {});
        sentinels[Role::SellerB] = publishEvent(*m_connection, "test.sentinel", sellerB, std::nullopt, {});
        sentinels[Role::CustomerA] = publishEvent(*m_connection, "test.sentinel", std::nullopt, customerA, {});
        sentinels[Role::CustomerB] = publishEvent(*m_connection, "test.sentinel", std::nullopt, customerB, {});
        const long long staffSentinel = publishEvent(*m_connection, "test.sentinel", std::nullopt, std::nullopt, {});
        for (Role role : {Role::Admin, Role::Support, Role::Operator}) sentinels[role] = staffSentinel;

        for (Role role : roles) {
            const std::string tag = Fixtures::roleTag(role);
            auto events = readUntilId(streams.at(role), sentinels[role], kWait);
            auto ids = idsOf(events);
            QVERIFY2(!ids.empty() && ids.back() == sentinels[role], ("no sentinel for " + tag).c_str());
            // Every event received is one this role may see, checked against the table itself.
            for (long long id : ids) {
                auto row = m_database->execute("SELECT type, seller_id, customer_user_id FROM events WHERE id = " +
                                               std::to_string(id))[0];
                const std::string type = row[0].as<std::string>();
                const std::string where = tag + " got event " + std::to_string(id) + " (" + type + ")";
                if (role == Role::SellerA || role == Role::SellerB) {
                    const long long own = role == Role::SellerA ? sellerA : sellerB;
                    QVERIFY2(!row[1].is_null() && row[1].as<long long>() == own && type != "deployment.updated",
                             where.c_str());
                } else if (role == Role::CustomerA || role == Role::CustomerB) {
                    const long long own = role == Role::CustomerA ? customerA : customerB;
                    QVERIFY2(!row[2].is_null() && row[2].as<long long>() == own && type != "deployment.updated",
                             where.c_str());
                } else if (role == Role::Support) {
                    QVERIFY2(type != "deployment.updated", where.c_str());
                }
            }
            auto received = [&](const std::string& type, long long orderId) {
                for (const auto& event : events)
                    if (event.type == type && event.json()["data"]["id"] == orderId) return true;
                return false;
            };
            const bool staff = role == Role::Admin || role == Role::Support || role == Role::Operator;
            QCOMPARE(received("order.created", orderA["id"].get<long long>()),
                     staff || role == Role::SellerA || role == Role::CustomerA);
            QCOMPARE(received("order.created", orderB["id"].get<long long>()),
                     staff || role == Role::SellerB || role == Role::CustomerB);
            const bool gotDeployment = std::find(ids.begin(), ids.end(), deployment) != ids.end();
            QCOMPARE(gotDeployment, role == Role::Admin || role == Role::Operator);
        }
    }

    void typesParameterNarrowsTheStream()
    {
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpStream stream = openEvents(admin, "?types=test.sentinel,%20inventory.low_stock");
        QCOMPARE(stream.status(), 200);
        publishEvent(*m_connection, "order.created", m_fixtures->sellerAId(), std::nullopt, {{"id", 1}});
        publishEvent(*m_connection, "deployment.updated", std::nullopt, std::nullopt, {});
        const long long wanted = publishEvent(*m_connection, "test.sentinel", std::nullopt, std::nullopt, {});
        auto events = readUntilId(stream, wanted, kWait);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events.front().type, std::string("test.sentinel"));
    }

    void largeKoreanEventArrivesIntact()
    {
        // Over NOTIFY's 8000-byte limit: the trigger sends only the id and the hub reads the row back.
        std::string text;
        for (int i = 0; i < 3000; ++i) text += "가나다";
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpStream stream = openEvents(admin);
        const long long id = publishEvent(*m_connection, "order.updated", m_fixtures->sellerAId(), std::nullopt,
                                          {{"memo", text}, {"emoji", "🙂"}});
        auto events = readUntilId(stream, id, kWait);
        QVERIFY(!events.empty() && events.back().id == std::to_string(id));
        auto data = events.back().json();
        QCOMPARE(data["data"]["memo"].get<std::string>(), text);
        QCOMPARE(data["data"]["emoji"].get<std::string>(), std::string("🙂"));
    }

    void metricsCountClientsAndEvents()
    {
        HttpClient probe = m_fixtures->anonymousClient();
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpStream stream = openEvents(admin);
        const double sentBefore = metricValue(probe, "sse_events_sent_total");
        QVERIFY(sentBefore >= 0);
        QVERIFY(metricValue(probe, "sse_clients") >= 1);
        const long long id = publishEvent(*m_connection, "test.sentinel", std::nullopt, std::nullopt, {});
        auto events = readUntilId(stream, id, kWait);
        QVERIFY(!events.empty());
        // Counted right after the push, so possibly a moment after the client has the event.
        QTRY_VERIFY_WITH_TIMEOUT(metricValue(probe, "sse_events_sent_total") >= sentBefore + 1, 5000);
    }

    void refusesWhatTheContractRefuses()
    {
        HttpClient anonymous = m_fixtures->anonymousClient();
        HttpResponse noToken = anonymous.get("/api/v1/events");
        QCOMPARE(noToken.status, 401);

        HttpClient admin = m_fixtures->client(Role::Admin);
        for (const char* query : {"?types=Order.Created", "?types=a;b", "?last_event_id=abc", "?last_event_id=-1"}) {
            HttpResponse refused = admin.get(std::string("/api/v1/events") + query);
            QVERIFY2(refused.status == 400, (std::string(query) + ": " + refused.describe()).c_str());
            QVERIFY(!refused.errorCode().empty());
        }
        // Every role may open the stream; what it then carries is filtered.
        for (Role role : Fixtures::allRoles()) {
            HttpClient client = m_fixtures->client(role);
            HttpStream stream = openEvents(client);
            QVERIFY2(stream.status() == 200, Fixtures::roleTag(role).c_str());
        }
    }

    // Last: it stops the server. SIGTERM ends every stream (clients reconnect elsewhere) and the
    // server still exits 0.
    void shutdownEndsStreams()
    {
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpStream stream = openEvents(admin);
        QCOMPARE(stream.status(), 200);
        QCOMPARE(m_server->stop(), 0);
        stream.readToEnd(10s);
        QVERIFY(stream.finished());
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->isRunning()) QCOMPARE(m_server->stop(), 0);
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
    std::unique_ptr<pqxx::connection> m_connection;
    long long m_productA = 0;
    long long m_productB = 0;
};

QTEST_GUILESS_MAIN(LiveStreamTest)
#include "LiveStreamTest.moc"
