#include "events/EventHub.h"

#include "core/DomainError.h"
#include "core/PersonalData.h"
#include "events/Event.h"
#include "events/EventFilter.h"
#include "events/EventSubscriber.h"
#include "events/SseFormat.h"
#include "http/SseChannel.h"
#include "observability/Log.h"
#include "observability/Metrics.h"

#include <algorithm>

namespace md::events {

namespace {

constexpr const char* kChannel = "md_events";
constexpr std::size_t kInboxCapacity = 50000;
constexpr std::size_t kRecentIds = 4096;
constexpr std::size_t kCatchUpPage = 1000;
constexpr auto kIdleWake = std::chrono::milliseconds(1000);
// How often every stream's caller is re-checked when no event goes out (events check before each).
constexpr auto kRecheckInterval = std::chrono::milliseconds(1000);

} // namespace

EventHub::EventHub(db::ConnectionPool& pool, db::NotificationListener& listener, EventHubOptions options,
                   const SessionCheck* sessions)
    : m_options(options),
      m_listener(listener),
      m_sessions(sessions),
      m_replay(pool, ReplayLimits{options.window, options.maxReplayEvents}),
      m_retention(pool, options.window, options.pruneInterval),
      m_inbox(std::make_shared<EventInbox>(kInboxCapacity)),
      m_clientCount(std::make_shared<std::atomic<long long>>(0)),
      m_eventsSent(obs::MetricsRegistry::instance().counter("sse_events_sent_total",
                                                            "Events sent to Server-Sent Events clients.")),
      m_sessionsEnded(obs::MetricsRegistry::instance().counter(
          "sse_sessions_ended_total", "Event streams ended because the caller's token expired or was revoked.")),
      m_recent(kRecentIds)
{
    EventReplay::registerStatements();
    EventRetention::registerStatements();
    listener.subscribe(kChannel, [inbox = m_inbox](const std::string& payload) { inbox->push(payload); });
    listener.onReconnected([inbox = m_inbox] { inbox->requestCatchUp(); });
    obs::MetricsRegistry::instance().gauge("sse_clients", "Connected Server-Sent Events clients.", {},
                                           [count = m_clientCount] { return static_cast<double>(count->load()); });
}

EventHub::~EventHub()
{
    m_stopping = true;
    m_inbox->close();
    if (m_thread.joinable()) m_thread.join();
    m_retention.stop();
    closeAll();
}

void EventHub::start()
{
    // The catch-up floor is read before the server takes requests: a stream opened at once must get
    // every event committed after it, even one committed before the listener's first LISTEN (read
    // lazily on the hub thread, the floor could land above such an event and skip it for good).
    try {
        m_catchUpFloor = m_replay.latestId();
    } catch (const std::exception&) {
        // The database is not there yet; run() tries again on each wake-up.
    }
    if (!m_thread.joinable()) m_thread = std::thread([this] { run(); });
    m_retention.start();
}

void EventHub::closeAll()
{
    std::vector<std::shared_ptr<EventSubscriber>> subscribers;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        subscribers.swap(m_subscribers);
        m_clientCount->store(0);
    }
    for (const auto& subscriber : subscribers) subscriber->close();
    if (!subscribers.empty()) obs::logInfo("closed event streams", {{"clients", subscribers.size()}});
}

std::shared_ptr<http::SseChannel> EventHub::openStream(const Principal& caller, std::set<std::string> types,
                                                       std::optional<long long> lastEventId,
                                                       std::shared_ptr<void> slot)
{
    EventFilter filter(caller, std::move(types));
    auto subscriber = std::make_shared<EventSubscriber>(filter, caller, std::move(slot));

    // Registered before the replay is read, so an event committed meanwhile is buffered, not missed.
    attach(subscriber);
    std::string prefix = sse::retryFrame(m_options.retryDelay);
    std::vector<long long> replayedIds;
    bool endAfterPrefix = false;
    long long resetThrough = 0;
    std::size_t replayed = 0;
    if (lastEventId) {
        ResumePlan plan;
        try {
            plan = m_replay.resumeAfter(*lastEventId);
        } catch (...) {
            detach(subscriber);
            throw;
        }
        if (plan.reset) {
            prefix += sse::resetFrame(plan.latestId, plan.resetReason);
            resetThrough = plan.latestId;
            obs::logInfo("event stream resume out of window; client told to reload",
                         {{"user_id", caller.userId}, {"last_event_id", *lastEventId},
                          {"reason", plan.resetReason}});
        }
        replayedIds.reserve(plan.events.size());
        for (const auto& event : plan.events) {
            if (prefix.size() >= m_options.maxReplayBytes) {
                endAfterPrefix = true;
                break;
            }
            replayedIds.push_back(event.id);
            if (!filter.admits(event)) continue;
            prefix += sse::eventFrame(filter.withholdsPersonalData() ? EventFilter::withoutPersonalData(event) : event);
            ++replayed;
        }
    }
    // The replay may have taken a while; the caller is checked once more before it gets any of it.
    if (m_sessions) {
        if (auto reason = m_sessions->endReason(caller)) {
            detach(subscriber);
            throw DomainError::unauthenticated("the access token is no longer valid (" + std::string(*reason) +
                                                   "); refresh it or sign in again",
                                               std::string(*reason));
        }
    }
    auto channel = subscriber->open(prefix, std::move(replayedIds), resetThrough, m_options.channelBytes, endAfterPrefix);
    if (replayed > 0) m_eventsSent.inc(static_cast<double>(replayed));
    return channel;
}

void EventHub::attach(const std::shared_ptr<EventSubscriber>& subscriber)
{
    std::lock_guard lock(m_mutex);
    if (m_closing) throw DomainError::unavailable("the server is shutting down; reconnect to another replica");
    m_subscribers.push_back(subscriber);
    m_clientCount->store(static_cast<long long>(m_subscribers.size()));
}

void EventHub::detach(const std::shared_ptr<EventSubscriber>& subscriber)
{
    std::lock_guard lock(m_mutex);
    m_subscribers.erase(std::remove(m_subscribers.begin(), m_subscribers.end(), subscriber), m_subscribers.end());
    m_clientCount->store(static_cast<long long>(m_subscribers.size()));
}

std::vector<std::shared_ptr<EventSubscriber>> EventHub::snapshot()
{
    std::lock_guard lock(m_mutex);
    return m_subscribers;
}

void EventHub::run()
{
    auto lastSweep = std::chrono::steady_clock::now();
    auto lastRecheck = lastSweep;
    while (!m_stopping) {
        auto batch = m_inbox->take(kIdleWake);
        if (batch.closed) break;
        // The newest id at start-up bounds a catch-up that happens before any event arrived.
        if (!m_catchUpFloor) {
            try {
                m_catchUpFloor = m_replay.latestId();
            } catch (const std::exception&) {
                // The database is not there yet; tried again on the next wake-up.
            }
        }
        // The listener's first connection comes after the routes are up: events committed before
        // it (and after the floor was read) were never notified to this replica, so read them back.
        // onReconnected covers later reconnections; this also covers the first one. The catch-up
        // runs before this batch's notifications: those are newer than what it reads, and sending
        // them first would deliver events out of id order (a client stopping at the newest id it
        // expects would then never see the older ones). fanOut() drops what was already sent.
        const bool connected = m_listener.isConnected();
        const bool justConnected = connected && !m_listenerWasConnected;
        m_listenerWasConnected = connected;
        if (batch.catchUp || m_catchUpPending || justConnected) catchUp();
        for (const auto& payload : batch.payloads) handleNotification(payload);
        auto now = std::chrono::steady_clock::now();
        if (now - lastRecheck >= kRecheckInterval) {
            recheckSessions();
            lastRecheck = now;
        }
        if (now - lastSweep >= std::chrono::seconds(5)) {
            dropGone();
            lastSweep = now;
        }
    }
}

void EventHub::handleNotification(const std::string& payload)
{
    EventNotice notice;
    try {
        notice = parseEventNotice(payload);
    } catch (const std::exception& error) {
        obs::logError("ignoring a malformed md_events notification", {{"error", error.what()}});
        return;
    }
    if (notice.event) return fanOut(*notice.event);
    if (m_recent.contains(notice.id)) return;
    try {
        // Too large for NOTIFY: the trigger sent only the id.
        if (auto event = m_replay.byId(notice.id)) fanOut(*event);
    } catch (const std::exception& error) {
        obs::logWarn("cannot read a large event; will catch up", {{"id", notice.id}, {"error", error.what()}});
        m_catchUpPending = true;
    }
}

void EventHub::catchUp()
{
    // Start below the ids already sent: a transaction that took a lower id may have committed
    // while notifications were lost. fanOut() skips what was sent.
    if (!m_catchUpFloor) {
        m_catchUpPending = true; // no reference point yet: the database has not answered since start-up
        return;
    }
    long long after = m_recent.empty() ? *m_catchUpFloor : std::max(*m_catchUpFloor, m_recent.lowest() - 1);
    std::size_t delivered = 0;
    try {
        for (;;) {
            auto page = m_replay.pageAfter(after, kCatchUpPage);
            for (const auto& event : page) {
                if (!m_recent.contains(event.id)) ++delivered;
                fanOut(event);
                after = event.id;
            }
            if (page.size() < kCatchUpPage) break;
            if (delivered > m_options.maxReplayEvents) {
                // Too much was missed to stream it all: clients reload their lists instead.
                long long latest = m_replay.latestId();
                resetEveryone(latest, "too_far_behind");
                m_catchUpFloor = latest;
                break;
            }
        }
        if (m_catchUpPending || delivered > 0)
            obs::logInfo("event hub caught up from the table", {{"events", delivered}});
        m_catchUpPending = false;
    } catch (const std::exception& error) {
        if (!m_catchUpPending) obs::logWarn("event catch-up failed; retrying", {{"error", error.what()}});
        m_catchUpPending = true;
    }
}

void EventHub::fanOut(const Event& event)
{
    if (!m_recent.insert(event.id)) return;
    const std::string frame = sse::eventFrame(event);
    // Order events go to operators without the customer's personal data: framed once, when needed.
    const bool carriesPersonalData = PersonalData::isOrderEvent(event.type);
    std::optional<std::string> withheldFrame;
    bool someoneLeft = false;
    std::size_t sent = 0;
    for (const auto& subscriber : snapshot()) {
        if (endIfUnauthorized(*subscriber)) {
            someoneLeft = true;
            continue;
        }
        const bool withhold = carriesPersonalData && subscriber->withholdsPersonalData();
        if (withhold && !withheldFrame) withheldFrame = sse::eventFrame(EventFilter::withoutPersonalData(event));
        switch (subscriber->offer(event, withhold ? *withheldFrame : frame)) {
        case EventSubscriber::Offer::Sent: ++sent; break;
        case EventSubscriber::Offer::Gone: someoneLeft = true; break;
        case EventSubscriber::Offer::Skipped:
        case EventSubscriber::Offer::Buffered: break;
        }
    }
    if (sent > 0) m_eventsSent.inc(static_cast<double>(sent));
    if (someoneLeft) dropGone();
}

void EventHub::resetEveryone(long long latestId, const char* reason)
{
    const std::string frame = sse::resetFrame(latestId, reason);
    for (const auto& subscriber : snapshot()) subscriber->sendControl(frame);
    dropGone();
}

bool EventHub::endIfUnauthorized(EventSubscriber& subscriber)
{
    if (!m_sessions) return false;
    auto reason = m_sessions->endReason(subscriber.principal());
    if (!reason) return false;
    if (subscriber.endSession(sse::sessionEndedFrame(*reason))) {
        m_sessionsEnded.inc();
        obs::logInfo("event stream ended: the caller may no longer listen",
                     {{"user_id", subscriber.userId()}, {"reason", std::string(*reason)}});
    }
    return true;
}

void EventHub::recheckSessions()
{
    if (!m_sessions) return;
    bool someoneLeft = false;
    for (const auto& subscriber : snapshot())
        if (!subscriber->isGone() && endIfUnauthorized(*subscriber)) someoneLeft = true;
    if (someoneLeft) dropGone();
}

void EventHub::dropGone()
{
    std::lock_guard lock(m_mutex);
    auto gone = std::remove_if(m_subscribers.begin(), m_subscribers.end(),
                               [](const std::shared_ptr<EventSubscriber>& subscriber) { return subscriber->isGone(); });
    m_subscribers.erase(gone, m_subscribers.end());
    m_clientCount->store(static_cast<long long>(m_subscribers.size()));
}

} // namespace md::events
