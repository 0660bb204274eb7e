#include "db/NotificationListener.h"

#include "observability/Log.h"

#include <pqxx/pqxx>

#include <chrono>

namespace md::db {

namespace {

class Receiver : public pqxx::notification_receiver {
public:
    Receiver(pqxx::connection_base& connection, const std::string& channel,
             const std::vector<NotificationListener::Callback>& callbacks)
        : pqxx::notification_receiver(connection, channel), m_callbacks(callbacks)
    {
    }
    void operator()(const std::string& payload, int) override
    {
        for (const auto& callback : m_callbacks) {
            try {
                callback(payload);
            } catch (const std::exception& error) {
                obs::logError("notification handler failed", {{"channel", channel()}, {"error", error.what()}});
            }
        }
    }

private:
    const std::vector<NotificationListener::Callback>& m_callbacks;
};

} // namespace

NotificationListener::NotificationListener(std::string databaseUrl) : m_url(std::move(databaseUrl)) {}

NotificationListener::~NotificationListener() { stop(); }

void NotificationListener::subscribe(const std::string& channel, Callback callback)
{
    m_subscribers[channel].push_back(std::move(callback));
}

void NotificationListener::onReconnected(std::function<void()> callback)
{
    m_reconnectCallbacks.push_back(std::move(callback));
}

void NotificationListener::start()
{
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void NotificationListener::stop()
{
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
}

void NotificationListener::run()
{
    bool everConnected = false;
    auto backoff = std::chrono::milliseconds(100);
    while (!m_stop) {
        try {
            pqxx::connection connection(m_url);
            std::vector<std::unique_ptr<Receiver>> receivers;
            for (const auto& [channel, callbacks] : m_subscribers)
                receivers.push_back(std::make_unique<Receiver>(connection, channel, callbacks));
            m_connected = true;
            backoff = std::chrono::milliseconds(100);
            if (everConnected) {
                obs::logInfo("notification listener reconnected");
                for (const auto& callback : m_reconnectCallbacks) callback();
            }
            everConnected = true;
            while (!m_stop) connection.await_notification(0, 250000);
        } catch (const std::exception& error) {
            if (m_connected.exchange(false) || !everConnected)
                obs::logWarn("notification listener lost the database; retrying", {{"error", error.what()}});
        }
        m_connected = false;
        auto until = std::chrono::steady_clock::now() + backoff;
        while (!m_stop && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        backoff = std::min(backoff * 2, std::chrono::milliseconds(5000));
    }
}

} // namespace md::db
