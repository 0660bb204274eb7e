// Signing out ends the access tokens of the session too, not only its refresh tokens: right away on
// the replica that signed out, and on every other replica as soon as the md_cache notification
// arrives (polled with a bound). A single-session logout leaves the user's other sessions alone;
// a logout without a refresh token ends them all; refresh-token reuse ends the whole session.

#include "auth/TokenForge.h"
#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <memory>

using namespace md::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* kPassword = "sessions-test-password";
constexpr auto kPropagation = 10s;

struct Session {
    std::string accessToken;
    std::string refreshToken;
};

// GET /api/v1/me with the token on the server; the status.
int meStatus(ServerProcess& server, const std::string& token, std::string* code = nullptr)
{
    HttpClient client = server.client(token);
    HttpResponse me = client.get("/api/v1/me");
    if (code) *code = me.errorCode();
    return me.status;
}

// Polls until the token is refused on server (401) or the bound passes; the last status.
int statusOnceRefused(ServerProcess& server, const std::string& token, std::string* code = nullptr)
{
    const auto deadline = std::chrono::steady_clock::now() + kPropagation;
    int status = 0;
    do {
        status = meStatus(server, token, code);
        if (status == 401) break;
        QTest::qWait(50);
    } while (std::chrono::steady_clock::now() < deadline);
    return status;
}

} // namespace

class SessionsTest : public QObject {
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

    void accessTokensCarryTheirSession()
    {
        const std::string email = createUser("claims");
        Session session;
        MD_REQUIRE(session = signIn(email));
        const auto claims = TokenForge::claimsOf(session.accessToken);
        QVERIFY(claims["session"].is_string());
        const std::string sessionId = claims["session"].get<std::string>();
        QCOMPARE(m_database->scalar("SELECT count(*) FROM refresh_tokens WHERE family_id = '" + sessionId + "'"),
                 std::string("1"));
        // A refresh stays in the session.
        HttpClient anonymous = m_first->client("");
        HttpResponse refreshed = anonymous.post("/api/v1/auth/refresh", {{"refresh_token", session.refreshToken}});
        QVERIFY2(refreshed.status == 200, refreshed.describe().c_str());
        const auto refreshedClaims = TokenForge::claimsOf(refreshed.json()["access_token"].get<std::string>());
        QCOMPARE(refreshedClaims["session"].get<std::string>(), sessionId);
    }

    void logoutEndsTheSessionsAccessTokensEverywhere()
    {
        const std::string email = createUser("logout-one");
        Session phone, laptop;
        MD_REQUIRE(phone = signIn(email));
        MD_REQUIRE(laptop = signIn(email));
        QCOMPARE(meStatus(*m_first, phone.accessToken), 200);
        QCOMPARE(meStatus(*m_second, phone.accessToken), 200);

        HttpClient client = m_first->client(phone.accessToken);
        HttpResponse out = client.post("/api/v1/auth/logout", {{"refresh_token", phone.refreshToken}});
        QVERIFY2(out.status == 204, out.describe().c_str());

        // Refused at once on the replica that signed out, and on the other as soon as it hears.
        std::string code;
        QCOMPARE(meStatus(*m_first, phone.accessToken, &code), 401);
        QCOMPARE(code, std::string("session_revoked"));
        QCOMPARE(statusOnceRefused(*m_second, phone.accessToken, &code), 401);
        QCOMPARE(code, std::string("session_revoked"));
        // The refresh token is gone too.
        HttpClient anonymous = m_second->client("");
        QCOMPARE(anonymous.post("/api/v1/auth/refresh", {{"refresh_token", phone.refreshToken}}).status, 401);

        // The other session of the same user is untouched, on both replicas.
        QCOMPARE(meStatus(*m_first, laptop.accessToken), 200);
        QCOMPARE(meStatus(*m_second, laptop.accessToken), 200);
        HttpResponse refreshed = anonymous.post("/api/v1/auth/refresh", {{"refresh_token", laptop.refreshToken}});
        QVERIFY2(refreshed.status == 200, refreshed.describe().c_str());
    }

    void logoutWithAnotherRefreshTokenStillEndsTheCallersSession()
    {
        // The access token's own session ends whatever refresh token the body names.
        const std::string email = createUser("logout-current");
        Session current, other;
        MD_REQUIRE(current = signIn(email));
        MD_REQUIRE(other = signIn(email));
        HttpClient client = m_second->client(current.accessToken);
        HttpResponse out = client.post("/api/v1/auth/logout", {{"refresh_token", other.refreshToken}});
        QVERIFY2(out.status == 204, out.describe().c_str());
        QCOMPARE(meStatus(*m_second, current.accessToken), 401);
        QCOMPARE(meStatus(*m_second, other.accessToken), 401);
        QCOMPARE(statusOnceRefused(*m_first, current.accessToken), 401);
        QCOMPARE(statusOnceRefused(*m_first, other.accessToken), 401);
    }

    void logoutWithoutARefreshTokenEndsEverySession()
    {
        const std::string email = createUser("logout-all");
        Session first, second;
        MD_REQUIRE(first = signIn(email));
        MD_REQUIRE(second = signIn(email));
        HttpClient client = m_first->client(first.accessToken);
        HttpResponse out = client.request("POST", "/api/v1/auth/logout");
        QVERIFY2(out.status == 204, out.describe().c_str());
        for (const Session* session : {&first, &second}) {
            QCOMPARE(meStatus(*m_first, session->accessToken), 401);
            QCOMPARE(statusOnceRefused(*m_second, session->accessToken), 401);
        }
        // Signing in again works, with a token the server accepts.
        Session again;
        MD_REQUIRE(again = signIn(email));
        QCOMPARE(meStatus(*m_first, again.accessToken), 200);
        QCOMPARE(meStatus(*m_second, again.accessToken), 200);
    }

    void refreshTokenReuseEndsTheSessionsAccessTokens()
    {
        const std::string email = createUser("reuse");
        Session stolen, untouched;
        MD_REQUIRE(stolen = signIn(email));
        MD_REQUIRE(untouched = signIn(email));
        HttpClient anonymous = m_first->client("");
        HttpResponse rotated = anonymous.post("/api/v1/auth/refresh", {{"refresh_token", stolen.refreshToken}});
        QVERIFY2(rotated.status == 200, rotated.describe().c_str());
        const std::string newAccess = rotated.json()["access_token"].get<std::string>();
        QCOMPARE(meStatus(*m_second, newAccess), 200);

        // The rotated token comes back: someone replayed it. The whole session ends.
        HttpResponse reused = anonymous.post("/api/v1/auth/refresh", {{"refresh_token", stolen.refreshToken}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), std::string("refresh_token_reused"));
        for (const std::string& token : {stolen.accessToken, newAccess}) {
            QCOMPARE(meStatus(*m_first, token), 401);
            QCOMPARE(statusOnceRefused(*m_second, token), 401);
        }
        QCOMPARE(meStatus(*m_first, untouched.accessToken), 200);
        QCOMPARE(meStatus(*m_second, untouched.accessToken), 200);
    }

    void aReplicaStartedLaterKnowsTheSignedOutSessions()
    {
        // The revoked sessions are read from the database at start, not only heard of.
        const std::string email = createUser("late-replica");
        Session session;
        MD_REQUIRE(session = signIn(email));
        HttpClient client = m_first->client(session.accessToken);
        QCOMPARE(client.post("/api/v1/auth/logout", {{"refresh_token", session.refreshToken}}).status, 204);
        ServerProcess late(*m_database);
        MD_REQUIRE(late.start());
        std::string code;
        QCOMPARE(meStatus(late, session.accessToken, &code), 401);
        QCOMPARE(code, std::string("session_revoked"));
        QCOMPARE(late.stop(), 0);
    }

    void cleanupTestCase()
    {
        if (m_second) QCOMPARE(m_second->stop(), 0);
        if (m_first) QCOMPARE(m_first->stop(), 0);
    }

private:
    std::string createUser(const std::string& tag)
    {
        const std::string email = "sessions-" + tag + "@test.marketdesk.kr";
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpResponse created =
            admin.post("/api/v1/users", {{"email", email}, {"password", kPassword}, {"role", "support"}});
        if (created.status != 201) throw TestSetupError(QString::fromStdString("create user: " + created.describe()));
        return email;
    }

    Session signIn(const std::string& email)
    {
        HttpClient anonymous = m_first->client("");
        HttpResponse login = anonymous.post("/api/v1/auth/login", {{"email", email}, {"password", kPassword}});
        if (login.status != 200) throw TestSetupError(QString::fromStdString("login: " + login.describe()));
        return Session{login.json()["access_token"].get<std::string>(),
                       login.json()["refresh_token"].get<std::string>()};
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<Fixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(SessionsTest)
#include "SessionsTest.moc"
