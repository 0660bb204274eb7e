#pragma once
// A small synchronous HTTP/1.1 client for tests (Boost.Beast over loopback). It keeps one
// keep-alive connection and reopens it when the server closed it. Not thread-safe: give each
// thread its own instance (they share nothing, so 50+ threads can hammer a server at once).
//
//   HttpClient client(server.host(), server.port());
//   client.setBearerToken(fixtures.token(Role::Admin));
//   HttpResponse response = client.post("/api/v1/products", {{"sku", "A-1"}, ...}, {{"Idempotency-Key", "k1"}});
//   QCOMPARE(response.status, 201);
//
// Headers given per call win over the defaults (an explicit Authorization replaces the bearer token).

#include "support/HttpResponse.h"
#include "support/HttpStream.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace md::test {

class HttpClient {
public:
    HttpClient(std::string host, std::uint16_t port);
    ~HttpClient();
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;

    // Sent as "Authorization: Bearer <token>" on every request; "" sends none.
    void setBearerToken(std::string token) { m_bearerToken = std::move(token); }
    const std::string& bearerToken() const { return m_bearerToken; }
    // Deadline for one whole request (connect, send, receive). Default 30 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Connects from this local address (e.g. "127.0.0.2": all of 127.0.0.0/8 reaches a loopback
    // server), so that the server sees a client at another address; "" lets the kernel choose.
    // Takes effect from the next connection.
    void setSourceAddress(std::string address);
    const std::string& sourceAddress() const { return m_sourceAddress; }

    HttpResponse get(std::string_view target, const HttpHeaders& headers = {});
    HttpResponse del(std::string_view target, const HttpHeaders& headers = {});
    // JSON bodies are sent with Content-Type: application/json.
    HttpResponse post(std::string_view target, const nlohmann::json& body, const HttpHeaders& headers = {});
    HttpResponse patch(std::string_view target, const nlohmann::json& body, const HttpHeaders& headers = {});
    // Any method with a verbatim body; give the Content-Type in headers if you want one.
    HttpResponse request(std::string_view method, std::string_view target, std::string body = {},
                         const HttpHeaders& headers = {});
    // Writes arbitrary bytes on a fresh connection and reads one response (status 0 if the server
    // closed the connection without answering). For malformed requests and oversized headers.
    HttpResponse raw(std::string_view bytes);
    // Sends a request and returns once the response header arrived; read the body with the stream
    // (SSE events, chunked exports). Uses a connection of its own.
    HttpStream openStream(std::string_view method, std::string_view target, const HttpHeaders& headers = {},
                          std::string body = {});

    const std::string& host() const { return m_host; }
    std::uint16_t port() const { return m_port; }

private:
    struct Connection;
    HttpResponse exchange(std::string_view method, std::string_view target, std::string body,
                          const HttpHeaders& headers);

    std::string m_host;
    std::uint16_t m_port;
    std::string m_bearerToken;
    std::chrono::milliseconds m_timeout{30000};
    std::string m_sourceAddress;
    std::unique_ptr<Connection> m_connection;
};

} // namespace md::test
