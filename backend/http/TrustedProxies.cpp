#include "http/TrustedProxies.h"

#include "http/Request.h"

#include <optional>
#include <stdexcept>

namespace md::http {

namespace net = boost::asio::ip;

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// IPv4-mapped IPv6 (a dual-stack socket's view of an IPv4 client) as the IPv4 address it is.
net::address unmapped(const net::address& address)
{
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        return net::make_address_v4(net::v4_mapped, address.to_v6());
    return address;
}

std::optional<net::address> parseAddress(std::string_view text)
{
    boost::system::error_code error;
    auto address = net::make_address(std::string(text), error);
    if (error) return std::nullopt;
    return unmapped(address);
}

} // namespace

TrustedProxies TrustedProxies::parse(std::string_view list)
{
    TrustedProxies proxies;
    while (!list.empty()) {
        auto comma = list.find(',');
        std::string_view entry = trimmed(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        if (entry.empty()) continue;
        std::string text(entry);
        boost::system::error_code error;
        if (text.find('/') == std::string::npos) {
            auto address = parseAddress(text);
            if (!address) throw std::invalid_argument("'" + text + "' is not an IP address or CIDR network");
            if (address->is_v4()) proxies.m_networks.emplace_back(net::network_v4(address->to_v4(), 32));
            else proxies.m_networks.emplace_back(net::network_v6(address->to_v6(), 128));
            continue;
        }
        if (text.find(':') == std::string::npos) {
            auto network = net::make_network_v4(text, error);
            if (!error) {
                proxies.m_networks.emplace_back(network.canonical());
                continue;
            }
        } else {
            auto network = net::make_network_v6(text, error);
            if (!error) {
                proxies.m_networks.emplace_back(network.canonical());
                continue;
            }
        }
        throw std::invalid_argument("'" + text + "' is not an IP address or CIDR network");
    }
    return proxies;
}

bool TrustedProxies::isTrusted(const net::address& address) const
{
    for (const auto& network : m_networks) {
        if (const auto* v4 = std::get_if<net::network_v4>(&network)) {
            if (address.is_v4() && net::network_v4(address.to_v4(), v4->prefix_length()).canonical() == *v4)
                return true;
        } else {
            const auto& v6 = std::get<net::network_v6>(network);
            if (address.is_v6() && net::network_v6(address.to_v6(), v6.prefix_length()).canonical() == v6)
                return true;
        }
    }
    return false;
}

std::string TrustedProxies::clientAddress(std::string_view peer,
                                          const std::vector<std::string_view>& forwardedFor) const
{
    auto client = parseAddress(peer);
    if (!client) return std::string(peer);
    if (m_networks.empty() || !isTrusted(*client)) return client->to_string();
    // Every hop, in order; the last is the one the nearest proxy saw.
    std::vector<std::string_view> hops;
    for (std::string_view header : forwardedFor) {
        while (!header.empty()) {
            auto comma = header.find(',');
            hops.push_back(trimmed(header.substr(0, comma)));
            header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        }
    }
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        auto address = parseAddress(*hop);
        // A hop that is not an address (garbage, "unknown", a port) ends what can be believed: the
        // last trusted proxy is then the best we know.
        if (!address) break;
        client = address;
        if (!isTrusted(*address)) break;
    }
    return client->to_string();
}

std::string TrustedProxies::clientAddress(const Request& request) const
{
    std::vector<std::string_view> forwardedFor;
    if (!m_networks.empty())
        for (const auto& field : request.raw())
            if (boost::beast::iequals(field.name_string(), "X-Forwarded-For")) forwardedFor.push_back(field.value());
    return clientAddress(request.remoteAddress(), forwardedFor);
}

} // namespace md::http
