#include "http/HttpServer.h"

#include "http/ErrorMapping.h"
#include "http/SseChannel.h"
#include "http/StreamPipe.h"
#include "observability/Log.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <stdexcept>

namespace md::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;

struct HttpServer::Shared {
    const ServerOptions& options;
    const Router& router;
    const Dispatcher& dispatcher;
    WorkerPool& workers;
    std::atomic<std::size_t>& inFlight;
    std::atomic<bool>& stopping;
};

namespace {

constexpr std::size_t kHeaderLimit = 16 * 1024;

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket socket, std::shared_ptr<HttpServer::Shared> shared)
        : m_stream(std::move(socket)), m_shared(std::move(shared)), m_heartbeat(m_stream.get_executor())
    {
        beast::error_code ec;
        auto endpoint = m_stream.socket().remote_endpoint(ec);
        if (!ec) m_remote = endpoint.address().to_string();
        m_stream.socket().set_option(tcp::no_delay(true), ec);
    }

    void start()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->readHeader(); });
    }

private:
    void readHeader()
    {
        m_parser.emplace();
        m_parser->header_limit(kHeaderLimit);
        // No limit yet: Beast checks Content-Length against body_limit while parsing the header,
        // before the route (and its own limit, applied in onHeader) is known; that made every body
        // over 1 MiB a 400 instead of the route's 413 or an accepted 20 MiB CSV import.
        m_parser->body_limit(boost::none);
        m_stream.expires_after(m_requestsServed == 0 ? m_shared->options.headerTimeout : m_shared->options.idleTimeout);
        bhttp::async_read_header(m_stream, m_buffer, *m_parser,
                                 [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        if (ec) {
            if (ec == bhttp::error::header_limit) return replyAndClose(413, "headers_too_large", "request headers too large");
            if (ec != bhttp::error::end_of_stream && ec != beast::error::timeout && ec != net::error::eof &&
                ec != net::error::connection_reset && ec != net::error::operation_aborted)
                replyAndClose(400, "malformed_request", "the request could not be parsed");
            else
                close();
            return;
        }
        m_started = std::chrono::steady_clock::now();
        auto& header = m_parser->get();
        m_method = std::string(header.method_string());
        std::string_view target = header.target();
        auto decoded = percentDecode(target.substr(0, target.find('?')), false);
        RouteMatch match = m_shared->router.match(m_method, decoded ? *decoded : std::string_view(target));
        const bool hasBody = header.has_content_length() || header.chunked();
        if (!match.route) {
            m_routeLabel = "unmatched";
            Response response = match.allowedMethods.empty()
                                    ? errorResponse(404, "not_found", "no such endpoint")
                                    : errorResponse(405, "method_not_allowed", "method not allowed on this endpoint");
            if (!match.allowedMethods.empty()) response.header("Allow", match.allowedMethods);
            m_closeAfterResponse = hasBody;
            return respond(nullptr, std::move(response));
        }
        m_route = match.route;
        m_routeLabel = m_route->pattern;
        m_params = std::move(match.params);
        if (header.has_content_length() && m_parser->content_length() && *m_parser->content_length() > m_route->maxBodyBytes)
            return tooLarge();
        m_parser->body_limit(m_route->maxBodyBytes);
        m_stream.expires_after(m_shared->options.bodyTimeout);
        bhttp::async_read(m_stream, m_buffer, *m_parser,
                          [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
    }

    void tooLarge()
    {
        m_closeAfterResponse = true;
        respond(nullptr, errorResponse(413, "payload_too_large",
                                       "the body is larger than this endpoint accepts (" +
                                           std::to_string(m_route->maxBodyBytes) + " bytes)",
                                       {{"limit_bytes", m_route->maxBodyBytes}}));
    }

    void onBody(beast::error_code ec)
    {
        if (ec == bhttp::error::body_limit) return tooLarge();
        if (ec) {
            if (ec == beast::error::timeout) return replyAndClose(408, "request_timeout", "the body took too long to arrive");
            return close();
        }
        m_keepAlive = m_parser->get().keep_alive();
        std::shared_ptr<Request> request;
        try {
            request = std::make_shared<Request>(m_parser->release(), m_remote);
        } catch (const DomainError& error) {
            return respond(nullptr, errorResponse(error));
        }
        request->setParams(std::move(m_params));
        m_shared->inFlight.fetch_add(1);
        m_countedInFlight = true;

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

    void respond(const std::shared_ptr<Request>& request, Response response)
    {
        m_shared->dispatcher.record(request.get(), m_method, m_routeLabel, response, m_started);
        ++m_requestsServed;
        if (m_shared->stopping.load()) m_closeAfterResponse = true;
        if (response.eventChannel) return startEventStream(std::move(response));
        if (response.streamProducer) return startProducerStream(std::move(response));

        auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
        message->version(11);
        message->result(response.status);
        message->set(bhttp::field::server, "marketdesk");
        if (!response.contentType.empty()) message->set(bhttp::field::content_type, response.contentType);
        for (auto& [name, value] : response.headers) message->insert(name, value);
        message->body() = std::move(response.body);
        message->keep_alive(m_keepAlive && !m_closeAfterResponse);
        message->prepare_payload();
        m_stream.expires_after(m_shared->options.writeTimeout);
        bhttp::async_write(m_stream, *message,
                           [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                               self->finishRequest();
                               if (ec || !message->keep_alive()) return self->close();
                               self->readHeader();
                           });
    }

    void finishRequest()
    {
        if (m_countedInFlight) {
            m_countedInFlight = false;
            m_shared->inFlight.fetch_sub(1);
        }
    }

    void replyAndClose(unsigned status, const std::string& code, const std::string& message)
    {
        m_routeLabel = "unmatched";
        m_closeAfterResponse = true;
        if (m_started == std::chrono::steady_clock::time_point{}) m_started = std::chrono::steady_clock::now();
        respond(nullptr, errorResponse(status, code, message));
    }

    void close()
    {
        finishRequest();
        m_heartbeat.cancel();
        beast::error_code ec;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
        m_stream.close();
    }

    // Chunked streams: a header, then whatever the source yields, then the last chunk.
    bhttp::response<bhttp::empty_body> streamHeader(const Response& response)
    {
        bhttp::response<bhttp::empty_body> header;
        header.version(11);
        header.result(response.status);
        header.set(bhttp::field::server, "marketdesk");
        header.set(bhttp::field::content_type, response.contentType);
        for (auto& [name, value] : response.headers) header.insert(name, value);
        header.chunked(true);
        header.keep_alive(false);
        return header;
    }

    template <typename Source> void writeStreamHeader(const Response& response, std::shared_ptr<Source> source,
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
                                      std::weak_ptr<Session> weak = self;
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

    template <typename Source> void pump(const std::shared_ptr<Source>& source)
    {
        if (m_writingChunk || m_streamEnded) return;
        const bool ended = source->isClosed();
        std::string data = source->takePending();
        if (!data.empty()) {
            m_writingChunk = true;
            auto chunk = std::make_shared<std::string>(std::move(data));
            m_stream.expires_after(m_shared->options.writeTimeout);
            net::async_write(m_stream, bhttp::make_chunk(net::buffer(*chunk)),
                             [self = shared_from_this(), chunk, source](beast::error_code ec, std::size_t) {
                                 self->m_writingChunk = false;
                                 if (ec) {
                                     source->close();
                                     self->m_streamEnded = true;
                                     return self->close();
                                 }
                                 self->pump(source);
                             });
            return;
        }
        if (!ended) return;
        m_streamEnded = true;
        m_stream.expires_after(m_shared->options.writeTimeout);
        net::async_write(m_stream, bhttp::make_chunk_last(),
                         [self = shared_from_this()](beast::error_code, std::size_t) { self->close(); });
    }

    void startProducerStream(Response response)
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
                if (failed) pipe->close();
                else pipe->finish();
                // Hand the end over with a strong reference, so the last chunk is written (or the
                // connection closed, after a failure) even if no write is in progress now.
                net::post(self->m_stream.get_executor(), [self, pipe, failed] {
                    if (failed) self->close();
                    else self->pump(pipe);
                });
            });
            if (!queued) pipe->finish();
        });
    }

    void startEventStream(Response response)
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
    template <typename Source> void watchForHangUp(std::shared_ptr<Source> channel)
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

    void scheduleHeartbeat(std::shared_ptr<SseChannel> channel)
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

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    std::shared_ptr<HttpServer::Shared> m_shared;
    net::steady_timer m_heartbeat;
    std::string m_remote;
    std::string m_method;
    std::string m_routeLabel;
    const Route* m_route = nullptr;
    std::map<std::string, std::string> m_params;
    std::chrono::steady_clock::time_point m_started{};
    std::size_t m_requestsServed = 0;
    bool m_keepAlive = true;
    bool m_closeAfterResponse = false;
    bool m_countedInFlight = false;
    bool m_writingChunk = false;
    bool m_streamEnded = false;
};

} // namespace

HttpServer::HttpServer(ServerOptions options, const Router& router, const Dispatcher& dispatcher)
    : m_options(std::move(options)),
      m_ios([this] {
          std::vector<std::unique_ptr<net::io_context>> contexts;
          for (std::size_t i = 0; i < std::max<std::size_t>(1, m_options.ioThreads); ++i)
              contexts.push_back(std::make_unique<net::io_context>(1)); // 1: run by one thread
          return contexts;
      }()),
      m_acceptor(net::make_strand(*m_ios.front()))
{
    m_workers = std::make_unique<WorkerPool>(m_options.workerThreads, m_options.queueCapacity);
    m_shared = std::make_shared<Shared>(Shared{m_options, router, dispatcher, *m_workers, m_inFlight, m_stopping});
}

HttpServer::~HttpServer() { shutdown(std::chrono::milliseconds(0)); }

void HttpServer::start()
{
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
        if (!ec) std::make_shared<Session>(std::move(socket), m_shared)->start();
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
