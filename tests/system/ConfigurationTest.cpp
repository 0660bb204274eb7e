// `marketdesk-server serve` refuses bad configuration before it listens: a non-zero exit code and
// a message that names the setting (API.md "Server command line and configuration").

#include "support/ServerCommand.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;

class ConfigurationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_database = std::make_unique<TestDatabase>()); }

    void refusesBadSettings_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("value"); // "<unset>" leaves the setting out
        QTest::addColumn<QStringList>("flags");

        QTest::newRow("no JWT secret") << "MARKETDESK_JWT_SECRET" << "<unset>" << QStringList();
        QTest::newRow("short JWT secret") << "MARKETDESK_JWT_SECRET" << "only-31-bytes-long-secret-12345" << QStringList();
        QTest::newRow("one-byte JWT secret") << "MARKETDESK_JWT_SECRET" << "x" << QStringList();
        QTest::newRow("listen without port") << "MARKETDESK_LISTEN" << "127.0.0.1" << QStringList();
        QTest::newRow("listen port out of range") << "MARKETDESK_LISTEN" << "127.0.0.1:99999" << QStringList();
        QTest::newRow("listen port not a number") << "MARKETDESK_LISTEN" << "127.0.0.1:http" << QStringList();
        QTest::newRow("listen garbage") << "MARKETDESK_LISTEN" << "not an address" << QStringList();
        QTest::newRow("listen flag") << "MARKETDESK_LISTEN" << "<unset>" << QStringList{"--listen", "localhost:-1"};
        QTest::newRow("log format") << "MARKETDESK_LOG_FORMAT" << "xml" << QStringList();
        QTest::newRow("pool size") << "MARKETDESK_DB_POOL_SIZE" << "0" << QStringList();
        QTest::newRow("order group size") << "MARKETDESK_ORDER_GROUP_SIZE" << "0" << QStringList();
        QTest::newRow("order group size too large") << "MARKETDESK_ORDER_GROUP_SIZE" << "61" << QStringList();
        QTest::newRow("more order lanes than connections") << "MARKETDESK_ORDER_GROUP_LANES" << "17" << QStringList();
        QTest::newRow("trusted proxy not an address") << "MARKETDESK_TRUSTED_PROXIES" << "10.0.0.0/8,ingress" << QStringList();
        QTest::newRow("trusted proxy prefix too long") << "MARKETDESK_TRUSTED_PROXIES" << "10.0.0.0/33" << QStringList();
        QTest::newRow("per-address failures zero") << "MARKETDESK_LOGIN_MAX_FAILURES_PER_ADDRESS" << "0" << QStringList();
        QTest::newRow("per-email failures zero") << "MARKETDESK_LOGIN_MAX_FAILURES_PER_EMAIL" << "0" << QStringList();
        QTest::newRow("streams per user zero") << "MARKETDESK_STREAMS_PER_USER" << "0" << QStringList();
        QTest::newRow("streams max not a number") << "MARKETDESK_STREAMS_MAX" << "many" << QStringList();
        QTest::newRow("listener check too often") << "MARKETDESK_LISTENER_CHECK_INTERVAL_MS" << "10" << QStringList();
        QTest::newRow("listener timeout zero") << "MARKETDESK_LISTENER_TIMEOUT_MS" << "0" << QStringList();
        QTest::newRow("database URL") << "MARKETDESK_DATABASE_URL" << "not a url" << QStringList();
        QTest::newRow("connect timeout below libpq's minimum") << "MARKETDESK_DB_CONNECT_TIMEOUT_S" << "1" << QStringList();
        QTest::newRow("query deadline not above the statement timeout")
            << "MARKETDESK_DB_QUERY_DEADLINE_MS" << "5000" << QStringList();
    }

    void refusesBadSettings()
    {
        QFETCH(QString, setting);
        QFETCH(QString, value);
        QFETCH(QStringList, flags);
        QMap<QString, QString> environment{{"MARKETDESK_DATABASE_URL", QString::fromStdString(m_database->url())},
                                           {"MARKETDESK_LISTEN", "127.0.0.1:0"},
                                           {"MARKETDESK_JWT_SECRET", ServerProcess::testJwtSecret()}};
        if (value == QLatin1String("<unset>")) environment.remove(setting);
        else environment[setting] = value;

        // A server that wrongly starts would run until the deadline: that is a failure too.
        ProcessResult result = ServerCommand::run(QStringList{"serve"} + flags, environment, {}, std::chrono::seconds(15));
        QVERIFY2(!result.timedOut, "the server started despite the bad setting");
        QVERIFY2(result.exitCode != 0 || result.crashed, qPrintable(result.describe()));
        QVERIFY2(!result.crashed, qPrintable(result.describe()));
        QVERIFY2(result.standardError.contains(setting), qPrintable(result.describe()));
    }

    void refusesAPortInUse()
    {
        ServerProcess first(*m_database);
        MD_REQUIRE(first.start());
        ProcessResult result = ServerCommand::run(
            {"serve"},
            {{"MARKETDESK_DATABASE_URL", QString::fromStdString(m_database->url())},
             {"MARKETDESK_LISTEN", QStringLiteral("127.0.0.1:%1").arg(first.port())},
             {"MARKETDESK_JWT_SECRET", ServerProcess::testJwtSecret()}},
            {}, std::chrono::seconds(15));
        QVERIFY2(!result.timedOut && result.exitCode != 0, qPrintable(result.describe()));
        QCOMPARE(first.client().get("/healthz/live").status, 200);
        QCOMPARE(first.stop(), 0);
    }

    void acceptsA32ByteSecret()
    {
        ServerProcess server(*m_database);
        ServerProcess::Options options;
        options.environment["MARKETDESK_JWT_SECRET"] = QString(32, QLatin1Char('k'));
        MD_REQUIRE(server.start(options));
        QCOMPARE(server.stop(), 0);
    }

    void unknownCommandIsAnError()
    {
        ProcessResult result = ServerCommand::run({"frobnicate"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("frobnicate"));
    }

private:
    std::unique_ptr<TestDatabase> m_database;
};

QTEST_GUILESS_MAIN(ConfigurationTest)
#include "ConfigurationTest.moc"
