// Access and refresh tokens: refresh rotation and reuse detection, logout, strict JWT checks, and
// revocation that takes effect at once (disable, role change, new password) on every replica.

#include "auth/TokenForge.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QCryptographicHash>
#include <QtTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace md::test;

namespace {

constexpr const char* kPassword = "tokens-test-password";

struct Session {
    std::string accessToken;
    std::string refreshToken;
};

HttpResponse refresh(HttpClient& client, const std::string& token)
{
    return client.post("/api/v1/auth/refresh", {{"refresh_token", token}});
}

// Polls until `request` answers `status` (or the deadline passes) and returns the last answer.
template <typename Request> HttpResponse waitForStatus(int status, Request&& request)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    HttpResponse response = request();
    while (response.status != status && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        response = request();
    }
    return response;
}

} // namespace

class TokensTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_stack.start()); }

    void refreshRotatesAndDetectsReuse()
    {
        const std::string email = "rotation@test.marketdesk.kr";
        createUser(email, "customer");
        Session first = signIn(email);
        Session other = signIn(email); // a second sign-in: a family of its own
        HttpClient client = m_stack.fixtures().anonymousClient();

        HttpResponse rotated = refresh(client, first.refreshToken);
        QVERIFY2(rotated.status == 200, rotated.describe().c_str());
        const std::string second = rotated.json()["refresh_token"].get<std::string>();
        QVERIFY(second != first.refreshToken);
        QCOMPARE(rotated.json()["user"]["email"].get<std::string>(), email);
        QCOMPARE(rotated.json()["expires_in"].get<long long>(), 900LL);
        HttpClient user = m_stack.server().client(rotated.json()["access_token"].get<std::string>());
        QCOMPARE(user.get("/api/v1/me").status, 200);

        // The spent token comes back: someone replayed it. The whole family dies, including the
        // token the legitimate holder got in exchange.
        HttpResponse replay = refresh(client, first.refreshToken);
        QVERIFY2(replay.status == 401, replay.describe().c_str());
        QCOMPARE(replay.errorCode(), std::string("refresh_token_reused"));
        HttpResponse successor = refresh(client, second);
        QVERIFY2(successor.status == 401, successor.describe().c_str());
        QCOMPARE(successor.errorCode(), std::string("invalid_refresh_token"));

        // The other sign-in is untouched.
        HttpResponse unaffected = refresh(client, other.refreshToken);
        QVERIFY2(unaffected.status == 200, unaffected.describe().c_str());
    }

    void refreshRefusesBadTokens()
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse garbage = refresh(client, "not-a-token");
        QVERIFY2(garbage.status == 401, garbage.describe().c_str());
        QCOMPARE(garbage.errorCode(), std::string("invalid_refresh_token"));
        HttpResponse unknown = refresh(client, TokenForge::base64Url(std::string(32, 'x')));
        QCOMPARE(unknown.status, 401);
        HttpResponse missing = client.post("/api/v1/auth/refresh", nlohmann::json::object());
        QVERIFY2(missing.status == 422, missing.describe().c_str());
        QVERIFY(missing.json()["error"]["details"]["fields"].contains("refresh_token"));
        HttpResponse extra = client.post("/api/v1/auth/refresh", {{"refresh_token", "x"}, {"device", "phone"}});
        QVERIFY2(extra.status == 422, extra.describe().c_str());
        QVERIFY(extra.json()["error"]["details"]["fields"].contains("device"));
        HttpResponse notJson = client.request("POST", "/api/v1/auth/refresh", "x", {{"Content-Type", "text/plain"}});
        QCOMPARE(notJson.status, 415);
    }

    void expiredRefreshTokenIsRefused()
    {
        const std::string email = "expired.refresh@test.marketdesk.kr";
        createUser(email, "customer");
        Session session = signIn(email);
        const std::string hash =
            QCryptographicHash::hash(QByteArray::fromStdString(session.refreshToken), QCryptographicHash::Sha256)
                .toHex()
                .toStdString();
        m_stack.database().execute("UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' "
                                   "WHERE token_hash = decode('" +
                                   hash + "', 'hex')");
        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse response = refresh(client, session.refreshToken);
        QVERIFY2(response.status == 401, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("invalid_refresh_token"));
    }

    void storedTokensAreHashes()
    {
        Session session = signIn(m_stack.fixtures().member(Role::CustomerB).email, Fixtures::password());
        // Only the SHA-256 of the token is kept; the token itself appears nowhere in the table.
        QCOMPARE(
            m_stack.database().scalar("SELECT count(*) FROM refresh_tokens WHERE token_hash = sha256(convert_to('" +
                                      session.refreshToken + "', 'UTF8'))"),
            std::string("1"));
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM refresh_tokens WHERE position(convert_to('" +
                                           session.refreshToken + "', 'UTF8') IN token_hash) > 0"),
                 std::string("0"));
    }

    void logoutWithATokenRevokesItsFamily()
    {
        const std::string email = "logout.family@test.marketdesk.kr";
        createUser(email, "customer");
        Session kept = signIn(email);
        Session ended = signIn(email);
        HttpClient user = m_stack.server().client(ended.accessToken);
        HttpResponse logout = user.post("/api/v1/auth/logout", {{"refresh_token", ended.refreshToken}});
        QVERIFY2(logout.status == 204, logout.describe().c_str());
        QVERIFY(logout.body.empty());

        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(refresh(client, ended.refreshToken).status, 401);
        QCOMPARE(refresh(client, kept.refreshToken).status, 200);
        QCOMPARE(
            m_stack.database().scalar("SELECT count(*) FROM audit_log WHERE action = 'auth.logout' AND entity_id = '" +
                                      std::to_string(userId(email)) + "'"),
            std::string("1"));
        QVERIFY(m_stack.database()
                    .scalar("SELECT after::text FROM audit_log WHERE action = 'auth.logout' ORDER BY id DESC "
                            "LIMIT 1")
                    .find(ended.refreshToken) == std::string::npos);
    }

    void logoutWithoutABodyRevokesEverySession()
    {
        const std::string email = "logout.all@test.marketdesk.kr";
        createUser(email, "customer");
        Session one = signIn(email);
        Session two = signIn(email);
        HttpClient user = m_stack.server().client(one.accessToken);
        HttpResponse logout = user.request("POST", "/api/v1/auth/logout");
        QVERIFY2(logout.status == 204, logout.describe().c_str());
        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(refresh(client, one.refreshToken).status, 401);
        QCOMPARE(refresh(client, two.refreshToken).status, 401);
    }

    void logoutCannotRevokeSomeoneElsesTokens()
    {
        const std::string victimEmail = "logout.victim@test.marketdesk.kr";
        createUser(victimEmail, "customer");
        Session victim = signIn(victimEmail);
        HttpClient attacker = m_stack.fixtures().client(Role::CustomerA);
        QCOMPARE(attacker.post("/api/v1/auth/logout", {{"refresh_token", victim.refreshToken}}).status, 204);
        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(refresh(client, victim.refreshToken).status, 200);
    }

    void logoutNeedsAuthenticationAndAValidBody()
    {
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        QCOMPARE(anonymous.post("/api/v1/auth/logout", nlohmann::json::object()).status, 401);
        HttpClient user = m_stack.fixtures().client(Role::Operator);
        HttpResponse wrongType = user.post("/api/v1/auth/logout", {{"refresh_token", 5}});
        QVERIFY2(wrongType.status == 422, wrongType.describe().c_str());
    }

    void disabledUsersTokensDieAtOnce()
    {
        const std::string email = "disable.now@test.marketdesk.kr";
        const long long id = createUser(email, "support");
        Session session = signIn(email);
        HttpClient user = m_stack.server().client(session.accessToken);
        QCOMPARE(user.get("/api/v1/me").status, 200);

        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin.patch("/api/v1/users/" + std::to_string(id), {{"disabled", true}}).status, 200);
        // The very next request is refused: no waiting for the token to expire.
        HttpResponse refused = user.get("/api/v1/me");
        QVERIFY2(refused.status == 401, refused.describe().c_str());
        QCOMPARE(refused.errorCode(), std::string("account_disabled"));
        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(refresh(client, session.refreshToken).status, 401);

        // Enabling the account again does not bring the old tokens back.
        QCOMPARE(admin.patch("/api/v1/users/" + std::to_string(id), {{"disabled", false}}).status, 200);
        HttpResponse stillRefused = user.get("/api/v1/me");
        QVERIFY2(stillRefused.status == 401, stillRefused.describe().c_str());
        QCOMPARE(stillRefused.errorCode(), std::string("token_revoked"));
        Session fresh = signIn(email);
        QCOMPARE(m_stack.server().client(fresh.accessToken).get("/api/v1/me").status, 200);
    }

    void roleChangeRevokesTokens()
    {
        const std::string email = "role.change@test.marketdesk.kr";
        const long long id = createUser(email, "support");
        Session session = signIn(email);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse changed = admin.patch("/api/v1/users/" + std::to_string(id),
                                           {{"role", "seller"}, {"seller_id", m_stack.fixtures().sellerBId()}});
        QVERIFY2(changed.status == 200, changed.describe().c_str());
        HttpResponse refused = m_stack.server().client(session.accessToken).get("/api/v1/me");
        QVERIFY2(refused.status == 401, refused.describe().c_str());
        QCOMPARE(refused.errorCode(), std::string("token_revoked"));
        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(refresh(client, session.refreshToken).status, 401);

        Session fresh = signIn(email);
        const auto claims = TokenForge::claimsOf(fresh.accessToken);
        QCOMPARE(claims["role"].get<std::string>(), std::string("seller"));
        QCOMPARE(claims["sid"].get<long long>(), m_stack.fixtures().sellerBId());
        QCOMPARE(claims["tv"].get<long long>(), 2LL);
    }

    void passwordChangeRevokesTokensAndOldPassword()
    {
        const std::string email = "password.change@test.marketdesk.kr";
        const long long id = createUser(email, "operator");
        Session session = signIn(email);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse changed = admin.patch("/api/v1/users/" + std::to_string(id), {{"password", "brand-new-password"}});
        QVERIFY2(changed.status == 200, changed.describe().c_str());
        QVERIFY(changed.body.find("brand-new-password") == std::string::npos);
        QCOMPARE(m_stack.server().client(session.accessToken).get("/api/v1/me").status, 401);
        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(client.post("/api/v1/auth/login", {{"email", email}, {"password", kPassword}}).status, 401);
        QCOMPARE(client.post("/api/v1/auth/login", {{"email", email}, {"password", "brand-new-password"}}).status, 200);
    }

    void displayNameChangeKeepsTokens()
    {
        const std::string email = "rename@test.marketdesk.kr";
        const long long id = createUser(email, "customer");
        Session session = signIn(email);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin.patch("/api/v1/users/" + std::to_string(id), {{"display_name", "김철수"}}).status, 200);
        HttpResponse me = m_stack.server().client(session.accessToken).get("/api/v1/me");
        QVERIFY2(me.status == 200, me.describe().c_str());
        QCOMPARE(me.json()["display_name"].get<std::string>(), std::string("김철수"));
    }

    void revocationReachesEveryReplica()
    {
        const std::string email = "replicas@test.marketdesk.kr";
        const long long id = createUser(email, "customer");
        Session session = signIn(email);
        ServerProcess replica(m_stack.database());
        MD_REQUIRE(replica.start());
        HttpClient onReplica = replica.client(session.accessToken);
        QCOMPARE(onReplica.get("/api/v1/me").status, 200);

        // Disabled through the first server: the replica learns it from the md_cache notification.
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin.patch("/api/v1/users/" + std::to_string(id), {{"disabled", true}}).status, 200);
        // Disabling also revokes the user's sessions, and the two notices may arrive in either order:
        // the first refusal can say session_revoked; once both are in, the account's state wins.
        HttpResponse refused = waitForStatus(401, [&] { return onReplica.get("/api/v1/me"); });
        QVERIFY2(refused.status == 401, refused.describe().c_str());
        QVERIFY2(refused.errorCode() == "account_disabled" || refused.errorCode() == "session_revoked",
                 refused.describe().c_str());
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (refused.errorCode() != "account_disabled" && std::chrono::steady_clock::now() < deadline)
            refused = onReplica.get("/api/v1/me");
        QCOMPARE(refused.errorCode(), std::string("account_disabled"));

        // A replica that starts later loads the state at start-up.
        ServerProcess late(m_stack.database());
        MD_REQUIRE(late.start());
        QCOMPARE(late.client(session.accessToken).get("/api/v1/me").status, 401);
        QCOMPARE(late.stop(), 0);
        QCOMPARE(replica.stop(), 0);
    }

    void changesMadeDirectlyInTheDatabaseAreNoticed()
    {
        const std::string email = "external.change@test.marketdesk.kr";
        const long long id = createUser(email, "customer");
        Session session = signIn(email);
        HttpClient user = m_stack.server().client(session.accessToken);
        QCOMPARE(user.get("/api/v1/me").status, 200);
        m_stack.database().execute("UPDATE users SET token_version = token_version + 1 WHERE id = " +
                                   std::to_string(id));
        HttpResponse refused = waitForStatus(401, [&] { return user.get("/api/v1/me"); });
        QVERIFY2(refused.status == 401, refused.describe().c_str());
        QCOMPARE(refused.errorCode(), std::string("token_revoked"));
    }

    void forgedTokensAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("alg none") << "none";
        QTest::newRow("alg HS512") << "hs512";
        QTest::newRow("alg RS256") << "rs256";
        QTest::newRow("wrong secret") << "secret";
        QTest::newRow("expired") << "expired";
        QTest::newRow("tampered payload") << "tampered";
        QTest::newRow("no tv claim") << "no-tv";
        QTest::newRow("bad role") << "bad-role";
        QTest::newRow("seller without sid") << "no-sid";
        QTest::newRow("issued in the future") << "future";
        QTest::newRow("stale token version") << "stale-tv";
    }

    void forgedTokensAreRefused()
    {
        QFETCH(QString, kind);
        const std::string secret = TokenForge::serverSecret();
        const long long now = TokenForge::now();
        const nlohmann::json header = {{"alg", "HS256"}, {"typ", "JWT"}};
        nlohmann::json claims = baseClaims(m_stack.fixtures().member(Role::Admin), now);
        std::string token;
        if (kind == "none") {
            token = TokenForge::unsigned_({{"alg", "none"}, {"typ", "JWT"}}, claims);
        } else if (kind == "hs512") {
            token = TokenForge::sign({{"alg", "HS512"}, {"typ", "JWT"}}, claims, secret);
        } else if (kind == "rs256") {
            token = TokenForge::sign({{"alg", "RS256"}, {"typ", "JWT"}}, claims, secret);
        } else if (kind == "secret") {
            token = TokenForge::sign(header, claims, secret + "-not");
        } else if (kind == "expired") {
            claims["iat"] = now - 1000;
            claims["exp"] = now - 100;
            token = TokenForge::sign(header, claims, secret);
        } else if (kind == "tampered") {
            token = TokenForge::sign(header, claims, secret);
            nlohmann::json elevated = baseClaims(m_stack.fixtures().member(Role::CustomerA), now);
            const auto dot = token.find('.');
            const auto secondDot = token.find('.', dot + 1);
            token = token.substr(0, dot + 1) + TokenForge::base64Url(elevated.dump()) + token.substr(secondDot);
        } else if (kind == "no-tv") {
            claims.erase("tv");
            token = TokenForge::sign(header, claims, secret);
        } else if (kind == "bad-role") {
            claims["role"] = "superuser";
            token = TokenForge::sign(header, claims, secret);
        } else if (kind == "no-sid") {
            claims = baseClaims(m_stack.fixtures().member(Role::SellerA), now);
            claims.erase("sid");
            token = TokenForge::sign(header, claims, secret);
        } else if (kind == "future") {
            claims["iat"] = now + 3600;
            claims["exp"] = now + 7200;
            token = TokenForge::sign(header, claims, secret);
        } else if (kind == "stale-tv") {
            const std::string email = "stale.tv@test.marketdesk.kr";
            const long long id = userIdOrCreate(email);
            m_stack.database().execute("UPDATE users SET token_version = 5 WHERE id = " + std::to_string(id));
            CastMember member{Role::CustomerA, email, "customer", std::nullopt, id};
            claims = baseClaims(member, now);
            claims["tv"] = 4;
            token = TokenForge::sign(header, claims, secret);
            // The notification of the UPDATE above may still be on its way.
            HttpClient client = m_stack.server().client(token);
            HttpResponse refused = waitForStatus(401, [&] { return client.get("/api/v1/me"); });
            QVERIFY2(refused.status == 401, refused.describe().c_str());
            return;
        }
        HttpClient client = m_stack.server().client(token);
        HttpResponse response = client.get("/api/v1/me");
        QVERIFY2(response.status == 401, response.describe().c_str());
    }

    void aCorrectlySignedTokenIsAccepted()
    {
        // The control for the forgery cases: the same construction with the right key works.
        const auto& admin = m_stack.fixtures().member(Role::Admin);
        const std::string token = TokenForge::sign({{"alg", "HS256"}, {"typ", "JWT"}},
                                                   baseClaims(admin, TokenForge::now()), TokenForge::serverSecret());
        HttpResponse response = m_stack.server().client(token).get("/api/v1/me");
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.json()["id"].get<long long>(), admin.userId);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    static nlohmann::json baseClaims(const CastMember& member, long long now)
    {
        nlohmann::json claims = {{"sub", std::to_string(member.userId)},
                                 {"role", member.roleName},
                                 {"email", member.email},
                                 {"tv", 1},
                                 {"iat", now},
                                 {"exp", now + 600},
                                 {"jti", "forged"}};
        if (member.sellerId) claims["sid"] = *member.sellerId;
        return claims;
    }

    long long createUser(const std::string& email, const std::string& role)
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post("/api/v1/users", {{"email", email}, {"password", kPassword}, {"role", role}});
        if (created.status != 201) throw TestSetupError(QString::fromStdString("create user: " + created.describe()));
        return created.json()["id"].get<long long>();
    }

    long long userId(const std::string& email)
    {
        return std::stoll(m_stack.database().scalar("SELECT id FROM users WHERE email = '" + email + "'"));
    }

    long long userIdOrCreate(const std::string& email)
    {
        if (m_stack.database().scalar("SELECT count(*) FROM users WHERE email = '" + email + "'") == "0")
            return createUser(email, "customer");
        return userId(email);
    }

    Session signIn(const std::string& email, const std::string& password = kPassword)
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse response = client.post("/api/v1/auth/login", {{"email", email}, {"password", password}});
        if (response.status != 200) throw TestSetupError(QString::fromStdString("login: " + response.describe()));
        return {response.json()["access_token"].get<std::string>(),
                response.json()["refresh_token"].get<std::string>()};
    }

    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(TokensTest)
#include "TokensTest.moc"
