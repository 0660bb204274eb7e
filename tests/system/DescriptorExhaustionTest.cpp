// Running out of file descriptors (API.md "HTTP"): the server runs with a small RLIMIT_NOFILE, the
// test opens connections until the server can accept no more, and then: accepting pauses instead
// of spinning a core (the server's CPU time over a window stays low), /healthz/live still answers
// on a connection that was already open, the pauses are logged and counted, and once connections
// close a new one is served again. Also: the soft limit is raised to the hard one at start-up.

#include "support/RawHttpConnection.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QFile>
#include <QtTest>

#include <memory>

#include <unistd.h>

using namespace md::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr long kDescriptorLimit = 96;

// utime + stime of a process, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) return -1;
    const std::string content = file.readAll().toStdString();
    auto close = content.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream fields(content.substr(close + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int index = 3; fields >> field; ++index) {
        if (index == 14) utime = std::stod(field);
        if (index == 15) {
            stime = std::stod(field);
            break;
        }
    }
    return (utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

std::string limitsLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) return {};
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith("Max open files")) return line.simplified().toStdString();
    return {};
}

const std::string kLive = "GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n";

} // namespace

class DescriptorExhaustionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_database = std::make_unique<TestDatabase>()); }

    void softLimitIsRaisedToTheHardLimit()
    {
        ServerProcess server(*m_database);
        ServerProcess::Options options;
        options.openFileLimit = std::make_pair(200L, 700L);
        MD_REQUIRE(server.start(options));
        const std::string limits = limitsLine(server.pid());
        QVERIFY2(limits == "Max open files 700 700 files", limits.c_str());
        const QString log = server.logText();
        QVERIFY2(log.contains("\"open file limit\"") && log.contains("\"soft_at_start\":200") &&
                     log.contains("\"soft\":700") && log.contains("\"hard\":700"),
                 qPrintable(log.right(3000)));
        QCOMPARE(server.stop(), 0);
    }

    void acceptPausesWhenDescriptorsRunOut()
    {
        ServerProcess server(*m_database);
        ServerProcess::Options options;
        options.openFileLimit = std::make_pair(kDescriptorLimit, kDescriptorLimit);
        options.environment["MARKETDESK_DB_POOL_SIZE"] = "2";
        MD_REQUIRE(server.start(options));

        // A keep-alive connection opened while there are descriptors to spare.
        RawHttpConnection kept(server.host(), server.port());
        QVERIFY2(kept.connect(), kept.error().c_str());
        QVERIFY(kept.send(kLive));
        QCOMPARE(kept.readResponse().status, 200);

        // Connections until one is no longer answered: the server is out of descriptors.
        std::vector<RawHttpConnection> answered;
        std::vector<RawHttpConnection> waiting;
        for (long i = 0; i < kDescriptorLimit + 20 && waiting.empty(); ++i) {
            RawHttpConnection connection(server.host(), server.port());
            QVERIFY2(connection.connect(), connection.error().c_str());
            QVERIFY(connection.send(kLive));
            HttpResponse response = connection.readResponse(2s);
            if (response.status == 200)
                answered.push_back(std::move(connection));
            else
                waiting.push_back(std::move(connection));
        }
        QVERIFY2(!waiting.empty(), "the server never ran out of descriptors");
        // A few more in the backlog, as a crowd of clients would leave there.
        for (int i = 0; i < 8; ++i) {
            RawHttpConnection connection(server.host(), server.port());
            QVERIFY2(connection.connect(), connection.error().c_str());
            QVERIFY(connection.send(kLive));
            waiting.push_back(std::move(connection));
        }

        // Over a window, an accept loop that retried at once would burn a core; paused, it idles.
        const double before = cpuSeconds(server.pid());
        const auto windowStart = Clock::now();
        QTest::qWait(2000);
        const double window = std::chrono::duration<double>(Clock::now() - windowStart).count();
        const double used = cpuSeconds(server.pid()) - before;
        QVERIFY2(
            before >= 0 && used < 0.25 * window,
            qPrintable(
                QStringLiteral("the server used %1 s of CPU in %2 s while out of descriptors").arg(used).arg(window)));

        QTRY_VERIFY_WITH_TIMEOUT(server.logText().contains("pausing accepts"), 10000);

        // The connection that was already open is still served.
        QVERIFY(kept.send(kLive));
        HttpResponse live = kept.readResponse(5s);
        QVERIFY2(live.status == 200, live.describe().c_str());
        QVERIFY(kept.send("GET /metrics HTTP/1.1\r\nHost: t\r\n\r\n"));
        HttpResponse metrics = kept.readResponse(5s);
        QVERIFY2(metrics.status == 200, metrics.describe().c_str());
        QVERIFY2(metrics.body.find("http_accept_pauses_total ") != std::string::npos, metrics.describe().c_str());
        QVERIFY2(metrics.body.find("http_accept_pauses_total 0\n") == std::string::npos, "no pause was counted");

        // Some close: the backlog drains and a new connection is served again.
        waiting.clear();
        answered.erase(answered.begin() + static_cast<std::ptrdiff_t>(answered.size() / 2), answered.end());
        bool servedAgain = false;
        for (auto deadline = Clock::now() + 15s; !servedAgain && Clock::now() < deadline;) {
            RawHttpConnection fresh(server.host(), server.port());
            if (fresh.connect() && fresh.send(kLive)) servedAgain = fresh.readResponse(2s).status == 200;
        }
        QVERIFY2(servedAgain, "a new connection was not served after connections closed");
        answered.clear();
        kept.close();
        QCOMPARE(server.stop(), 0);
    }

    void cleanupTestCase() {}

private:
    std::unique_ptr<TestDatabase> m_database;
};

QTEST_GUILESS_MAIN(DescriptorExhaustionTest)
#include "DescriptorExhaustionTest.moc"
