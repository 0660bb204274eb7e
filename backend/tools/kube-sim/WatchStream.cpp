#include "WatchStream.h"

namespace md::kubesim {

WatchStream::WatchStream(boost::asio::io_context& io, ObjectStore& store, Settings settings)
    : m_store(store), m_settings(std::move(settings)), m_timeoutTimer(io), m_bookmarkTimer(io)
{
}

WatchStream::~WatchStream()
{
    if (m_subscription) m_store.unsubscribe(m_subscription);
}

void WatchStream::start(std::weak_ptr<StreamSink> sink)
{
    m_sink = std::move(sink);
    for (const std::string& line : m_settings.initialLines)
        sendLine(line);
    m_settings.initialLines.clear();
    if (m_settings.endAfterInitial) close();
    if (m_stopped) return;
    std::weak_ptr<WatchStream> weak = weak_from_this();
    m_subscription = m_store.subscribe(m_settings.kind, [weak](const Change& change) {
        if (auto self = weak.lock()) self->onChange(change);
    });
    m_timeoutTimer.expires_after(m_settings.timeout);
    m_timeoutTimer.async_wait([weak](const boost::system::error_code& error) {
        if (error) return;
        if (auto self = weak.lock()) self->close();
    });
    if (m_settings.bookmarks) scheduleBookmark();
}

void WatchStream::scheduleBookmark()
{
    m_bookmarkTimer.expires_after(m_settings.bookmarkInterval);
    m_bookmarkTimer.async_wait([weak = weak_from_this()](const boost::system::error_code& error) {
        if (error) return;
        auto self = weak.lock();
        if (!self || self->m_stopped) return;
        const KindInfo& info = kindInfo(self->m_settings.kind);
        nlohmann::json object = {{"kind", info.kind},
                                 {"apiVersion", info.apiVersion},
                                 {"metadata", {{"resourceVersion", std::to_string(self->m_store.resourceVersion())}}}};
        self->sendLine(nlohmann::json{{"type", "BOOKMARK"}, {"object", object}}.dump() + "\n");
        self->scheduleBookmark();
    });
}

void WatchStream::onChange(const Change& change)
{
    if (m_stopped) return;
    const nlohmann::json& object = *change.object;
    auto labels = object["metadata"].find("labels");
    static const nlohmann::json kNoLabels = nlohmann::json::object();
    if (!m_settings.labels.matches(labels == object["metadata"].end() ? kNoLabels : *labels)) return;
    if (!m_settings.fields.matches(object)) return;
    sendLine(change.watchLine());
}

void WatchStream::sendLine(const std::string& line)
{
    auto sink = m_sink.lock();
    if (!sink || m_stopped) return;
    if (sink->pendingBytes() > kMaxPendingBytes) {
        // The client does not keep up; end the watch so it relists instead of us buffering forever.
        close();
        return;
    }
    sink->send(line);
}

void WatchStream::close()
{
    if (m_stopped) return;
    auto sink = m_sink.lock();
    stop();
    if (sink) sink->finish();
}

void WatchStream::stop()
{
    m_stopped = true;
    if (m_subscription) m_store.unsubscribe(m_subscription);
    m_subscription = 0;
    m_timeoutTimer.cancel();
    m_bookmarkTimer.cancel();
}

} // namespace md::kubesim
