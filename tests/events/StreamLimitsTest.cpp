// Long-lived streams are capped per user (MARKETDESK_STREAMS_PER_USER) and per replica
// (MARKETDESK_STREAMS_MAX): one stream over the cap answers 429 too_many_streams with Retry-After,
// other users are not affected by one user's cap, and a stream's slot comes back however the stream
// ends: the client hanging up, or the server ending it (here: its token expired).

#include "auth/TokenForge.h"
#include "events/EventTestKit.h"
#include "support/ServerProcess.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>
#include <sstream>
#include <vector>

using namespace md::test;
using namespace md::test::events;
using namespace std::chrono_literals;

namespace {

constexpr int kPerUser = 3;
constexpr int kTotal = 5;
constexpr auto kWait = 15s;

// Opens streams until one is accepted or the deadline passes (the server notices a hung-up client
// asynchronously); the accepted stream, or the last refusal.
HttpStream openWhenFree(HttpClient& client, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        HttpStream stream = openEvents(client);
        if (stream.status() != 429 || std::chrono::steady_clock::now() >= deadline) return stream;
        QTest::qWait(100);
    }
}

double metricValue(HttpClient& client, const std::string& series)
{
    HttpResponse metrics = client.get("/metrics");
    std::istringstream lines(metrics.body);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(series + " ", 0) == 0) return std::stod(line.substr(series.size() + 1));
    return -1;
}

} // namespace

class StreamLimitsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        m_server = std::make_unique<ServerProcess>(*m_database);
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_STREAMS_PER_USER", QString::number(kPerUser)},
                               {"MARKETDESK_STREAMS_MAX", QString::number(kTotal)}};
        MD_REQUIRE(m_server->start(options));
        m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
        MD_REQUIRE(m_fixtures->seedStandardCast());
    }

    // Each function starts with no stream open (those of the one before were closed when it ended).
    void init() { waitUntilNoStreams(); }

    void oneUserIsCappedOthersAreNot()
    {
        HttpClient sellerA = m_fixtures->client(Role::SellerA);
        std::vector<HttpStream> streams;
        for (int i = 0; i < kPerUser; ++i) {
            streams.push_back(openEvents(sellerA));
            QCOMPARE(streams.back().status(), 200);
        }
        HttpStream over = openEvents(sellerA);
        QCOMPARE(over.status(), 429);
        QVERIFY2(std::stoi(over.header("Retry-After")) >= 1, over.header("Retry-After").c_str());
        const std::string body = over.readToEnd(5s);
        auto error = nlohmann::json::parse(body, nullptr, false);
        QVERIFY2(!error.is_discarded(), body.c_str());
        QCOMPARE(error["error"]["code"].get<std::string>(), std::string("too_many_streams"));
        QCOMPARE(error["error"]["details"]["scope"].get<std::string>(), std::string("user"));
        QCOMPARE(error["error"]["details"]["limit"].get<int>(), kPerUser);

        // Another user is not held back by seller A's streams.
        HttpClient sellerB = m_fixtures->client(Role::SellerB);
        HttpStream other = openEvents(sellerB);
        QCOMPARE(other.status(), 200);
        HttpClient probe = m_fixtures->anonymousClient();
        QCOMPARE(metricValue(probe, "http_streams_open"), double(kPerUser + 1));

        // The client hangs up: its slot comes back as soon as the server notices.
        streams.front().close();
        HttpStream again = openWhenFree(sellerA, kWait);
        QCOMPARE(again.status(), 200);
        // And that was the one slot that came back.
        QCOMPARE(openEvents(sellerA).status(), 429);
    }

    void aStreamTheServerEndsGivesItsSlotBack()
    {
        // Seller B fills its streams, the last one with a token that expires in three seconds.
        const CastMember& member = m_fixtures->member(Role::SellerB);
        const long long now = TokenForge::now();
        const std::string shortLived = TokenForge::sign({{"alg", "HS256"}, {"typ", "JWT"}},
                                                        {{"sub", std::to_string(member.userId)},
                                                         {"role", "seller"},
                                                         {"sid", *member.sellerId},
                                                         {"email", member.email},
                                                         {"tv", 1},
                                                         {"iat", now},
                                                         {"exp", now + 3},
                                                         {"jti", "short-lived"}},
                                                        TokenForge::serverSecret());
        HttpClient sellerB = m_fixtures->client(Role::SellerB);
        HttpClient sellerBShort = m_server->client(shortLived);
        std::vector<HttpStream> streams;
        for (int i = 0; i < kPerUser - 1; ++i) {
            streams.push_back(openEvents(sellerB));
            QCOMPARE(streams.back().status(), 200);
        }
        HttpStream expiring = openEvents(sellerBShort);
        QCOMPARE(expiring.status(), 200);
        QCOMPARE(openEvents(sellerB).status(), 429);

        // The server ends the expiring stream (the client keeps its connection open and reads): the
        // slot comes back without the client doing anything.
        auto ended = readUntilType(expiring, "session_ended", kWait);
        QVERIFY2(!ended.empty() && ended.back().type == "session_ended", "the expiring stream did not end");
        HttpStream again = openWhenFree(sellerB, kWait);
        QCOMPARE(again.status(), 200);
    }

    void theReplicaIsCappedForEveryone()
    {
        std::vector<HttpClient> clients;
        std::vector<HttpStream> streams;
        for (Role role : {Role::Admin, Role::Support, Role::Operator, Role::CustomerA, Role::CustomerB}) {
            clients.push_back(m_fixtures->client(role));
            streams.push_back(openEvents(clients.back()));
            QCOMPARE(streams.back().status(), 200);
        }
        HttpClient sellerA = m_fixtures->client(Role::SellerA);
        HttpStream refused = openEvents(sellerA);
        QCOMPARE(refused.status(), 429);
        auto error = nlohmann::json::parse(refused.readToEnd(5s), nullptr, false);
        QCOMPARE(error["error"]["code"].get<std::string>(), std::string("too_many_streams"));
        QCOMPARE(error["error"]["details"]["scope"].get<std::string>(), std::string("server"));
        QVERIFY(!refused.header("Retry-After").empty());

        streams.back().close();
        QCOMPARE(openWhenFree(sellerA, kWait).status(), 200);
    }

    void cleanupTestCase()
    {
        if (m_server) QCOMPARE(m_server->stop(), 0);
    }

private:
    void waitUntilNoStreams()
    {
        HttpClient probe = m_fixtures->anonymousClient();
        const auto deadline = std::chrono::steady_clock::now() + kWait;
        while (metricValue(probe, "http_streams_open") != 0 && std::chrono::steady_clock::now() < deadline)
            QTest::qWait(100);
        QCOMPARE(metricValue(probe, "http_streams_open"), 0.0);
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
};

QTEST_GUILESS_MAIN(StreamLimitsTest)
#include "StreamLimitsTest.moc"
