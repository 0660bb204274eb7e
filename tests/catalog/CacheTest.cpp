// The hot product cache behind GET /api/v1/products/{id} on two replicas sharing one database:
// a change made through one replica (or straight in the database) must be what the other one
// answers next, because every change notifies md_cache and each replica drops its copy; a change
// through a replica is visible through that same replica at once.

#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <memory>

using namespace md::test;

namespace {

std::string productPath(long long id)
{
    return "/api/v1/products/" + std::to_string(id);
}

// Notifications travel from the committing replica through PostgreSQL to the other one; on a
// loaded machine that can take a moment, so reads poll within this bound (no fixed sleeps).
constexpr int kPropagationMs = 3000;

} // namespace

class CacheTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        m_first = std::make_unique<ServerProcess>(*m_database);
        m_second = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_first->start());
        MD_REQUIRE(m_second->start());
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_first);
        MD_REQUIRE(m_fixtures->seedStandardCast());
    }

    void aChangeThroughOneReplicaIsSeenThroughTheOther()
    {
        const auto product = m_fixtures->createProduct(Role::SellerA, {{"title", "캐시 시험"}, {"price_cents", 1000}});
        const long long id = product["id"].get<long long>();
        HttpClient first = m_first->client(m_fixtures->token(Role::CustomerA));
        HttpClient second = m_second->client(m_fixtures->token(Role::SellerA));

        // Warm the first replica's cache, and make sure the reads are answered from it.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(first.get(productPath(id)).json()["version"].get<int>(), 1);
        QVERIFY(cacheHits(*m_first) > 0);

        for (int round = 2; round <= 6; ++round) {
            HttpResponse patched = second.patch(productPath(id), {{"price_cents", 1000 * round}});
            QVERIFY2(patched.status == 200, patched.describe().c_str());
            QCOMPARE(patched.json()["version"].get<int>(), round);
            // The writer's own replica answers the new version at once.
            QCOMPARE(second.get(productPath(id)).json()["version"].get<int>(), round);
            QTRY_COMPARE_WITH_TIMEOUT(first.get(productPath(id)).json()["price_cents"].get<long long>(), 1000LL * round,
                                      kPropagationMs);
            QCOMPARE(first.get(productPath(id)).header("ETag"), "\"" + std::to_string(round) + "\"");
        }
    }

    void archivingThroughOneReplicaHidesTheProductOnTheOther()
    {
        const auto product = m_fixtures->createProduct(Role::SellerA);
        const long long id = product["id"].get<long long>();
        HttpClient first = m_first->client(m_fixtures->token(Role::CustomerA));
        QCOMPARE(first.get(productPath(id)).status, 200);
        QCOMPARE(first.get(productPath(id)).status, 200); // cached now
        HttpClient second = m_second->client(m_fixtures->token(Role::SellerA));
        QCOMPARE(second.del(productPath(id)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(first.get(productPath(id)).status, 404, kPropagationMs);
    }

    void aChangeMadeInTheDatabaseIsSeenToo()
    {
        const auto product = m_fixtures->createProduct(Role::SellerB, {{"title", "원래 제목"}});
        const long long id = product["id"].get<long long>();
        HttpClient first = m_first->client(m_fixtures->token(Role::Support));
        QCOMPARE(first.get(productPath(id)).json()["title"].get<std::string>(), std::string("원래 제목"));
        m_database->execute("UPDATE products SET title = '바뀐 제목', version = version + 1 WHERE id = " +
                            std::to_string(id));
        QTRY_COMPARE_WITH_TIMEOUT(first.get(productPath(id)).json()["title"].get<std::string>(),
                                  std::string("바뀐 제목"), kPropagationMs);
    }

    void theCacheStillDecidesAccessPerCaller()
    {
        const auto product = m_fixtures->createProduct(Role::SellerA, {{"status", "draft"}});
        const long long id = product["id"].get<long long>();
        HttpClient owner = m_first->client(m_fixtures->token(Role::SellerA));
        QCOMPARE(owner.get(productPath(id)).status, 200); // fills the cache
        QCOMPARE(owner.get(productPath(id)).status, 200); // answered from it
        QCOMPARE(m_first->client(m_fixtures->token(Role::SellerB)).get(productPath(id)).status, 404);
        QCOMPARE(m_first->client(m_fixtures->token(Role::CustomerA)).get(productPath(id)).status, 404);
        QCOMPARE(m_first->client(m_fixtures->token(Role::Operator)).get(productPath(id)).status, 200);
    }

    void cleanupTestCase()
    {
        if (m_first) QCOMPARE(m_first->stop(), 0);
        if (m_second) QCOMPARE(m_second->stop(), 0);
    }

private:
    static double cacheHits(const ServerProcess& server)
    {
        HttpResponse metrics = server.client().get("/metrics");
        const std::string name = "product_cache_hits_total ";
        const auto position = metrics.body.find("\n" + name);
        if (position == std::string::npos) return 0;
        return std::stod(metrics.body.substr(position + 1 + name.size()));
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<Fixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(CacheTest)
#include "CacheTest.moc"
