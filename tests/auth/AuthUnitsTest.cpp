// Unit tests of the auth module's pure parts, linked against the server library: base64url,
// JWT signing and strict verification, the token-bucket limiter, cursors, field rules, password
// hashing, the cache-notification payloads, trusted proxies and the throttle's address keys. The
// HTTP behaviour is tested black-box elsewhere.

#include "auth/AccessTokenVerifier.h"
#include "auth/JwtCodec.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/RevocationCacheSync.h"
#include "auth/UserRateLimiter.h"
#include "auth/UserRevocationCache.h"
#include "auth/UserSort.h"
#include "auth/UserValidator.h"
#include "core/Base64Url.h"
#include "core/DomainError.h"
#include "core/KeysetCursor.h"
#include "http/TrustedProxies.h"

#include <QtTest>

#include <thread>

#include <sodium.h>

using namespace md;
using namespace md::auth;
using namespace std::chrono_literals;

namespace {

const std::string kSecret = "unit-test-secret-0123456789abcdefghij";

// The error code a call throws as DomainError, or "" when it does not throw one.
template <typename Call> std::string errorCodeOf(Call&& call)
{
    try {
        call();
    } catch (const DomainError& error) {
        return error.code();
    }
    return "";
}

std::string replaceSegment(const std::string& token, int index, const std::string& replacement)
{
    const auto first = token.find('.');
    const auto second = token.find('.', first + 1);
    if (index == 0) return replacement + token.substr(first);
    if (index == 1) return token.substr(0, first + 1) + replacement + token.substr(second);
    return token.substr(0, second + 1) + replacement;
}

AccessClaims adminClaims()
{
    AccessClaims claims;
    claims.userId = 42;
    claims.role = Role::Admin;
    claims.email = "관리자@example.kr";
    claims.tokenVersion = 3;
    return claims;
}

} // namespace

class AuthUnitsTest : public QObject {
    Q_OBJECT

private slots:
    void base64UrlKnownValues()
    {
        QCOMPARE(base64UrlEncode(""), std::string(""));
        QCOMPARE(base64UrlEncode("f"), std::string("Zg"));
        QCOMPARE(base64UrlEncode("fo"), std::string("Zm8"));
        QCOMPARE(base64UrlEncode("foo"), std::string("Zm9v"));
        QCOMPARE(base64UrlEncode("foob"), std::string("Zm9vYg"));
        QCOMPARE(base64UrlEncode(std::string("\xfb\xff", 2)), std::string("-_8"));
        QCOMPARE(base64UrlDecode("Zm9vYg").value(), std::string("foob"));
        QCOMPARE(base64UrlDecode("-_8").value(), std::string("\xfb\xff", 2));
    }

    void base64UrlRoundTripsEveryLength()
    {
        std::string bytes;
        for (int length = 0; length < 70; ++length) {
            QCOMPARE(base64UrlDecode(base64UrlEncode(bytes)).value(), bytes);
            bytes.push_back(static_cast<char>(length * 37 + 11));
        }
    }

    void base64UrlIsStrict()
    {
        QVERIFY(!base64UrlDecode("Zg=="));  // padding
        QVERIFY(!base64UrlDecode("Z"));     // impossible length
        QVERIFY(!base64UrlDecode("Zh"));    // non-zero trailing bits: a second spelling of "f"
        QVERIFY(!base64UrlDecode("+/8"));   // standard alphabet
        QVERIFY(!base64UrlDecode("Zm 9v")); // space
    }

    void jwtRoundTrip()
    {
        JwtCodec codec(kSecret, 900s);
        const auto now = JwtCodec::Clock::now();
        const std::string token = codec.issue(adminClaims(), now);
        QCOMPARE(std::count(token.begin(), token.end(), '.'), 2L);
        AccessClaims claims = codec.verify(token, now + 899s);
        QCOMPARE(claims.userId, 42LL);
        QVERIFY(claims.role == Role::Admin);
        QCOMPARE(claims.email, std::string("관리자@example.kr"));
        QCOMPARE(claims.tokenVersion, 3LL);
        QCOMPARE(claims.expiresAt - claims.issuedAt, 900LL);
        QVERIFY(!claims.sellerId);
        QVERIFY(!claims.tokenId.empty());
        // Each token has its own id.
        QVERIFY(codec.verify(codec.issue(adminClaims(), now), now).tokenId != claims.tokenId);
    }

    void jwtCarriesTheSellerOfSellers()
    {
        JwtCodec codec(kSecret, 60s);
        AccessClaims seller = adminClaims();
        seller.role = Role::Seller;
        seller.sellerId = 7;
        const auto now = JwtCodec::Clock::now();
        QCOMPARE(codec.verify(codec.issue(seller, now), now).sellerId.value(), 7LL);
    }

    void jwtExpires()
    {
        JwtCodec codec(kSecret, 60s);
        const auto now = JwtCodec::Clock::now();
        const std::string token = codec.issue(adminClaims(), now);
        QCOMPARE(errorCodeOf([&] { codec.verify(token, now + 60s); }), std::string("token_expired"));
        QCOMPARE(errorCodeOf([&] { codec.verify(token, now + 59s); }), std::string(""));
        // Issued too far in the future (clock skew beyond tolerance) is not believed either.
        QCOMPARE(errorCodeOf([&] { codec.verify(token, now - 120s); }), std::string("invalid_token"));
    }

    void jwtRefusesOtherKeysAndAlgorithms()
    {
        JwtCodec codec(kSecret, 600s);
        JwtCodec other(kSecret + "x", 600s);
        const auto now = JwtCodec::Clock::now();
        const std::string token = codec.issue(adminClaims(), now);
        QCOMPARE(errorCodeOf([&] { other.verify(token, now); }), std::string("invalid_token"));

        const std::string none = replaceSegment(replaceSegment(token, 0, base64UrlEncode(R"({"alg":"none"})")), 2, "");
        QCOMPARE(errorCodeOf([&] { codec.verify(none, now); }), std::string("invalid_token"));
        for (const char* header : {R"({"alg":"HS512","typ":"JWT"})", R"({"alg":"hs256"})", R"({"typ":"JWT"})",
                                   R"({"alg":"HS256","typ":"JWS"})", R"({"alg":"HS256","crit":["exp"]})", "[]", "{"}) {
            const std::string forged = replaceSegment(token, 0, base64UrlEncode(header));
            QCOMPARE(errorCodeOf([&] { codec.verify(forged, now); }), std::string("invalid_token"));
        }
    }

    void jwtRefusesTamperingAndMalformedTokens()
    {
        JwtCodec codec(kSecret, 600s);
        const auto now = JwtCodec::Clock::now();
        const std::string token = codec.issue(adminClaims(), now);
        std::string flipped = token;
        flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == 'A' ? 'B' : 'A';
        const std::string elevated = replaceSegment(
            token, 1, base64UrlEncode(R"({"sub":"1","role":"admin","tv":99,"iat":1,"exp":99999999999})"));
        for (const std::string& bad :
             {flipped, elevated, std::string(""), std::string("a.b"), std::string("a.b.c.d"), token + ".",
              token.substr(0, token.rfind('.') + 1), std::string(JwtCodec::kMaxTokenLength + 1, 'a')}) {
            QCOMPARE(errorCodeOf([&] { codec.verify(bad, now); }), std::string("invalid_token"));
        }
    }

    void jwtRequiresWellTypedClaims_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("sub not a string") << QByteArray(R"({"sub":42,"role":"admin","tv":1,"iat":%1,"exp":%2})");
        QTest::newRow("sub not a number") << QByteArray(R"({"sub":"4x","role":"admin","tv":1,"iat":%1,"exp":%2})");
        QTest::newRow("sub zero") << QByteArray(R"({"sub":"0","role":"admin","tv":1,"iat":%1,"exp":%2})");
        QTest::newRow("unknown role") << QByteArray(R"({"sub":"4","role":"root","tv":1,"iat":%1,"exp":%2})");
        QTest::newRow("no tv") << QByteArray(R"({"sub":"4","role":"admin","iat":%1,"exp":%2})");
        QTest::newRow("exp as text") << QByteArray(R"({"sub":"4","role":"admin","tv":1,"iat":%1,"exp":"%2"})");
        QTest::newRow("seller without sid") << QByteArray(R"({"sub":"4","role":"seller","tv":1,"iat":%1,"exp":%2})");
        QTest::newRow("sid on admin") << QByteArray(R"({"sub":"4","role":"admin","sid":1,"tv":1,"iat":%1,"exp":%2})");
    }

    void jwtRequiresWellTypedClaims()
    {
        QFETCH(QByteArray, payload);
        // Signed correctly, so only the claims can be the reason for refusal.
        const auto now = JwtCodec::Clock::now();
        const long long seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
        const std::string claims =
            QString::fromUtf8(payload).arg(seconds).arg(seconds + 600).toStdString();
        const std::string input = base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})") + "." + base64UrlEncode(claims);
        unsigned char mac[32];
        crypto_auth_hmacsha256_state state;
        crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(kSecret.data()), kSecret.size());
        crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(input.data()), input.size());
        crypto_auth_hmacsha256_final(&state, mac);
        const std::string token = input + "." + base64UrlEncode(std::string(reinterpret_cast<char*>(mac), 32));
        JwtCodec codec(kSecret, 600s);
        QCOMPARE(errorCodeOf([&] { codec.verify(token, now); }), std::string("invalid_token"));

        // The same construction with a valid payload is accepted, so the helper itself is sound.
        const std::string valid = QString(R"({"sub":"4","role":"admin","tv":1,"iat":%1,"exp":%2})")
                                      .arg(seconds).arg(seconds + 600).toStdString();
        const std::string validInput = base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})") + "." + base64UrlEncode(valid);
        crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(kSecret.data()), kSecret.size());
        crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(validInput.data()), validInput.size());
        crypto_auth_hmacsha256_final(&state, mac);
        QCOMPARE(codec.verify(validInput + "." + base64UrlEncode(std::string(reinterpret_cast<char*>(mac), 32)), now).userId,
                 4LL);
    }

    void rateLimiterAllowsABurstThenAsksToWait()
    {
        UserRateLimiter limiter(2.0, 3.0);
        const auto start = UserRateLimiter::Clock::now();
        for (int i = 0; i < 3; ++i) QVERIFY(!limiter.retryAfter(1, start));
        auto wait = limiter.retryAfter(1, start);
        QVERIFY(wait.has_value());
        QCOMPARE(*wait, 1);
        QVERIFY(!limiter.retryAfter(2, start)); // someone else is unaffected
        // Half a second refills one request at 2 per second.
        QVERIFY(!limiter.retryAfter(1, start + 500ms));
        QVERIFY(limiter.retryAfter(1, start + 500ms).has_value());
        // A long pause refills at most the burst.
        const auto later = start + 1h;
        for (int i = 0; i < 3; ++i) QVERIFY(!limiter.retryAfter(1, later));
        QVERIFY(limiter.retryAfter(1, later).has_value());
    }

    void rateLimiterRoundsTheWaitUp()
    {
        UserRateLimiter limiter(0.25, 1.0); // one request every four seconds
        const auto start = UserRateLimiter::Clock::now();
        QVERIFY(!limiter.retryAfter(9, start));
        QCOMPARE(limiter.retryAfter(9, start).value(), 4);
        QCOMPARE(limiter.retryAfter(9, start + 1500ms).value(), 3);
    }

    void rateLimiterOffAtZero()
    {
        UserRateLimiter limiter(0.0, 10.0);
        QVERIFY(!limiter.enabled());
        for (int i = 0; i < 1000; ++i) QVERIFY(!limiter.retryAfter(1));
        QCOMPARE(limiter.trackedUsers(), std::size_t(0));
    }

    void rateLimiterForgetsIdleUsers()
    {
        UserRateLimiter limiter(10.0, 10.0);
        const auto start = UserRateLimiter::Clock::now();
        for (long long user = 1; user <= 1000; ++user) limiter.retryAfter(user, start);
        QCOMPARE(limiter.trackedUsers(), std::size_t(1000));
        // After the sweep interval every bucket is full again and carries no information.
        const auto later = start + UserRateLimiter::kSweepInterval + 1s;
        for (long long user = 1; user <= static_cast<long long>(UserRateLimiter::kShardCount); ++user)
            limiter.retryAfter(1000000 + user, later);
        QCOMPARE(limiter.trackedUsers(), UserRateLimiter::kShardCount);
    }

    void cursorRoundTripsAndBelongsToItsSort()
    {
        // The users list pages by (lower(email), id): the shared cursor carries both.
        KeysetCursor cursor("-email", {"김@example.kr", 17});
        const std::string text = cursor.encode();
        const KeysetCursor::Shape emailShape = UserSort::parse("-email")->cursorShape();
        KeysetCursor back = KeysetCursor::decode(text, "-email", emailShape);
        QCOMPARE(back.integerAt(1), 17LL);
        QCOMPARE(back.textAt(0), std::string("김@example.kr"));
        QCOMPARE(errorCodeOf([&] { KeysetCursor::decode(text, "email", emailShape); }), std::string("invalid_cursor"));
        const KeysetCursor::Shape idShape = UserSort::parse("id")->cursorShape();
        for (const std::string& bad : {std::string("!!"), base64UrlEncode("[]"), base64UrlEncode(R"({"s":"id"})"),
                                       base64UrlEncode(R"({"s":"id","i":"1"})"), std::string(3000, 'A')})
            QCOMPARE(errorCodeOf([&] { KeysetCursor::decode(bad, "id", idShape).integerAt(0); }),
                     std::string("invalid_cursor"));
        // A created_at cursor holds a timestamp of a real date.
        const KeysetCursor::Shape createdShape = UserSort::parse("created_at")->cursorShape();
        QCOMPARE(KeysetCursor::decode(KeysetCursor("created_at", {"2024-02-29T10:00:00.000000Z", 3}).encode(),
                                      "created_at", createdShape)
                     .timestampAt(0),
                 std::string("2024-02-29T10:00:00.000000Z"));
        QCOMPARE(errorCodeOf([&] {
                     KeysetCursor::decode(KeysetCursor("created_at", {"2024-02-30T10:00:00Z", 3}).encode(),
                                          "created_at", createdShape);
                 }),
                 std::string("invalid_cursor"));
    }

    void emailRules_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "a@b.kr" << true;
        QTest::newRow("plus and dots") << "first.last+tag@mail.example.co.kr" << true;
        QTest::newRow("hangul") << "홍길동@회사.한국" << true;
        QTest::newRow("no at") << "ab.kr" << false;
        QTest::newRow("two ats") << "a@b@c.kr" << false;
        QTest::newRow("no local part") << "@b.kr" << false;
        QTest::newRow("no dot in domain") << "a@localhost" << false;
        QTest::newRow("leading dot in domain") << "a@.b.kr" << false;
        QTest::newRow("double dot") << "a@b..kr" << false;
        QTest::newRow("space") << "a b@c.kr" << false;
        QTest::newRow("too long") << QString(250, 'a') + "@b.kr" << false;
    }

    void emailRules()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(!UserValidator::emailProblem(email.toStdString()).has_value(), valid);
    }

    void passwordAndNameRulesCountCharacters()
    {
        QVERIFY(UserValidator::passwordProblem("123456789").has_value());
        QVERIFY(!UserValidator::passwordProblem("1234567890").has_value());
        QVERIFY(UserValidator::passwordProblem("가나다라마바사아자").has_value()); // 9 characters, 27 bytes
        QVERIFY(!UserValidator::passwordProblem("가나다라마바사아자차").has_value());
        QVERIFY(UserValidator::passwordProblem(std::string(1025, 'x')).has_value());
        std::string name;
        for (int i = 0; i < 200; ++i) name += "가";
        QVERIFY(!UserValidator::displayNameProblem(name).has_value());
        QVERIFY(UserValidator::displayNameProblem(name + "가").has_value());
        QVERIFY(UserValidator::displayNameProblem("tab\there").has_value());
    }

    void sellerIdRule()
    {
        QVERIFY(UserValidator::sellerIdProblem(Role::Seller, std::nullopt).has_value());
        QVERIFY(!UserValidator::sellerIdProblem(Role::Seller, 3).has_value());
        QVERIFY(UserValidator::sellerIdProblem(Role::Seller, 0).has_value());
        QVERIFY(UserValidator::sellerIdProblem(Role::Admin, 3).has_value());
        QVERIFY(!UserValidator::sellerIdProblem(Role::Customer, std::nullopt).has_value());
    }

    void passwordHashing()
    {
        const std::string hash = hashPassword("correct horse battery");
        QVERIFY2(hash.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0, hash.c_str());
        QVERIFY(verifyPassword(hash, "correct horse battery"));
        QVERIFY(!verifyPassword(hash, "correct horse batterY"));
        QVERIFY(!verifyPassword("", "anything"));
        QVERIFY(!verifyPassword("not a hash", "anything"));
        QVERIFY(hashPassword("correct horse battery") != hash); // salted
        QVERIFY(!passwordNeedsRehash(hash));

        char weaker[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str_alg(weaker, "pw", 2, 1, 8 * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13), 0);
        QVERIFY(verifyPassword(weaker, "pw"));
        QVERIFY(passwordNeedsRehash(weaker));
    }

    void passwordHashingInParallel()
    {
        // More callers than hashing slots: they queue rather than fail.
        std::vector<std::thread> threads;
        std::atomic<int> verified{0};
        for (int i = 0; i < 5; ++i)
            threads.emplace_back([&, i] {
                const std::string password = "parallel-password-" + std::to_string(i);
                if (verifyPassword(hashPassword(password), password)) ++verified;
            });
        for (auto& thread : threads) thread.join();
        QCOMPARE(verified.load(), 5);
    }

    void cacheNotificationPayloads()
    {
        QCOMPARE(RevocationCacheSync::userIdFromPayload("user:42").value(), 42LL);
        for (const char* other : {"product:42", "user:", "user:4x", "user:-1", "user:0", "users:4", ""})
            QVERIFY2(!RevocationCacheSync::userIdFromPayload(other).has_value(), other);
        QCOMPARE(RevocationCacheSync::sessionIdFromPayload("session:6f1c").value(), std::string("6f1c"));
        for (const char* other : {"user:42", "session:", "sessions:1", ""})
            QVERIFY2(!RevocationCacheSync::sessionIdFromPayload(other).has_value(), other);
    }

    void jwtCarriesTheSession()
    {
        JwtCodec codec(kSecret, 60s);
        AccessClaims claims = adminClaims();
        claims.sessionId = "0d9e4c2a-5b1f-4c43-9a53-7f1e2d3c4b5a";
        auto verified = codec.verify(codec.issue(claims, JwtCodec::Clock::now()), JwtCodec::Clock::now());
        QCOMPARE(verified.sessionId, claims.sessionId);
        // Tokens issued before sessions were carried have none.
        QVERIFY(codec.verify(codec.issue(adminClaims(), JwtCodec::Clock::now()), JwtCodec::Clock::now())
                    .sessionId.empty());
    }

    void trustedProxiesFindTheClient_data()
    {
        QTest::addColumn<QString>("proxies");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QStringList>("forwardedFor");
        QTest::addColumn<QString>("client");
        QTest::newRow("no proxies: the header is ignored") << "" << "10.0.0.5" << QStringList{"1.2.3.4"} << "10.0.0.5";
        QTest::newRow("peer not trusted") << "10.0.0.0/8" << "192.0.2.1" << QStringList{"1.2.3.4"} << "192.0.2.1";
        QTest::newRow("trusted peer") << "10.0.0.0/8" << "10.1.2.3" << QStringList{"1.2.3.4"} << "1.2.3.4";
        QTest::newRow("read from the right") << "10.0.0.0/8" << "10.1.2.3" << QStringList{"6.6.6.6, 1.2.3.4"}
                                             << "1.2.3.4";
        QTest::newRow("proxy chain") << "10.0.0.0/8, 172.16.0.9" << "10.1.2.3"
                                     << QStringList{"6.6.6.6, 1.2.3.4, 172.16.0.9"} << "1.2.3.4";
        QTest::newRow("several headers") << "10.0.0.0/8" << "10.1.2.3" << QStringList{"6.6.6.6", "1.2.3.4"}
                                         << "1.2.3.4";
        QTest::newRow("garbage hop stops") << "10.0.0.0/8" << "10.1.2.3" << QStringList{"1.2.3.4, unknown"}
                                           << "10.1.2.3";
        QTest::newRow("all trusted") << "10.0.0.0/8" << "10.1.2.3" << QStringList{"10.9.9.9"} << "10.9.9.9";
        QTest::newRow("no header") << "10.0.0.0/8" << "10.1.2.3" << QStringList{} << "10.1.2.3";
        QTest::newRow("IPv4-mapped peer") << "10.0.0.0/8" << "::ffff:10.1.2.3" << QStringList{"1.2.3.4"}
                                          << "1.2.3.4";
        QTest::newRow("IPv6 network") << "fd00::/8" << "fd12::1" << QStringList{"2001:db8::7"} << "2001:db8::7";
        QTest::newRow("single address") << "127.0.0.77" << "127.0.0.78" << QStringList{"1.2.3.4"} << "127.0.0.78";
    }

    void trustedProxiesFindTheClient()
    {
        QFETCH(QString, proxies);
        QFETCH(QString, peer);
        QFETCH(QStringList, forwardedFor);
        QFETCH(QString, client);
        auto trusted = http::TrustedProxies::parse(proxies.toStdString());
        std::vector<std::string> values;
        for (const auto& value : forwardedFor) values.push_back(value.toStdString());
        std::vector<std::string_view> views(values.begin(), values.end());
        QCOMPARE(QString::fromStdString(trusted.clientAddress(peer.toStdString(), views)), client);
    }

    void trustedProxiesRefuseWhatIsNoAddress()
    {
        for (const char* bad : {"10.0.0.0/33", "example.com", "10.0.0", "fd00::/129", "1.2.3.4/x"})
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, http::TrustedProxies::parse(bad));
        QVERIFY(http::TrustedProxies::parse(" , ").empty());
    }

    void throttleKeysOfAddresses()
    {
        QCOMPARE(LoginThrottle::addressKey("192.0.2.7"), std::string("192.0.2.7"));
        QCOMPARE(LoginThrottle::addressKey("::ffff:192.0.2.7"), std::string("192.0.2.7"));
        // An IPv6 client counts by its /64: one subscriber usually holds all of it.
        QCOMPARE(LoginThrottle::addressKey("2001:db8:1:2:aaaa::1"), std::string("2001:db8:1:2::/64"));
        QCOMPARE(LoginThrottle::addressKey("2001:db8:1:2:bbbb::9"), std::string("2001:db8:1:2::/64"));
    }

    // The verifier remembers tokens it has checked; remembering must not extend a token's life or let
    // a token that differs by one character through.
    void rememberedTokensStillExpireAndStayExact()
    {
        JwtCodec codec(kSecret, 60s);
        auto revocations = std::make_shared<UserRevocationCache>(); // never loaded: sign-in state unknown
        AccessTokenVerifier verifier(codec, revocations);
        // Issued 59 s ago: valid for about one more second.
        const std::string token = codec.issue(adminClaims(), JwtCodec::Clock::now() - 59s);
        // The signature checks out (remembered), then the unloaded revocation state refuses it.
        QCOMPARE(errorCodeOf([&] { verifier.verify(token); }), std::string("service_unavailable"));
        std::string tampered = token;
        tampered[tampered.find('.') + 3] ^= 1; // a payload character
        QCOMPARE(errorCodeOf([&] { verifier.verify(tampered); }), std::string("invalid_token"));
        std::this_thread::sleep_for(1100ms);
        QCOMPARE(errorCodeOf([&] { verifier.verify(token); }), std::string("token_expired"));
        QCOMPARE(errorCodeOf([&] { verifier.verify(token); }), std::string("token_expired"));
    }

    void revocationCacheRefusesUntilLoaded()
    {
        UserRevocationCache cache;
        QVERIFY(cache.check(1, 1) == UserRevocationCache::Verdict::NotLoaded);
        cache.apply(1, UserTokenState{true, 2});
        QVERIFY(cache.check(1, 5) == UserRevocationCache::Verdict::NotLoaded);
        QCOMPARE(cache.size(), std::size_t(1));
        cache.apply(1, UserTokenState{false, 1}); // back to the default state: not kept
        QCOMPARE(cache.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(AuthUnitsTest)
#include "AuthUnitsTest.moc"
