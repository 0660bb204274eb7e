#pragma once
// Cuts database connections whose request is not being answered. statement_timeout is enforced by
// PostgreSQL itself, and TCP keepalives by the peer's kernel, so a frozen backend, or a network path
// that black-holes packets while some kernel on the way still acknowledges them, leaves a blocked
// libpq call waiting for ever, and with it the request, its worker and its pooled connection.
//
// A thread looks at every watched socket each tick. When the client sent data during the current
// watch period (see setDeadline) and has received nothing since, for longer than the deadline, it
// shuts the socket down in both directions: the blocked libpq call returns at once, pqxx throws
// broken_connection, and the owner discards the connection (Watch::tripped() tells it why). Both
// times come from the kernel (TCP_INFO), so nobody needs to report when a statement starts.
//
// The kernel keeps those times in milliseconds (jiffies, in fact), and on a fast network an answer and
// the next request often fall in the same one; a request that follows an answer that closely must not
// escape, so a send in the same millisecond as the last receive counts as unanswered. The price: a
// connection whose holder sends nothing for longer than the deadline right after such an exchange is
// cut as if stuck. So a holder must not sit on a watched connection, idle, for longer than the
// deadline (an open transaction idle that long is a fault of its own), or must lengthen the deadline
// first. Not seen: a response that stops half-way (its first bytes count as the answer), and
// connections over a unix socket (no TCP_INFO).
//
// The socket is watched through a duplicate descriptor of the watch's own, closed when the watch
// ends, so a descriptor number libpq closed (it does on a broken connection) and the kernel gave to
// another socket is never touched.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace md::db {

class ConnectionWatchdog {
    struct Entry;

public:
    explicit ConnectionWatchdog(std::chrono::milliseconds tick = std::chrono::milliseconds(100));
    ~ConnectionWatchdog(); // every Watch must have ended
    ConnectionWatchdog(const ConnectionWatchdog&) = delete;
    ConnectionWatchdog& operator=(const ConnectionWatchdog&) = delete;

    // One watched connection; watching ends with it.
    class Watch {
    public:
        Watch() = default;
        Watch(Watch&& other) noexcept;
        Watch& operator=(Watch&& other) noexcept;
        ~Watch();

        // Starts a watch period: from now on, a request sent and not answered within deadline trips the
        // watch. Zero or less: not watched (a connection idle in a pool).
        void setDeadline(std::chrono::milliseconds deadline);
        // Whether the watchdog cut the connection.
        bool tripped() const;

    private:
        friend class ConnectionWatchdog;
        Watch(ConnectionWatchdog* watchdog, std::shared_ptr<Entry> entry)
            : m_watchdog(watchdog), m_entry(std::move(entry))
        {
        }
        void release();

        ConnectionWatchdog* m_watchdog = nullptr;
        std::shared_ptr<Entry> m_entry;
    };

    // Watches the connection on socket (a descriptor the caller keeps). An invalid socket gives a watch
    // that never trips.
    Watch watch(int socket, std::chrono::milliseconds deadline);

    // Connections cut so far.
    unsigned long long cuts() const { return m_cuts.load(); }

private:
    struct Entry {
        int socket = -1; // our duplicate
        std::atomic<long long> deadlineMs{0};
        std::atomic<long long> periodStartMs{0}; // steady clock; data sent before it is not this period's
        std::atomic<bool> tripped{false};
    };

    void run();
    void remove(const std::shared_ptr<Entry>& entry);
    // Shuts down the entry's socket if its request has waited too long; called with m_mutex held.
    void inspect(Entry& entry);

    const std::chrono::milliseconds m_tick;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<std::shared_ptr<Entry>> m_entries;
    std::atomic<unsigned long long> m_cuts{0};
    std::thread m_thread;
};

} // namespace md::db
