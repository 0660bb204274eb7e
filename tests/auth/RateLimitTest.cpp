// The per-user request rate limit: a burst, then 429 with Retry-After for that user only, refilled
// over time; sign-in is not counted; a rate of zero turns the limit off.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace md::test;

namespace {
constexpr int kBurst = 5;
}

class RateLimitTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_RATE_LIMIT_RPS", "1"},
                               {"MARKETDESK_RATE_LIMIT_BURST", QString::number(kBurst)}};
        MD_REQUIRE(m_stack.start(options));
    }

    void burstThenRetryAfter()
    {
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        // The burst (less what a second of refill may add while the loop runs) is served...
        int served = 0;
        HttpResponse response;
        for (int i = 0; i < kBurst + 5; ++i) {
            response = operatorClient.get("/api/v1/me");
            if (response.status != 200) break;
            ++served;
        }
        QVERIFY2(served >= kBurst && served <= kBurst + 3, std::to_string(served).c_str());
        // ...then the user is told to wait.
        QVERIFY2(response.status == 429, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("rate_limited"));
        const int retryAfter = std::stoi(response.header("Retry-After"));
        QVERIFY(retryAfter >= 1 && retryAfter <= 2);

        // Other users have buckets of their own.
        HttpClient support = m_stack.fixtures().client(Role::Support);
        QCOMPARE(support.get("/api/v1/me").status, 200);

        // Sign-in and health checks are not counted against anyone.
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        for (int i = 0; i < kBurst + 2; ++i) {
            HttpResponse login =
                anonymous.post("/api/v1/auth/login", {{"email", m_stack.fixtures().member(Role::Operator).email},
                                                      {"password", Fixtures::password()}});
            QVERIFY2(login.status == 200, login.describe().c_str());
        }

        // The bucket refills at one request a second.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        HttpResponse later;
        do {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            later = operatorClient.get("/api/v1/me");
        } while (later.status == 429 && std::chrono::steady_clock::now() < deadline);
        QVERIFY2(later.status == 200, later.describe().c_str());
    }

    void zeroRateTurnsTheLimitOff()
    {
        ServerProcess unlimited(m_stack.database());
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_RATE_LIMIT_RPS", "0"}};
        MD_REQUIRE(unlimited.start(options));
        HttpClient client = unlimited.client(m_stack.fixtures().token(Role::CustomerA));
        for (int i = 0; i < 200; ++i) {
            HttpResponse response = client.get("/api/v1/me");
            QVERIFY2(response.status == 200, response.describe().c_str());
        }
        QCOMPARE(unlimited.stop(), 0);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(RateLimitTest)
#include "RateLimitTest.moc"
