#include "http/HttpSession.h"

#include "http/ErrorMapping.h"
#include "http/HttpServer.h"
#include "http/SseChannel.h"
#include "http/StreamPipe.h"
#include "observability/Log.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>

#include <array>
#include <cstdio>
#include <ctime>

namespace md::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;

namespace {

// Limits of the request head (docs/API.md "HTTP"), measured separately so that a long URL is a 414
// and a long header block a 431.
constexpr std::size_t kTargetLimit = 8 * 1024;
constexpr std::size_t kHeaderFieldsLimit = 16 * 1024;
// What Beast may buffer for a whole head: both limits plus the rest of the request line.
constexpr std::size_t kHeadLimit = kTargetLimit + kHeaderFieldsLimit + 256;
constexpr std::size_t kReadSize = 16 * 1024;
// After an answer to a request whose body was not read (413, a refused framing), the server stops
// sending and discards what the client still sends, for at most this long and this much, before it
// closes: closing with unread bytes resets the connection, and the client then loses the answer.
constexpr auto kLingerTime = std::chrono::seconds(1);
constexpr std::size_t kLingerBytes = 8 * 1024 * 1024;

// The methods of HTTP itself. Anything else is answered 501 before routing, and counted under one
// metric label, so no client-chosen string becomes a label value.
std::string_view knownMethod(std::string_view method)
{
    static constexpr std::string_view kKnown[] = {"GET",    "HEAD",    "POST",  "PUT",    "PATCH",
                                                  "DELETE", "OPTIONS", "TRACE", "CONNECT"};
    for (std::string_view known : kKnown)
        if (known == method) return known;
    return "OTHER";
}

// IMF-fixdate, formatted once per second per thread.
const std::string& httpDate()
{
    thread_local std::time_t formattedSecond = -1;
    thread_local std::string formatted;
    const std::time_t now = std::time(nullptr);
    if (now != formattedSecond) {
        static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::tm utc{};
        gmtime_r(&now, &utc);
        char text[64];
        std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[utc.tm_wday % 7], utc.tm_mday,
                      kMonths[utc.tm_mon % 12], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
        formatted = text;
        formattedSecond = now;
    }
    return formatted;
}

bool hasNoBody(unsigned status)
{
    return status < 200 || status == 204 || status == 304;
}

template <typename Fields> std::size_t fieldCount(const Fields& fields, bhttp::field name)
{
    return static_cast<std::size_t>(fields.count(name));
}

const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

} // namespace

HttpSession::HttpSession(tcp::socket socket, std::shared_ptr<SessionContext> context)
    : m_stream(std::move(socket)), m_shared(std::move(context)), m_heartbeat(m_stream.get_executor())
{
    beast::error_code ec;
    auto endpoint = m_stream.socket().remote_endpoint(ec);
    if (!ec) m_remote = endpoint.address().to_string();
    m_stream.socket().set_option(tcp::no_delay(true), ec);
}

void HttpSession::start()
{
    net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->readHeader(); });
}

void HttpSession::readHeader()
{
    m_parser.emplace();
    m_parser->header_limit(kHeadLimit);
    // No limit yet: Beast checks Content-Length against body_limit while parsing the header,
    // before the route (and its own limit, applied in onHeader) is known; that made every body
    // over 1 MiB a 400 instead of the route's 413 or an accepted 20 MiB CSV import.
    m_parser->body_limit(boost::none);
    m_method = "OTHER";
    m_routeLabel = "unmatched";
    m_route = nullptr;
    m_params.clear();
    m_isHead = false;
    m_version = 11;
    m_keepAlive = true;
    m_closeAfterResponse = false;
    m_lingerAfterResponse = false;
    m_started = {};
    m_stream.expires_after(m_requestsServed == 0 ? m_shared->options.headerTimeout : m_shared->options.idleTimeout);
    if (m_buffer.size() > 0) return readRestOfHeader(); // pipelined: the next request is here already
    // Wait for the first byte before the request counts as in flight: an idle keep-alive
    // connection must not hold the drain, a request whose bytes have begun to arrive must.
    m_stream.async_read_some(m_buffer.prepare(kReadSize),
                             [self = shared_from_this()](beast::error_code ec, std::size_t bytes) {
                                 self->m_buffer.commit(bytes);
                                 if (ec && bytes == 0) return self->close();
                                 self->readRestOfHeader();
                             });
}

void HttpSession::readRestOfHeader()
{
    if (!m_countedInFlight) {
        m_shared->inFlight.fetch_add(1);
        m_countedInFlight = true;
    }
    m_stream.expires_after(m_shared->options.headerTimeout);
    bhttp::async_read_header(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code ec, std::size_t used) { self->onHeader(ec, used); });
}

void HttpSession::onHeader(beast::error_code ec, std::size_t headBytes)
{
    m_started = std::chrono::steady_clock::now();
    if (ec) {
        if (ec == bhttp::error::header_limit) return refuseHead(headLimitResponse(), true);
        if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == net::error::eof ||
            ec == net::error::connection_reset || ec == net::error::operation_aborted)
            return close();
        return refuseHead(errorResponse(400, "malformed_request", "the request could not be parsed"), true);
    }
    auto& header = m_parser->get();
    m_version = header.version();
    m_keepAlive = header.keep_alive();
    m_method = std::string(knownMethod(header.method_string()));
    m_isHead = header.method_string() == "HEAD";
    // A body this server will not read leaves the connection unusable for another request.
    const bool hasBody = fieldCount(header, bhttp::field::transfer_encoding) > 0 ||
                         (m_parser->content_length() && *m_parser->content_length() > 0);

    std::string_view target = header.target();
    if (target.size() > kTargetLimit) return refuseHead(uriTooLong(), true);
    const std::size_t requestLine = header.method_string().size() + target.size() + 12;
    if (headBytes > requestLine + kHeaderFieldsLimit) return refuseHead(headersTooLarge(), true);
    if (auto refusal = framingRefusal(header)) return refuseHead(std::move(*refusal), true);
    const std::size_t hosts = fieldCount(header, bhttp::field::host);
    if (hosts > 1 || (hosts == 0 && m_version >= 11))
        return refuseHead(errorResponse(400, "malformed_request", "an HTTP/1.1 request needs exactly one Host header"),
                          hasBody);
    if (m_method == "OTHER")
        return refuseHead(
            errorResponse(501, "not_implemented",
                          "this method is not implemented; the API uses GET, HEAD, POST, PATCH and DELETE"),
            hasBody);

    auto decoded = percentDecode(target.substr(0, target.find('?')), false);
    RouteMatch match = m_shared->router.match(m_method, decoded ? *decoded : std::string_view(target));
    if (!match.route) {
        Response response = match.allowedMethods.empty()
                                ? errorResponse(404, "not_found", "no such endpoint")
                                : errorResponse(405, "method_not_allowed", "method not allowed on this endpoint");
        if (!match.allowedMethods.empty()) response.header("Allow", match.allowedMethods);
        return refuseHead(std::move(response), hasBody);
    }
    m_route = match.route;
    m_routeLabel = m_route->pattern;
    m_params = std::move(match.params);
    if (header.has_content_length() && m_parser->content_length() &&
        *m_parser->content_length() > m_route->maxBodyBytes)
        return tooLarge();
    m_parser->body_limit(m_route->maxBodyBytes);
    const bool bodyToCome = header.chunked() || (m_parser->content_length() && *m_parser->content_length() > 0);
    // A chunked body may grow to the route's limit, so that is what it holds in the budget.
    const std::size_t bodyBytes = !bodyToCome        ? 0
                                  : header.chunked() ? m_route->maxBodyBytes
                                                     : static_cast<std::size_t>(*m_parser->content_length());
    if (!m_shared->bodyBudget.tryReserve(bodyBytes)) {
        Response busy = errorResponse(503, "server_busy",
                                      "the server is receiving as many uploads as its memory allows; retry shortly",
                                      {{"body_bytes", bodyBytes}});
        busy.header("Retry-After", "2");
        return refuseHead(std::move(busy), true);
    }
    m_bodyReserved = bodyBytes;
    if (bodyToCome && m_version >= 11 && expectsContinue(header)) {
        // The header is acceptable: tell the client to send the body now rather than after its
        // own timeout (curl waits a second).
        m_stream.expires_after(m_shared->options.writeTimeout);
        return net::async_write(m_stream, net::buffer(kContinue),
                                [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                    if (ec) return self->close();
                                    self->readBody();
                                });
    }
    readBody();
}

bool HttpSession::expectsContinue(const bhttp::request_header<>& header)
{
    auto expect = header[bhttp::field::expect];
    return !expect.empty() && beast::iequals(expect, "100-continue");
}

// Framing that two parties could read differently (request smuggling) is refused, never guessed:
// both Transfer-Encoding and Content-Length, more than one Content-Length, and any transfer
// coding but a single "chunked". Beast alone would read "chunked, identity" as no body and
// "xchunked" next to a Content-Length as that length, leaving the rest as a second request.
std::optional<Response> HttpSession::framingRefusal(const bhttp::request_header<>& header) const
{
    const std::size_t codings = fieldCount(header, bhttp::field::transfer_encoding);
    const std::size_t lengths = fieldCount(header, bhttp::field::content_length);
    if (codings > 0 && lengths > 0)
        return errorResponse(400, "malformed_request",
                             "a request may not carry both Transfer-Encoding and Content-Length");
    if (lengths > 1 || (lengths == 1 && header[bhttp::field::content_length].find(',') != std::string_view::npos))
        return errorResponse(400, "malformed_request", "a request carries one Content-Length");
    if (codings == 0) return std::nullopt;
    if (m_version < 11)
        return errorResponse(400, "malformed_request", "Transfer-Encoding is not allowed in an HTTP/1.0 request");
    if (codings > 1 || !beast::iequals(header[bhttp::field::transfer_encoding], "chunked"))
        return errorResponse(501, "not_implemented", "the only transfer coding accepted is chunked");
    return std::nullopt;
}

Response HttpSession::uriTooLong() const
{
    return errorResponse(414, "uri_too_long",
                         "the request target is longer than " + std::to_string(kTargetLimit) + " bytes",
                         {{"limit_bytes", kTargetLimit}});
}

Response HttpSession::headersTooLarge() const
{
    return errorResponse(431, "headers_too_large",
                         "the request headers are larger than " + std::to_string(kHeaderFieldsLimit) + " bytes",
                         {{"limit_bytes", kHeaderFieldsLimit}});
}

// Beast stopped at its limit for the whole head. It stores the request line as soon as it has
// parsed it, so an empty target means the request line alone was over the limit.
Response HttpSession::headLimitResponse() const
{
    const std::string_view target = m_parser->get().target();
    return target.empty() || target.size() > kTargetLimit ? uriTooLong() : headersTooLarge();
}

// An answer given before the body (if any) is read. With a body left unread the connection
// cannot carry another request, so it closes, after letting the client read the answer.
void HttpSession::refuseHead(Response response, bool mustClose)
{
    if (mustClose) {
        m_closeAfterResponse = true;
        m_lingerAfterResponse = true;
    }
    respond(nullptr, std::move(response));
}

void HttpSession::readBody()
{
    m_stream.expires_after(m_shared->options.bodyTimeout);
    bhttp::async_read(m_stream, m_buffer, *m_parser,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
}

void HttpSession::tooLarge()
{
    refuseHead(errorResponse(413, "payload_too_large",
                             "the body is larger than this endpoint accepts (" + std::to_string(m_route->maxBodyBytes) +
                                 " bytes)",
                             {{"limit_bytes", m_route->maxBodyBytes}}),
               true);
}

void HttpSession::onBody(beast::error_code ec)
{
    if (ec == bhttp::error::body_limit) return tooLarge();
    if (ec) {
        if (ec == beast::error::timeout)
            return replyAndClose(408, "request_timeout", "the body took too long to arrive");
        if (ec == bhttp::error::end_of_stream || ec == net::error::eof || ec == net::error::connection_reset ||
            ec == net::error::operation_aborted)
            return close();
        return replyAndClose(400, "malformed_request", "the request body could not be parsed");
    }
    std::shared_ptr<Request> request;
    try {
        request = std::make_shared<Request>(m_parser->release(), m_remote);
    } catch (const DomainError& error) {
        return respond(nullptr, errorResponse(error));
    }
    request->setParams(std::move(m_params));

    const Dispatcher& dispatcher = m_shared->dispatcher;
    if (auto refusal = dispatcher.admit(*request, *m_route)) return respond(request, std::move(*refusal));
    if (auto fast = dispatcher.tryFastPath(*request, *m_route)) return respond(request, std::move(*fast));

    auto self = shared_from_this();
    const Route* route = m_route;
    bool queued = m_shared->workers.tryPost([self, request, route] {
        auto send = [self, request](Response response) {
            net::post(self->m_stream.get_executor(), [self, request, response = std::move(response)]() mutable {
                self->respond(request, std::move(response));
            });
        };
        if (route->deferredHandler)
            self->m_shared->dispatcher.runDeferred(request, *route, send);
        else
            send(self->m_shared->dispatcher.run(*request, *route));
    });
    if (!queued) {
        Response busy = errorResponse(503, "server_busy", "the server is at capacity; retry shortly");
        busy.header("Retry-After", "1");
        respond(request, std::move(busy));
    }
}

// Server, Date, the content type and the handler's headers: what every answer carries.
template <typename Message> void HttpSession::setCommonHeaders(Message& message, const Response& response) const
{
    message.version(11);
    message.result(response.status);
    message.set(bhttp::field::server, "marketdesk");
    message.set(bhttp::field::date, httpDate());
    if (!response.contentType.empty()) message.set(bhttp::field::content_type, response.contentType);
    for (auto& [name, value] : response.headers)
        message.insert(name, value);
}

void HttpSession::respond(const std::shared_ptr<Request>& request, Response response)
{
    m_shared->dispatcher.record(request.get(), m_method, m_routeLabel, response, m_started);
    ++m_requestsServed;
    if (m_shared->stopping.load()) m_closeAfterResponse = true;
    // HEAD: the GET's status and headers, never its body; a stream is not even started.
    bool streamedHead = false;
    if (m_isHead && (response.eventChannel || response.streamProducer)) {
        if (response.eventChannel) response.eventChannel->close();
        response.eventChannel.reset();
        response.streamProducer = nullptr;
        streamedHead = true;
    }
    if (response.eventChannel) return startEventStream(std::move(response));
    if (response.streamProducer) return startProducerStream(std::move(response));

    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    setCommonHeaders(*message, response);
    // Content-Length is set by hand: prepare_payload() would give a 304 "Content-Length: 0"
    // (which claims the representation is empty) and a HEAD answer the length of no body.
    if (hasNoBody(response.status)) {
        response.body.clear();
    } else if (!streamedHead) {
        message->content_length(response.body.size());
    }
    if (!m_isHead) message->body() = std::move(response.body);
    const bool keepAlive = m_keepAlive && !m_closeAfterResponse;
    message->keep_alive(keepAlive);
    if (keepAlive && m_version < 11) message->set(bhttp::field::connection, "keep-alive");
    m_stream.expires_after(m_shared->options.writeTimeout);
    bhttp::async_write(m_stream, *message,
                       [self = shared_from_this(), message, keepAlive](beast::error_code ec, std::size_t) {
                           if (ec) return self->close();
                           if (!keepAlive) return self->m_lingerAfterResponse ? self->lingerThenClose() : self->close();
                           self->finishRequest();
                           self->readHeader();
                       });
}

void HttpSession::finishRequest()
{
    if (m_bodyReserved > 0) {
        m_shared->bodyBudget.release(m_bodyReserved);
        m_bodyReserved = 0;
    }
    if (m_countedInFlight) {
        m_countedInFlight = false;
        m_shared->inFlight.fetch_sub(1);
    }
}

void HttpSession::replyAndClose(unsigned status, const std::string& code, const std::string& message)
{
    m_closeAfterResponse = true;
    m_lingerAfterResponse = true;
    if (m_started == std::chrono::steady_clock::time_point{}) m_started = std::chrono::steady_clock::now();
    respond(nullptr, errorResponse(status, code, message));
}

void HttpSession::close()
{
    finishRequest();
    m_heartbeat.cancel();
    beast::error_code ec;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    m_stream.close();
}

// The answer is out, but the client may still be sending a body nobody will read: stop sending,
// discard what arrives (bounded in time and bytes), then close. The request no longer counts as
// in flight, so this never holds the drain.
void HttpSession::lingerThenClose()
{
    finishRequest();
    m_heartbeat.cancel();
    beast::error_code ec;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) return close();
    m_lingeredBytes = 0;
    m_stream.expires_after(kLingerTime);
    discardIncoming();
}

void HttpSession::discardIncoming()
{
    m_buffer.consume(m_buffer.size());
    m_stream.async_read_some(m_buffer.prepare(kReadSize),
                             [self = shared_from_this()](beast::error_code ec, std::size_t bytes) {
                                 self->m_lingeredBytes += bytes;
                                 if (ec || self->m_lingeredBytes >= kLingerBytes) return self->close();
                                 self->discardIncoming();
                             });
}

// Streams: a header, then whatever the source yields. HTTP/1.1 clients get it chunked, with a
// last chunk at the end; HTTP/1.0 clients know no chunking, so theirs ends with the connection.
bhttp::response<bhttp::empty_body> HttpSession::streamHeader(const Response& response)
{
    bhttp::response<bhttp::empty_body> header;
    setCommonHeaders(header, response);
    m_chunkedStream = m_version >= 11;
    header.chunked(m_chunkedStream);
    header.keep_alive(false);
    return header;
}

template <typename Source>
void HttpSession::writeStreamHeader(const Response& response, std::shared_ptr<Source> source,
                                    std::function<void()> onStarted)
{
    auto header = std::make_shared<bhttp::response<bhttp::empty_body>>(streamHeader(response));
    auto serializer = std::make_shared<bhttp::response_serializer<bhttp::empty_body>>(*header);
    m_stream.expires_after(m_shared->options.writeTimeout);
    bhttp::async_write_header(m_stream, *serializer,
                              [self = shared_from_this(), header, serializer, source,
                               onStarted = std::move(onStarted)](beast::error_code ec, std::size_t) {
                                  if (ec) {
                                      source->close();
                                      return self->close();
                                  }
                                  std::weak_ptr<HttpSession> weak = self;
                                  auto executor = self->m_stream.get_executor();
                                  source->setWaker([weak, executor, source] {
                                      net::post(executor, [weak, source] {
                                          if (auto session = weak.lock()) session->pump(source);
                                      });
                                  });
                                  if (onStarted) onStarted();
                                  self->pump(source);
                              });
}

template <typename Source> void HttpSession::pump(const std::shared_ptr<Source>& source)
{
    if (m_writingChunk || m_streamEnded) return;
    const bool ended = source->isClosed();
    std::string data = source->takePending();
    if (!data.empty()) {
        m_writingChunk = true;
        auto chunk = std::make_shared<std::string>(std::move(data));
        m_stream.expires_after(m_shared->options.writeTimeout);
        auto written = [self = shared_from_this(), chunk, source](beast::error_code ec, std::size_t) {
            self->m_writingChunk = false;
            if (ec) {
                source->close();
                self->m_streamEnded = true;
                return self->close();
            }
            self->pump(source);
        };
        if (m_chunkedStream)
            net::async_write(m_stream, bhttp::make_chunk(net::buffer(*chunk)), std::move(written));
        else
            net::async_write(m_stream, net::buffer(*chunk), std::move(written));
        return;
    }
    if (!ended) return;
    m_streamEnded = true;
    if (!m_chunkedStream) return lingerThenClose(); // the close is the end of the body
    m_stream.expires_after(m_shared->options.writeTimeout);
    net::async_write(m_stream, bhttp::make_chunk_last(),
                     [self = shared_from_this()](beast::error_code, std::size_t) { self->close(); });
}

void HttpSession::startProducerStream(Response response)
{
    auto pipe = std::make_shared<StreamPipe>();
    auto producer = std::move(response.streamProducer);
    auto self = shared_from_this();
    writeStreamHeader(response, pipe, [self, pipe, producer = std::move(producer)] {
        self->watchForHangUp(pipe);
        // The task holds the session: between chunks no I/O operation does (the pipe's waker
        // has only a weak reference), and a session destroyed mid-stream would cut the body and
        // leave the producer blocked on a full pipe forever.
        bool queued = self->m_shared->workers.tryPost([self, pipe, producer] {
            bool failed = false;
            try {
                producer(*pipe);
            } catch (const std::exception& error) {
                // Headers are gone already; a truncated chunked body (no last chunk) tells the
                // client the transfer failed, and the log says why.
                obs::logError("streamed response failed", {{"error", error.what()}});
                failed = true;
            }
            if (failed)
                pipe->close();
            else
                pipe->finish();
            // Hand the end over with a strong reference, so the last chunk is written (or the
            // connection closed, after a failure) even if no write is in progress now.
            net::post(self->m_stream.get_executor(), [self, pipe, failed] {
                if (failed)
                    self->close();
                else
                    self->pump(pipe);
            });
        });
        if (!queued) pipe->finish();
    });
}

void HttpSession::startEventStream(Response response)
{
    auto channel = response.eventChannel;
    // A stream is not "in flight" for the drain: it lasts as long as the client wants.
    finishRequest();
    auto self = shared_from_this();
    writeStreamHeader(response, channel, [self, channel] {
        self->scheduleHeartbeat(channel);
        self->watchForHangUp(channel);
    });
}

// A streaming client (events, a followed log, an export) sends nothing after its request, so its
// socket turning readable means it hung up: the stream ends at once, and with it the stream's
// slot (StreamLimiter), rather than at the next write that fails (a heartbeat, a log line). The
// wait is on the socket itself, outside the stream's write timeout. Bytes a client does send are
// read and ignored.
template <typename Source> void HttpSession::watchForHangUp(std::shared_ptr<Source> channel)
{
    auto self = shared_from_this();
    m_stream.socket().async_wait(tcp::socket::wait_read, [self, channel](beast::error_code ec) {
        if (self->m_streamEnded) return;
        if (!ec) {
            auto& socket = self->m_stream.socket();
            beast::error_code readError;
            const std::size_t available = socket.available(readError);
            if (!readError && available > 0) {
                std::array<char, 1024> ignored;
                socket.read_some(net::buffer(ignored), readError); // does not block: bytes are there
                if (!readError) return self->watchForHangUp(channel);
            }
        }
        channel->close();
        self->m_streamEnded = true;
        self->close();
    });
}

void HttpSession::scheduleHeartbeat(std::shared_ptr<SseChannel> channel)
{
    m_heartbeat.expires_after(m_shared->options.sseHeartbeat);
    m_heartbeat.async_wait([self = shared_from_this(), channel](beast::error_code ec) {
        if (ec || channel->isClosed() || self->m_streamEnded) return;
        if (self->m_shared->stopping.load()) {
            channel->close();
            return;
        }
        channel->push(": keepalive\n\n");
        self->scheduleHeartbeat(channel);
    });
}

} // namespace md::http
