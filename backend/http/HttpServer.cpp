#include "http/HttpServer.h"

#include "http/HttpSession.h"
#include "observability/Log.h"
#include "observability/Metrics.h"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <sys/resource.h>

namespace md::http {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

HttpServer::HttpServer(ServerOptions options, const Router& router, const Dispatcher& dispatcher)
    : m_options(std::move(options)),
      m_ios([this] {
          std::vector<std::unique_ptr<net::io_context>> contexts;
          for (std::size_t i = 0; i < std::max<std::size_t>(1, m_options.ioThreads); ++i)
              contexts.push_back(std::make_unique<net::io_context>(1)); // 1: run by one thread
          return contexts;
      }()),
      m_acceptor(net::make_strand(*m_ios.front())), m_acceptPause(m_acceptor.get_executor())
{
    m_acceptPauses = &obs::MetricsRegistry::instance().counter(
        "http_accept_pauses_total",
        "Times accepting connections paused because the process or system was out of file descriptors or memory.");
    m_workers = std::make_unique<WorkerPool>(m_options.workerThreads, m_options.queueCapacity);
    m_bodyBudget = std::make_unique<BodyBudget>(m_options.bodyBudgetBytes);
    m_shared = std::make_shared<SessionContext>(
        SessionContext{m_options, router, dispatcher, *m_workers, m_inFlight, m_stopping, *m_bodyBudget});
    obs::MetricsRegistry::instance().gauge(
        "http_request_body_bytes_reserved", "Memory reserved by request bodies being received or handled (see BodyBudget).",
        {}, [shared = m_shared] { return static_cast<double>(shared->bodyBudget.inUse()); });
}

HttpServer::~HttpServer() { shutdown(std::chrono::milliseconds(0)); }

namespace {

// Every connection is a descriptor, and the usual soft limit (1024) is far below what the hard
// limit allows; nothing in the process uses select(), so take the hard limit.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        obs::logWarn("cannot read the open file limit", {{"error", std::strerror(errno)}});
        return;
    }
    const rlim_t before = limit.rlim_cur;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
        else
            obs::logWarn("cannot raise the open file limit", {{"error", std::strerror(errno)}});
    }
    obs::logInfo("open file limit", {{"soft_at_start", before}, {"soft", limit.rlim_cur}, {"hard", limit.rlim_max}});
}

bool isResourceShortage(const beast::error_code& error)
{
    if (error.category() != boost::system::system_category()) return false;
    const int value = error.value();
    return value == EMFILE || value == ENFILE || value == ENOBUFS || value == ENOMEM;
}

constexpr auto kAcceptPause = std::chrono::milliseconds(100);
constexpr auto kAcceptWarningInterval = std::chrono::seconds(5);

} // namespace

void HttpServer::start()
{
    raiseOpenFileLimit();
    beast::error_code ec;
    auto address = net::ip::make_address(m_options.host, ec);
    if (ec) throw std::runtime_error("MARKETDESK_LISTEN: '" + m_options.host + "' is not an IP address");
    tcp::endpoint endpoint(address, m_options.port);
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec) m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) m_acceptor.bind(endpoint, ec);
    if (!ec) m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("cannot listen on " + m_options.host + ":" + std::to_string(m_options.port) + ": " +
                                 ec.message() + " (set MARKETDESK_LISTEN to a free address)");
    m_boundPort = m_acceptor.local_endpoint().port();
    accept();
    for (auto& context : m_ios) {
        m_ioWork.emplace_back(context->get_executor());
        m_ioThreads.emplace_back([&context = *context] { context.run(); });
    }
}

net::io_context& HttpServer::nextConnectionContext()
{
    net::io_context& context = *m_ios[m_nextContext];
    m_nextContext = (m_nextContext + 1) % m_ios.size();
    return context;
}

void HttpServer::accept()
{
    m_acceptor.async_accept(net::make_strand(nextConnectionContext()), [this](beast::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || !m_acceptor.is_open()) return;
        if (!ec) std::make_shared<HttpSession>(std::move(socket), m_shared)->start();
        else if (isResourceShortage(ec)) return pauseAccepting(ec);
        accept();
    });
}

void HttpServer::pauseAccepting(const boost::system::error_code& error)
{
    m_acceptPauses->inc();
    ++m_acceptFailuresSinceWarning;
    const auto now = std::chrono::steady_clock::now();
    if (m_lastAcceptWarning == std::chrono::steady_clock::time_point{} ||
        now - m_lastAcceptWarning >= kAcceptWarningInterval) {
        obs::logWarn("cannot accept connections; pausing accepts", {{"error", error.message()},
                                                                    {"failures", m_acceptFailuresSinceWarning},
                                                                    {"pause_ms", kAcceptPause.count()},
                                                                    {"in_flight", m_inFlight.load()}});
        m_lastAcceptWarning = now;
        m_acceptFailuresSinceWarning = 0;
    }
    m_acceptPause.expires_after(kAcceptPause);
    m_acceptPause.async_wait([this](beast::error_code ec) {
        if (ec || !m_acceptor.is_open()) return;
        accept();
    });
}

std::size_t HttpServer::shutdown(std::chrono::milliseconds drainDeadline)
{
    if (m_ioThreads.empty()) return 0;
    m_stopping = true;
    net::post(m_acceptor.get_executor(), [this] {
        beast::error_code ec;
        m_acceptor.close(ec);
        m_acceptPause.cancel();
    });
    auto deadline = std::chrono::steady_clock::now() + drainDeadline;
    while (m_inFlight.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::size_t abandoned = m_inFlight.load();
    m_workers->stop();
    m_ioWork.clear();
    for (auto& context : m_ios) context->stop();
    for (auto& thread : m_ioThreads)
        if (thread.joinable()) thread.join();
    m_ioThreads.clear();
    return abandoned;
}

} // namespace md::http
