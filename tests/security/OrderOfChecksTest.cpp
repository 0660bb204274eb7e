// The order of checks of API.md ("Order of checks"), on every mutation that looks an object up:
// whether the caller may see the object (404) comes before anything about the body; then whether
// the role may make this change (403, a seller recording a payment); then If-Match (412); then the
// state (409, whatever the body holds); then the body (400/422). Each mutation is sent with an
// invalid body at an object the caller cannot see (404), at a visible object whose state forbids
// the change (409) and at a visible object in a state that allows it (400/422); nothing changes.
// Also: a cancellation needs no reason.

#include "MarketplaceScenario.h"

#include "support/KubeSimProcess.h"
#include "support/ServerStack.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QDir>
#include <QtTest>

#include <memory>

using namespace md::test;

namespace {

struct CheckCase {
    const char* name;
    Role caller;
    const char* method;
    const char* path; // placeholders: see OrderOfChecksTest::expand()
    const char* body; // sent verbatim as application/json
    int expected;
    const char* code; // error.code expected, or "" for any
    const char* ifMatch = "";
};

// Invalid bodies, each wrong in several ways at once.
constexpr const char* kBadTransition = R"({"to":"cancelled","reason":5,"bogus":true})";
constexpr const char* kBadRefund = R"({"amount_cents":0,"reason":"","bogus":true})";

const std::vector<CheckCase>& cases()
{
    static const std::vector<CheckCase> all = {
        // Transitions: 404 (another seller's order) before 409 (state) before 422 (body).
        {"transition, another seller's order", Role::SellerB, "POST", "/api/v1/orders/{placed}/transitions",
         kBadTransition, 404, "not_found"},
        {"cancel without reason, another seller's order", Role::SellerB, "POST",
         "/api/v1/orders/{placed}/transitions", R"({"to":"cancelled"})", 404, "not_found"},
        {"transition, a customer", Role::CustomerB, "POST", "/api/v1/orders/{placed}/transitions", kBadTransition, 403,
         "forbidden"},
        {"transition, a delivered order", Role::SellerA, "POST", "/api/v1/orders/{delivered}/transitions",
         kBadTransition, 409, "invalid_transition"},
        {"transition with an array body, a cancelled order", Role::Support, "POST",
         "/api/v1/orders/{cancelled}/transitions", R"(["cancelled"])", 409, "invalid_transition"},
        {"transition without a target, a delivered order", Role::Support, "POST",
         "/api/v1/orders/{delivered}/transitions", "{}", 409, "invalid_transition"},
        {"ship without a carrier, a placed order", Role::SellerA, "POST", "/api/v1/orders/{placed}/transitions",
         R"({"to":"shipped"})", 409, "invalid_transition"},
        {"cancel with a bad body, a shipped order", Role::Support, "POST", "/api/v1/orders/{shipped}/transitions",
         kBadTransition, 409, "invalid_transition"},
        {"transition, a placed order", Role::SellerA, "POST", "/api/v1/orders/{placed}/transitions", kBadTransition,
         422, "validation_failed"},
        {"ship without a carrier, a paid order", Role::SellerA, "POST", "/api/v1/orders/{paid}/transitions",
         R"({"to":"shipped","tracking_number":""})", 422, "validation_failed"},
        {"transition with an array body, a placed order", Role::SellerA, "POST", "/api/v1/orders/{placed}/transitions",
         R"(["cancelled"])", 400, "malformed_body"},
        // Recording a payment: support and admins only; a seller sees the order, so 403.
        {"seller records a payment with a bad body", Role::SellerA, "POST", "/api/v1/orders/{placed}/transitions",
         R"({"to":"paid","bogus":1})", 403, "forbidden"},
        {"seller records a payment, a delivered order", Role::SellerA, "POST", "/api/v1/orders/{delivered}/transitions",
         R"({"to":"paid"})", 403, "forbidden"},
        {"seller records a payment, another seller's order", Role::SellerB, "POST",
         "/api/v1/orders/{placed}/transitions", R"({"to":"paid"})", 404, "not_found"},
        // If-Match comes after visibility and before the state.
        {"stale If-Match, another seller's order", Role::SellerB, "POST", "/api/v1/orders/{delivered}/transitions",
         kBadTransition, 404, "not_found", "\"99\""},
        {"stale If-Match, a delivered order", Role::Support, "POST", "/api/v1/orders/{delivered}/transitions",
         kBadTransition, 412, "version_mismatch", "\"99\""},

        // Refunds: 404 before 409 (not paid yet) before 422.
        {"refund, another seller's order", Role::SellerB, "POST", "/api/v1/orders/{paid}/refunds", kBadRefund, 404,
         "not_found"},
        {"refund, a placed order", Role::SellerA, "POST", "/api/v1/orders/{placed}/refunds", kBadRefund, 409,
         "invalid_transition"},
        {"refund, a cancelled order", Role::Support, "POST", "/api/v1/orders/{cancelled}/refunds", "[]", 409,
         "invalid_transition"},
        {"refund, a paid order", Role::SellerA, "POST", "/api/v1/orders/{paid}/refunds", kBadRefund, 422,
         "validation_failed"},

        // Notes: 404 before 422.
        {"note, another seller's order", Role::SellerB, "POST", "/api/v1/orders/{placed}/notes", R"({"body":""})", 404,
         "not_found"},
        {"note, a visible order", Role::SellerA, "POST", "/api/v1/orders/{placed}/notes", R"({"body":""})", 422,
         "validation_failed"},

        // Products.
        {"patch with an array, another seller's product", Role::SellerB, "PATCH", "/api/v1/products/{product}", "[1]",
         404, "not_found"},
        {"patch with bad fields, another seller's product", Role::SellerB, "PATCH", "/api/v1/products/{product}",
         R"({"price_cents":-1,"bogus":1})", 404, "not_found"},
        {"patch with bad fields, a missing product", Role::Admin, "PATCH", "/api/v1/products/{missing}",
         R"({"price_cents":-1})", 404, "not_found"},
        {"patch with an array and a stale If-Match", Role::SellerA, "PATCH", "/api/v1/products/{product}", "[1]", 412,
         "version_mismatch", "\"99\""},
        {"patch with an array, own product", Role::SellerA, "PATCH", "/api/v1/products/{product}", "[1]", 400,
         "malformed_body"},
        {"patch with bad fields, own product", Role::SellerA, "PATCH", "/api/v1/products/{product}",
         R"({"price_cents":-1,"bogus":1})", 422, "validation_failed"},
        {"delete, another seller's product", Role::SellerB, "DELETE", "/api/v1/products/{product}", "", 404,
         "not_found"},

        // Inventory.
        {"adjust, another seller's product", Role::SellerB, "POST", "/api/v1/inventory/{product}/adjustments",
         R"({"delta":0,"reason":""})", 404, "not_found"},
        {"adjust with an array, another seller's product", Role::SellerB, "POST",
         "/api/v1/inventory/{product}/adjustments", "[]", 404, "not_found"},
        {"adjust with a stale If-Match", Role::SellerA, "POST", "/api/v1/inventory/{product}/adjustments",
         R"({"delta":0})", 412, "version_mismatch", "\"99\""},
        {"adjust, own product", Role::SellerA, "POST", "/api/v1/inventory/{product}/adjustments",
         R"({"delta":0,"reason":""})", 422, "validation_failed"},
        {"threshold, another seller's product", Role::SellerB, "PATCH", "/api/v1/inventory/{product}",
         R"({"low_stock_threshold":-1})", 404, "not_found"},
        {"threshold, own product", Role::SellerA, "PATCH", "/api/v1/inventory/{product}",
         R"({"low_stock_threshold":-1})", 422, "validation_failed"},

        // Users (admin only: a missing user is the invisible object).
        {"user patch, a missing user", Role::Admin, "PATCH", "/api/v1/users/{missing}", R"({"role":"wizard"})", 404,
         "not_found"},
        {"user patch with a stale If-Match", Role::Admin, "PATCH", "/api/v1/users/{user}", R"({"role":"wizard"})", 412,
         "version_mismatch", "\"99\""},
        {"user patch, a user", Role::Admin, "PATCH", "/api/v1/users/{user}", R"({"role":"wizard"})", 422,
         "validation_failed"},

        // Deployments (the Kubernetes API test server).
        {"scale, a missing deployment", Role::Operator, "POST", "/api/v1/ops/deployments/no-such-app/scale",
         R"({"replicas":"many"})", 404, "not_found"},
        {"rollback with an array, a missing deployment", Role::Operator, "POST",
         "/api/v1/ops/deployments/no-such-app/rollback", "[]", 404, "not_found"},
        {"rollback, a paused deployment", Role::Operator, "POST", "/api/v1/ops/deployments/{paused}/rollback",
         R"({"revision":0})", 409, "invalid_state"},
        {"rollback with an array, a paused deployment", Role::Operator, "POST",
         "/api/v1/ops/deployments/{paused}/rollback", "[]", 409, "invalid_state"},
        {"rollback, a running deployment", Role::Operator, "POST", "/api/v1/ops/deployments/{running}/rollback",
         R"({"revision":0})", 422, "validation_failed"},
        {"scale, a running deployment", Role::Operator, "POST", "/api/v1/ops/deployments/{running}/scale",
         R"({"replicas":"many"})", 422, "validation_failed"},
        {"image, a missing deployment", Role::Operator, "POST", "/api/v1/ops/deployments/no-such-app/image",
         R"({"container":1})", 404, "not_found"},
        {"image, a running deployment", Role::Operator, "POST", "/api/v1/ops/deployments/{running}/image",
         R"({"container":1})", 422, "validation_failed"},
    };
    return all;
}

} // namespace

class OrderOfChecksTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_sim.start());
        const QString work =
            TestPaths::workDirectory() + "/order-of-checks-" + QString::number(QCoreApplication::applicationPid());
        QDir().mkpath(work);
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_RATE_LIMIT_RPS", "0"},
                               {"MARKETDESK_KUBE_MODE", "kubeconfig"},
                               {"MARKETDESK_KUBECONFIG", m_sim.writeKubeconfig(work + "/kubeconfig")},
                               {"MARKETDESK_KUBE_NAMESPACE", "marketplace"}};
        MD_REQUIRE(m_stack.start(options));
        m_scenario = std::make_unique<MarketplaceScenario>(m_stack.fixtures());
        MD_REQUIRE(m_scenario->build());

        // Orders of seller A in each state.
        m_orders["placed"] = m_scenario->order();
        MD_REQUIRE(m_orders["paid"] = m_scenario->freshPaidOrder());
        MD_REQUIRE(m_orders["shipped"] = m_scenario->freshPaidOrder());
        MD_REQUIRE(m_orders["delivered"] = m_scenario->freshPaidOrder());
        MD_REQUIRE(m_orders["cancelled"] = m_scenario->freshOrder());
        HttpClient support = m_stack.fixtures().client(Role::Support);
        const nlohmann::json shipment = {{"to", "shipped"}, {"carrier", "CJ"}, {"tracking_number", "1"}};
        for (const char* name : {"shipped", "delivered"})
            QCOMPARE(support.post(orderPath(m_orders[name]), shipment).status, 200);
        QCOMPARE(support.post(orderPath(m_orders["delivered"]), {{"to", "delivered"}}).status, 200);
        QCOMPARE(support.post(orderPath(m_orders["cancelled"]), {{"to", "cancelled"}, {"reason", "test"}}).status, 200);

        // Deployments: one left running, one paused.
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        QTRY_VERIFY_WITH_TIMEOUT(operatorClient.get("/api/v1/ops/deployments?limit=2").items().size() == 2, 20000);
        const auto deployments = operatorClient.get("/api/v1/ops/deployments?limit=2").items();
        m_running = deployments[0]["name"].get<std::string>();
        m_paused = deployments[1]["name"].get<std::string>();
        HttpResponse paused =
            operatorClient.post("/api/v1/ops/deployments/" + m_paused + "/pause", nlohmann::json::object());
        QVERIFY2(paused.status == 200, paused.describe().c_str());
    }

    void checksRunInTheContractsOrder_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < cases().size(); ++i) QTest::newRow(cases()[i].name) << static_cast<int>(i);
    }

    void checksRunInTheContractsOrder()
    {
        QFETCH(int, index);
        const CheckCase& check = cases()[static_cast<std::size_t>(index)];
        const std::string before = snapshot();
        HttpHeaders headers;
        if (*check.body) headers.emplace_back("Content-Type", "application/json");
        if (*check.ifMatch) headers.emplace_back("If-Match", check.ifMatch);
        std::string token;
        MD_REQUIRE(token = m_stack.fixtures().token(check.caller));
        HttpResponse response =
            m_stack.server().client(token).request(check.method, expand(check.path), check.body, headers);
        QVERIFY2(response.status == check.expected, response.describe().c_str());
        if (*check.code) QCOMPARE(response.errorCode(), std::string(check.code));
        QCOMPARE(snapshot(), before);
    }

    // `reason` is optional in the contract: a cancellation without one is fine where it is allowed.
    void cancellationNeedsNoReason()
    {
        long long order = 0;
        MD_REQUIRE(order = m_scenario->freshOrder());
        HttpResponse cancelled =
            m_stack.fixtures().client(Role::SellerA).post(orderPath(order), {{"to", "cancelled"}});
        QVERIFY2(cancelled.status == 200, cancelled.describe().c_str());
        QCOMPARE(cancelled.json()["status"], nlohmann::json("cancelled"));
        QVERIFY(cancelled.json()["cancel_reason"].is_null());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    static std::string orderPath(long long order) { return "/api/v1/orders/" + std::to_string(order) + "/transitions"; }

    std::string expand(std::string path)
    {
        auto replace = [&path](const std::string& name, const std::string& value) {
            for (std::size_t at; (at = path.find("{" + name + "}")) != std::string::npos;)
                path.replace(at, name.size() + 2, value);
        };
        for (const auto& [name, id] : m_orders) replace(name, std::to_string(id));
        replace("product", std::to_string(m_scenario->product()));
        replace("user", std::to_string(m_stack.fixtures().member(Role::CustomerB).userId));
        replace("missing", "999999999");
        replace("running", m_running);
        replace("paused", m_paused);
        return path;
    }

    // Everything the rows could change: the orders, the product and its stock, the user, the
    // deployments' generations.
    std::string snapshot()
    {
        std::string ids;
        for (const auto& [name, id] : m_orders) ids += (ids.empty() ? "" : ",") + std::to_string(id);
        const std::string database = m_stack.database().scalar(
            "SELECT json_build_array("
            "(SELECT json_agg(json_build_array(o.id, o.status, o.version, o.refunded_cents) ORDER BY o.id) "
            " FROM orders o WHERE o.id IN (" + ids + ")),"
            "(SELECT count(*) FROM order_notes), (SELECT count(*) FROM refunds),"
            "(SELECT json_build_array(p.version, p.price_cents, p.status, i.on_hand, i.low_stock_threshold, i.version) "
            " FROM products p JOIN inventory i ON i.product_id = p.id WHERE p.id = " +
            std::to_string(m_scenario->product()) + "),"
            "(SELECT json_build_array(u.role, u.version) FROM users u WHERE u.id = " +
            std::to_string(m_stack.fixtures().member(Role::CustomerB).userId) + "))::text");
        std::string cluster;
        for (const std::string& name : {m_running, m_paused}) {
            HttpResponse deployment = m_sim.client().get("/apis/apps/v1/namespaces/marketplace/deployments/" + name);
            cluster += " " + name + ":" + deployment.json()["metadata"].value("generation", nlohmann::json(0)).dump();
        }
        return database + cluster;
    }

    KubeSimProcess m_sim;
    ServerStack m_stack;
    std::unique_ptr<MarketplaceScenario> m_scenario;
    std::map<std::string, long long> m_orders;
    std::string m_running;
    std::string m_paused;
};

QTEST_GUILESS_MAIN(OrderOfChecksTest)
#include "OrderOfChecksTest.moc"
