#pragma once
// The log of one container run, generated on demand instead of stored: line i of a healthy run is
// written at start + i * interval (a few lines a second, the interval differs per pod), and its
// text is a realistic JSON log line derived from the pod name, the app and i, so the same request
// always gives the same lines and nothing grows in memory however long the demo runs. Only the
// newest kRotatedLines are available, as after the kubelet's log rotation. A broken run
// ("-broken" image) logs its start, connection errors and a fatal line, spread over its short life.

#include "SimClock.h"

#include <cstdint>
#include <optional>
#include <string>

namespace md::kubesim {

class ContainerLog {
public:
    static constexpr std::uint64_t kRotatedLines = 5000;
    static constexpr std::uint64_t kBrokenRunLines = 7;

    ContainerLog(std::string podName, std::string app, std::string container, std::string image, bool broken,
                 WallTime start, std::optional<WallTime> finished, std::chrono::milliseconds brokenRunLength);

    // How many lines were written up to and including `time`.
    std::uint64_t countUntil(WallTime time) const;
    // The first line still kept at `time` (rotation).
    std::uint64_t firstKept(WallTime time) const;
    WallTime timeOf(std::uint64_t index) const;
    std::string textOf(std::uint64_t index) const;
    // A finished run writes nothing more: a follower stops there.
    bool finished() const { return m_finished.has_value(); }
    std::optional<WallTime> finishedAt() const { return m_finished; }

private:
    std::string healthyLine(std::uint64_t index, WallTime at) const;
    std::string brokenLine(std::uint64_t index, WallTime at) const;

    std::string m_pod;
    std::string m_app;
    std::string m_container;
    std::string m_image;
    bool m_broken;
    WallTime m_start;
    std::optional<WallTime> m_finished;
    std::chrono::nanoseconds m_interval;
};

} // namespace md::kubesim
