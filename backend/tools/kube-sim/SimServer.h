#pragma once
// The HTTP(S) front of the simulator on Boost.Beast: accepts connections on one io_context (the
// single simulator thread, so handlers touch the store without locks), parses requests, checks the
// bearer token, answers with KubeApi's JSON or streams its watch/log sources as chunked bodies,
// and implements the /_sim/pause and /_sim/resume hooks (requests received while paused wait,
// unanswered, until resumed; the hooks themselves always answer).

#include "KubeApi.h"
#include "TokenAuth.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace md::kubesim {

struct ServerShared {
    KubeApi& api;
    TokenAuth& auth;
    bool paused = false;
    std::vector<std::function<void()>> parked;
};

class SimServer {
public:
    SimServer(boost::asio::io_context& io, KubeApi& api, TokenAuth& auth);
    // Serves HTTPS with this certificate chain and key; throws with the OpenSSL reason.
    void enableTls(const std::string& certFile, const std::string& keyFile);
    // Binds and starts accepting; returns the bound port. Throws std::runtime_error naming the address.
    unsigned short listen(const std::string& host, unsigned short port);

private:
    void accept();

    boost::asio::io_context& m_io;
    boost::asio::ip::tcp::acceptor m_acceptor;
    std::optional<boost::asio::ssl::context> m_tls;
    std::shared_ptr<ServerShared> m_shared;
};

} // namespace md::kubesim
