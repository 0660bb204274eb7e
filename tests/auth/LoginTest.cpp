// POST /api/v1/auth/login and GET /api/v1/me: the token answer, identical refusals for unknown
// addresses and wrong passwords, validation, disabled accounts, and failed-login throttling that
// every replica shares through the database.

#include "auth/TokenForge.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <memory>
#include <sstream>
#include <thread>

using namespace md::test;

namespace {

constexpr int kMaxFailures = 3;
constexpr int kLockoutSeconds = 6;

HttpResponse login(HttpClient& client, const std::string& email, const std::string& password)
{
    return client.post("/api/v1/auth/login", {{"email", email}, {"password", password}});
}

double metricValue(HttpClient& client, const std::string& series)
{
    HttpResponse metrics = client.get("/metrics");
    std::istringstream lines(metrics.body);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(series + " ", 0) == 0) return std::stod(line.substr(series.size() + 1));
    return 0;
}

} // namespace

class LoginTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        // Every request here comes from 127.0.0.1: the per-address and per-account limits (ThrottleTest)
        // are raised out of the way of the per-client-and-account one tested here.
        options.environment = {{"MARKETDESK_LOGIN_MAX_FAILURES", QString::number(kMaxFailures)},
                               {"MARKETDESK_LOGIN_MAX_FAILURES_PER_ADDRESS", "1000"},
                               {"MARKETDESK_LOGIN_MAX_FAILURES_PER_EMAIL", "1000"},
                               {"MARKETDESK_LOGIN_LOCKOUT_SECONDS", QString::number(kLockoutSeconds)}};
        MD_REQUIRE(m_stack.start(options));
    }

    void loginAnswersTokensAndTheUser()
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        const CastMember& admin = m_stack.fixtures().member(Role::Admin);
        HttpResponse response = login(client, admin.email, Fixtures::password());
        QVERIFY2(response.status == 200, response.describe().c_str());
        const auto body = response.json();
        QCOMPARE(body["token_type"].get<std::string>(), std::string("Bearer"));
        QCOMPARE(body["expires_in"].get<long long>(), 900LL);
        QVERIFY(!body["refresh_token"].get<std::string>().empty());
        QCOMPARE(body["user"]["id"].get<long long>(), admin.userId);
        QCOMPARE(body["user"]["email"].get<std::string>(), admin.email);
        QCOMPARE(body["user"]["role"].get<std::string>(), std::string("admin"));
        QVERIFY(body["user"]["seller_id"].is_null());
        QVERIFY(body["user"].contains("display_name"));
        QVERIFY(response.body.find("password") == std::string::npos);
        QCOMPARE(response.header("Cache-Control"), std::string("no-store"));

        const auto claims = TokenForge::claimsOf(body["access_token"].get<std::string>());
        QCOMPARE(claims["sub"].get<std::string>(), std::to_string(admin.userId));
        QCOMPARE(claims["role"].get<std::string>(), std::string("admin"));
        QCOMPARE(claims["tv"].get<long long>(), 1LL);
        QCOMPARE(claims["exp"].get<long long>() - claims["iat"].get<long long>(), 900LL);
        QVERIFY(!claims["jti"].get<std::string>().empty());
        QVERIFY(!claims.contains("sid"));
    }

    void sellerTokenCarriesTheSeller()
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse response = login(client, m_stack.fixtures().member(Role::SellerA).email, Fixtures::password());
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.json()["user"]["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        const auto claims = TokenForge::claimsOf(response.json()["access_token"].get<std::string>());
        QCOMPARE(claims["sid"].get<long long>(), m_stack.fixtures().sellerAId());
        QCOMPARE(claims["role"].get<std::string>(), std::string("seller"));
    }

    void emailIsCaseInsensitive()
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        QString upper = QString::fromStdString(m_stack.fixtures().member(Role::Support).email).toUpper();
        HttpResponse response = login(client, "  " + upper.toStdString() + " ", Fixtures::password());
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.json()["user"]["id"].get<long long>(), m_stack.fixtures().member(Role::Support).userId);
    }

    void unknownEmailAndWrongPasswordAnswerAlike()
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse wrongPassword = login(client, m_stack.fixtures().member(Role::Operator).email, "not-the-password");
        HttpResponse unknownEmail = login(client, "nobody-here@test.marketdesk.kr", "not-the-password");
        QVERIFY2(wrongPassword.status == 401, wrongPassword.describe().c_str());
        QVERIFY2(unknownEmail.status == 401, unknownEmail.describe().c_str());
        QCOMPARE(wrongPassword.errorCode(), std::string("invalid_credentials"));
        QCOMPARE(unknownEmail.body, wrongPassword.body);
        QCOMPARE(wrongPassword.header("WWW-Authenticate"), std::string("Bearer"));
        // A successful sign-in clears the count, so later tests start from zero.
        QCOMPARE(login(client, m_stack.fixtures().member(Role::Operator).email, Fixtures::password()).status, 200);
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("no password") << QByteArray("application/json") << QByteArray(R"({"email":"a@b.kr"})") << 422
                                     << "password";
        QTest::newRow("no email") << QByteArray("application/json") << QByteArray(R"({"password":"x"})") << 422
                                  << "email";
        QTest::newRow("email not a string")
            << QByteArray("application/json") << QByteArray(R"({"email":5,"password":"x"})") << 422 << "email";
        QTest::newRow("unknown field") << QByteArray("application/json")
                                       << QByteArray(R"({"email":"a@b.kr","password":"x","remember":true})") << 422
                                       << "remember";
        QTest::newRow("not an object") << QByteArray("application/json") << QByteArray(R"(["a"])") << 400 << "";
        QTest::newRow("not json") << QByteArray("application/json") << QByteArray("{email") << 400 << "";
        QTest::newRow("form body") << QByteArray("application/x-www-form-urlencoded") << QByteArray("email=a") << 415
                                   << "";
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse response = client.request("POST", "/api/v1/auth/login", body.toStdString(),
                                               {{"Content-Type", contentType.toStdString()}});
        QVERIFY2(static_cast<int>(response.status) == status, response.describe().c_str());
        if (!field.isEmpty())
            QVERIFY2(response.json()["error"]["details"]["fields"].contains(field.toStdString()),
                     response.describe().c_str());
    }

    void disabledUserCannotSignIn()
    {
        const std::string email = "disabled.login@test.marketdesk.kr";
        const long long id = createUser(email, "customer");
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse disable = admin.patch("/api/v1/users/" + std::to_string(id), {{"disabled", true}});
        QVERIFY2(disable.status == 200, disable.describe().c_str());

        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse right = login(client, email, kUserPassword);
        QVERIFY2(right.status == 401, right.describe().c_str());
        QCOMPARE(right.errorCode(), std::string("account_disabled"));
        HttpResponse wrong = login(client, email, "wrong-password-1");
        QVERIFY2(wrong.status == 401, wrong.describe().c_str());
        QCOMPARE(wrong.errorCode(), std::string("invalid_credentials"));

        QCOMPARE(admin.patch("/api/v1/users/" + std::to_string(id), {{"disabled", false}}).status, 200);
        QCOMPARE(login(client, email, kUserPassword).status, 200);
    }

    void repeatedFailuresAreThrottledUntilTheLockoutPasses()
    {
        const std::string email = "throttled@test.marketdesk.kr";
        createUser(email, "support");
        HttpClient client = m_stack.fixtures().anonymousClient();
        const double throttledBefore = metricValue(client, "auth_logins_total{result=\"throttled\"}");
        const double failuresBefore = metricValue(client, "auth_logins_total{result=\"failure\"}");
        for (int i = 0; i < kMaxFailures; ++i) {
            HttpResponse wrong = login(client, email, "wrong-password-" + std::to_string(i));
            QVERIFY2(wrong.status == 401, wrong.describe().c_str());
        }
        // Locked now: even the right password is refused, with a Retry-After.
        HttpResponse locked = login(client, email, kUserPassword);
        QVERIFY2(locked.status == 429, locked.describe().c_str());
        QCOMPARE(locked.errorCode(), std::string("too_many_login_attempts"));
        const int retryAfter = std::stoi(locked.header("Retry-After"));
        QVERIFY2(retryAfter >= 1 && retryAfter <= kLockoutSeconds, locked.header("Retry-After").c_str());
        QCOMPARE(locked.json()["error"]["details"]["retry_after_seconds"].get<int>(), retryAfter);
        QCOMPARE(metricValue(client, "auth_logins_total{result=\"throttled\"}"), throttledBefore + 1);
        QVERIFY(metricValue(client, "auth_logins_total{result=\"failure\"}") >= failuresBefore + kMaxFailures);

        // Another replica on the same database sees the same lock.
        ServerProcess replica(m_stack.database());
        MD_REQUIRE(replica.start());
        HttpClient replicaClient = replica.client("");
        HttpResponse onReplica = login(replicaClient, email, kUserPassword);
        QVERIFY2(onReplica.status == 429, onReplica.describe().c_str());
        QCOMPARE(replica.stop(), 0);

        // Once the lockout passes, the right password works again.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kLockoutSeconds + 20);
        HttpResponse after;
        do {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            after = login(client, email, kUserPassword);
        } while (after.status == 429 && std::chrono::steady_clock::now() < deadline);
        QVERIFY2(after.status == 200, after.describe().c_str());
    }

    void unknownAddressesAreThrottledToo()
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        const std::string email = "ghost@test.marketdesk.kr";
        for (int i = 0; i < kMaxFailures; ++i)
            QCOMPARE(login(client, email, "whatever-password").status, 401);
        HttpResponse locked = login(client, email, "whatever-password");
        QVERIFY2(locked.status == 429, locked.describe().c_str());
        QVERIFY(!locked.header("Retry-After").empty());
    }

    void successResetsTheFailureCount()
    {
        const std::string email = "resets@test.marketdesk.kr";
        createUser(email, "operator");
        HttpClient client = m_stack.fixtures().anonymousClient();
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < kMaxFailures - 1; ++i)
                QCOMPARE(login(client, email, "wrong-password-x").status, 401);
            HttpResponse right = login(client, email, kUserPassword);
            QVERIFY2(right.status == 200, right.describe().c_str());
        }
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM login_throttle WHERE scope = 'email_address' "
                                           "AND subject = '127.0.0.1 " + email + "'"),
                 std::string("0"));
    }

    void meAnswersTheCaller()
    {
        for (Role role : Fixtures::allRoles()) {
            HttpClient client = m_stack.fixtures().client(role);
            HttpResponse me = client.get("/api/v1/me");
            QVERIFY2(me.status == 200, me.describe().c_str());
            const CastMember& member = m_stack.fixtures().member(role);
            QCOMPARE(me.json()["id"].get<long long>(), member.userId);
            QCOMPARE(me.json()["email"].get<std::string>(), member.email);
            QCOMPARE(me.json()["role"].get<std::string>(), member.roleName);
            if (member.sellerId)
                QCOMPARE(me.json()["seller_id"].get<long long>(), *member.sellerId);
            else
                QVERIFY(me.json()["seller_id"].is_null());
            QVERIFY(me.json().contains("display_name"));
            QVERIFY(me.body.find("password") == std::string::npos);
        }
    }

    void meNeedsAValidToken()
    {
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        HttpResponse none = anonymous.get("/api/v1/me");
        QVERIFY2(none.status == 401, none.describe().c_str());
        QCOMPARE(none.header("WWW-Authenticate"), std::string("Bearer"));
        HttpResponse basic = anonymous.get("/api/v1/me", {{"Authorization", "Basic YWRtaW46cGFzcw=="}});
        QCOMPARE(basic.status, 401);
        HttpResponse garbage = anonymous.get("/api/v1/me", {{"Authorization", "Bearer not.a.token"}});
        QCOMPARE(garbage.status, 401);
        QCOMPARE(garbage.errorCode(), std::string("invalid_token"));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    static constexpr const char* kUserPassword = "login-test-password";

    long long createUser(const std::string& email, const std::string& role)
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created =
            admin.post("/api/v1/users", {{"email", email}, {"password", kUserPassword}, {"role", role}});
        if (created.status != 201) throw TestSetupError(QString::fromStdString("create user: " + created.describe()));
        return created.json()["id"].get<long long>();
    }

    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(LoginTest)
#include "LoginTest.moc"
