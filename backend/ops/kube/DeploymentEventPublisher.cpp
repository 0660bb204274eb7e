#include "ops/kube/DeploymentEventPublisher.h"

#include "db/ConnectionPool.h"
#include "events/EventOutbox.h"
#include "observability/Log.h"

#include <pqxx/pqxx>

namespace md::ops::kube {

namespace {

constexpr std::chrono::milliseconds kFollowerRetry{2000};
constexpr std::chrono::milliseconds kLeaderHealthCheck{5000};
constexpr std::size_t kMaxNamesPerTransaction = 500;
// The connection's statement timeout, and how long a round trip may go unanswered (a second more, so
// PostgreSQL's own timeout answers first when it can).
constexpr std::chrono::milliseconds kStatementTimeout{5000};
constexpr std::chrono::milliseconds kQueryDeadline = kStatementTimeout + std::chrono::milliseconds(1000);

// The watch of the connection has the deadline while this lives, none otherwise: the connection sits
// idle between round trips (holding its advisory lock), which the watchdog must not take for a stall.
class RoundTrips {
public:
    explicit RoundTrips(db::ConnectionWatchdog::Watch& watch) : m_watch(watch) { m_watch.setDeadline(kQueryDeadline); }
    ~RoundTrips() { m_watch.setDeadline(std::chrono::milliseconds(0)); }
    RoundTrips(const RoundTrips&) = delete;
    RoundTrips& operator=(const RoundTrips&) = delete;

private:
    db::ConnectionWatchdog::Watch& m_watch;
};

// The advisory lock key: one publisher per namespace, stable across builds (FNV-1a).
long long lockKeyFor(const std::string& namespaceName)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : "marketdesk.deployment-events/" + namespaceName) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return static_cast<long long>(hash & 0x7fffffffffffffffULL);
}

} // namespace

DeploymentEventPublisher::DeploymentEventPublisher(std::string databaseUrl, const DeploymentInformer& informer,
                                                   std::string namespaceName, std::chrono::milliseconds coalesceWindow)
    : m_databaseUrl(std::move(databaseUrl)), m_informer(informer), m_lockKey(lockKeyFor(namespaceName)),
      m_window(coalesceWindow)
{
}

DeploymentEventPublisher::~DeploymentEventPublisher()
{
    stop();
}

void DeploymentEventPublisher::start()
{
    if (m_thread.joinable()) return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void DeploymentEventPublisher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
    dropConnection(); // releases the advisory lock for the next replica at once
}

void DeploymentEventPublisher::changed(const std::string& name)
{
    {
        std::lock_guard lock(m_mutex);
        m_dirty.insert(name);
    }
    m_wake.notify_all();
}

bool DeploymentEventPublisher::waitFor(std::chrono::milliseconds duration)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, duration, [this] { return m_stopping.load(); });
    return !m_stopping.load();
}

void DeploymentEventPublisher::dropConnection()
{
    m_watch = {};
    if (m_connection) {
        try {
            m_connection->disconnect();
        } catch (const std::exception&) {
        }
        m_connection.reset();
    }
    if (m_leader.exchange(false)) obs::logInfo("deployment event publisher: leadership released");
}

bool DeploymentEventPublisher::ensureLeadership()
{
    if (m_leader.load()) return true;
    if (!m_connection) {
        m_connection = std::make_unique<pqxx::connection>(m_databaseUrl);
        // A broken connection is dropped (the lock went with it), never quietly reconnected.
#include <pqxx/internal/ignore-deprecated-pre.hxx>
        m_connection->inhibit_reactivation(true);
#include <pqxx/internal/ignore-deprecated-post.hxx>
        m_watch = m_watchdog.watch(m_connection->sock(), std::chrono::milliseconds(0));
        RoundTrips roundTrips(m_watch);
        pqxx::nontransaction(*m_connection)
            .exec("SET statement_timeout = " + std::to_string(kStatementTimeout.count()));
        db::Statements::prepareAll(*m_connection);
    }
    RoundTrips roundTrips(m_watch);
    pqxx::nontransaction query(*m_connection);
    const bool acquired =
        query.exec1("SELECT pg_try_advisory_lock(" + std::to_string(m_lockKey) + ")")[0].as<bool>();
    if (acquired) {
        m_leader = true;
        obs::logInfo("deployment event publisher: this replica publishes deployment.updated");
    }
    return acquired;
}

void DeploymentEventPublisher::run()
{
    auto lastHealthCheck = std::chrono::steady_clock::now();
    while (!m_stopping.load()) {
        try {
            if (!ensureLeadership()) {
                // Another replica publishes; what changed meanwhile is its to announce.
                {
                    std::lock_guard lock(m_mutex);
                    m_dirty.clear();
                }
                if (!waitFor(kFollowerRetry)) break;
                continue;
            }
            std::set<std::string> names;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, kLeaderHealthCheck, [this] { return m_stopping.load() || !m_dirty.empty(); });
                if (m_stopping.load()) break;
                names.swap(m_dirty);
            }
            const auto now = std::chrono::steady_clock::now();
            if (names.empty()) {
                if (now - lastHealthCheck >= kLeaderHealthCheck) {
                    // A broken connection means the lock is gone too; find out now, not at the next change.
                    RoundTrips roundTrips(m_watch);
                    pqxx::nontransaction(*m_connection).exec("SELECT 1");
                    lastHealthCheck = now;
                }
                continue;
            }
            publish(names);
            lastHealthCheck = std::chrono::steady_clock::now();
            // The coalescing window: changes arriving now wait for the next batch, so a Deployment
            // gets at most one event per window however busy its rollout is.
            if (!waitFor(m_window)) break;
        } catch (const std::exception& error) {
            obs::logWarn("deployment event publisher: database failure", {{"error", error.what()}});
            dropConnection();
            if (!waitFor(kFollowerRetry)) break;
        }
    }
}

void DeploymentEventPublisher::publish(const std::set<std::string>& names)
{
    // Bounded transactions: a relist after a long gap may report every Deployment at once. A connection
    // that breaks in a COMMIT leaves those events perhaps published, perhaps not; they are not sent again
    // (run() drops the connection and the names): each event is a snapshot, and the next change of the
    // Deployment publishes its state anew.
    RoundTrips roundTrips(m_watch);
    auto next = names.begin();
    while (next != names.end()) {
        pqxx::work transaction(*m_connection);
        for (std::size_t count = 0; next != names.end() && count < kMaxNamesPerTransaction; ++next, ++count) {
            auto view = m_informer.find(*next);
            if (!view) continue; // deleted since
            events::publish(transaction, "deployment.updated", std::nullopt, std::nullopt, *view);
        }
        transaction.commit();
    }
}

} // namespace md::ops::kube
