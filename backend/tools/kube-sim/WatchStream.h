#pragma once
// One watch (?watch=1): newline-delimited {"type":...,"object":...} events. It starts with the
// events a client missed (from the history after its resourceVersion, or ADDED for every object
// when it gave none or "0"), then forwards matching changes as the store records them, sends
// BOOKMARK events when asked (allowWatchBookmarks), and ends after timeoutSeconds, when closed by
// the /_sim/close-watches hook, or when the client stops reading (more than kMaxPendingBytes
// queued: a real API server also drops watchers that fall behind).

#include "LabelSelector.h"
#include "ObjectStore.h"
#include "Streaming.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <vector>

namespace md::kubesim {

class WatchStream : public StreamSource, public std::enable_shared_from_this<WatchStream> {
public:
    static constexpr std::size_t kMaxPendingBytes = 16 << 20;

    struct Settings {
        Kind kind = Kind::Deployment;
        LabelSelector labels;
        FieldSelector fields;
        std::vector<std::string> initialLines;
        bool endAfterInitial = false; // an ERROR event (410) and nothing more
        bool bookmarks = false;
        std::chrono::milliseconds bookmarkInterval{60000};
        std::chrono::seconds timeout{1800};
    };

    WatchStream(boost::asio::io_context& io, ObjectStore& store, Settings settings);
    ~WatchStream() override;

    void start(std::weak_ptr<StreamSink> sink) override;
    void stop() override;
    // Ends the stream normally (last chunk), as when the API server closes a watch.
    void close();

private:
    void onChange(const Change& change);
    void scheduleBookmark();
    void sendLine(const std::string& line);

    ObjectStore& m_store;
    Settings m_settings;
    std::weak_ptr<StreamSink> m_sink;
    boost::asio::steady_timer m_timeoutTimer;
    boost::asio::steady_timer m_bookmarkTimer;
    std::uint64_t m_subscription = 0;
    bool m_stopped = false;
};

} // namespace md::kubesim
