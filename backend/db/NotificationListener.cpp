#include "db/NotificationListener.h"

#include "observability/Log.h"
#include "observability/Metrics.h"

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <stdexcept>

namespace md::db {

namespace {

using Clock = std::chrono::steady_clock;

// Waits in slices this long, so that stop() is noticed promptly whatever the deadlines are.
constexpr auto kSlice = std::chrono::milliseconds(250);

struct ConnectionCloser {
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

struct ResultClearer {
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultClearer>;

// The connection is lost or did not answer in time; the message says which and why.
class ListenerFailure : public std::runtime_error {
public:
    ListenerFailure(std::string message, bool timedOut)
        : std::runtime_error(std::move(message)), m_timedOut(timedOut)
    {
    }
    bool timedOut() const { return m_timedOut; }

private:
    bool m_timedOut;
};

std::string errorOf(PGconn* connection)
{
    std::string message = connection ? PQerrorMessage(connection) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message.empty() ? std::string("connection failed") : message;
}

enum class Ready { Yes, Deadline, Stopping };

// Waits until the socket is ready for events, the deadline passes or stop is set.
Ready waitFor(PGconn* connection, short events, Clock::time_point deadline, const std::atomic<bool>& stop)
{
    for (;;) {
        if (stop.load()) return Ready::Stopping;
        const auto now = Clock::now();
        if (now >= deadline) return Ready::Deadline;
        const int socket = PQsocket(connection);
        if (socket < 0) throw ListenerFailure("the connection has no socket", false);
        pollfd descriptor{socket, events, 0};
        const auto slice = std::min<Clock::duration>(deadline - now, kSlice);
        const int timeoutMs =
            static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(slice).count()) + 1;
        const int ready = ::poll(&descriptor, 1, timeoutMs);
        if (ready > 0) return Ready::Yes;
        if (ready < 0 && errno != EINTR) throw ListenerFailure("poll failed", false);
    }
}

Connection connectWithin(const std::string& url, Clock::time_point deadline, const std::atomic<bool>& stop)
{
    // The URL may be a URI or key=value pairs (expanded as dbname); settings before it are defaults
    // it may override.
    const char* keys[] = {"application_name", "dbname", nullptr};
    const char* values[] = {"marketdesk-server listener", url.c_str(), nullptr};
    Connection connection(PQconnectStartParams(keys, values, 1));
    if (!connection || PQstatus(connection.get()) == CONNECTION_BAD)
        throw ListenerFailure(errorOf(connection.get()), false);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK) {
        if (status == PGRES_POLLING_FAILED) throw ListenerFailure(errorOf(connection.get()), false);
        const short events = status == PGRES_POLLING_READING ? POLLIN : POLLOUT;
        switch (waitFor(connection.get(), events, deadline, stop)) {
        case Ready::Yes: break;
        case Ready::Deadline: throw ListenerFailure("connecting took longer than the listener's timeout", true);
        case Ready::Stopping: return nullptr;
        }
        status = PQconnectPoll(connection.get());
    }
    return connection;
}

// Sends sql and reads its results to the end, all before the deadline. Returns false when stopping.
bool roundTrip(PGconn* connection, const std::string& sql, Clock::time_point deadline, const std::atomic<bool>& stop)
{
    if (!PQsendQuery(connection, sql.c_str())) throw ListenerFailure(errorOf(connection), false);
    for (;;) {
        const int flushed = PQflush(connection);
        if (flushed == 0) break;
        if (flushed < 0) throw ListenerFailure(errorOf(connection), false);
        switch (waitFor(connection, POLLIN | POLLOUT, deadline, stop)) {
        case Ready::Yes: break;
        case Ready::Deadline: throw ListenerFailure("the database did not take '" + sql + "' in time", true);
        case Ready::Stopping: return false;
        }
        if (!PQconsumeInput(connection)) throw ListenerFailure(errorOf(connection), false);
    }
    for (;;) {
        if (!PQconsumeInput(connection)) throw ListenerFailure(errorOf(connection), false);
        while (!PQisBusy(connection)) {
            Result result(PQgetResult(connection));
            if (!result) return true;
            const auto status = PQresultStatus(result.get());
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
                throw ListenerFailure("'" + sql + "' failed: " + errorOf(connection), false);
        }
        switch (waitFor(connection, POLLIN, deadline, stop)) {
        case Ready::Yes: break;
        case Ready::Deadline: throw ListenerFailure("the database did not answer '" + sql + "' in time", true);
        case Ready::Stopping: return false;
        }
    }
}

std::string quotedIdentifier(PGconn* connection, const std::string& name)
{
    char* quoted = PQescapeIdentifier(connection, name.c_str(), name.size());
    if (!quoted) throw ListenerFailure(errorOf(connection), false);
    std::string text(quoted);
    PQfreemem(quoted);
    return text;
}

} // namespace

NotificationListener::NotificationListener(std::string databaseUrl, ListenerOptions options)
    : m_url(std::move(databaseUrl)), m_options(options)
{
}

NotificationListener::~NotificationListener() { stop(); }

void NotificationListener::subscribe(const std::string& channel, Callback callback)
{
    m_subscribers[channel].push_back(std::move(callback));
}

void NotificationListener::onReconnected(std::function<void()> callback)
{
    m_reconnectCallbacks.push_back(std::move(callback));
}

void NotificationListener::onDisconnected(std::function<void()> callback)
{
    m_disconnectCallbacks.push_back(std::move(callback));
}

void NotificationListener::start()
{
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void NotificationListener::stop()
{
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
}

void NotificationListener::exportMetrics()
{
    auto& metrics = obs::MetricsRegistry::instance();
    metrics.gauge("db_listener_connected",
                  "1 while the notification listener's connection LISTENs and passes its liveness checks.", {},
                  [this] { return m_connected.load() ? 1.0 : 0.0; });
    metrics.counterFunction("db_listener_reconnects_total",
                            "Connections the notification listener replaced (lost, or failed a liveness check).", {},
                            [this] { return static_cast<double>(m_reconnects.load()); });
}

void NotificationListener::dispatch(void* rawConnection)
{
    auto* connection = static_cast<PGconn*>(rawConnection);
    while (PGnotify* notice = PQnotifies(connection)) {
        const std::string channel = notice->relname;
        const std::string payload = notice->extra ? notice->extra : "";
        PQfreemem(notice);
        auto subscribers = m_subscribers.find(channel);
        if (subscribers == m_subscribers.end()) continue;
        for (const auto& callback : subscribers->second) {
            try {
                callback(payload);
            } catch (const std::exception& error) {
                obs::logError("notification handler failed", {{"channel", channel}, {"error", error.what()}});
            }
        }
    }
}

void NotificationListener::serveOneConnection(bool& everConnected)
{
    Connection connection = connectWithin(m_url, Clock::now() + m_options.timeout, m_stop);
    if (!connection) return; // stopping
    for (const auto& [channel, callbacks] : m_subscribers)
        if (!roundTrip(connection.get(), "LISTEN " + quotedIdentifier(connection.get(), channel),
                       Clock::now() + m_options.timeout, m_stop))
            return;
    m_connected = true;
    m_everConnected = true;
    if (everConnected) {
        ++m_reconnects;
        obs::logInfo("notification listener reconnected");
        for (const auto& callback : m_reconnectCallbacks) callback();
    }
    everConnected = true;

    auto nextCheck = Clock::now() + m_options.checkInterval;
    while (!m_stop) {
        switch (waitFor(connection.get(), POLLIN, nextCheck, m_stop)) {
        case Ready::Stopping: return;
        case Ready::Yes:
            if (!PQconsumeInput(connection.get())) throw ListenerFailure(errorOf(connection.get()), false);
            dispatch(connection.get());
            break;
        case Ready::Deadline:
            // Quiet for a whole interval: is anyone still there? A live database answers at once.
            if (!roundTrip(connection.get(), "SELECT 1", Clock::now() + m_options.timeout, m_stop)) return;
            dispatch(connection.get()); // notifications that came in with the answer
            nextCheck = Clock::now() + m_options.checkInterval;
            break;
        }
    }
}

void NotificationListener::run()
{
    bool everConnected = false;
    auto backoff = std::chrono::milliseconds(100);
    while (!m_stop) {
        try {
            serveOneConnection(everConnected);
        } catch (const std::exception& error) {
            const bool wasConnected = m_connected.exchange(false);
            // A connection that served for a while is replaced quickly; repeated failures back off.
            if (wasConnected) backoff = std::chrono::milliseconds(100);
            if (wasConnected || !everConnected) {
                const auto* failure = dynamic_cast<const ListenerFailure*>(&error);
                if (wasConnected && failure && failure->timedOut())
                    obs::logWarn("notification listener did not answer its liveness check in time; reconnecting",
                                 {{"error", error.what()},
                                  {"timeout_ms", static_cast<long long>(m_options.timeout.count())}});
                else
                    obs::logWarn("notification listener lost the database; retrying", {{"error", error.what()}});
            }
            if (wasConnected)
                for (const auto& callback : m_disconnectCallbacks) callback();
        }
        if (m_connected.exchange(false))
            for (const auto& callback : m_disconnectCallbacks) callback();
        auto until = Clock::now() + backoff;
        while (!m_stop && Clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        backoff = std::min(backoff * 2, std::chrono::milliseconds(5000));
    }
    m_connected = false;
}

} // namespace md::db
