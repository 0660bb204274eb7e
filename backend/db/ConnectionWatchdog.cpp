#include "db/ConnectionWatchdog.h"

#include "observability/Log.h"

#include <algorithm>
#include <utility>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace md::db {

namespace {

long long steadyMilliseconds()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

ConnectionWatchdog::Watch::Watch(Watch&& other) noexcept
    : m_watchdog(std::exchange(other.m_watchdog, nullptr)), m_entry(std::move(other.m_entry))
{
}

ConnectionWatchdog::Watch& ConnectionWatchdog::Watch::operator=(Watch&& other) noexcept
{
    if (this != &other) {
        release();
        m_watchdog = std::exchange(other.m_watchdog, nullptr);
        m_entry = std::move(other.m_entry);
    }
    return *this;
}

ConnectionWatchdog::Watch::~Watch()
{
    release();
}

void ConnectionWatchdog::Watch::release()
{
    if (m_watchdog && m_entry) m_watchdog->remove(m_entry);
    m_watchdog = nullptr;
    m_entry.reset();
}

void ConnectionWatchdog::Watch::setDeadline(std::chrono::milliseconds deadline)
{
    if (!m_entry) return;
    m_entry->deadlineMs = 0; // no inspection sees the new start with the old deadline
    m_entry->periodStartMs = steadyMilliseconds();
    m_entry->deadlineMs = deadline.count();
}

bool ConnectionWatchdog::Watch::tripped() const
{
    return m_entry && m_entry->tripped.load();
}

ConnectionWatchdog::ConnectionWatchdog(std::chrono::milliseconds tick) : m_tick(tick)
{
    m_thread = std::thread([this] { run(); });
}

ConnectionWatchdog::~ConnectionWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    for (const auto& entry : m_entries)
        ::close(entry->socket); // only if a Watch outlived us, which it must not
}

ConnectionWatchdog::Watch ConnectionWatchdog::watch(int socket, std::chrono::milliseconds deadline)
{
    auto entry = std::make_shared<Entry>();
    entry->deadlineMs = deadline.count();
    entry->periodStartMs = steadyMilliseconds();
    entry->socket = socket < 0 ? -1 : ::fcntl(socket, F_DUPFD_CLOEXEC, 0);
    if (entry->socket < 0) return Watch(nullptr, std::move(entry));
    {
        std::lock_guard lock(m_mutex);
        m_entries.push_back(entry);
    }
    m_wake.notify_all();
    return Watch(this, std::move(entry));
}

void ConnectionWatchdog::remove(const std::shared_ptr<Entry>& entry)
{
    std::lock_guard lock(m_mutex);
    auto it = std::find(m_entries.begin(), m_entries.end(), entry);
    if (it == m_entries.end()) return;
    ::close(entry->socket);
    m_entries.erase(it);
}

void ConnectionWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_entries.empty())
            m_wake.wait(lock);
        else
            m_wake.wait_for(lock, m_tick);
        if (m_stopping) return;
        for (const auto& entry : m_entries)
            inspect(*entry);
    }
}

void ConnectionWatchdog::inspect(Entry& entry)
{
    const long long deadline = entry.deadlineMs.load();
    if (deadline <= 0 || entry.tripped.load()) return;
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(entry.socket, IPPROTO_TCP, TCP_INFO, &info, &length) != 0 || info.tcpi_state != TCP_ESTABLISHED)
        return;
    // Milliseconds since data last went out and since data last came in: a request is outstanding when
    // something was sent in this period, at or after the last thing received (see the header).
    const long long sentAgo = info.tcpi_last_data_sent;
    const bool sentThisPeriod = sentAgo <= steadyMilliseconds() - entry.periodStartMs.load();
    const bool outstanding = sentThisPeriod && info.tcpi_last_data_sent <= info.tcpi_last_data_recv;
    if (!outstanding || sentAgo < deadline) return;
    entry.tripped = true;
    ::shutdown(entry.socket, SHUT_RDWR);
    m_cuts.fetch_add(1);
    obs::logWarn("database connection cut: a request went unanswered past its deadline",
                 {{"deadline_ms", deadline}, {"waited_ms", info.tcpi_last_data_sent}});
}

} // namespace md::db
