#pragma once
// Which address a request came from. Normally the socket's peer. Behind reverse proxies (an ingress
// controller, a load balancer) the peer is the proxy, and the client's address is in
// X-Forwarded-For, which anyone can also send: it is believed only when the peer is one of the
// configured trusted proxies (MARKETDESK_TRUSTED_PROXIES), and then read from the right, hop by hop,
// as long as each hop is a trusted proxy; the first address that is not one is the client's. With
// no trusted proxies configured, X-Forwarded-For is ignored.

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace md::http {

class Request;

class TrustedProxies {
public:
    TrustedProxies() = default;
    // A comma-separated list of addresses and CIDR networks ("10.0.0.0/8, 192.168.1.7, fd00::/8");
    // throws std::invalid_argument naming the entry that is neither.
    static TrustedProxies parse(std::string_view list);

    // The client's address for a request that arrived from peer carrying these X-Forwarded-For
    // values (each a comma-separated list, in the order the headers came). IPv4-mapped IPv6 addresses
    // are given as IPv4.
    std::string clientAddress(std::string_view peer, const std::vector<std::string_view>& forwardedFor) const;
    std::string clientAddress(const Request& request) const;

    bool empty() const { return m_networks.empty(); }

private:
    bool isTrusted(const boost::asio::ip::address& address) const;

    std::vector<std::variant<boost::asio::ip::network_v4, boost::asio::ip::network_v6>> m_networks;
};

} // namespace md::http
