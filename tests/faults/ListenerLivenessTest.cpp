// A replica whose notification listener is cut off without a word (its connection black-holed by
// the network: the kernel still acknowledges, nothing comes back) must not go on serving stale
// prices, accepting a user disabled on another replica, or missing events, without limit. Replica A
// LISTENs through a FaultProxy (MARKETDESK_LISTENER_DATABASE_URL), its pool goes direct; replica B
// makes the changes. Bounds as docs/API.md states them: a dead listener is noticed within
// MARKETDESK_LISTENER_CHECK_INTERVAL_MS + MARKETDESK_LISTENER_TIMEOUT_MS, revocations are re-read
// within another interval; the test adds slack for a loaded machine. Without the liveness check
// neither replica A's price nor its revocations would ever change.

#include "events/EventTestKit.h"
#include "support/FaultProxy.h"
#include "support/ServerProcess.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>
#include <sstream>

using namespace md::test;
using namespace md::test::events;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCheckIntervalMs = 1000;
constexpr int kTimeoutMs = 1000;
// Noticed within interval + timeout; revocations re-read within one more interval.
constexpr auto kStatedBound = std::chrono::milliseconds(2 * kCheckIntervalMs + kTimeoutMs);
constexpr auto kSlack = 5s;
constexpr const char* kPassword = "listener-liveness-password";

std::string productPath(long long id) { return "/api/v1/products/" + std::to_string(id); }

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

class ListenerLivenessTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        MD_REQUIRE(m_proxy = std::make_unique<FaultProxy>(*m_database));
        m_replicaA = std::make_unique<ServerProcess>(*m_database);
        ServerProcess::Options options;
        options.environment = {
            {"MARKETDESK_LISTENER_DATABASE_URL", QString::fromStdString(m_proxy->url(*m_database))},
            {"MARKETDESK_LISTENER_CHECK_INTERVAL_MS", QString::number(kCheckIntervalMs)},
            {"MARKETDESK_LISTENER_TIMEOUT_MS", QString::number(kTimeoutMs)}};
        MD_REQUIRE(m_replicaA->start(options));
        m_replicaB = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_replicaB->start());
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_replicaB); // tokens are good on both
        MD_REQUIRE(m_fixtures->seedStandardCast());
        m_connection = m_database->connect();
        QVERIFY2(m_proxy->openConnections() >= 1, "replica A's listener does not go through the proxy");
    }

    void aSilentlyDroppedListenerIsReplaced()
    {
        Scene scene;
        MD_REQUIRE(scene = setUpScene("dropped"));
        HttpClient adminOnA = m_replicaA->client(m_fixtures->token(Role::Admin));
        HttpStream stream = openEvents(adminOnA);
        QCOMPARE(stream.status(), 200);

        // The network drops A's LISTEN connection without telling anyone; new connections still pass.
        m_proxy->blackHoleExisting();
        const auto cutAt = Clock::now();
        changeThroughB(scene);
        const long long missed = publishEvent(*m_connection, "test.listener", std::nullopt, std::nullopt, {});

        QVERIFY2(waitUntilAHasCaughtUp(scene, kStatedBound + kSlack), describe(scene).c_str());
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - cutAt);
        qInfo("replica A caught up %lld ms after its listener was cut (stated bound %lld ms)",
              static_cast<long long>(took.count()), static_cast<long long>(kStatedBound.count()));
        QVERIFY(m_replicaA->logText().contains("did not answer its liveness check"));
        // The event written while A heard nothing reaches A's stream client once its listener is back.
        QCOMPARE(idsOf(readUntilId(stream, missed, 15s)).back(), missed);
        HttpClient probe = m_replicaA->client("");
        QVERIFY(metricValue(probe, "db_listener_reconnects_total") >= 1);
        QCOMPARE(metricValue(probe, "db_listener_connected"), 1.0);
    }

    void aListenerThatCannotComeBackStopsTheCachesBeingTrusted()
    {
        m_proxy->passAll();
        Scene scene;
        MD_REQUIRE(scene = setUpScene("unreachable"));
        HttpClient adminOnA = m_replicaA->client(m_fixtures->token(Role::Admin));
        HttpStream stream = openEvents(adminOnA);
        QCOMPARE(stream.status(), 200);

        // Now the listener cannot reconnect either (new connections hang as well).
        m_proxy->setNewConnections(FaultProxy::NewConnections::BlackHole);
        m_proxy->blackHoleExisting();
        HttpClient probe = m_replicaA->client("");
        QTRY_COMPARE_WITH_TIMEOUT(metricValue(probe, "db_listener_connected"), 0.0,
                                  static_cast<int>((kStatedBound + kSlack).count()));
        // Still ready (it serves correctly, only slower), and it says what is wrong.
        HttpResponse ready = probe.get("/healthz/ready");
        QVERIFY2(ready.status == 200, ready.describe().c_str());
        QCOMPARE(ready.json()["notification_listener"].get<std::string>(), std::string("reconnecting"));

        changeThroughB(scene);
        const long long missed = publishEvent(*m_connection, "test.listener", std::nullopt, std::nullopt, {});
        // Products come from the database now; revocations are re-read every check interval.
        QVERIFY2(waitUntilAHasCaughtUp(scene, kStatedBound + kSlack), describe(scene).c_str());

        // The listener comes back: the events written meanwhile reach A's stream client.
        m_proxy->passAll();
        QCOMPARE(idsOf(readUntilId(stream, missed, 20s)).back(), missed);
        QTRY_COMPARE_WITH_TIMEOUT(metricValue(probe, "db_listener_connected"), 1.0, 20000);
        QCOMPARE(probe.get("/healthz/ready").json()["notification_listener"].get<std::string>(),
                 std::string("connected"));
    }

    void cleanupTestCase()
    {
        if (m_proxy) m_proxy->passAll();
        m_connection.reset();
        if (m_replicaB) QCOMPARE(m_replicaB->stop(), 0);
        if (m_replicaA) QCOMPARE(m_replicaA->stop(), 0);
    }

private:
    struct Scene {
        long long productId = 0;
        long long newPrice = 0;
        long long userId = 0;
        std::string userToken;
    };

    // A product A has cached and a user A has accepted, both about to change through B.
    Scene setUpScene(const std::string& tag)
    {
        Scene scene;
        const auto product = m_fixtures->createProduct(Role::SellerA, {{"price_cents", 1000}});
        scene.productId = product["id"].get<long long>();
        scene.newPrice = 2500;
        HttpClient readerOnA = m_replicaA->client(m_fixtures->token(Role::CustomerA));
        for (int i = 0; i < 2; ++i) // the second read is served from A's cache
            if (readerOnA.get(productPath(scene.productId)).json()["price_cents"] != 1000)
                throw TestSetupError(QStringLiteral("replica A does not serve the product"));
        HttpClient anonymousOnA = m_replicaA->client("");

        const std::string email = "listener-" + tag + "@test.marketdesk.kr";
        HttpClient admin = m_replicaB->client(m_fixtures->token(Role::Admin));
        HttpResponse created =
            admin.post("/api/v1/users", {{"email", email}, {"password", kPassword}, {"role", "support"}});
        if (created.status != 201) throw TestSetupError(QString::fromStdString("create user: " + created.describe()));
        scene.userId = created.json()["id"].get<long long>();
        HttpResponse login = anonymousOnA.post("/api/v1/auth/login", {{"email", email}, {"password", kPassword}});
        if (login.status != 200) throw TestSetupError(QString::fromStdString("login: " + login.describe()));
        scene.userToken = login.json()["access_token"].get<std::string>();
        if (m_replicaA->client(scene.userToken).get("/api/v1/me").status != 200)
            throw TestSetupError(QStringLiteral("replica A does not accept the user"));
        return scene;
    }

    void changeThroughB(const Scene& scene)
    {
        HttpClient seller = m_replicaB->client(m_fixtures->token(Role::SellerA));
        HttpResponse repriced = seller.patch(productPath(scene.productId), {{"price_cents", scene.newPrice}});
        QVERIFY2(repriced.status == 200, repriced.describe().c_str());
        HttpClient admin = m_replicaB->client(m_fixtures->token(Role::Admin));
        HttpResponse disabled = admin.patch("/api/v1/users/" + std::to_string(scene.userId), {{"disabled", true}});
        QVERIFY2(disabled.status == 200, disabled.describe().c_str());
    }

    // Polls replica A until it serves the new price and refuses the disabled user, or the bound passes.
    bool waitUntilAHasCaughtUp(const Scene& scene, std::chrono::milliseconds bound)
    {
        const auto deadline = Clock::now() + bound;
        HttpClient readerOnA = m_replicaA->client(m_fixtures->token(Role::CustomerA));
        HttpClient userOnA = m_replicaA->client(scene.userToken);
        for (;;) {
            const bool priced = readerOnA.get(productPath(scene.productId)).json()["price_cents"] == scene.newPrice;
            const bool refused = userOnA.get("/api/v1/me").status == 401;
            if (priced && refused) return true;
            if (Clock::now() >= deadline) return false;
            QTest::qWait(100);
        }
    }

    std::string describe(const Scene& scene)
    {
        HttpClient readerOnA = m_replicaA->client(m_fixtures->token(Role::CustomerA));
        HttpClient userOnA = m_replicaA->client(scene.userToken);
        return "replica A still serves " + readerOnA.get(productPath(scene.productId)).body + " and answers " +
               userOnA.get("/api/v1/me").describe() + " to the disabled user";
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<ServerProcess> m_replicaA;
    std::unique_ptr<ServerProcess> m_replicaB;
    std::unique_ptr<Fixtures> m_fixtures;
    std::unique_ptr<pqxx::connection> m_connection;
};

QTEST_GUILESS_MAIN(ListenerLivenessTest)
#include "ListenerLivenessTest.moc"
