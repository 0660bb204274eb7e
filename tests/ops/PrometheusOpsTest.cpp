// The Prometheus half of the operations API against a real Prometheus (Debian's) that scrapes the
// server under test: query_range returns the server's own http_requests_total series after some
// traffic, query works, every parameter check answers 422 with the agreed code, alerts from a test
// rule file arrive firing and pending, only operator and admin may ask, and a Prometheus that is
// gone or silent gives 503 prometheus_unavailable instead of a hung request.

#include "support/PrometheusProcess.h"
#include "support/ServerCommand.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QUrl>
#include <QtTest>

#include <chrono>
#include <functional>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace md::test;

namespace {

constexpr int kTrafficRequests = 25;
const char* const kProductsRoute = "/api/v1/products";

std::string encoded(const std::string& text)
{
    return QUrl::toPercentEncoding(QString::fromStdString(text)).toStdString();
}

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string seconds(double value)
{
    return QString::number(value, 'f', 3).toStdString();
}

std::string rangeTarget(const std::string& query, const std::string& start, const std::string& end,
                        const std::string& step)
{
    return "/api/v1/ops/metrics/query_range?query=" + encoded(query) + "&start=" + encoded(start) +
           "&end=" + encoded(end) + "&step=" + encoded(step);
}

// Calls probe every 250 ms until it returns true or the timeout passes; returns the last result.
bool pollUntil(const std::function<bool()>& probe, std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        if (probe()) return true;
        if (std::chrono::steady_clock::now() > deadline) return false;
        QTest::qWait(250);
    }
    return false;
}

QString alertRulesFile()
{
    return QStringLiteral(MARKETDESK_SOURCE_DIR "/tests/ops/prometheus-test-alerts.yml");
}

// A loopback socket that listens but never accepts: connections complete in the kernel's backlog
// and then nothing is ever answered, which is what a hung Prometheus looks like to a client.
class SilentListener {
public:
    SilentListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(m_fd, 8) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            throw TestSetupError(QStringLiteral("cannot open a silent loopback listener"));
        m_port = ntohs(address.sin_port);
    }
    ~SilentListener()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    SilentListener(const SilentListener&) = delete;
    SilentListener& operator=(const SilentListener&) = delete;
    std::uint16_t port() const { return m_port; }

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

} // namespace

Q_DECLARE_METATYPE(Role)

class PrometheusOpsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Prometheus must know the server's port and the server Prometheus' URL: start the server,
        // then Prometheus scraping it, then restart the server (same port) pointing at Prometheus.
        MD_REQUIRE(m_stack.start());
        PrometheusProcess::Options options;
        options.scrapeTargets = {QStringLiteral("127.0.0.1:%1").arg(m_stack.server().port())};
        options.ruleFiles = {alertRulesFile()};
        MD_REQUIRE(m_prometheus.start(options));
        MD_REQUIRE(m_stack.server().restart(withPrometheus(m_prometheus.baseUrl())));
        MD_REQUIRE(m_prometheus.waitForFirstScrape());
    }

    void queryRangeReturnsTheRequestSeriesOfARoute()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        for (int i = 0; i < kTrafficRequests; ++i) {
            HttpResponse response = admin.get(std::string(kProductsRoute) + "?limit=1");
            QVERIFY2(response.status == 200, response.describe().c_str());
        }

        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        const std::string query =
            std::string("http_requests_total{route=\"") + kProductsRoute + "\",method=\"GET\",status=\"200\"}";
        HttpResponse last;
        double lastValue = 0;
        // The series appears with the next scrape (1 s interval); allow for a slow machine.
        bool seen = pollUntil(
            [&] {
                const double now = nowSeconds();
                // start as RFC 3339, end as unix seconds, step as a Prometheus duration: all three formats.
                const QString start =
                    QDateTime::fromSecsSinceEpoch(static_cast<qint64>(now) - 300, Qt::UTC).toString(Qt::ISODate);
                last = operatorClient.get(rangeTarget(query, start.toStdString(), seconds(now), "1s"));
                if (last.status != 200) return false;
                nlohmann::json body = last.json();
                if (body.is_discarded() || body["data"]["result"].empty()) return false;
                const nlohmann::json& values = body["data"]["result"][0]["values"];
                if (!values.is_array() || values.empty()) return false;
                lastValue = std::stod(values.back()[1].get<std::string>());
                return lastValue >= kTrafficRequests;
            },
            std::chrono::seconds(30));
        QVERIFY2(seen, last.describe().c_str());
        QVERIFY2(last.header("Content-Type").find("application/json") == 0, last.header("Content-Type").c_str());

        nlohmann::json body = last.json();
        QCOMPARE(body["status"].get<std::string>(), std::string("success"));
        QCOMPARE(body["data"]["resultType"].get<std::string>(), std::string("matrix"));
        const nlohmann::json& series = body["data"]["result"][0];
        QCOMPARE(series["metric"]["__name__"].get<std::string>(), std::string("http_requests_total"));
        QCOMPARE(series["metric"]["route"].get<std::string>(), std::string(kProductsRoute));
        QCOMPARE(series["metric"]["job"].get<std::string>(), std::string("marketdesk"));
        QCOMPARE(series["metric"]["instance"].get<std::string>(),
                 "127.0.0.1:" + std::to_string(m_stack.server().port()));
        // Prometheus' own shape, passed through: [<unix seconds>, "<value>"] pairs in time order.
        double previousTime = 0;
        for (const nlohmann::json& point : series["values"]) {
            QVERIFY(point.is_array() && point.size() == 2);
            QVERIFY(point[0].is_number() && point[1].is_string());
            QVERIFY(point[0].get<double>() > previousTime);
            previousTime = point[0].get<double>();
        }
    }

    void instantQueryReturnsAVector()
    {
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        HttpResponse response =
            operatorClient.get("/api/v1/ops/metrics/query?query=" + encoded("up{job=\"marketdesk\"}"));
        QVERIFY2(response.status == 200, response.describe().c_str());
        nlohmann::json body = response.json();
        QCOMPARE(body["data"]["resultType"].get<std::string>(), std::string("vector"));
        QCOMPARE(body["data"]["result"].size(), std::size_t(1));
        QCOMPARE(body["data"]["result"][0]["value"][1].get<std::string>(), std::string("1"));

        // An explicit evaluation time (RFC 3339 with an offset) is honoured.
        const QString time =
            QDateTime::currentDateTimeUtc().addSecs(-1).toOffsetFromUtc(9 * 3600).toString(Qt::ISODate);
        response = operatorClient.get("/api/v1/ops/metrics/query?query=" + encoded("vector(42)") +
                                      "&time=" + encoded(time.toStdString()));
        QVERIFY2(response.status == 200, response.describe().c_str());
        body = response.json();
        QCOMPARE(body["data"]["result"][0]["value"][1].get<std::string>(), std::string("42"));
        const double evaluatedAt = body["data"]["result"][0]["value"][0].get<double>();
        QCOMPARE(evaluatedAt, static_cast<double>(QDateTime::fromString(time, Qt::ISODate).toSecsSinceEpoch()));
    }

    void rejectsInvalidParameters_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // empty: no field expected

        const std::string now = seconds(nowSeconds());
        const std::string hourAgo = seconds(nowSeconds() - 3600);
        auto range = [](const std::string& query, const std::string& start, const std::string& end,
                        const std::string& step) {
            return QString::fromStdString(rangeTarget(query, start, end, step));
        };
        const QString validation = QStringLiteral("validation_failed");
        QTest::newRow("range: no query") << QString::fromStdString("/api/v1/ops/metrics/query_range?start=" + hourAgo +
                                                                   "&end=" + now + "&step=15")
                                         << validation << QStringLiteral("query");
        QTest::newRow("range: empty query") << range("", hourAgo, now, "15s") << validation << QStringLiteral("query");
        QTest::newRow("range: blank query")
            << range("  ", hourAgo, now, "15s") << validation << QStringLiteral("query");
        QTest::newRow("range: no start") << QStringLiteral("/api/v1/ops/metrics/query_range?query=up&end=1&step=1")
                                         << validation << QStringLiteral("start");
        QTest::newRow("range: unparsable start")
            << range("up", "yesterday", now, "15s") << validation << QStringLiteral("start");
        QTest::newRow("range: date without offset")
            << range("up", "2026-12-01T21:00:00", now, "15s") << validation << QStringLiteral("start");
        QTest::newRow("range: impossible date")
            << range("up", "2026-02-30T00:00:00Z", now, "15s") << validation << QStringLiteral("start");
        QTest::newRow("range: unparsable end")
            << range("up", hourAgo, "now", "15s") << validation << QStringLiteral("end");
        QTest::newRow("range: unparsable step")
            << range("up", hourAgo, now, "fast") << validation << QStringLiteral("step");
        QTest::newRow("range: units out of order")
            << range("up", hourAgo, now, "30s1m") << validation << QStringLiteral("step");
        QTest::newRow("range: zero step") << range("up", hourAgo, now, "0") << validation << QStringLiteral("step");
        QTest::newRow("range: negative step")
            << range("up", hourAgo, now, "-15") << validation << QStringLiteral("step");
        QTest::newRow("range: end before start")
            << range("up", now, hourAgo, "15s") << validation << QStringLiteral("end");
        QTest::newRow("range: over 32 days")
            << range("up", "2026-01-01T00:00:00Z", "2026-02-03T00:00:01Z", "1d") << validation << QStringLiteral("end");
        QTest::newRow("range: 11,001 points")
            << range("up", "1000000000", "1000011000", "1") << QStringLiteral("too_many_points") << QString();
        QTest::newRow("range: PromQL syntax error") << range("sum(rate(http_requests_total[5m])", hourAgo, now, "15s")
                                                    << QStringLiteral("bad_query") << QString();
        QTest::newRow("instant: no query")
            << QStringLiteral("/api/v1/ops/metrics/query") << validation << QStringLiteral("query");
        QTest::newRow("instant: unparsable time")
            << QStringLiteral("/api/v1/ops/metrics/query?query=up&time=noon") << validation << QStringLiteral("time");
        QTest::newRow("instant: PromQL type error")
            << QString::fromStdString("/api/v1/ops/metrics/query?query=" + encoded("rate(up)"))
            << QStringLiteral("bad_query") << QString();
    }

    void rejectsInvalidParameters()
    {
        QFETCH(QString, target);
        QFETCH(QString, code);
        QFETCH(QString, field);
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        HttpResponse response = operatorClient.get(target.toStdString());
        QVERIFY2(response.status == 422, response.describe().c_str());
        QCOMPARE(QString::fromStdString(response.errorCode()), code);
        nlohmann::json error = response.json()["error"];
        QVERIFY(!error["message"].get<std::string>().empty());
        if (!field.isEmpty())
            QVERIFY2(error["details"]["fields"].contains(field.toStdString()), response.describe().c_str());
        if (code == QLatin1String("bad_query")) // Prometheus' own explanation reaches the caller
            QVERIFY2(error["message"].get<std::string>().find("parse error") != std::string::npos ||
                         error["message"].get<std::string>().find("expected type range vector") != std::string::npos,
                     response.describe().c_str());
        if (code == QLatin1String("too_many_points")) {
            QCOMPARE(error["details"]["max_points"].get<int>(), 11000);
            // The suggested step works.
            const std::string step = std::to_string(error["details"]["min_step_seconds"].get<long long>());
            HttpResponse retry = operatorClient.get(rangeTarget("up", "1000000000", "1000011000", step));
            QVERIFY2(retry.status == 200, retry.describe().c_str());
        }
    }

    void acceptsTheDocumentedFormats_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("step");
        QTest::newRow("unix seconds, fractional step") << "1733086800.5"
                                                       << "1733086860"
                                                       << "0.5";
        QTest::newRow("RFC 3339 with offsets, compound duration") << "2026-12-01T21:00:00+09:00"
                                                                  << "2026-12-01T13:00:00.250Z"
                                                                  << "1m30s";
        QTest::newRow("exactly 32 days, 11,000 points") << "1700000000" << QString::number(1700000000 + 32 * 86400)
                                                        << QString::number(32 * 86400 / 10999.0 + 0.01, 'f', 2);
    }

    void acceptsTheDocumentedFormats()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, step);
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        HttpResponse response =
            operatorClient.get(rangeTarget("vector(1)", start.toStdString(), end.toStdString(), step.toStdString()));
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.json()["data"]["resultType"].get<std::string>(), std::string("matrix"));
    }

    void alertsFromTheRuleFileArriveFiringAndPending()
    {
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        HttpResponse last;
        nlohmann::json firing, pending;
        bool seen = pollUntil(
            [&] {
                last = operatorClient.get("/api/v1/ops/alerts");
                if (last.status != 200) return false;
                nlohmann::json body = last.json();
                if (body.is_discarded() || !body["data"]["alerts"].is_array()) return false;
                for (const nlohmann::json& alert : body["data"]["alerts"]) {
                    const std::string name = alert["labels"].value("alertname", "");
                    if (name == "MarketdeskTestAlwaysFiring") firing = alert;
                    if (name == "MarketdeskTestStaysPending") pending = alert;
                }
                return !firing.is_null() && !pending.is_null() && firing["state"] == "firing";
            },
            std::chrono::seconds(30));
        QVERIFY2(seen, last.describe().c_str());
        QCOMPARE(firing["labels"]["severity"].get<std::string>(), std::string("warning"));
        QCOMPARE(QString::fromStdString(firing["annotations"]["summary"].get<std::string>()),
                 QStringLiteral("항상 발생하는 테스트 경보"));
        QVERIFY(firing["activeAt"].is_string());
        QCOMPARE(pending["state"].get<std::string>(), std::string("pending"));
        QCOMPARE(pending["labels"]["severity"].get<std::string>(), std::string("critical"));
    }

    void onlyOperatorsAndAdminsMayAsk_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<int>("status");
        QTest::newRow("admin") << Role::Admin << 200;
        QTest::newRow("operator") << Role::Operator << 200;
        QTest::newRow("seller") << Role::SellerA << 403;
        QTest::newRow("support") << Role::Support << 403;
        QTest::newRow("customer") << Role::CustomerA << 403;
    }

    void onlyOperatorsAndAdminsMayAsk()
    {
        QFETCH(Role, role);
        QFETCH(int, status);
        HttpClient client = m_stack.fixtures().client(role);
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        const double now = nowSeconds();
        for (const std::string& target :
             {std::string("/api/v1/ops/metrics/query?query=up"),
              rangeTarget("up", seconds(now - 60), seconds(now), "15s"), std::string("/api/v1/ops/alerts")}) {
            HttpResponse response = client.get(target);
            QVERIFY2(response.status == status, (target + ": " + response.describe()).c_str());
            if (status == 403) QCOMPARE(response.errorCode(), std::string("forbidden"));
            QCOMPARE(anonymous.get(target).status, 401);
        }
    }

    void notConfiguredAnswers503()
    {
        ServerProcess plain(m_stack.database());
        MD_REQUIRE(plain.start());
        HttpClient client = plain.client(m_stack.fixtures().token(Role::Operator));
        for (const char* target :
             {"/api/v1/ops/metrics/query?query=up", "/api/v1/ops/metrics/query_range?query=up&start=1&end=2&step=1",
              "/api/v1/ops/alerts"}) {
            HttpResponse response = client.get(target);
            QVERIFY2(response.status == 503, response.describe().c_str());
            QCOMPARE(response.errorCode(), std::string("not_configured"));
            QVERIFY(response.json()["error"]["message"].get<std::string>().find("MARKETDESK_PROMETHEUS_URL") !=
                    std::string::npos);
        }
        QCOMPARE(plain.stop(), 0);
    }

    void refusesToStartWithAPrometheusUrlThatIsNotHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no scheme") << "prometheus:9090";
        QTest::newRow("other scheme") << "ftp://prometheus:9090";
        QTest::newRow("no host") << "http://";
        QTest::newRow("space") << "http://prometheus :9090";
    }

    void refusesToStartWithAPrometheusUrlThatIsNotHttp()
    {
        QFETCH(QString, url);
        ProcessResult result = ServerCommand::run(
            {QStringLiteral("serve")},
            {{QStringLiteral("MARKETDESK_JWT_SECRET"), ServerProcess::testJwtSecret()},
             {QStringLiteral("MARKETDESK_DATABASE_URL"), QString::fromStdString(m_stack.database().url())},
             {QStringLiteral("MARKETDESK_LISTEN"), QStringLiteral("127.0.0.1:0")},
             {QStringLiteral("MARKETDESK_PROMETHEUS_URL"), url}},
            {}, std::chrono::seconds(20));
        QVERIFY2(result.exitCode != 0 && !result.timedOut, qPrintable(result.describe()));
        QVERIFY2((result.standardError + result.standardOutput).contains(QStringLiteral("MARKETDESK_PROMETHEUS_URL")),
                 qPrintable(result.describe()));
    }

    void silentPrometheusGives503WithinTheClientTimeout()
    {
        SilentListener silent;
        ServerProcess server(m_stack.database());
        MD_REQUIRE(server.start(withPrometheus(QStringLiteral("http://127.0.0.1:%1").arg(silent.port()))));
        HttpClient client = server.client(m_stack.fixtures().token(Role::Operator));
        // The server gives up after its 10 s total timeout; a hung request would hit this bound.
        client.setTimeout(std::chrono::seconds(25));
        HttpResponse response = client.get("/api/v1/ops/metrics/query?query=up");
        QVERIFY2(response.status == 503, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("prometheus_unavailable"));
        QCOMPARE(server.stop(), 0);
    }

    void somethingElseThanPrometheusGives502()
    {
        // A URL that answers HTTP but is not Prometheus (a typo'd port): here, marketdesk itself.
        ServerProcess server(m_stack.database());
        MD_REQUIRE(server.start(withPrometheus(QStringLiteral("http://127.0.0.1:%1/").arg(m_stack.server().port()))));
        HttpClient client = server.client(m_stack.fixtures().token(Role::Operator));
        for (const char* target : {"/api/v1/ops/metrics/query?query=up", "/api/v1/ops/alerts"}) {
            HttpResponse response = client.get(target);
            QVERIFY2(response.status == 502, response.describe().c_str());
            QCOMPARE(response.errorCode(), std::string("prometheus_error"));
        }
        QCOMPARE(server.stop(), 0);
    }

    // Last: it stops the shared Prometheus.
    void stoppedPrometheusGives503Fast()
    {
        m_prometheus.stop();
        HttpClient client = m_stack.fixtures().client(Role::Operator);
        // A refused connection must be reported at once, not after the 10 s timeout.
        client.setTimeout(std::chrono::seconds(5));
        const double now = nowSeconds();
        for (const std::string& target :
             {std::string("/api/v1/ops/metrics/query?query=up"),
              rangeTarget("up", seconds(now - 60), seconds(now), "15s"), std::string("/api/v1/ops/alerts")}) {
            HttpResponse response = client.get(target);
            QVERIFY2(response.status == 503, response.describe().c_str());
            QCOMPARE(response.errorCode(), std::string("prometheus_unavailable"));
            QVERIFY(!response.header("Retry-After").empty());
        }
        // Counted apart from other 503s, so an operator can alert on it.
        HttpResponse metrics = m_stack.server().client().get("/metrics");
        QVERIFY2(metrics.body.find("ops_prometheus_errors_total{kind=\"unavailable\"} 3") != std::string::npos,
                 metrics.body.c_str());
    }

    void cleanupTestCase()
    {
        m_prometheus.stop();
        QCOMPARE(m_stack.stop(), 0);
    }

private:
    static ServerProcess::Options withPrometheus(const QString& url)
    {
        ServerProcess::Options options;
        options.environment.insert(QStringLiteral("MARKETDESK_PROMETHEUS_URL"), url);
        return options;
    }

    ServerStack m_stack;
    PrometheusProcess m_prometheus;
};

QTEST_GUILESS_MAIN(PrometheusOpsTest)
#include "PrometheusOpsTest.moc"
