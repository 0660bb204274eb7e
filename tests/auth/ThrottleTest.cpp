// Sign-in throttling by client address as well as by e-mail address (docs/API.md, Auth): wrong
// passwords lock the client that sent them out of that account, not the account's owner; one
// address trying one password over many accounts is locked out of all of them; an account attacked
// from many addresses refuses the clients that failed but still admits a client that has not, with
// the right password. Unknown and known e-mail addresses are throttled alike. X-Forwarded-For counts
// only from a trusted proxy. Clients play different addresses by connecting from 127.0.0.x.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <string>

using namespace md::test;

namespace {

constexpr int kPerPair = 3;
constexpr int kPerAddress = 8;
constexpr int kPerEmail = 5;
constexpr int kLockoutSeconds = 120;
constexpr const char* kTrustedProxy = "127.0.0.77";
constexpr const char* kPassword = "throttle-test-password";

HttpResponse login(HttpClient& client, const std::string& email, const std::string& password,
                   const HttpHeaders& headers = {})
{
    return client.post("/api/v1/auth/login", {{"email", email}, {"password", password}}, headers);
}

std::string refusalScope(const HttpResponse& response)
{
    auto body = response.json();
    if (body.is_discarded() || !body.contains("error")) return {};
    return body["error"]["details"].value("scope", "");
}

} // namespace

class ThrottleTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_LOGIN_MAX_FAILURES", QString::number(kPerPair)},
                               {"MARKETDESK_LOGIN_MAX_FAILURES_PER_ADDRESS", QString::number(kPerAddress)},
                               {"MARKETDESK_LOGIN_MAX_FAILURES_PER_EMAIL", QString::number(kPerEmail)},
                               {"MARKETDESK_LOGIN_LOCKOUT_SECONDS", QString::number(kLockoutSeconds)},
                               {"MARKETDESK_TRUSTED_PROXIES", QString::fromLatin1(kTrustedProxy)}};
        MD_REQUIRE(m_stack.start(options));
    }

    void hammeringAnAccountLocksOutOnlyTheHammeringClient()
    {
        const std::string admin = m_stack.fixtures().member(Role::Admin).email;
        HttpClient attacker = clientAt("127.0.0.2");
        for (int i = 0; i < kPerPair; ++i) {
            HttpResponse wrong = login(attacker, admin, "not-the-password-" + std::to_string(i));
            QVERIFY2(wrong.status == 401, wrong.describe().c_str());
        }
        HttpResponse locked = login(attacker, admin, Fixtures::password());
        QVERIFY2(locked.status == 429, locked.describe().c_str());
        QCOMPARE(locked.errorCode(), std::string("too_many_login_attempts"));
        QCOMPARE(refusalScope(locked), std::string("email_address"));
        const int retryAfter = std::stoi(locked.header("Retry-After"));
        QVERIFY2(retryAfter >= 1 && retryAfter <= kLockoutSeconds, locked.header("Retry-After").c_str());

        // The admin, from an address that has not been failing, signs in.
        HttpClient owner = clientAt("127.0.0.3");
        HttpResponse signedIn = login(owner, admin, Fixtures::password());
        QVERIFY2(signedIn.status == 200, signedIn.describe().c_str());
        // And the attacker stays locked out.
        QCOMPARE(login(attacker, admin, Fixtures::password()).status, 429);
    }

    void sprayingOnePasswordOverManyAccountsLocksTheAddress()
    {
        HttpClient sprayer = clientAt("127.0.0.4");
        const std::vector<Role> cast = Fixtures::allRoles();
        std::vector<std::string> emails;
        for (int i = 0; i < 20; ++i)
            emails.push_back(i % 2 == 0 ? m_stack.fixtures().member(cast[(i / 2) % cast.size()]).email
                                        : "sprayed-" + std::to_string(i) + "@test.marketdesk.kr");
        std::vector<int> statuses;
        for (const auto& email : emails) {
            HttpResponse response = login(sprayer, email, "Summer2024!");
            statuses.push_back(response.status);
            if (response.status == 401) {
                QCOMPARE(response.errorCode(), std::string("invalid_credentials"));
            } else {
                QVERIFY2(response.status == 429, response.describe().c_str());
                QCOMPARE(refusalScope(response), std::string("address"));
            }
        }
        // Known and unknown addresses alike: the first kPerAddress are checked, every later one refused.
        for (int i = 0; i < static_cast<int>(statuses.size()); ++i)
            QCOMPARE(statuses[i], i < kPerAddress ? 401 : 429);

        // The address is locked for every account, the right password included; others are not.
        const std::string seller = m_stack.fixtures().member(Role::SellerA).email;
        QCOMPARE(login(sprayer, seller, Fixtures::password()).status, 429);
        HttpClient elsewhere = clientAt("127.0.0.5");
        HttpResponse fine = login(elsewhere, seller, Fixtures::password());
        QVERIFY2(fine.status == 200, fine.describe().c_str());
    }

    void anAccountUnderAttackStillAdmitsAClientThatHasNotFailed()
    {
        for (const bool known : {true, false}) {
            const std::string email = known ? createUser("under-attack") : "ghost-under-attack@test.marketdesk.kr";
            const std::string network = known ? "127.0.1." : "127.0.2.";
            // One wrong guess from each of kPerEmail addresses: none is locked on its own.
            for (int i = 1; i <= kPerEmail; ++i) {
                HttpClient bot = clientAt(network + std::to_string(i));
                HttpResponse wrong = login(bot, email, "guess-" + std::to_string(i));
                QVERIFY2(wrong.status == 401, wrong.describe().c_str());
            }
            // Now the account is under attack: a client that failed is refused, right password or not.
            HttpClient bot = clientAt(network + "1");
            HttpResponse slowed = login(bot, email, "guess-again");
            QVERIFY2(slowed.status == 429, slowed.describe().c_str());
            QCOMPARE(refusalScope(slowed), std::string("email"));
            QVERIFY(!slowed.header("Retry-After").empty());
            QCOMPARE(login(bot, email, kPassword).status, 429);
            // A new address gets one guess, no more.
            HttpClient freshBot = clientAt(network + "60");
            QCOMPARE(login(freshBot, email, "guess-60").status, 401);
            QCOMPARE(login(freshBot, email, "guess-61").status, 429);
            if (!known) continue;
            // The owner, from an address that has not failed, signs in with the right password.
            HttpClient owner = clientAt(network + "50");
            HttpResponse signedIn = login(owner, email, kPassword);
            QVERIFY2(signedIn.status == 200, signedIn.describe().c_str());
        }
    }

    void rightPasswordsAreNotCountedAsFailures()
    {
        // Sign-ins are counted before the password is checked and taken back when it was right: far
        // more sign-ins than any limit, from one address, all succeed.
        const std::string email = createUser("busy");
        HttpClient office = clientAt("127.0.0.6");
        for (int i = 0; i < kPerAddress + kPerEmail + 2; ++i) {
            HttpResponse signedIn = login(office, email, kPassword);
            QVERIFY2(signedIn.status == 200, signedIn.describe().c_str());
        }
        // A failure or two in between does not lock anyone either.
        for (int i = 0; i < kPerPair - 1; ++i) QCOMPARE(login(office, email, "typo").status, 401);
        QCOMPARE(login(office, email, kPassword).status, 200);
        QCOMPARE(login(office, email, "typo").status, 401);
        QCOMPARE(login(office, email, kPassword).status, 200);
    }

    void forwardedForCountsOnlyFromATrustedProxy()
    {
        const std::string email = createUser("proxied");
        // Through the trusted proxy: the client is the address the proxy appended (the last one).
        HttpClient proxy = clientAt(kTrustedProxy);
        for (int i = 0; i < kPerPair; ++i)
            QCOMPARE(login(proxy, email, "wrong", {{"X-Forwarded-For", "198.51.100.7"}}).status, 401);
        QCOMPARE(login(proxy, email, kPassword, {{"X-Forwarded-For", "198.51.100.7"}}).status, 429);
        // Prepending addresses does not help: the proxy's own entry is read first.
        QCOMPARE(login(proxy, email, kPassword, {{"X-Forwarded-For", "203.0.113.1, 198.51.100.7"}}).status, 429);
        // Another client behind the same proxy is not locked.
        HttpResponse other = login(proxy, email, kPassword, {{"X-Forwarded-For", "198.51.100.8"}});
        QVERIFY2(other.status == 200, other.describe().c_str());

        // From an address that is no trusted proxy, X-Forwarded-For is ignored: the sender is locked
        // whatever it claims.
        const std::string second = createUser("spoofer-target");
        HttpClient spoofer = clientAt("127.0.0.78");
        for (int i = 0; i < kPerPair; ++i) {
            const std::string claimed = "198.51.100." + std::to_string(20 + i);
            QCOMPARE(login(spoofer, second, "wrong", {{"X-Forwarded-For", claimed}}).status, 401);
        }
        QCOMPARE(login(spoofer, second, kPassword, {{"X-Forwarded-For", "198.51.100.99"}}).status, 429);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    HttpClient clientAt(const std::string& address)
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        client.setSourceAddress(address);
        return client;
    }

    std::string createUser(const std::string& tag)
    {
        const std::string email = "throttle-" + tag + "@test.marketdesk.kr";
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created =
            admin.post("/api/v1/users", {{"email", email}, {"password", kPassword}, {"role", "customer"}});
        if (created.status != 201) throw TestSetupError(QString::fromStdString("create user: " + created.describe()));
        return email;
    }

    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(ThrottleTest)
#include "ThrottleTest.moc"
