#include "support/RawHttpConnection.h"

#include "support/BeastSupport.h"

#include <boost/asio/buffer.hpp>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace md::test {

namespace {

using Clock = std::chrono::steady_clock;
namespace http = beastsupport::http;

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::uint64_t kResponseHeaderLimit = 1 << 20;

int remainingMilliseconds(Clock::time_point deadline)
{
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left <= 0 ? 0 : static_cast<int>(std::min<long long>(left, 60000));
}

bool isReset(int error)
{
    return error == ECONNRESET || error == EPIPE;
}

} // namespace

RawHttpConnection::RawHttpConnection(std::string host, std::uint16_t port) : m_host(std::move(host)), m_port(port) {}

RawHttpConnection::~RawHttpConnection()
{
    close();
}

RawHttpConnection::RawHttpConnection(RawHttpConnection&& other) noexcept
    : m_host(std::move(other.m_host)), m_port(other.m_port), m_socket(other.m_socket),
      m_received(std::move(other.m_received)), m_error(std::move(other.m_error)), m_peerClosed(other.m_peerClosed),
      m_reset(other.m_reset)
{
    other.m_socket = -1;
}

RawHttpConnection& RawHttpConnection::operator=(RawHttpConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_host = std::move(other.m_host);
        m_port = other.m_port;
        m_socket = other.m_socket;
        m_received = std::move(other.m_received);
        m_error = std::move(other.m_error);
        m_peerClosed = other.m_peerClosed;
        m_reset = other.m_reset;
        other.m_socket = -1;
    }
    return *this;
}

bool RawHttpConnection::connect(std::chrono::milliseconds timeout)
{
    close();
    m_received.clear();
    m_error.clear();
    m_peerClosed = m_reset = false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    if (::inet_pton(AF_INET, m_host.c_str(), &address.sin_addr) != 1) {
        m_error = "not an IPv4 address: " + m_host;
        return false;
    }
    m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_socket < 0) {
        m_error = std::string("socket: ") + std::strerror(errno);
        return false;
    }
    int one = 1;
    ::setsockopt(m_socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(m_socket, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 && errno != EINPROGRESS) {
        m_error = std::string("connect: ") + std::strerror(errno);
        close();
        return false;
    }
    pollfd descriptor{m_socket, POLLOUT, 0};
    int ready = ::poll(&descriptor, 1, static_cast<int>(timeout.count()));
    int socketError = 0;
    socklen_t length = sizeof socketError;
    if (ready == 1) ::getsockopt(m_socket, SOL_SOCKET, SO_ERROR, &socketError, &length);
    if (ready != 1 || socketError != 0) {
        m_error =
            ready != 1 ? std::string("connect: timed out") : std::string("connect: ") + std::strerror(socketError);
        close();
        return false;
    }
    return true;
}

bool RawHttpConnection::send(std::string_view bytes, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (!bytes.empty()) {
        if (m_socket < 0) {
            m_error = "send: not connected";
            return false;
        }
        ssize_t sent = ::send(m_socket, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent > 0) {
            bytes.remove_prefix(static_cast<std::size_t>(sent));
            continue;
        }
        if (sent < 0 && errno == EINTR) continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd descriptor{m_socket, POLLOUT, 0};
            if (::poll(&descriptor, 1, remainingMilliseconds(deadline)) == 0) {
                m_error = "send: timed out (the server stopped reading)";
                return false;
            }
            continue;
        }
        m_reset = m_reset || isReset(errno);
        m_error = std::string("send: ") + std::strerror(errno);
        return false;
    }
    return true;
}

bool RawHttpConnection::sendWhileReading(std::string_view bytes, bool stopOnResponse, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (!bytes.empty()) {
        if (m_socket < 0) {
            m_error = "send: not connected";
            return false;
        }
        if (stopOnResponse && m_received.find("\r\n\r\n") != std::string::npos) {
            m_error = "send: stopped, the server answered";
            return false;
        }
        pollfd descriptor{m_socket, static_cast<short>(POLLOUT | POLLIN), 0};
        if (::poll(&descriptor, 1, remainingMilliseconds(deadline)) == 0) {
            m_error = "send: timed out (the server stopped reading)";
            return false;
        }
        if (descriptor.revents & (POLLIN | POLLHUP | POLLERR)) {
            ReadResult result = readOnce(Clock::now());
            if (result == ReadResult::Reset || result == ReadResult::Closed) {
                m_error = result == ReadResult::Reset ? "send: the server reset the connection"
                                                      : "send: the server closed the connection";
                return false;
            }
        }
        if (!(descriptor.revents & POLLOUT)) continue;
        ssize_t sent = ::send(m_socket, bytes.data(), std::min<std::size_t>(bytes.size(), kReadChunk), MSG_NOSIGNAL);
        if (sent > 0) {
            bytes.remove_prefix(static_cast<std::size_t>(sent));
            continue;
        }
        if (sent < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        m_reset = m_reset || isReset(errno);
        m_error = std::string("send: ") + std::strerror(errno);
        return false;
    }
    return true;
}

RawHttpConnection::ReadResult RawHttpConnection::readOnce(Clock::time_point deadline)
{
    if (m_socket < 0 || m_peerClosed) return m_reset ? ReadResult::Reset : ReadResult::Closed;
    for (;;) {
        char chunk[kReadChunk];
        ssize_t received = ::recv(m_socket, chunk, sizeof chunk, 0);
        if (received > 0) {
            m_received.append(chunk, static_cast<std::size_t>(received));
            return ReadResult::Data;
        }
        if (received == 0) {
            m_peerClosed = true;
            return ReadResult::Closed;
        }
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            pollfd descriptor{m_socket, POLLIN, 0};
            if (::poll(&descriptor, 1, remainingMilliseconds(deadline)) == 0) return ReadResult::TimedOut;
            continue;
        }
        m_peerClosed = true;
        m_reset = m_reset || isReset(errno);
        m_error = std::string("recv: ") + std::strerror(errno);
        return m_reset ? ReadResult::Reset : ReadResult::Closed;
    }
}

HttpResponse RawHttpConnection::readResponse(std::chrono::milliseconds timeout, bool headRequest)
{
    const auto deadline = Clock::now() + timeout;
    http::response_parser<http::string_body> parser;
    parser.eager(true);
    parser.header_limit(kResponseHeaderLimit);
    parser.body_limit(boost::none);
    if (headRequest) parser.skip(true);
    HttpResponse response;
    auto failed = [&](std::string why) {
        response.status = 0;
        response.transportError = std::move(why);
        return response;
    };
    for (;;) {
        if (!m_received.empty()) {
            boost::system::error_code error;
            std::size_t used = parser.put(boost::asio::buffer(m_received.data(), m_received.size()), error);
            m_received.erase(0, used);
            if (error && error != http::error::need_more) return failed("unparsable response: " + error.message());
            if (parser.is_done()) break;
            if (used > 0 && !m_received.empty()) continue;
        }
        ReadResult result = readOnce(deadline);
        if (result == ReadResult::Data) continue;
        if (result == ReadResult::TimedOut) return failed("timed out");
        if (result == ReadResult::Reset) return failed("reset");
        // Closed: a body delimited by the close ends here.
        if (parser.is_header_done()) {
            boost::system::error_code error;
            parser.put_eof(error);
            if (!error && parser.is_done()) break;
        }
        return failed("closed");
    }
    auto message = parser.release();
    response.status = static_cast<int>(message.result_int());
    response.headers = beastsupport::copyHeaders(message);
    response.chunked = message.chunked();
    response.body = std::move(message.body());
    return response;
}

std::string RawHttpConnection::readAvailable(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (readOnce(deadline) == ReadResult::Data) {
    }
    std::string out;
    out.swap(m_received);
    return out;
}

bool RawHttpConnection::waitForClose(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        ReadResult result = readOnce(deadline);
        if (result == ReadResult::Closed || result == ReadResult::Reset) return true;
        if (result == ReadResult::TimedOut) return false;
    }
}

void RawHttpConnection::shutdownSend()
{
    if (m_socket >= 0) ::shutdown(m_socket, SHUT_WR);
}

void RawHttpConnection::close()
{
    if (m_socket >= 0) ::close(m_socket);
    m_socket = -1;
}

} // namespace md::test
