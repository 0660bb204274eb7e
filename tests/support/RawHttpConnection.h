#pragma once
// One TCP connection to a test server on which a protocol test controls every byte: it sends
// requests in parts (a header now, the body after a SIGTERM or a 100 Continue), reads responses one
// at a time (so a second response, e.g. a smuggled request, is seen as such), reads while it is
// still sending (as curl does with an early 413), and tells a close or a reset from silence.
// HttpClient::raw is enough for "these bytes, one answer"; use this when the order of events is
// the point of the test. Blocking socket with poll() deadlines, loopback only, one thread.
//
//   RawHttpConnection connection(server.host(), server.port());
//   QVERIFY(connection.connect());
//   connection.send("GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n");
//   HttpResponse first = connection.readResponse();
//   QVERIFY(!connection.readResponse(std::chrono::milliseconds(300)).status); // nothing more came

#include "support/HttpResponse.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace md::test {

class RawHttpConnection {
public:
    RawHttpConnection(std::string host, std::uint16_t port);
    ~RawHttpConnection();
    RawHttpConnection(RawHttpConnection&& other) noexcept;
    RawHttpConnection& operator=(RawHttpConnection&& other) noexcept;
    RawHttpConnection(const RawHttpConnection&) = delete;
    RawHttpConnection& operator=(const RawHttpConnection&) = delete;

    // False (see error()) when the connection is refused or not established in time.
    bool connect(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    bool isOpen() const { return m_socket >= 0; }

    // Writes all the bytes; false when the peer closed or reset the connection or the timeout passed
    // (a server that stopped reading) — error() says which. Never raises SIGPIPE.
    bool send(std::string_view bytes, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Writes the bytes while reading whatever the server answers meanwhile into the receive buffer,
    // like a client that watches for an early response during an upload. Stops writing (returns
    // false) when the server closed or reset the connection, or a whole response arrived and
    // stopOnResponse is set; readResponse() then parses what was received.
    bool sendWhileReading(std::string_view bytes, bool stopOnResponse,
                          std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // The next response: status line, headers and a body framed as its headers say (none for a
    // HEAD request, 1xx, 204 and 304; to the close without Content-Length or chunking). status 0
    // when none arrived completely in time or the connection ended first; transportError says
    // which ("timed out", "closed", "reset", a parse error). A 100 Continue is a response of its own.
    HttpResponse readResponse(std::chrono::milliseconds timeout = std::chrono::seconds(10), bool headRequest = false);
    // Bytes received but not consumed by readResponse, plus whatever arrives within the timeout.
    std::string readAvailable(std::chrono::milliseconds timeout);
    // True when the server closed (or reset) the connection within the timeout; data arriving
    // meanwhile is kept for readResponse/readAvailable.
    bool waitForClose(std::chrono::milliseconds timeout);
    // True once a read or write saw a reset (ECONNRESET/EPIPE) rather than an orderly close.
    bool wasReset() const { return m_reset; }
    bool peerClosed() const { return m_peerClosed; }

    void shutdownSend();
    void close();
    const std::string& error() const { return m_error; }

private:
    enum class ReadResult { Data, Closed, Reset, TimedOut };
    // One recv into m_received, waiting up to the deadline.
    ReadResult readOnce(std::chrono::steady_clock::time_point deadline);

    std::string m_host;
    std::uint16_t m_port;
    int m_socket = -1;
    std::string m_received;
    std::string m_error;
    bool m_peerClosed = false;
    bool m_reset = false;
};

} // namespace md::test
