#include "SimServer.h"

#include "KubeStatus.h"

#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <cctype>
#include <deque>
#include <iostream>

namespace md::kubesim {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

constexpr std::size_t kBodyLimit = 4 << 20;
constexpr auto kIdleTimeout = std::chrono::seconds(300);

std::string percentDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

ApiRequest toApiRequest(const http::request<http::string_body>& request)
{
    ApiRequest api;
    api.method = std::string(request.method_string());
    std::string_view target = request.target();
    auto question = target.find('?');
    api.path = percentDecode(target.substr(0, question));
    if (question != std::string_view::npos) {
        std::string_view query = target.substr(question + 1);
        while (!query.empty()) {
            auto amp = query.find('&');
            std::string_view pair = query.substr(0, amp);
            auto equals = pair.find('=');
            std::string key = percentDecode(pair.substr(0, equals));
            std::string value =
                equals == std::string_view::npos ? std::string() : percentDecode(pair.substr(equals + 1));
            if (!key.empty()) api.query[key] = value;
            if (amp == std::string_view::npos) break;
            query.remove_prefix(amp + 1);
        }
    }
    api.contentType = std::string(request[http::field::content_type]);
    api.body = request.body();
    return api;
}

template <class Stream> class Session : public StreamSink, public std::enable_shared_from_this<Session<Stream>> {
public:
    template <class... Args>
    Session(std::shared_ptr<ServerShared> shared, Args&&... args)
        : m_stream(std::forward<Args>(args)...), m_shared(std::move(shared))
    {
    }

    void run()
    {
        if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
            read();
        } else {
            beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(30));
            m_stream.async_handshake(net::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code error) {
                                         if (error) return self->closeSocket();
                                         self->read();
                                     });
        }
    }

    // StreamSink
    void send(std::string chunk) override
    {
        if (m_closed || m_finishing || chunk.empty()) return;
        m_pendingBytes += chunk.size();
        m_chunks.push_back(std::move(chunk));
        writeNext();
    }

    void finish() override
    {
        if (m_closed || m_finishing) return;
        m_finishing = true;
        writeNext();
    }

    std::size_t pendingBytes() const override { return m_pendingBytes; }

private:
    void read()
    {
        m_parser.emplace();
        m_parser->body_limit(kBodyLimit);
        beast::get_lowest_layer(m_stream).expires_after(kIdleTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                             if (error) return self->closeSocket();
                             self->onRequest();
                         });
    }

    void onRequest()
    {
        m_request = m_parser->release();
        const bool hook = m_request.target().starts_with("/_sim/");
        if (m_shared->paused && !hook) {
            // Answered only after /_sim/resume: lets tests see their client's timeout fire.
            m_shared->parked.push_back([self = this->shared_from_this()] { self->process(); });
            return;
        }
        process();
    }

    void process()
    {
        ApiRequest request = toApiRequest(m_request);
        ApiResult result;
        try {
            const bool hook = request.path.starts_with("/_sim/");
            if (!hook && !m_shared->auth.accepts(std::string(m_request[http::field::authorization])))
                throw KubeError::unauthorized();
            if (hook && (request.path == "/_sim/pause" || request.path == "/_sim/resume")) {
                if (request.method != "POST") throw KubeError::methodNotAllowed(request.method);
                result.body = setPaused(request.path == "/_sim/pause");
            } else {
                result = m_shared->api.handle(request);
            }
        } catch (const KubeError& error) {
            result = ApiResult{};
            result.status = static_cast<unsigned>(error.code());
            result.body = error.toStatus().dump();
        } catch (const std::exception& error) {
            std::cerr << "error handling " << request.method << " " << request.path << ": " << error.what() << "\n";
            result = ApiResult{};
            result.status = 500;
            result.body = KubeError(500, "InternalError", std::string("an error on the server: ") + error.what())
                              .toStatus()
                              .dump();
        }
        std::cerr << request.method << " " << m_request.target() << " " << result.status
                  << (result.stream ? " (stream)" : "") << "\n";
        if (result.stream) return startStream(std::move(result));
        writeResponse(std::move(result));
    }

    std::string setPaused(bool paused)
    {
        m_shared->paused = paused;
        if (!paused) {
            std::vector<std::function<void()>> parked;
            parked.swap(m_shared->parked);
            for (auto& resume : parked)
                net::post(beast::get_lowest_layer(m_stream).get_executor(), std::move(resume));
        }
        return nlohmann::json{{"paused", paused}}.dump();
    }

    void writeResponse(ApiResult result)
    {
        auto response = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(result.status),
                                                                            m_request.version());
        response->set(http::field::server, "marketdesk-kube-sim");
        response->set(http::field::content_type, result.contentType);
        response->set(http::field::cache_control, "no-cache, private");
        response->keep_alive(m_request.keep_alive());
        response->body() = std::move(result.body);
        response->prepare_payload();
        http::async_write(m_stream, *response,
                          [self = this->shared_from_this(), response](beast::error_code error, std::size_t) {
                              if (error || !response->keep_alive()) return self->closeSocket();
                              self->read();
                          });
    }

    void startStream(ApiResult result)
    {
        m_source = result.stream;
        auto header = std::make_shared<http::response<http::empty_body>>(http::status::ok, m_request.version());
        header->set(http::field::server, "marketdesk-kube-sim");
        header->set(http::field::content_type, result.contentType);
        header->set(http::field::cache_control, "no-cache, private");
        header->keep_alive(false);
        header->chunked(true);
        auto serializer = std::make_shared<http::response_serializer<http::empty_body>>(*header);
        beast::get_lowest_layer(m_stream).expires_never();
        m_writing = true;
        http::async_write_header(
            m_stream, *serializer,
            [self = this->shared_from_this(), header, serializer](beast::error_code error, std::size_t) {
                self->m_writing = false;
                if (error) return self->closeSocket();
                self->watchForDisconnect();
                self->writeNext();
            });
        m_source->start(this->weak_from_this());
    }

    // A read that only completes when the client closes: the end of a stream nobody reads any more.
    void watchForDisconnect()
    {
        m_stream.async_read_some(net::buffer(m_scratch),
                                 [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                                     if (error) return self->closeSocket();
                                     self->watchForDisconnect();
                                 });
    }

    void writeNext()
    {
        if (m_writing || m_closed) return;
        if (m_chunks.empty()) {
            if (m_finishing && !m_lastWritten) writeLast();
            return;
        }
        m_writing = true;
        auto chunk = std::make_shared<std::string>(std::move(m_chunks.front()));
        m_chunks.pop_front();
        net::async_write(m_stream, http::make_chunk(net::buffer(*chunk)),
                         [self = this->shared_from_this(), chunk](beast::error_code error, std::size_t) {
                             self->m_writing = false;
                             self->m_pendingBytes -= chunk->size();
                             if (error) return self->closeSocket();
                             self->writeNext();
                         });
    }

    void writeLast()
    {
        m_lastWritten = true;
        m_writing = true;
        net::async_write(m_stream, http::make_chunk_last(),
                         [self = this->shared_from_this()](beast::error_code, std::size_t) {
                             self->m_writing = false;
                             self->closeSocket();
                         });
    }

    void closeSocket()
    {
        if (m_closed) return;
        m_closed = true;
        if (m_source) {
            m_source->stop();
            m_source.reset();
        }
        m_chunks.clear();
        beast::error_code ignored;
        beast::get_lowest_layer(m_stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
        beast::get_lowest_layer(m_stream).close();
    }

    Stream m_stream;
    std::shared_ptr<ServerShared> m_shared;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::request<http::string_body> m_request;
    std::shared_ptr<StreamSource> m_source;
    std::deque<std::string> m_chunks;
    std::size_t m_pendingBytes = 0;
    bool m_writing = false;
    bool m_finishing = false;
    bool m_lastWritten = false;
    bool m_closed = false;
    char m_scratch[512];
};

} // namespace

SimServer::SimServer(net::io_context& io, KubeApi& api, TokenAuth& auth)
    : m_io(io), m_acceptor(io), m_shared(std::make_shared<ServerShared>(ServerShared{api, auth, false, {}}))
{
}

void SimServer::enableTls(const std::string& certFile, const std::string& keyFile)
{
    m_tls.emplace(net::ssl::context::tls_server);
    m_tls->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                       net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1);
    m_tls->use_certificate_chain_file(certFile);
    m_tls->use_private_key_file(keyFile, net::ssl::context::pem);
}

unsigned short SimServer::listen(const std::string& host, unsigned short port)
{
    beast::error_code error;
    auto address = net::ip::make_address(host, error);
    if (error) throw std::runtime_error("invalid listen address '" + host + "': " + error.message());
    tcp::endpoint endpoint(address, port);
    m_acceptor.open(endpoint.protocol());
    m_acceptor.set_option(net::socket_base::reuse_address(true));
    m_acceptor.bind(endpoint, error);
    if (error)
        throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port) + ": " + error.message());
    m_acceptor.listen(net::socket_base::max_listen_connections);
    accept();
    return m_acceptor.local_endpoint().port();
}

void SimServer::accept()
{
    m_acceptor.async_accept(m_io, [this](beast::error_code error, tcp::socket socket) {
        if (!error) {
            socket.set_option(tcp::no_delay(true), error);
            if (m_tls) {
                std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(m_shared, std::move(socket), *m_tls)
                    ->run();
            } else {
                std::make_shared<Session<beast::tcp_stream>>(m_shared, std::move(socket))->run();
            }
        }
        accept();
    });
}

} // namespace md::kubesim
