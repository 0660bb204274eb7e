#include "support/HttpClient.h"

#include "support/BeastSupport.h"

#include <boost/asio/write.hpp>

#include <optional>

namespace md::test {

namespace bs = beastsupport;
namespace http = bs::http;

struct HttpClient::Connection {
    boost::asio::io_context io;
    bs::tcp::socket socket{io};
    boost::beast::flat_buffer buffer;
    bool open = false;

    void close()
    {
        boost::system::error_code ignored;
        socket.shutdown(bs::tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
        buffer.clear();
        open = false;
    }
};

namespace {

constexpr std::uint64_t kResponseHeaderLimit = 1 << 20;

HttpResponse transportFailure(const std::string& what)
{
    HttpResponse response;
    response.transportError = what;
    return response;
}

// The response read from a connection whose request was already written.
template <typename Connection>
HttpResponse readResponse(Connection& connection, bool headRequest, bs::Clock::time_point deadline, bool& keepAlive,
                          bs::Outcome& outcome)
{
    http::response_parser<http::string_body> parser;
    parser.header_limit(kResponseHeaderLimit);
    parser.body_limit(boost::none);
    if (headRequest) parser.skip(true);
    outcome = bs::runUntil(connection.io, connection.socket, deadline, [&](auto handler) {
        http::async_read(connection.socket, connection.buffer, parser, handler);
    });
    if (outcome.error || outcome.timedOut) {
        keepAlive = false;
        return transportFailure(bs::describe(outcome));
    }
    auto message = parser.release();
    HttpResponse response;
    response.status = static_cast<int>(message.result_int());
    response.headers = bs::copyHeaders(message);
    response.chunked = message.chunked();
    response.body = std::move(message.body());
    keepAlive = message.keep_alive();
    return response;
}

} // namespace

HttpClient::HttpClient(std::string host, std::uint16_t port)
    : m_host(std::move(host)), m_port(port), m_connection(std::make_unique<Connection>())
{
}

HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

HttpResponse HttpClient::get(std::string_view target, const HttpHeaders& headers)
{
    return exchange("GET", target, {}, headers);
}

HttpResponse HttpClient::del(std::string_view target, const HttpHeaders& headers)
{
    return exchange("DELETE", target, {}, headers);
}

HttpResponse HttpClient::post(std::string_view target, const nlohmann::json& body, const HttpHeaders& headers)
{
    HttpHeaders all{{"Content-Type", "application/json"}};
    all.insert(all.end(), headers.begin(), headers.end());
    return exchange("POST", target, body.dump(), all);
}

HttpResponse HttpClient::patch(std::string_view target, const nlohmann::json& body, const HttpHeaders& headers)
{
    HttpHeaders all{{"Content-Type", "application/json"}};
    all.insert(all.end(), headers.begin(), headers.end());
    return exchange("PATCH", target, body.dump(), all);
}

HttpResponse HttpClient::request(std::string_view method, std::string_view target, std::string body,
                                 const HttpHeaders& headers)
{
    return exchange(method, target, std::move(body), headers);
}

HttpResponse HttpClient::exchange(std::string_view method, std::string_view target, std::string body,
                                  const HttpHeaders& headers)
{
    // A later header with the same name (e.g. a caller's Content-Type) replaces an earlier default.
    HttpHeaders merged;
    for (const auto& header : headers) {
        std::erase_if(merged, [&](const auto& existing) { return boost::beast::iequals(existing.first, header.first); });
        merged.push_back(header);
    }
    auto request = bs::makeRequest(method, target, m_host, m_port, merged, m_bearerToken, std::move(body));
    const auto deadline = bs::Clock::now() + m_timeout;
    Connection& connection = *m_connection;

    // A kept-alive connection may have been closed by the server meanwhile; then one retry on a
    // fresh connection (nothing of the request was processed when the write or the first read fails).
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = connection.open;
        if (!connection.open) {
            auto outcome = bs::connect(connection.io, connection.socket, m_host, m_port, deadline, m_sourceAddress);
            if (outcome.error || outcome.timedOut) {
                connection.close();
                return transportFailure("connect to " + m_host + ":" + std::to_string(m_port) + ": " +
                                        bs::describe(outcome));
            }
            connection.open = true;
        }
        auto written = bs::runUntil(connection.io, connection.socket, deadline, [&](auto handler) {
            http::async_write(connection.socket, request, handler);
        });
        bool keepAlive = false;
        bs::Outcome readOutcome;
        HttpResponse response;
        // Read even when the write failed: a server may answer early (413) and close before taking
        // the whole body, and that answer is what the caller wants to see.
        if (!written.timedOut) response = readResponse(connection, method == "HEAD", deadline, keepAlive, readOutcome);
        const bool staleConnection = reused && !written.timedOut && !readOutcome.timedOut && response.status == 0 &&
                                     (written.error || readOutcome.error == http::error::end_of_stream ||
                                      readOutcome.error == boost::asio::error::connection_reset ||
                                      readOutcome.error == boost::asio::error::eof);
        if (!keepAlive || response.status == 0) connection.close();
        if (staleConnection && attempt == 0) continue;
        if (response.status == 0 && (written.error || written.timedOut))
            return transportFailure("send: " + bs::describe(written) + "; read: " + response.transportError);
        return response;
    }
    return transportFailure("unreachable");
}

HttpResponse HttpClient::raw(std::string_view bytes)
{
    Connection connection;
    const auto deadline = bs::Clock::now() + m_timeout;
    auto connected = bs::connect(connection.io, connection.socket, m_host, m_port, deadline, m_sourceAddress);
    if (connected.error || connected.timedOut) return transportFailure("connect: " + bs::describe(connected));
    auto written = bs::runUntil(connection.io, connection.socket, deadline, [&](auto handler) {
        boost::asio::async_write(connection.socket, boost::asio::buffer(bytes.data(), bytes.size()), handler);
    });
    // A server may answer (e.g. 431) and close before reading everything we sent; still read its answer.
    bool keepAlive = false;
    bs::Outcome readOutcome;
    HttpResponse response = readResponse(connection, false, deadline, keepAlive, readOutcome);
    if (response.status == 0 && (written.error || written.timedOut))
        response.transportError = "send: " + bs::describe(written) + "; read: " + response.transportError;
    connection.close();
    return response;
}

HttpStream HttpClient::openStream(std::string_view method, std::string_view target, const HttpHeaders& headers,
                                  std::string body)
{
    return HttpStream::open(m_host, m_port, method, target, headers, m_bearerToken, std::move(body), m_timeout,
                            m_sourceAddress);
}

void HttpClient::setSourceAddress(std::string address)
{
    m_sourceAddress = std::move(address);
    m_connection->close(); // the next request connects from the new address
}

} // namespace md::test
