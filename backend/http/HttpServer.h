#pragma once
// HTTP/1.1 server on Boost.Beast: asynchronous accept and I/O on a few threads, handlers on a
// bounded worker pool, keep-alive, header/body/idle timeouts, per-route body limits, chunked
// streaming and Server-Sent Events, and a graceful drain for SIGTERM. The protocol rules it
// enforces before any handler runs (methods, framing, Host, 414/431, 100-continue, HEAD) are in
// docs/API.md "HTTP".

#include "http/BodyBudget.h"
#include "http/Dispatcher.h"
#include "http/Router.h"
#include "http/WorkerPool.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace md::obs {
class Counter;
}

namespace md::http {

struct SessionContext;

struct ServerOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;
    std::size_t ioThreads = 1;
    std::size_t workerThreads = 8;
    std::size_t queueCapacity = 1024;
    std::chrono::seconds headerTimeout{10};
    std::chrono::seconds bodyTimeout{60};
    std::chrono::seconds idleTimeout{75};
    std::chrono::seconds writeTimeout{30};
    std::chrono::seconds sseHeartbeat{15};
    // Memory request bodies may hold at once (see BodyBudget).
    std::size_t bodyBudgetBytes = 48 << 20;
};

class HttpServer {
public:
    HttpServer(ServerOptions options, const Router& router, const Dispatcher& dispatcher);
    ~HttpServer();

    // Binds and starts serving; throws std::runtime_error naming the address when it cannot bind.
    void start();
    unsigned short port() const { return m_boundPort; }

    // Stops accepting, lets in-flight requests finish (up to the deadline), then stops everything.
    // Returns the number of requests that were still running at the deadline.
    std::size_t shutdown(std::chrono::milliseconds drainDeadline);

    std::size_t inFlightRequests() const { return m_inFlight.load(); }
    bool isStopping() const { return m_stopping.load(); }

private:
    void accept();
    // Out of file descriptors or memory: accepting again at once fails again at once (the pending
    // connection stays in the backlog), so wait a little instead of spinning a core.
    void pauseAccepting(const boost::system::error_code& error);

    boost::asio::io_context& nextConnectionContext();

    ServerOptions m_options;
    // One io_context per I/O thread, each run by its own thread; a connection stays on the one it was
    // accepted onto. Several threads running one io_context would share its queue and its epoll
    // descriptor, and cost more per request than they add. The acceptor is on the first.
    std::vector<std::unique_ptr<boost::asio::io_context>> m_ios;
    std::size_t m_nextContext = 0; // round robin, touched by the acceptor only
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_acceptPause; // on the acceptor's strand
    std::chrono::steady_clock::time_point m_lastAcceptWarning{};
    std::size_t m_acceptFailuresSinceWarning = 0;
    obs::Counter* m_acceptPauses = nullptr;
    std::unique_ptr<WorkerPool> m_workers;
    std::unique_ptr<BodyBudget> m_bodyBudget;
    std::shared_ptr<SessionContext> m_shared; // see HttpSession
    std::vector<std::thread> m_ioThreads;
    // Keeps the I/O threads running while nothing is pending on a socket (e.g. the acceptor is
    // closed for the drain and the last request is still on a worker, about to post its response).
    std::vector<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> m_ioWork;
    std::atomic<std::size_t> m_inFlight{0};
    std::atomic<bool> m_stopping{false};
    unsigned short m_boundPort = 0;
};

} // namespace md::http
