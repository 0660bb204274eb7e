// FaultProxy's own test: libpq connections through it pass, freeze, are refused, reset, and cut right
// after a commit (simple and prepared statements, autocommit and explicit transactions), and a
// rolled-back transaction is never cut.

#include "support/FaultProxy.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace md::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kMarker = "fault_proxy_probe";

} // namespace

class FaultProxyTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>(TestDatabase::Schema::Empty));
        m_database->execute("CREATE TABLE probe (id integer PRIMARY KEY)");
        MD_REQUIRE(m_proxy = std::make_unique<FaultProxy>(*m_database));
        QVERIFY(m_proxy->port() != 0);
    }

    void init()
    {
        m_proxy->passAll();
        m_proxy->cutAfterCommit({}, 0);
    }

    void passesTraffic()
    {
        pqxx::connection connection(m_proxy->url(*m_database));
        pqxx::nontransaction statement(connection);
        QCOMPARE(statement.exec1("SELECT 40 + 2")[0].as<int>(), 42);
        QVERIFY(m_proxy->openConnections() >= 1);
    }

    void cutsASimpleQueryRightAfterItsCommit()
    {
        pqxx::connection connection(m_proxy->url(*m_database));
        m_proxy->cutAfterCommit(kMarker, 1);
        bool broke = false;
        try {
            pqxx::nontransaction statement(connection);
            statement.exec(std::string("INSERT INTO probe VALUES (1) -- ") + kMarker);
        } catch (const pqxx::broken_connection&) {
            broke = true;
        }
        QVERIFY(broke);
        QCOMPARE(m_proxy->cutsPerformed(), 1);
        QCOMPARE(m_database->scalar("SELECT count(*) FROM probe WHERE id = 1"), std::string("1")); // it committed
    }

    // Prepared on the first use (Parse), executed by name afterwards (Bind only): both are recognised,
    // and in an explicit transaction the cut waits for the COMMIT.
    void cutsAPreparedStatementAtItsTransactionsCommit()
    {
        pqxx::connection connection(m_proxy->url(*m_database));
        connection.prepare("probe_insert", std::string("INSERT INTO probe VALUES ($1) RETURNING '") + kMarker + "'");
        {
            pqxx::work first(connection); // prepared and run while not cutting
            first.exec_prepared("probe_insert", 2);
            first.commit();
        }
        m_proxy->cutAfterCommit(kMarker, 1);
        pqxx::work transaction(connection);
        transaction.exec_prepared("probe_insert", 3); // the statement answers: nothing committed yet
        QCOMPARE(m_proxy->cutsPerformed(), 0);
        QVERIFY_THROWS_EXCEPTION(pqxx::in_doubt_error, transaction.commit());
        QCOMPARE(m_proxy->cutsPerformed(), 1);
        QCOMPARE(m_database->scalar("SELECT count(*) FROM probe WHERE id IN (2, 3)"), std::string("2"));
    }

    void neverCutsARollbackAndStopsAtTheLimit()
    {
        pqxx::connection connection(m_proxy->url(*m_database));
        connection.prepare("probe_insert", std::string("INSERT INTO probe VALUES ($1) RETURNING '") + kMarker + "'");
        m_proxy->cutAfterCommit(kMarker, 1);
        {
            pqxx::work rolledBack(connection);
            rolledBack.exec_prepared("probe_insert", 4);
            rolledBack.abort();
        }
        { // a failing statement in autocommit commits nothing either
            pqxx::nontransaction failing(connection);
            QVERIFY_THROWS_EXCEPTION(pqxx::sql_error, failing.exec(std::string("SELECT 1 / 0 AS ") + kMarker));
        }
        QCOMPARE(m_proxy->cutsPerformed(), 0);
        QVERIFY_THROWS_EXCEPTION(pqxx::broken_connection,
                                 pqxx::nontransaction(connection).exec_prepared("probe_insert", 5));
        QCOMPARE(m_proxy->cutsPerformed(), 1);
        pqxx::connection again(m_proxy->url(*m_database)); // the limit is reached: statements pass
        again.prepare("probe_insert", std::string("INSERT INTO probe VALUES ($1) RETURNING '") + kMarker + "'");
        pqxx::nontransaction statement(again);
        statement.exec_prepared("probe_insert", 6);
        QCOMPARE(m_proxy->cutsPerformed(), 1);
        QCOMPARE(m_database->scalar("SELECT string_agg(id::text, ',' ORDER BY id) FROM probe WHERE id BETWEEN 4 AND 6"),
                 std::string("5,6"));
    }

    // "The database went away right after the commit": the other connections and new ones are reset.
    void resetsEverythingAfterACutWhenAsked()
    {
        pqxx::connection bystander(m_proxy->url(*m_database));
        pqxx::nontransaction(bystander).exec("SELECT 1");
        pqxx::connection connection(m_proxy->url(*m_database));
        m_proxy->cutAfterCommit(kMarker, 1, FaultProxy::AfterCut::ResetEverything);
        QVERIFY_THROWS_EXCEPTION(
            pqxx::broken_connection,
            pqxx::nontransaction(connection).exec(std::string("INSERT INTO probe VALUES (20) -- ") + kMarker));
        QCOMPARE(m_proxy->cutsPerformed(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->openConnections(), std::size_t(0), 5000);
        QVERIFY_THROWS_EXCEPTION(pqxx::broken_connection, pqxx::nontransaction(bystander).exec("SELECT 2"));
        QVERIFY_THROWS_EXCEPTION(pqxx::broken_connection, pqxx::connection(m_proxy->url(*m_database)));
        QCOMPARE(m_database->scalar("SELECT count(*) FROM probe WHERE id = 20"), std::string("1"));
        m_proxy->passAll();
        pqxx::connection again(m_proxy->url(*m_database));
        QCOMPARE(pqxx::nontransaction(again).exec1("SELECT 3")[0].as<int>(), 3);
    }

    // A frozen connection answers nothing, yet stays open; a new one passes; thawed, the old one
    // gets its answer.
    void blackHolesExistingConnectionsOnly()
    {
        pqxx::connection frozen(m_proxy->url(*m_database));
        pqxx::nontransaction(frozen).exec("SELECT 1");
        m_proxy->blackHoleExisting();

        std::atomic<int> answer{0};
        std::thread waiting([&] {
            try {
                pqxx::nontransaction statement(frozen);
                answer = statement.exec1("SELECT 7")[0].as<int>();
            } catch (const std::exception&) {
                answer = -1;
            }
        });
        {
            pqxx::connection fresh(m_proxy->url(*m_database));
            QCOMPARE(pqxx::nontransaction(fresh).exec1("SELECT 8")[0].as<int>(), 8);
        }
        const int answerWhileFrozen = answer.load();
        m_proxy->passAll();
        QTRY_VERIFY_WITH_TIMEOUT(answer.load() != 0, 10000);
        waiting.join();
        QCOMPARE(answerWhileFrozen, 0);
        QCOMPARE(answer.load(), 7);
    }

    // Black-holed from the first byte, a connection attempt only ends by libpq's connect_timeout.
    void blackHolesNewConnections()
    {
        m_proxy->blackHoleAll();
        const auto started = Clock::now();
        QVERIFY_THROWS_EXCEPTION(pqxx::broken_connection,
                                 pqxx::connection(m_proxy->url(*m_database) + "&connect_timeout=2"));
        const auto elapsed = Clock::now() - started;
        QVERIFY2(elapsed >= std::chrono::milliseconds(1500), "the connection attempt failed before its timeout");
        m_proxy->passAll();
        pqxx::connection connection(m_proxy->url(*m_database));
        QCOMPARE(pqxx::nontransaction(connection).exec1("SELECT 9")[0].as<int>(), 9);
    }

    void resetsNewAndExistingConnections()
    {
        pqxx::connection open(m_proxy->url(*m_database));
        m_proxy->setNewConnections(FaultProxy::NewConnections::Reset);
        const std::size_t acceptedBefore = m_proxy->acceptedConnections();
        QVERIFY_THROWS_EXCEPTION(pqxx::broken_connection, pqxx::connection(m_proxy->url(*m_database)));
        QCOMPARE(m_proxy->acceptedConnections(), acceptedBefore + 1);
        QCOMPARE(pqxx::nontransaction(open).exec1("SELECT 10")[0].as<int>(), 10); // the old one still passes

        m_proxy->resetExisting();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->openConnections(), std::size_t(0), 5000);
        QVERIFY_THROWS_EXCEPTION(pqxx::broken_connection, pqxx::nontransaction(open).exec("SELECT 11"));
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_database.reset();
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
};

QTEST_GUILESS_MAIN(FaultProxyTest)
#include "FaultProxyTest.moc"
