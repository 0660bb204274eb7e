// The authorization matrix: every endpoint of API.md called by every kind of caller (anonymous,
// admin, seller, support, operator, customer) must give the outcome of the role policy: 401 without
// a token, 403 for a role without the permission, success for one with it, and 503 not_configured
// from the ops endpoints for operators and admins when no cluster or Prometheus is configured.

#include "EndpointCatalog.h"
#include "MarketplaceScenario.h"

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <map>
#include <memory>

using namespace md::test;

namespace {

// Matrix callers to cast members; -1 is anonymous.
const std::vector<int> kCallerRoles{-1,
                                    static_cast<int>(Role::Admin),
                                    static_cast<int>(Role::SellerA),
                                    static_cast<int>(Role::Support),
                                    static_cast<int>(Role::Operator),
                                    static_cast<int>(Role::CustomerA)};

bool matches(const std::string& expected, int status)
{
    if (expected == "2xx") return status >= 200 && status < 300;
    return std::to_string(status) == expected;
}

} // namespace

class AuthorizationMatrixTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.environment["MARKETDESK_RATE_LIMIT_RPS"] = "0"; // the matrix is a burst; not what it tests
        MD_REQUIRE(m_stack.start(options));
        m_scenario = std::make_unique<MarketplaceScenario>(m_stack.fixtures());
        MD_REQUIRE(m_scenario->build());
    }

    void matrix_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<int>("callerIndex");
        const auto& cases = EndpointCatalog::cases();
        for (std::size_t c = 0; c < cases.size(); ++c)
            for (std::size_t caller = 0; caller < EndpointCatalog::callers().size(); ++caller)
                QTest::addRow("%s %s%s as %s", cases[c].method.c_str(), cases[c].path.c_str(),
                              cases[c].note.empty() ? "" : (" (" + cases[c].note + ")").c_str(),
                              EndpointCatalog::callers()[caller].c_str())
                    << static_cast<int>(c) << static_cast<int>(caller);
    }

    void matrix()
    {
        QFETCH(int, caseIndex);
        QFETCH(int, callerIndex);
        const EndpointCase& endpoint = EndpointCatalog::cases()[static_cast<std::size_t>(caseIndex)];
        const std::string& expected = endpoint.expected[static_cast<std::size_t>(callerIndex)];
        const int role = kCallerRoles[static_cast<std::size_t>(callerIndex)];

        std::string path, body;
        MD_REQUIRE(path = EndpointCatalog::expand(endpoint.path, resolver()));
        MD_REQUIRE(body = endpoint.body(resolver()));

        HttpClient client = m_stack.server().client();
        if (role >= 0) {
            std::string token;
            MD_REQUIRE(token = endpoint.freshToken ? m_stack.fixtures().loginAs(Role(role))
                                                   : m_stack.fixtures().token(Role(role)));
            client.setBearerToken(token);
        }

        int status = 0;
        std::string description;
        std::string errorCode;
        if (endpoint.method == "STREAM") {
            HttpStream stream = client.openStream("GET", path, {{"Accept", "text/event-stream"}});
            status = stream.status();
            description = "HTTP " + std::to_string(status) + " " + stream.transportError();
            if (status == 200) {
                QVERIFY2(stream.header("Content-Type").find("text/event-stream") != std::string::npos,
                         stream.header("Content-Type").c_str());
            } else {
                HttpResponse refusal;
                refusal.body = stream.readToEnd(std::chrono::seconds(10));
                errorCode = refusal.errorCode();
                description += refusal.body;
            }
            stream.close();
        } else {
            HttpHeaders headers;
            if (!body.empty()) headers.emplace_back("Content-Type", endpoint.contentType);
            HttpResponse response = client.request(endpoint.method, path, body, headers);
            status = response.status;
            description = response.describe();
            errorCode = response.errorCode();
        }
        const std::string message = "expected " + expected + ", got " + description;
        QVERIFY2(matches(expected, status), message.c_str());
        if (expected == "401" || expected == "403") QVERIFY2(!errorCode.empty(), message.c_str());
        if (expected == "503") QVERIFY2(errorCode == "not_configured", message.c_str());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    PlaceholderResolver resolver()
    {
        return [this](const std::string& name) -> std::string {
            if (name == "product") return std::to_string(m_scenario->product());
            if (name == "order") return std::to_string(m_scenario->order());
            if (name == "fresh_product") return std::to_string(m_scenario->freshProduct());
            if (name == "fresh_order") return std::to_string(m_scenario->freshOrder());
            if (name == "paid_order") return std::to_string(m_scenario->freshPaidOrder());
            if (name == "user") return std::to_string(m_scenario->freshUser());
            if (name == "seller") return std::to_string(m_stack.fixtures().sellerAId());
            if (name == "refresh_token") return m_scenario->freshRefreshToken(Role::CustomerB);
            if (name == "n") return std::to_string(m_scenario->nextNumber());
            throw TestSetupError(QStringLiteral("unknown placeholder {%1}").arg(QString::fromStdString(name)));
        };
    }

    ServerStack m_stack;
    std::unique_ptr<MarketplaceScenario> m_scenario;
};

QTEST_GUILESS_MAIN(AuthorizationMatrixTest)
#include "AuthorizationMatrixTest.moc"
