// A live event stream stays authorized only as long as the access token that opened it: when the
// account is disabled, the token's token_version moves (a role change, signing out everywhere), its
// session is signed out or the token expires, the stream ends with a final `session_ended` frame
// naming the reason, and no event written after the cause reaches it (events carry customers'
// e-mail addresses). Also across replicas: the cause committed through one, the stream on another.

#include "auth/TokenForge.h"
#include "events/EventTestKit.h"
#include "support/ServerProcess.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <functional>
#include <memory>

using namespace md::test;
using namespace md::test::events;
using namespace std::chrono_literals;

namespace {

constexpr auto kWait = 15s;
constexpr const char* kPassword = "stream-session-password";

struct SignedIn {
    long long userId = 0;
    std::string accessToken;
    std::string refreshToken;
};

} // namespace

class StreamSessionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        m_server = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_server->start());
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
        m_connection = m_database->connect();
    }

    void disablingTheAccountEndsItsStreams()
    {
        SignedIn user;
        MD_REQUIRE(user = newUser("disabled", "support"));
        HttpClient client = m_server->client(user.accessToken);
        HttpStream stream = openEvents(client);
        QCOMPARE(stream.status(), 200);
        expectEndsAfter(stream, [&] { patchUser(user.userId, {{"disabled", true}}); }, "account_disabled");
    }

    void aRoleChangeEndsItsStreams()
    {
        SignedIn user;
        MD_REQUIRE(user = newUser("demoted", "support"));
        HttpClient client = m_server->client(user.accessToken);
        HttpStream stream = openEvents(client);
        QCOMPARE(stream.status(), 200);
        // The token claims a role the user no longer has: token_version moved.
        expectEndsAfter(stream, [&] { patchUser(user.userId, {{"role", "operator"}}); }, "token_revoked");
    }

    void signingOutTheSessionEndsItsStreams()
    {
        SignedIn user;
        MD_REQUIRE(user = newUser("logout", "support"));
        HttpClient client = m_server->client(user.accessToken);
        HttpStream stream = openEvents(client);
        QCOMPARE(stream.status(), 200);
        expectEndsAfter(
            stream,
            [&] {
                HttpResponse out = client.post("/api/v1/auth/logout", {{"refresh_token", user.refreshToken}});
                QVERIFY2(out.status == 204, out.describe().c_str());
            },
            "session_revoked");
    }

    void signingOutEverywhereEndsItsStreams()
    {
        SignedIn user;
        MD_REQUIRE(user = newUser("logout-all", "operator"));
        HttpClient client = m_server->client(user.accessToken);
        HttpStream stream = openEvents(client);
        QCOMPARE(stream.status(), 200);
        expectEndsAfter(
            stream,
            [&] {
                HttpResponse out = client.request("POST", "/api/v1/auth/logout");
                QVERIFY2(out.status == 204, out.describe().c_str());
            },
            "token_revoked");
    }

    void anExpiredTokenEndsItsStreams()
    {
        // A token that lives four seconds (signed with the test servers' key), instead of waiting for a
        // real one's fifteen minutes.
        const CastMember& admin = m_fixtures->member(Role::Admin);
        const long long now = TokenForge::now();
        const long long expiresAt = now + 4;
        const std::string token = TokenForge::sign({{"alg", "HS256"}, {"typ", "JWT"}},
                                                   {{"sub", std::to_string(admin.userId)},
                                                    {"role", "admin"},
                                                    {"email", admin.email},
                                                    {"tv", 1},
                                                    {"iat", now},
                                                    {"exp", expiresAt},
                                                    {"jti", "short-lived"}},
                                                   TokenForge::serverSecret());
        HttpClient client = m_server->client(token);
        HttpStream stream = openEvents(client);
        QCOMPARE(stream.status(), 200);
        const long long before = publishEvent(*m_connection, "test.session", std::nullopt, std::nullopt, {});
        QCOMPARE(idsOf(readUntilId(stream, before, kWait)).back(), before);

        auto rest = readUntilType(stream, "session_ended", kWait);
        QVERIFY2(!rest.empty() && rest.back().type == "session_ended", "no session_ended frame");
        QCOMPARE(rest.back().json()["reason"].get<std::string>(), std::string("token_expired"));
        QVERIFY(rest.back().id.empty());
        QVERIFY2(TokenForge::now() >= expiresAt, "the stream ended before the token expired");
        // Events written from now on never reach it: it has ended.
        publishEvent(*m_connection, "test.session", std::nullopt, std::nullopt, {{"phase", "after"}});
        QVERIFY(!stream.readEvent(3s).has_value());
        QVERIFY(stream.finished());
        // And the token opens no new stream.
        HttpStream again = openEvents(client);
        QCOMPARE(again.status(), 401);
    }

    void aCauseOnAnotherReplicaEndsTheStream()
    {
        SignedIn user;
        MD_REQUIRE(user = newUser("replica", "support"));
        ServerProcess replica(*m_database);
        MD_REQUIRE(replica.start());
        HttpClient client = replica.client(user.accessToken);
        HttpStream stream = openEvents(client);
        QCOMPARE(stream.status(), 200);
        // Disabled through the first server; the stream is on the replica.
        expectEndsAfter(stream, [&] { patchUser(user.userId, {{"disabled", true}}); }, "account_disabled");
        QCOMPARE(replica.stop(), 0);
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        if (m_server) QCOMPARE(m_server->stop(), 0);
    }

private:
    SignedIn newUser(const std::string& tag, const std::string& role)
    {
        const std::string email = "stream-" + tag + "@test.marketdesk.kr";
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpResponse created = admin.post("/api/v1/users", {{"email", email}, {"password", kPassword}, {"role", role}});
        if (created.status != 201) throw TestSetupError(QString::fromStdString("create user: " + created.describe()));
        HttpClient anonymous = m_fixtures->anonymousClient();
        HttpResponse login = anonymous.post("/api/v1/auth/login", {{"email", email}, {"password", kPassword}});
        if (login.status != 200) throw TestSetupError(QString::fromStdString("login: " + login.describe()));
        return SignedIn{created.json()["id"].get<long long>(), login.json()["access_token"].get<std::string>(),
                        login.json()["refresh_token"].get<std::string>()};
    }

    void patchUser(long long id, const nlohmann::json& change)
    {
        HttpClient admin = m_fixtures->client(Role::Admin);
        HttpResponse patched = admin.patch("/api/v1/users/" + std::to_string(id), change);
        QVERIFY2(patched.status == 200, patched.describe().c_str());
    }

    // The stream is live (an event written before reaches it); then the cause, and at once another
    // event: the stream's next frame is session_ended with the reason, and then it ends. The event
    // written after the cause never arrives.
    void expectEndsAfter(HttpStream& stream, const std::function<void()>& cause, const std::string& reason)
    {
        const long long before = publishEvent(*m_connection, "test.session", std::nullopt, std::nullopt, {});
        auto live = readUntilId(stream, before, kWait);
        QVERIFY2(!live.empty() && live.back().id == std::to_string(before), "the stream was not live");

        cause();
        if (QTest::currentTestFailed()) return;
        const long long after = publishEvent(*m_connection, "test.session", std::nullopt, std::nullopt, {});

        auto rest = readUntilType(stream, "session_ended", kWait);
        QVERIFY2(!rest.empty() && rest.back().type == "session_ended", "no session_ended frame");
        for (const auto& event : rest)
            QVERIFY2(event.id != std::to_string(after), "an event written after the cause was delivered");
        QCOMPARE(rest.back().json()["reason"].get<std::string>(), reason);
        QVERIFY(rest.back().id.empty());
        // session_ended is the last frame: the stream ends right after it.
        QVERIFY(!stream.readEvent(3s).has_value());
        QVERIFY(stream.finished());
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
    std::unique_ptr<pqxx::connection> m_connection;
};

QTEST_GUILESS_MAIN(StreamSessionTest)
#include "StreamSessionTest.moc"
