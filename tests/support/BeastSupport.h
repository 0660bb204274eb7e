#pragma once
// Internal to tests/support: the Boost.Beast plumbing HttpClient and HttpStream share. Each client
// owns one io_context and runs it on the calling thread only for the duration of a call; a call
// that passes its deadline cancels the socket, so no test waits forever on a silent server.

#include "support/HttpResponse.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace md::test::beastsupport {

namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;

struct Outcome {
    boost::system::error_code error;
    bool timedOut = false;
};

// Starts an asynchronous operation (start(handler)) and runs io until it completes or the deadline
// passes; on the deadline the socket's operations are cancelled and the outcome says timedOut.
template <typename Start>
Outcome runUntil(boost::asio::io_context& io, tcp::socket& socket, Clock::time_point deadline, Start&& start)
{
    Outcome outcome;
    bool done = false;
    start([&](boost::system::error_code error, auto&&...) {
        outcome.error = error;
        done = true;
    });
    io.restart();
    auto remaining = deadline - Clock::now();
    if (remaining > Clock::duration::zero()) io.run_for(remaining);
    if (!done) {
        boost::system::error_code ignored;
        socket.cancel(ignored);
        io.restart();
        io.run();
        outcome.timedOut = true;
    }
    return outcome;
}

// sourceAddress (optional) is the local address to connect from, e.g. 127.0.0.2: Linux routes all of
// 127.0.0.0/8 to the loopback interface, so tests can play clients at different addresses.
inline Outcome connect(boost::asio::io_context& io, tcp::socket& socket, const std::string& host, std::uint16_t port,
                       Clock::time_point deadline, const std::string& sourceAddress = {})
{
    boost::system::error_code error;
    tcp::endpoint endpoint(boost::asio::ip::make_address(host, error), port);
    if (error) return {error, false};
    if (!sourceAddress.empty()) {
        auto source = boost::asio::ip::make_address(sourceAddress, error);
        if (!error) socket.open(endpoint.protocol(), error);
        if (!error) socket.bind(tcp::endpoint(source, 0), error);
        if (error) {
            boost::system::error_code ignored;
            socket.close(ignored);
            return {error, false};
        }
    }
    return runUntil(io, socket, deadline, [&](auto handler) { socket.async_connect(endpoint, handler); });
}

inline http::request<http::string_body> makeRequest(std::string_view method, std::string_view target,
                                                   const std::string& host, std::uint16_t port,
                                                   const HttpHeaders& headers, const std::string& bearerToken,
                                                   std::string body)
{
    http::request<http::string_body> request;
    request.method_string(method);
    request.target(target);
    request.version(11);
    request.set(http::field::host, host + ":" + std::to_string(port));
    bool hasAuthorization = false;
    for (const auto& [name, value] : headers) {
        request.insert(name, value);
        hasAuthorization = hasAuthorization || boost::beast::iequals(name, "Authorization");
    }
    if (!hasAuthorization && !bearerToken.empty()) request.set(http::field::authorization, "Bearer " + bearerToken);
    bool sendsBody = !body.empty() || method == "POST" || method == "PATCH" || method == "PUT";
    request.body() = std::move(body);
    if (sendsBody) request.prepare_payload();
    return request;
}

template <typename Fields> HttpHeaders copyHeaders(const Fields& fields)
{
    HttpHeaders headers;
    for (const auto& field : fields) headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    return headers;
}

inline std::string describe(const Outcome& outcome)
{
    return outcome.timedOut ? std::string("timed out") : outcome.error.message();
}

} // namespace md::test::beastsupport
