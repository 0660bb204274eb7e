// The answers of the ops endpoints' failures, through the one error mapping (http/ErrorMapping.cpp):
// the Kubernetes client's and Prometheus client's failures (KubeError, PrometheusError: DomainErrors)
// and the not-configured answer keep the status, code, details and Retry-After the endpoints gave
// when each mapped its own errors (docs/API.md "Operations"). Pure: no server, no database.

#include "core/DomainError.h"
#include "http/ErrorMapping.h"
#include "ops/kube/KubeClient.h"
#include "ops/kube/KubeError.h"
#include "ops/prometheus/PrometheusClient.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <stdexcept>
#include <string>

using md::DomainError;
using md::ops::kube::KubeError;
using md::ops::prometheus::PrometheusError;
using nlohmann::json;

Q_DECLARE_METATYPE(std::function<DomainError()>)

namespace {

std::string headerOf(const md::http::Response& response, const std::string& name)
{
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return "";
}

} // namespace

class OpsErrorMappingTest : public QObject {
    Q_OBJECT

private slots:
    void answersAsTheContractSays_data()
    {
        QTest::addColumn<std::function<DomainError()>>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("details");    // JSON
        QTest::addColumn<QString>("retryAfter"); // "" : no Retry-After header

        auto kube = [](KubeError::Kind kind, long status, std::string reason) {
            return std::function<DomainError()>([=] { return KubeError(kind, status, reason, "what happened"); });
        };
        QTest::newRow("kube unavailable") << kube(KubeError::Kind::Unavailable, 0, "") << 503
                                          << "cluster_unavailable" << "{}" << "1";
        QTest::newRow("kube not found") << kube(KubeError::Kind::NotFound, 404, "NotFound") << 404 << "not_found"
                                        << "{}" << "";
        QTest::newRow("kube conflict") << kube(KubeError::Kind::Conflict, 409, "Conflict") << 409 << "invalid_state"
                                       << "{}" << "";
        QTest::newRow("kube invalid") << kube(KubeError::Kind::Invalid, 422, "Invalid") << 422 << "validation_failed"
                                      << R"({"fields":{}})" << "";
        QTest::newRow("kube gone") << kube(KubeError::Kind::Gone, 410, "Gone") << 502 << "cluster_error"
                                   << R"({"kubernetes_reason":"Gone","kubernetes_status":410})" << "";
        QTest::newRow("kube other") << kube(KubeError::Kind::Other, 500, "InternalError") << 502 << "cluster_error"
                                    << R"({"kubernetes_reason":"InternalError","kubernetes_status":500})" << "";
        // As the client builds them from what the API server answered.
        QTest::newRow("kube forbidden answer")
            << std::function<DomainError()>([] {
                   return md::ops::kube::errorFromResponse(
                       403, R"({"kind":"Status","reason":"Forbidden","message":"no","code":403})", "GET /x");
               })
            << 502 << "cluster_error" << R"({"kubernetes_reason":"Forbidden","kubernetes_status":403})" << "";
        QTest::newRow("kube no answer")
            << std::function<DomainError()>([] {
                   return md::ops::kube::errorFromTransport(std::runtime_error("timed out"), "GET /x");
               })
            << 503 << "cluster_unavailable" << "{}" << "1";

        auto prometheus = [](PrometheusError::Kind kind, std::string errorType) {
            return std::function<DomainError()>([=] { return PrometheusError(kind, "what happened", errorType); });
        };
        QTest::newRow("prometheus unavailable") << prometheus(PrometheusError::Kind::Unavailable, "") << 503
                                                << "prometheus_unavailable" << "{}" << "5";
        QTest::newRow("prometheus overloaded") << prometheus(PrometheusError::Kind::Unavailable, "timeout") << 503
                                               << "prometheus_unavailable" << R"({"error_type":"timeout"})" << "5";
        QTest::newRow("prometheus bad query") << prometheus(PrometheusError::Kind::BadQuery, "bad_data") << 422
                                              << "bad_query" << R"({"error_type":"bad_data"})" << "";
        QTest::newRow("prometheus too large") << prometheus(PrometheusError::Kind::TooLarge, "") << 422
                                              << "result_too_large" << "{}" << "";
        QTest::newRow("prometheus upstream") << prometheus(PrometheusError::Kind::Upstream, "") << 502
                                             << "prometheus_error" << "{}" << "";

        QTest::newRow("not configured")
            << std::function<DomainError()>([] { return DomainError::notConfigured("set MARKETDESK_PROMETHEUS_URL"); })
            << 503 << "not_configured" << "{}" << "";
    }

    void answersAsTheContractSays()
    {
        QFETCH(std::function<DomainError()>, error);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, details);
        QFETCH(QString, retryAfter);

        // Thrown and caught as the dispatcher catches it.
        md::http::Response response;
        try {
            throw error();
        } catch (const DomainError& caught) {
            response = md::http::errorResponse(caught);
        }
        QCOMPARE(static_cast<int>(response.status), status);
        const json body = json::parse(response.body);
        QCOMPARE(QString::fromStdString(body["error"]["code"].get<std::string>()), code);
        QVERIFY(!body["error"]["message"].get<std::string>().empty());
        QCOMPARE(QString::fromStdString(body["error"]["details"].dump()), details);
        QCOMPARE(QString::fromStdString(headerOf(response, "Retry-After")), retryAfter);
    }

    // A thrown KubeError still tells the client's own retries what Kubernetes said.
    void kubeErrorsKeepWhatKubernetesSaid()
    {
        try {
            throw md::ops::kube::errorFromResponse(409, R"({"kind":"Status","reason":"Conflict","code":409})", "PUT /x");
        } catch (const KubeError& error) {
            QCOMPARE(error.kubeKind(), KubeError::Kind::Conflict);
            QCOMPARE(error.status(), 409L);
            QCOMPARE(QString::fromStdString(error.reason()), QString("Conflict"));
        }
    }
};

QTEST_GUILESS_MAIN(OpsErrorMappingTest)
#include "OpsErrorMappingTest.moc"
