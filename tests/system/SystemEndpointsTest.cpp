// The unauthenticated service endpoints and the HTTP behaviour every route shares: health and
// readiness (including a database whose schema is behind), Prometheus metrics (promtool-clean,
// route templates as labels, never raw ids), the OpenAPI document, request ids, 404 and 405.

#include "support/ProcessRunner.h"
#include "support/ServerStack.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>
#include <regex>
#include <set>

using namespace md::test;

namespace {

// The label set of every sample of one metric family in a text exposition.
std::vector<std::string> samplesOf(const std::string& exposition, const std::string& name)
{
    std::vector<std::string> samples;
    std::istringstream lines(exposition);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(name + "{", 0) == 0 || line.rfind(name + " ", 0) == 0) samples.push_back(line);
    return samples;
}

bool hasSample(const std::string& exposition, const std::string& name, const std::vector<std::string>& labelParts)
{
    for (const auto& sample : samplesOf(exposition, name)) {
        bool all = true;
        for (const auto& part : labelParts)
            all = all && sample.find(part) != std::string::npos;
        if (all) return true;
    }
    return false;
}

} // namespace

class SystemEndpointsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_stack.start()); }

    void liveAnswers200()
    {
        HttpResponse response = m_stack.server().client().get("/healthz/live");
        QVERIFY2(response.status == 200, response.describe().c_str());
        QVERIFY(response.header("Content-Type").find("application/json") != std::string::npos);
    }

    void readyAnswers200WhenMigrated()
    {
        HttpResponse response = m_stack.server().client().get("/healthz/ready");
        QVERIFY2(response.status == 200, response.describe().c_str());
    }

    void readyAnswers503WithoutSchema()
    {
        std::unique_ptr<TestDatabase> empty;
        MD_REQUIRE(empty = std::make_unique<TestDatabase>(TestDatabase::Schema::Empty));
        ServerProcess server(*empty);
        ServerProcess::Options options;
        options.waitFor = ServerProcess::WaitFor::Live;
        MD_REQUIRE(server.start(options));
        HttpClient client = server.client();
        QCOMPARE(client.get("/healthz/live").status, 200);
        HttpResponse ready = client.get("/healthz/ready");
        QVERIFY2(ready.status == 503, ready.describe().c_str());
        QVERIFY2(!ready.errorCode().empty(), ready.describe().c_str());

        // Migrating the database under the running server makes it ready without a restart.
        MD_REQUIRE(empty->migrate());
        QTRY_VERIFY_WITH_TIMEOUT(client.get("/healthz/ready").status == 200, 10000);
        QCOMPARE(server.stop(), 0);
    }

    void readyAnswers503WhenSchemaIsBehind()
    {
        std::unique_ptr<TestDatabase> behind;
        MD_REQUIRE(behind = std::make_unique<TestDatabase>());
        // Pretend the newest migration was never applied.
        behind->execute("DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)");
        ServerProcess server(*behind);
        ServerProcess::Options options;
        options.waitFor = ServerProcess::WaitFor::Live;
        MD_REQUIRE(server.start(options));
        HttpResponse ready = server.client().get("/healthz/ready");
        QVERIFY2(ready.status == 503, ready.describe().c_str());
        QVERIFY2(ready.body.find("migrate") != std::string::npos, ready.describe().c_str());
        QCOMPARE(server.stop(), 0);
    }

    void metricsPassPromtool()
    {
        HttpClient client = m_stack.server().client();
        client.get("/healthz/ready");
        HttpResponse metrics = client.get("/metrics");
        QVERIFY2(metrics.status == 200, metrics.describe().c_str());
        QVERIFY(metrics.header("Content-Type").find("text/plain") != std::string::npos);

        QString promtool = qEnvironmentVariable("MARKETDESK_TEST_PROMTOOL");
        QVERIFY2(!promtool.isEmpty() && !promtool.endsWith(QLatin1String("NOTFOUND")),
                 "promtool is not installed (apt-get install prometheus)");
        ProcessResult lint = ProcessRunner::run(promtool, {QStringLiteral("check"), QStringLiteral("metrics")},
                                                QProcessEnvironment::systemEnvironment(),
                                                QByteArray::fromStdString(metrics.body), std::chrono::seconds(30));
        QVERIFY2(lint.succeeded(), qPrintable(lint.describe()));
    }

    void metricsHaveTheContractSeries()
    {
        HttpClient client = m_stack.fixtures().client(Role::Admin);
        // A raw id and an unknown path must both end up as bounded labels.
        client.get("/api/v1/products/987654321");
        client.get("/api/v1/orders/987654322");
        m_stack.server().client().get("/no/such/route/987654323");
        HttpResponse metrics = m_stack.server().client().get("/metrics");
        QVERIFY2(metrics.status == 200, metrics.describe().c_str());
        const std::string& text = metrics.body;

        QVERIFY2(
            hasSample(text, "http_requests_total", {"method=\"GET\"", "route=\"/api/v1/products/{id}\"", "status=\""}),
            "http_requests_total has no GET /api/v1/products/{id} sample");
        QVERIFY(hasSample(text, "http_requests_total", {"route=\"/api/v1/orders/{id}\""}));
        QVERIFY(hasSample(text, "http_request_duration_seconds_bucket",
                          {"method=\"GET\"", "route=\"/api/v1/products/{id}\"", "le=\"+Inf\""}));
        QVERIFY(hasSample(text, "http_request_duration_seconds_count", {"route=\"/api/v1/products/{id}\""}));
        QVERIFY(hasSample(text, "http_request_duration_seconds_sum", {"route=\"/api/v1/products/{id}\""}));
        QVERIFY(text.find("# TYPE http_request_duration_seconds histogram") != std::string::npos);
        QVERIFY(text.find("# TYPE http_requests_total counter") != std::string::npos);
        QVERIFY(hasSample(text, "db_pool_connections", {"state=\"idle\""}));
        QVERIFY(hasSample(text, "db_pool_connections", {"state=\"busy\""}));
        for (const char* name : {"orders_placed_total", "process_resident_memory_bytes", "process_cpu_seconds_total",
                                 "process_start_time_seconds"})
            QVERIFY2(!samplesOf(text, name).empty(), name);

        for (const char* rawId : {"987654321", "987654322", "987654323"})
            QVERIFY2(text.find(rawId) == std::string::npos,
                     (std::string("a raw path leaked into /metrics: ") + rawId).c_str());
        // Every route label is a template or a fixed word, never a path with digits in a segment of its own.
        std::regex rawSegment("route=\"[^\"]*/[0-9]+(/|\")");
        QVERIFY2(!std::regex_search(text, rawSegment), "a route label carries a raw numeric path segment");
    }

    void openApiIsAnOpenApi3Document()
    {
        HttpResponse response = m_stack.server().client().get("/api/openapi.json");
        QVERIFY2(response.status == 200, response.describe().c_str());
        QVERIFY(response.header("Content-Type").find("application/json") != std::string::npos);
        nlohmann::json document = response.json();
        QVERIFY2(document.is_object(), "the OpenAPI document is not a JSON object");
        QVERIFY(document.contains("openapi") && document["openapi"].is_string());
        QVERIFY2(document["openapi"].get<std::string>().rfind("3.", 0) == 0, document["openapi"].dump().c_str());
        QVERIFY(document.contains("info") && document["info"].is_object());
        QVERIFY(document.contains("paths") && document["paths"].is_object());
    }

    void openApiDescribesEveryContractPath_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* path : {"/healthz/live",
                                 "/healthz/ready",
                                 "/metrics",
                                 "/api/v1/auth/login",
                                 "/api/v1/auth/refresh",
                                 "/api/v1/auth/logout",
                                 "/api/v1/me",
                                 "/api/v1/users",
                                 "/api/v1/users/{id}",
                                 "/api/v1/sellers",
                                 "/api/v1/sellers/{id}",
                                 "/api/v1/products",
                                 "/api/v1/products/{id}",
                                 "/api/v1/products/import",
                                 "/api/v1/products/export",
                                 "/api/v1/inventory",
                                 "/api/v1/inventory/{product_id}/adjustments",
                                 "/api/v1/inventory/{product_id}/movements",
                                 "/api/v1/orders",
                                 "/api/v1/orders/{id}",
                                 "/api/v1/orders/{id}/transitions",
                                 "/api/v1/orders/{id}/refunds",
                                 "/api/v1/orders/{id}/notes",
                                 "/api/v1/events",
                                 "/api/v1/ops/deployments",
                                 "/api/v1/ops/alerts"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void openApiDescribesEveryContractPath()
    {
        QFETCH(QString, path);
        nlohmann::json document = m_stack.server().client().get("/api/openapi.json").json();
        QVERIFY(document.is_object() && document.contains("paths"));
        QVERIFY2(document["paths"].contains(path.toStdString()),
                 qPrintable(path + QStringLiteral(" is not in the OpenAPI paths")));
    }

    void requestIdIsEchoed()
    {
        HttpClient client = m_stack.server().client();
        HttpResponse response = client.get("/healthz/live", {{"X-Request-Id", "test-abc-123"}});
        QCOMPARE(response.header("X-Request-Id"), std::string("test-abc-123"));
        // Also on errors and authenticated routes.
        HttpResponse missing = client.get("/api/v1/me", {{"X-Request-Id", "test-def-456"}});
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.header("X-Request-Id"), std::string("test-def-456"));
    }

    void requestIdIsGeneratedWhenAbsent()
    {
        HttpClient client = m_stack.server().client();
        std::string first = client.get("/healthz/live").header("X-Request-Id");
        std::string second = client.get("/healthz/live").header("X-Request-Id");
        QVERIFY2(first.size() >= 8, first.c_str());
        QVERIFY(first != second);
        // A hostile id (header injection, huge) is replaced, not echoed.
        HttpResponse hostile = client.get("/healthz/live", {{"X-Request-Id", std::string(5000, 'x')}});
        QCOMPARE(hostile.status, 200);
        QVERIFY(hostile.header("X-Request-Id").size() < 200);
    }

    void unknownRouteIs404()
    {
        HttpClient client = m_stack.server().client();
        for (const char* path : {"/api/v1/nope", "/nope", "/api/v2/products", "/api/v1/products/1/nope"}) {
            HttpResponse response = client.get(path);
            QVERIFY2(response.status == 404, (std::string(path) + ": " + response.describe()).c_str());
            QVERIFY2(!response.errorCode().empty(), response.describe().c_str());
        }
    }

    void wrongMethodIs405WithAllow()
    {
        HttpClient client = m_stack.server().client();
        HttpResponse live = client.request("DELETE", "/healthz/live");
        QVERIFY2(live.status == 405, live.describe().c_str());
        QVERIFY2(live.header("Allow").find("GET") != std::string::npos, live.header("Allow").c_str());

        HttpResponse me = client.request("PUT", "/api/v1/me", "{}", {{"Content-Type", "application/json"}});
        QVERIFY2(me.status == 405, me.describe().c_str());
        QVERIFY(me.header("Allow").find("GET") != std::string::npos);

        HttpResponse products = client.request("PUT", "/api/v1/products", "{}", {{"Content-Type", "application/json"}});
        QVERIFY2(products.status == 405, products.describe().c_str());
        std::string allow = products.header("Allow");
        QVERIFY2(allow.find("GET") != std::string::npos && allow.find("POST") != std::string::npos, allow.c_str());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(SystemEndpointsTest)
#include "SystemEndpointsTest.moc"
