// Resuming the live event stream with Last-Event-ID (or ?last_event_id=): the events missed while
// disconnected arrive, in order, exactly once, also while events keep being written during the
// reconnections; the replay honours the caller's filter; and a resume from further back than the
// server keeps answers `event: reset` instead of a silent gap.

#include "events/EventTestKit.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

using namespace md::test;
using namespace md::test::events;
using namespace std::chrono_literals;

namespace {

constexpr auto kWait = 15s;

HttpHeaders resumeFrom(long long id)
{
    return {{"Last-Event-ID", std::to_string(id)}};
}

std::vector<long long> range(long long first, long long last)
{
    std::vector<long long> ids;
    for (long long id = first; id <= last; ++id)
        ids.push_back(id);
    return ids;
}

} // namespace

class ResumeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        m_connection = m_stack.database().connect();
    }

    void resumesWhatWasMissedExactlyOnce()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const long long sellerA = m_stack.fixtures().sellerAId();
        long long lastSeen = 0;
        {
            HttpStream stream = openEvents(admin);
            long long first = publishEvent(*m_connection, "order.created", sellerA, std::nullopt, {{"n", 1}});
            publishEvent(*m_connection, "order.created", sellerA, std::nullopt, {{"n", 2}});
            lastSeen = publishEvent(*m_connection, "order.created", sellerA, std::nullopt, {{"n", 3}});
            QCOMPARE(idsOf(readUntilId(stream, lastSeen, kWait)), range(first, lastSeen));
        }
        // Written while the client was away.
        std::vector<long long> missed;
        for (int n = 4; n <= 8; ++n)
            missed.push_back(publishEvent(*m_connection, "order.updated", sellerA, std::nullopt, {{"n", n}}));

        HttpStream resumed = openEvents(admin, "", resumeFrom(lastSeen));
        QCOMPARE(resumed.status(), 200);
        auto replayed = readUntilId(resumed, missed.back(), kWait);
        QCOMPARE(idsOf(replayed), missed);
        QCOMPARE(replayed.front().json()["data"]["n"].get<int>(), 4);
        // Live again afterwards, without repeating anything.
        const long long live = publishEvent(*m_connection, "order.updated", sellerA, std::nullopt, {{"n", 9}});
        QCOMPARE(idsOf(readEvents(resumed, 1, kWait)), std::vector<long long>{live});
        QVERIFY(!resumed.readEvent(500ms).has_value());
    }

    void queryParameterResumesAndHeaderWins()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const long long a = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        const long long b = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        const long long c = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});

        HttpStream byQuery = openEvents(admin, "?last_event_id=" + std::to_string(a));
        QCOMPARE(idsOf(readUntilId(byQuery, c, kWait)), (std::vector<long long>{b, c}));

        // EventSource keeps its URL but sends the newer id in the header.
        HttpStream both = openEvents(admin, "?last_event_id=" + std::to_string(a), resumeFrom(b));
        QCOMPARE(idsOf(readUntilId(both, c, kWait)), std::vector<long long>{c});
    }

    void replayHonoursTheFilter()
    {
        const long long sellerA = m_stack.fixtures().sellerAId(), sellerB = m_stack.fixtures().sellerBId();
        const long long start = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        const long long forB1 = publishEvent(*m_connection, "order.created", sellerB, std::nullopt, {});
        publishEvent(*m_connection, "order.created", sellerA, std::nullopt, {});
        publishEvent(*m_connection, "deployment.updated", std::nullopt, std::nullopt, {});
        const long long forB2 = publishEvent(*m_connection, "inventory.low_stock", sellerB, std::nullopt, {});
        publishEvent(*m_connection, "order.updated", sellerA, std::nullopt, {});
        const long long sentinel = publishEvent(*m_connection, "test.sentinel", sellerB, std::nullopt, {});

        HttpClient sellerClient = m_stack.fixtures().client(Role::SellerB);
        HttpStream stream = openEvents(sellerClient, "", resumeFrom(start));
        QCOMPARE(idsOf(readUntilId(stream, sentinel, kWait)), (std::vector<long long>{forB1, forB2, sentinel}));

        HttpStream typed = openEvents(sellerClient, "?types=inventory.low_stock", resumeFrom(start));
        QCOMPARE(idsOf(readEvents(typed, 1, kWait)), std::vector<long long>{forB2});
        QVERIFY(!typed.readEvent(500ms).has_value());
    }

    // A writer keeps publishing while the client disconnects and resumes several times: the
    // union of what it received is every event, and nothing came twice.
    void nothingLostWhileEventsKeepComing()
    {
        constexpr int kEvents = 300;
        std::vector<long long> written;
        std::mutex writtenMutex;
        std::atomic<bool> failed{false};
        // The first connection resumes from here, so it cannot miss the writer's first events.
        const long long marker = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        std::thread writer([&] {
            try {
                auto connection = m_stack.database().connect();
                for (int n = 0; n < kEvents; ++n) {
                    long long id = publishEvent(*connection, "test.burst", std::nullopt, std::nullopt, {{"n", n}});
                    std::lock_guard lock(writtenMutex);
                    written.push_back(id);
                    if (n % 25 == 0) std::this_thread::sleep_for(5ms);
                }
            } catch (const std::exception& error) {
                qWarning("writer failed: %s", error.what());
                failed = true;
            }
        });

        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        std::vector<long long> received;
        std::optional<long long> lastId = marker;
        const auto deadline = std::chrono::steady_clock::now() + 60s;
        while (std::chrono::steady_clock::now() < deadline) {
            HttpStream stream = openEvents(admin, "?types=test.burst", resumeFrom(*lastId));
            QCOMPARE(stream.status(), 200);
            // Read a few events, then drop the connection mid-stream.
            for (int i = 0; i < 40; ++i) {
                auto event = stream.readEvent(2s);
                if (!event) break;
                received.push_back(std::stoll(event->id));
                lastId = received.back();
            }
            std::lock_guard lock(writtenMutex);
            if (written.size() == static_cast<std::size_t>(kEvents) && lastId && *lastId == written.back()) break;
        }
        writer.join();
        QVERIFY(!failed);
        std::set<long long> unique(received.begin(), received.end());
        QCOMPARE(unique.size(), received.size()); // no duplicates
        QCOMPARE(received, written);              // nothing lost, in order
    }

    void unknownIdAnswersReset()
    {
        const long long newest = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpStream stream = openEvents(admin, "", resumeFrom(newest + 1000000));
        auto events = readEvents(stream, 1, kWait);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].type, std::string("reset"));
        QCOMPARE(events[0].json()["reason"].get<std::string>(), std::string("unknown_event_id"));
        QCOMPARE(events[0].id, std::to_string(newest));
        // Live events follow the reset.
        const long long live = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        QCOMPARE(idsOf(readEvents(stream, 1, kWait)), std::vector<long long>{live});
    }

    void resumeIntoExpiredEventsAnswersReset()
    {
        const long long before = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        const long long expired = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        const long long after = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        // Older than the 24-hour replay window (the pruner has not got to it yet).
        m_stack.database().execute("UPDATE events SET created_at = now() - interval '25 hours' WHERE id = " +
                                   std::to_string(expired));
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpStream stream = openEvents(admin, "", resumeFrom(before));
        auto events = readEvents(stream, 1, kWait);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].type, std::string("reset"));
        QCOMPARE(events[0].json()["reason"].get<std::string>(), std::string("outside_window"));
        QVERIFY(std::stoll(events[0].id) >= after);
        // Resuming after the expired event is fine again.
        HttpStream later = openEvents(admin, "", resumeFrom(expired));
        QCOMPARE(idsOf(readEvents(later, 1, kWait)), std::vector<long long>{after});
        m_stack.database().execute("UPDATE events SET created_at = now() WHERE id = " + std::to_string(expired));
    }

    void tooFarBehindAnswersReset()
    {
        const long long start = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        // More than the 10,000 events a resume replays.
        m_stack.database().execute("INSERT INTO events (type, payload) SELECT 'test.bulk', jsonb_build_object('n', n) "
                                   "FROM generate_series(1, 10050) AS n");
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpStream stream = openEvents(admin, "", resumeFrom(start));
        auto events = readEvents(stream, 1, kWait);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].type, std::string("reset"));
        QCOMPARE(events[0].json()["reason"].get<std::string>(), std::string("too_far_behind"));
        QCOMPARE(events[0].id, m_stack.database().scalar("SELECT max(id) FROM events"));
    }

    // Last: it deletes history. Ids between the client's and the oldest one kept are gone (pruned),
    // so the client must reload rather than resume with a gap.
    void resumeBelowThePrunedHistoryAnswersReset()
    {
        const long long a = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        const long long b = publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        publishEvent(*m_connection, "test.resume", std::nullopt, std::nullopt, {});
        m_stack.database().execute("DELETE FROM events WHERE id <= " + std::to_string(b));
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpStream stream = openEvents(admin, "", resumeFrom(a));
        auto events = readEvents(stream, 1, kWait);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].type, std::string("reset"));
        QCOMPARE(events[0].json()["reason"].get<std::string>(), std::string("outside_window"));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
    std::unique_ptr<pqxx::connection> m_connection;
};

QTEST_GUILESS_MAIN(ResumeTest)
#include "ResumeTest.moc"
