#pragma once
// The live event streams behind GET /api/v1/events (EventRoutes). Events come from the events
// table through the md_events notification (every replica gets every event, whichever replica
// wrote it) and go to each connected client the EventFilter lets see them. Clients resume with
// Last-Event-ID from the table; after the notification connection was lost the hub reads back
// what it missed, so a database restart loses no events. A background pass prunes the table to
// the replay window.
//
// A stream stays authorized only as long as its caller's access token: before every event it sends
// and at least every second, the hub re-checks the caller (SessionCheck) and ends the stream with a
// session_ended frame when the token expired, the account was disabled, its token_version moved or
// its session was signed out. Streams are capped per user and per replica by EventRoutes
// (StreamLimiter); the hub holds each stream's slot until the stream ends.
//
// Threads: the listener thread only queues notifications (EventInbox); the hub's own thread parses,
// reads truncated events and catch-ups from the database, and fans out; request workers register
// clients and read their replay. Pushing to a client never blocks: a client too slow to keep up is
// disconnected and resumes later.

#include "core/Principal.h"
#include "core/SessionCheck.h"
#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "events/EventInbox.h"
#include "events/EventReplay.h"
#include "events/EventRetention.h"
#include "events/RecentEventIds.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace md::obs {
class Counter;
}

namespace md::http {
class SseChannel;
}

namespace md::events {

class EventSubscriber;
struct Event;

struct EventHubOptions {
    std::chrono::seconds window{std::chrono::hours(24)}; // replay window and retention
    std::size_t maxReplayEvents = 10000;
    std::size_t maxReplayBytes = 8 << 20;  // a longer replay ends the stream; the client resumes
    std::size_t channelBytes = 1 << 20;    // per-client backlog before it counts as too slow
    std::chrono::milliseconds retryDelay{3000};
    std::chrono::seconds pruneInterval{600};
};

class EventHub {
public:
    // sessions re-checks stream callers; may be null (no checks).
    EventHub(db::ConnectionPool& pool, db::NotificationListener& listener, EventHubOptions options = {},
             const SessionCheck* sessions = nullptr);
    ~EventHub();
    EventHub(const EventHub&) = delete;
    EventHub& operator=(const EventHub&) = delete;

    // Starts the hub's threads; call it before the server takes requests, once every module has
    // registered its prepared statements (the pool's connections then get them all).
    void start();
    // Ends every stream (SIGTERM): clients reconnect to another replica. New streams are refused.
    void closeAll();

    // A new stream for caller: the events of types (empty: all) the caller may see, from after
    // lastEventId (the replay, or a reset frame when that is out of the window) and then live ones.
    // slot (a StreamLimiter lease, may be null) is held until the stream ends. Throws DomainError:
    // 503 while the server shuts down, 401 when the caller's token ended during the replay.
    std::shared_ptr<http::SseChannel> openStream(const Principal& caller, std::set<std::string> types,
                                                 std::optional<long long> lastEventId, std::shared_ptr<void> slot);

private:
    void attach(const std::shared_ptr<EventSubscriber>& subscriber);
    void detach(const std::shared_ptr<EventSubscriber>& subscriber);

    void run();
    void handleNotification(const std::string& payload);
    void catchUp();
    void fanOut(const Event& event);
    void resetEveryone(long long latestId, const char* reason);
    // Ends the stream if its caller may no longer listen; returns whether it did.
    bool endIfUnauthorized(EventSubscriber& subscriber);
    void recheckSessions();
    void dropGone();
    std::vector<std::shared_ptr<EventSubscriber>> snapshot();

    EventHubOptions m_options;
    db::NotificationListener& m_listener;
    const SessionCheck* m_sessions;
    EventReplay m_replay;
    EventRetention m_retention;
    std::shared_ptr<EventInbox> m_inbox; // shared with the listener's callbacks, which may outlive the hub
    std::shared_ptr<std::atomic<long long>> m_clientCount;
    obs::Counter& m_eventsSent;
    obs::Counter& m_sessionsEnded;

    std::mutex m_mutex;
    std::vector<std::shared_ptr<EventSubscriber>> m_subscribers;
    bool m_closing = false;

    // Hub thread only.
    RecentEventIds m_recent;
    // Catch-ups never read at or below this id: the newest id when the hub started (older events
    // were never this hub's to send), raised when clients were told to reset.
    std::optional<long long> m_catchUpFloor;
    bool m_catchUpPending = false;
    bool m_listenerWasConnected = false;

    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace md::events
