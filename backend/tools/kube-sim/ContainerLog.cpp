#include "ContainerLog.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace md::kubesim {

namespace {

std::uint64_t mix(std::uint64_t value)
{
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    value ^= value >> 33;
    return value;
}

std::uint64_t hashText(const std::string& text)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : text)
        hash = (hash ^ c) * 1099511628211ULL;
    return hash;
}

std::string requestId(std::uint64_t seed)
{
    char text[20];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(mix(seed)));
    return text;
}

struct Route {
    const char* method;
    const char* path;
};

// What each kind of service typically serves; anything unknown looks like a generic API.
const Route* routesFor(const std::string& app, std::size_t& count)
{
    static const Route storefront[] = {{"GET", "/"},
                                       {"GET", "/products/winter-jacket"},
                                       {"GET", "/static/app.js"},
                                       {"GET", "/cart"},
                                       {"GET", "/search?q=boots"}};
    static const Route catalog[] = {{"GET", "/api/v1/products"},
                                    {"GET", "/api/v1/products/8812"},
                                    {"GET", "/api/v1/categories"},
                                    {"GET", "/api/v1/products?cursor=eyJpZCI6NDJ9"}};
    static const Route cart[] = {
        {"GET", "/api/v1/cart"}, {"POST", "/api/v1/cart/items"}, {"DELETE", "/api/v1/cart/items/31"}};
    static const Route checkout[] = {
        {"POST", "/api/v1/checkout"}, {"GET", "/api/v1/orders/10293"}, {"POST", "/api/v1/orders"}};
    static const Route payment[] = {
        {"POST", "/v1/payments/authorize"}, {"POST", "/v1/payments/capture"}, {"POST", "/v1/webhooks/psp"}};
    static const Route generic[] = {{"GET", "/api/v1/products"},
                                    {"GET", "/api/v1/orders"},
                                    {"POST", "/api/v1/orders"},
                                    {"GET", "/healthz/ready"},
                                    {"GET", "/metrics"}};
    auto has = [&](const char* word) { return app.find(word) != std::string::npos; };
    if (has("storefront") || has("web")) {
        count = std::size(storefront);
        return storefront;
    }
    if (has("catalog")) {
        count = std::size(catalog);
        return catalog;
    }
    if (has("cart")) {
        count = std::size(cart);
        return cart;
    }
    if (has("checkout") || has("order")) {
        count = std::size(checkout);
        return checkout;
    }
    if (has("payment")) {
        count = std::size(payment);
        return payment;
    }
    count = std::size(generic);
    return generic;
}

bool isWorker(const std::string& app)
{
    return app.find("worker") != std::string::npos || app.find("indexer") != std::string::npos ||
           app.find("consumer") != std::string::npos || app.find("sync") != std::string::npos;
}

} // namespace

ContainerLog::ContainerLog(std::string podName, std::string app, std::string container, std::string image, bool broken,
                           WallTime start, std::optional<WallTime> finished, std::chrono::milliseconds brokenRunLength)
    : m_pod(std::move(podName)), m_app(std::move(app)), m_container(std::move(container)), m_image(std::move(image)),
      m_broken(broken), m_start(start), m_finished(finished)
{
    if (m_broken) {
        m_interval =
            std::chrono::duration_cast<std::chrono::nanoseconds>(brokenRunLength) / static_cast<long>(kBrokenRunLines);
        if (m_interval.count() <= 0) m_interval = std::chrono::nanoseconds(1);
    } else {
        // 250-650 ms between lines: "a few per second", different per pod.
        m_interval = std::chrono::milliseconds(250 + static_cast<long>(hashText(m_pod + m_container) % 400));
    }
}

std::uint64_t ContainerLog::countUntil(WallTime time) const
{
    if (m_finished && time > *m_finished) time = *m_finished;
    if (time < m_start) return 0;
    auto count = static_cast<std::uint64_t>((time - m_start) / m_interval) + 1;
    return m_broken ? std::min(count, kBrokenRunLines) : count;
}

std::uint64_t ContainerLog::firstKept(WallTime time) const
{
    std::uint64_t count = countUntil(time);
    return count > kRotatedLines ? count - kRotatedLines : 0;
}

WallTime ContainerLog::timeOf(std::uint64_t index) const
{
    return m_start + std::chrono::duration_cast<WallTime::duration>(m_interval * static_cast<long long>(index));
}

std::string ContainerLog::textOf(std::uint64_t index) const
{
    WallTime at = timeOf(index);
    return m_broken ? brokenLine(index, at) : healthyLine(index, at);
}

std::string ContainerLog::healthyLine(std::uint64_t index, WallTime at) const
{
    const std::uint64_t seed = mix(hashText(m_pod + "/" + m_container) + index);
    nlohmann::ordered_json line = {{"ts", formatMicroTime(at)}, {"level", "info"}};
    std::string version =
        m_image.substr(m_image.rfind(':') == std::string::npos ? m_image.size() : m_image.rfind(':') + 1);
    if (index == 0) {
        line["msg"] = "starting " + m_app;
        line["version"] = version;
        line["pod"] = m_pod;
        return line.dump();
    }
    if (m_container != m_app && m_container.find("log") != std::string::npos) {
        line["logger"] = "shipper";
        line["msg"] = "flushed batch";
        line["records"] = 20 + seed % 180;
        line["bytes"] = 4096 + seed % 60000;
        return line.dump();
    }
    if (index == 1) {
        line["msg"] = "connected to database";
        line["pool_size"] = 8;
        return line.dump();
    }
    if (index == 2) {
        line["msg"] = isWorker(m_app) ? "subscribed to queue" : "listening";
        if (isWorker(m_app))
            line["topic"] = "order-events";
        else
            line["addr"] = ":8080";
        return line.dump();
    }
    const unsigned roll = seed % 100;
    if (isWorker(m_app)) {
        line["logger"] = "consumer";
        line["msg"] = roll < 3 ? "retrying message after transient error" : "processed message";
        if (roll < 3) line["level"] = "warn";
        line["topic"] = "order-events";
        line["partition"] = seed % 6;
        line["offset"] = 100000 + index * 3 + seed % 3;
        line["duration_ms"] = static_cast<double>(seed % 4000) / 100.0;
        return line.dump();
    }
    std::size_t count = 0;
    const Route* routes = routesFor(m_app, count);
    const Route& route = routes[(seed >> 8) % count];
    int status = 200;
    if (route.method[0] == 'P') status = 201;
    if (roll < 1)
        status = 500;
    else if (roll < 4)
        status = 404;
    else if (roll < 6)
        status = 429;
    line["logger"] = "http";
    line["level"] = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
    line["msg"] = "request completed";
    line["method"] = route.method;
    line["path"] = route.path;
    line["status"] = status;
    line["duration_ms"] = static_cast<double>(seed % 25000) / 100.0 + (status == 500 ? 300.0 : 0.0);
    line["request_id"] = requestId(seed);
    if (status == 500) line["error"] = "upstream timeout after 3s";
    return line.dump();
}

std::string ContainerLog::brokenLine(std::uint64_t index, WallTime at) const
{
    nlohmann::ordered_json line = {{"ts", formatMicroTime(at)}, {"level", "info"}};
    std::string version = m_image.substr(m_image.rfind(':') + 1);
    switch (index) {
    case 0:
        line["msg"] = "starting " + m_app;
        line["version"] = version;
        line["pod"] = m_pod;
        break;
    case 1:
        line["msg"] = "loading configuration";
        line["source"] = "/etc/" + m_app + "/config.yaml";
        break;
    case 2:
    case 3:
    case 4:
        line["level"] = "error";
        line["msg"] = "cannot connect to database";
        line["error"] = "dial tcp 10.96.14.7:5432: connect: connection refused";
        line["attempt"] = index - 1;
        break;
    case 5:
        line["level"] = "error";
        line["msg"] = "migration check failed";
        line["error"] = "schema version 41 required, database has 40";
        break;
    default:
        line["level"] = "fatal";
        line["msg"] = "exiting";
        line["exit_code"] = 1;
        break;
    }
    return line.dump();
}

} // namespace md::kubesim
