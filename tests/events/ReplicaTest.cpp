// Live events across replicas and database restarts: an order placed through one server reaches
// the clients of another (both share the database and hear the same notifications), and when the
// database restarts under a server, the events written before its notification connection is back
// are read back from the table, so clients lose nothing.

#include "events/EventTestKit.h"
#include "support/PostgresCluster.h"
#include "support/ServerProcess.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;
using namespace md::test::events;
using namespace std::chrono_literals;

namespace {

constexpr auto kWait = 20s;

bool receivedOrder(const std::vector<SseEvent>& events, const nlohmann::json& order)
{
    for (const auto& event : events)
        if (event.type == "order.created" && event.json()["data"]["id"] == order["id"]) return true;
    return false;
}

} // namespace

class ReplicaTest : public QObject {
    Q_OBJECT

private slots:
    void eventsReachClientsOfEveryReplica()
    {
        TestDatabase database;
        ServerProcess first(database), second(database);
        MD_REQUIRE(first.start());
        MD_REQUIRE(second.start());
        Fixtures viaFirst(database, first); // tokens from one replica are good on every replica
        MD_REQUIRE(viaFirst.seedStandardCast());
        long long product = 0;
        MD_REQUIRE(product = stockedProduct(viaFirst, Role::SellerA));

        // Clients on the first replica; the order goes through the second.
        HttpClient adminOnFirst = first.client(viaFirst.token(Role::Admin));
        HttpClient sellerAOnFirst = first.client(viaFirst.token(Role::SellerA));
        HttpClient sellerBOnFirst = first.client(viaFirst.token(Role::SellerB));
        HttpStream adminStream = openEvents(adminOnFirst);
        HttpStream sellerAStream = openEvents(sellerAOnFirst);
        HttpStream sellerBStream = openEvents(sellerBOnFirst);

        nlohmann::json order;
        HttpClient customerOnSecond = second.client(viaFirst.token(Role::CustomerA));
        MD_REQUIRE(order = placeOrder(customerOnSecond, product));
        const long long eventId =
            std::stoll(database.scalar("SELECT max(id) FROM events WHERE type = 'order.created'"));

        QVERIFY(receivedOrder(readUntilId(adminStream, eventId, kWait), order));
        QVERIFY(receivedOrder(readUntilId(sellerAStream, eventId, kWait), order));
        // Seller B hears nothing of it on any replica.
        QVERIFY(!sellerBStream.readEvent(1s).has_value());

        // And the other way round: a client of the second replica, an order through the first.
        HttpClient adminOnSecond = second.client(viaFirst.token(Role::Admin));
        HttpStream secondStream = openEvents(adminOnSecond);
        MD_REQUIRE(order = placeOrder(viaFirst, Role::CustomerB, product));
        const long long secondId =
            std::stoll(database.scalar("SELECT max(id) FROM events WHERE type = 'order.created'"));
        QVERIFY(receivedOrder(readUntilId(secondStream, secondId, kWait), order));

        // A client that left one replica resumes on the other with its Last-Event-ID.
        auto connection = database.connect();
        const long long missed = publishEvent(*connection, "order.updated", viaFirst.sellerAId(), std::nullopt, {});
        HttpStream resumed = openEvents(adminOnSecond, "", {{"Last-Event-ID", std::to_string(secondId)}});
        QCOMPARE(idsOf(readUntilId(resumed, missed, kWait)).back(), missed);

        QCOMPARE(first.stop(), 0);
        QCOMPARE(second.stop(), 0);
    }

    void databaseRestartLosesNoEvents()
    {
        PostgresCluster cluster(TestPaths::workDirectory() + QStringLiteral("/events-restart-") +
                                QString::number(QCoreApplication::applicationPid()));
        cluster.removeOnDestruction(true);
        MD_REQUIRE(cluster.initialize());
        MD_REQUIRE(cluster.start());
        std::unique_ptr<TestDatabase> database;
        MD_REQUIRE(database = std::make_unique<TestDatabase>(cluster.connectionInfo(), TestDatabase::Schema::Migrated));
        ServerProcess server(*database);
        MD_REQUIRE(server.start());
        Fixtures fixtures(*database, server);
        MD_REQUIRE(fixtures.seedStandardCast());

        HttpClient admin = server.client(fixtures.token(Role::Admin));
        HttpStream stream = openEvents(admin);
        QCOMPARE(stream.status(), 200);
        long long before = 0;
        {
            auto connection = database->connect();
            before = publishEvent(*connection, "test.restart", std::nullopt, std::nullopt, {{"phase", "before"}});
        }
        QCOMPARE(idsOf(readUntilId(stream, before, kWait)).back(), before);

        // The stream stays open across the restart; the notification connection does not. The
        // database stays down for two seconds, so the listener's reconnection backoff has grown to
        // seconds and the events written right after the restart are committed before it is back:
        // only the hub's catch-up from the table can deliver them.
        MD_REQUIRE(cluster.stop(QStringLiteral("fast")));
        QTRY_VERIFY_WITH_TIMEOUT(server.logText().contains("notification listener lost the database"), 10000);
        QTest::qWait(2000); // the outage itself, not a wait for a condition
        MD_REQUIRE(cluster.restart());
        std::vector<long long> during;
        {
            auto connection = database->connect();
            for (int n = 0; n < 3; ++n)
                during.push_back(publishEvent(*connection, "test.restart", std::nullopt, std::nullopt, {{"n", n}}));
        }
        const auto writtenAt = QDateTime::currentDateTimeUtc();
        auto events = readUntilId(stream, during.back(), kWait);
        QCOMPARE(idsOf(events), during);
        // When the listener came back after those commits (the usual case), the catch-up is what
        // delivered them, and it says so in the log (written by a background thread, hence the wait).
        QTRY_VERIFY_WITH_TIMEOUT(server.logText().contains("notification listener reconnected"), 15000);
        for (const QString& line : server.logText().split('\n')) {
            if (!line.contains("notification listener reconnected")) continue;
            auto json = nlohmann::json::parse(line.toStdString(), nullptr, false);
            auto reconnectedAt = QDateTime::fromString(QString::fromStdString(json.value("ts", "")), Qt::ISODateWithMs);
            if (reconnectedAt.isValid() && reconnectedAt > writtenAt)
                QTRY_VERIFY_WITH_TIMEOUT(server.logText().contains("event hub caught up from the table"), 10000);
        }

        // Live delivery resumes once the listener is back.
        std::vector<SseEvent> live;
        const auto deadline = std::chrono::steady_clock::now() + kWait;
        long long after = 0;
        {
            auto connection = database->connect();
            after = publishEvent(*connection, "test.restart", std::nullopt, std::nullopt, {{"phase", "after"}});
        }
        live = readUntilId(stream, after, std::chrono::duration_cast<std::chrono::milliseconds>(
                                              deadline - std::chrono::steady_clock::now()));
        QCOMPARE(idsOf(live), std::vector<long long>{after});

        QCOMPARE(server.stop(), 0);
        database.reset();
        cluster.stop(QStringLiteral("fast"));
    }
};

QTEST_GUILESS_MAIN(ReplicaTest)
#include "ReplicaTest.moc"
