#pragma once
// One accepted connection of HttpServer. It reads requests one after another (keep-alive and
// pipelining), enforces the protocol rules before any handler runs (docs/API.md "HTTP": the head
// limits 414/431, framing, Host, methods, per-route body limits and the body budget, 100-continue,
// HEAD), admits the request through the dispatcher, runs its handler on the worker pool, and writes
// the answer: whole, streamed (chunked; to the close for HTTP/1.0), or as Server-Sent Events with
// heartbeats. An answer given before the body was read closes the connection after discarding what
// the client still sends (bounded), so the client gets to read it.
//
// Threads: everything runs on the connection's strand, apart from handlers (worker pool), which post
// their answer back to it. The session lives as long as an operation on its socket holds it
// (shared_from_this); a request counts as in flight for the drain from its first byte to its answer.

#include "http/BodyBudget.h"
#include "http/Dispatcher.h"
#include "http/Request.h"
#include "http/Response.h"
#include "http/Router.h"
#include "http/WorkerPool.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace md::http {

class SseChannel;
struct ServerOptions;

// What every connection of one HttpServer shares: its settings, routes, dispatcher and pools, and
// the counters its drain watches. Owned by the server; sessions keep it alive while they finish.
struct SessionContext {
    const ServerOptions& options;
    const Router& router;
    const Dispatcher& dispatcher;
    WorkerPool& workers;
    std::atomic<std::size_t>& inFlight;
    std::atomic<bool>& stopping;
    BodyBudget& bodyBudget;
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(boost::asio::ip::tcp::socket socket, std::shared_ptr<SessionContext> context);
    // Starts reading the first request, on the connection's strand.
    void start();

private:
    // Reading a request: the head, the checks on it, then the body.
    void readHeader();
    void readRestOfHeader();
    void onHeader(boost::beast::error_code ec, std::size_t headBytes);
    static bool expectsContinue(const boost::beast::http::request_header<>& header);
    std::optional<Response> framingRefusal(const boost::beast::http::request_header<>& header) const;
    // Answers decided from the head alone.
    Response uriTooLong() const;
    Response headersTooLarge() const;
    Response headLimitResponse() const;
    void refuseHead(Response response, bool mustClose);
    void readBody();
    void tooLarge();
    void onBody(boost::beast::error_code ec);

    // Answering, then the next request or the close.
    template <typename Message> void setCommonHeaders(Message& message, const Response& response) const;
    void respond(const std::shared_ptr<Request>& request, Response response);
    void finishRequest();
    void replyAndClose(unsigned status, const std::string& code, const std::string& message);
    void close();
    void lingerThenClose();
    void discardIncoming();

    // Streamed answers: a producer's chunks (StreamPipe) or Server-Sent Events (SseChannel).
    boost::beast::http::response<boost::beast::http::empty_body> streamHeader(const Response& response);
    template <typename Source>
    void writeStreamHeader(const Response& response, std::shared_ptr<Source> source, std::function<void()> onStarted);
    template <typename Source> void pump(const std::shared_ptr<Source>& source);
    void startProducerStream(Response response);
    void startEventStream(Response response);
    template <typename Source> void watchForHangUp(std::shared_ptr<Source> channel);
    void scheduleHeartbeat(std::shared_ptr<SseChannel> channel);

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    std::shared_ptr<SessionContext> m_shared;
    boost::asio::steady_timer m_heartbeat;
    std::string m_remote;
    std::string m_method;
    std::string m_routeLabel;
    const Route* m_route = nullptr;
    std::map<std::string, std::string> m_params;
    std::chrono::steady_clock::time_point m_started{};
    std::size_t m_requestsServed = 0;
    std::size_t m_lingeredBytes = 0;
    unsigned m_version = 11;
    bool m_isHead = false;
    bool m_keepAlive = true;
    bool m_closeAfterResponse = false;
    // The answer goes out before the body was read: discard what the client still sends before closing.
    bool m_lingerAfterResponse = false;
    bool m_countedInFlight = false;
    std::size_t m_bodyReserved = 0; // held in the body budget until the request is answered
    bool m_chunkedStream = true;
    bool m_writingChunk = false;
    bool m_streamEnded = false;
};

} // namespace md::http
