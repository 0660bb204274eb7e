#include "PodLogs.h"

#include "KubeStatus.h"

#include <boost/asio/steady_timer.hpp>

#include <charconv>

namespace md::kubesim {

namespace {

constexpr std::size_t kMaxFollowPendingBytes = 1 << 20;
constexpr double kBrokenRunSeconds = 2.5; // matches PodSimulator's crash delay

long long integerParam(const ApiRequest& request, const char* name, long long fallback)
{
    const std::string* text = request.param(name);
    if (!text || text->empty()) return fallback;
    long long value = 0;
    auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size())
        throw KubeError::badRequest(std::string("invalid value for ") + name + ": \"" + *text + "\"");
    return value;
}

bool boolParam(const ApiRequest& request, const char* name)
{
    const std::string* text = request.param(name);
    if (!text) return false;
    if (*text == "true" || *text == "1" || text->empty()) return true;
    if (*text == "false" || *text == "0") return false;
    throw KubeError::badRequest(std::string("invalid value for ") + name + ": \"" + *text + "\"");
}

std::string renderLine(const ContainerLog& log, std::uint64_t index, bool timestamps)
{
    std::string line = timestamps ? formatNanoTime(log.timeOf(index)) + " " : std::string();
    return line + log.textOf(index) + "\n";
}

// Which run of the container a request means, found again by its start time on every tick.
struct RunRef {
    std::string pod;
    std::string container;
    std::uint64_t incarnation;
    WallTime startedAt;
};

std::optional<ContainerLog> logFor(const PodSimulator& pods, const SimClock& clock, const RunRef& ref)
{
    const PodRuntime* runtime = pods.runtime(ref.pod);
    if (!runtime || runtime->incarnation != ref.incarnation) return std::nullopt;
    for (const ContainerRuntime& container : runtime->containers) {
        if (container.name != ref.container) continue;
        for (const ContainerRun& run : container.runs)
            if (run.startedAt == ref.startedAt)
                return ContainerLog(ref.pod, runtime->app, container.name, container.image, container.broken,
                                    run.startedAt, run.finishedAt, clock.scaledSeconds(kBrokenRunSeconds));
    }
    return std::nullopt;
}

class LogFollowStream : public StreamSource, public std::enable_shared_from_this<LogFollowStream> {
public:
    LogFollowStream(boost::asio::io_context& io, const PodSimulator& pods, const SimClock& clock, RunRef ref,
                    std::uint64_t nextIndex, bool timestamps, long long limitBytes, std::string initial)
        : m_timer(io), m_pods(pods), m_clock(clock), m_ref(std::move(ref)), m_next(nextIndex), m_timestamps(timestamps),
          m_limitBytes(limitBytes), m_initial(std::move(initial))
    {
    }

    void start(std::weak_ptr<StreamSink> sink) override
    {
        m_sink = std::move(sink);
        if (!m_initial.empty()) write(std::move(m_initial));
        tick();
    }

    void stop() override
    {
        m_stopped = true;
        m_timer.cancel();
    }

private:
    void write(std::string text)
    {
        auto sink = m_sink.lock();
        if (!sink) return;
        if (m_limitBytes > 0) {
            long long room = m_limitBytes - m_sent;
            if (static_cast<long long>(text.size()) >= room) {
                text.resize(static_cast<std::size_t>(std::max(0LL, room)));
                m_sent = m_limitBytes;
                if (!text.empty()) sink->send(std::move(text));
                end();
                return;
            }
        }
        m_sent += static_cast<long long>(text.size());
        sink->send(std::move(text));
    }

    void end()
    {
        if (m_stopped) return;
        stop();
        if (auto sink = m_sink.lock()) sink->finish();
    }

    void tick()
    {
        if (m_stopped) return;
        auto sink = m_sink.lock();
        if (!sink) return stop();
        std::optional<ContainerLog> log = logFor(m_pods, m_clock, m_ref);
        if (!log) return end(); // the pod was deleted or the run rotated away
        const WallTime now = SimClock::wallNow();
        // A client that does not read gets no more lines until it catches up (nothing is buffered
        // for it beyond the limit; the lines stay in the "file" and are sent later).
        if (sink->pendingBytes() < kMaxFollowPendingBytes) {
            std::uint64_t count = log->countUntil(now);
            m_next = std::max(m_next, log->firstKept(now));
            std::string batch;
            for (; m_next < count && batch.size() < 256 * 1024; ++m_next)
                batch += renderLine(*log, m_next, m_timestamps);
            if (!batch.empty()) write(std::move(batch));
            if (m_stopped) return;
            if (log->finished() && m_next >= log->countUntil(*log->finishedAt())) return end();
        }
        WallTime due = log->timeOf(m_next);
        auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(due - now);
        wait = std::clamp(wait, std::chrono::milliseconds(20), std::chrono::milliseconds(1000));
        m_timer.expires_after(wait);
        m_timer.async_wait([weak = weak_from_this()](const boost::system::error_code& error) {
            if (error) return;
            if (auto self = weak.lock()) self->tick();
        });
    }

    boost::asio::steady_timer m_timer;
    const PodSimulator& m_pods;
    const SimClock& m_clock;
    RunRef m_ref;
    std::uint64_t m_next;
    bool m_timestamps;
    long long m_limitBytes;
    long long m_sent = 0;
    std::string m_initial;
    std::weak_ptr<StreamSink> m_sink;
    bool m_stopped = false;
};

} // namespace

ApiResult PodLogs::handle(const std::string& podName, const ApiRequest& request)
{
    ObjectPtr pod = m_store.get(Kind::Pod, podName);
    const PodRuntime* runtime = m_pods.runtime(podName);
    if (!pod || !runtime) throw KubeError::notFound("pods", podName);

    const std::string* containerParam = request.param("container");
    std::string containerName;
    if (containerParam && !containerParam->empty()) {
        containerName = *containerParam;
    } else if (runtime->containers.size() == 1) {
        containerName = runtime->containers.front().name;
    } else {
        std::string names;
        for (const auto& container : runtime->containers)
            names += (names.empty() ? "" : " ") + container.name;
        throw KubeError::badRequest("a container name must be specified for pod " + podName + ", choose one of: [" +
                                    names + "]");
    }
    const ContainerRuntime* container = nullptr;
    for (const auto& candidate : runtime->containers)
        if (candidate.name == containerName) container = &candidate;
    if (!container) throw KubeError::badRequest("container " + containerName + " is not valid for pod " + podName);

    const bool previous = boolParam(request, "previous");
    const bool follow = boolParam(request, "follow");
    const bool timestamps = boolParam(request, "timestamps");
    const long long tailLines = integerParam(request, "tailLines", -1);
    const long long limitBytes = integerParam(request, "limitBytes", 0);
    const long long sinceSeconds = integerParam(request, "sinceSeconds", 0);
    if (limitBytes < 0) throw KubeError::badRequest("limitBytes must be greater than 0");
    if (sinceSeconds < 0) throw KubeError::badRequest("sinceSeconds must be greater than 0");

    const ContainerRun* run = nullptr;
    if (previous) {
        // The last terminated instance: the current run itself while it waits in CrashLoopBackOff,
        // otherwise the one before the running instance.
        if (!container->runs.empty() && container->runs.back().finishedAt)
            run = &container->runs.back();
        else if (container->runs.size() >= 2)
            run = &container->runs[container->runs.size() - 2];
        if (!run)
            throw KubeError::badRequest("previous terminated container \"" + containerName + "\" in pod \"" + podName +
                                        "\" not found");
    } else {
        if (container->runs.empty())
            throw KubeError::badRequest("container \"" + containerName + "\" in pod \"" + podName +
                                        "\" is waiting to start: ContainerCreating");
        run = &container->runs.back();
    }

    ContainerLog log(podName, runtime->app, container->name, container->image, container->broken, run->startedAt,
                     run->finishedAt, m_clock.scaledSeconds(kBrokenRunSeconds));
    const WallTime now = SimClock::wallNow();
    const std::uint64_t count = log.countUntil(now);
    std::uint64_t first = log.firstKept(now);
    if (tailLines >= 0 && count - first > static_cast<std::uint64_t>(tailLines))
        first = count - static_cast<std::uint64_t>(tailLines);
    if (sinceSeconds > 0) {
        const WallTime since = now - std::chrono::seconds(sinceSeconds);
        while (first < count && log.timeOf(first) < since)
            ++first; // bounded by the rotation limit
    }
    std::string text;
    for (std::uint64_t i = first; i < count; ++i) {
        text += renderLine(log, i, timestamps);
        if (limitBytes > 0 && static_cast<long long>(text.size()) >= limitBytes) break;
    }

    ApiResult result;
    result.contentType = "text/plain";
    if (!follow || previous || log.finished()) {
        if (limitBytes > 0 && static_cast<long long>(text.size()) > limitBytes)
            text.resize(static_cast<std::size_t>(limitBytes));
        result.body = std::move(text);
        return result;
    }
    RunRef ref{podName, containerName, runtime->incarnation, run->startedAt};
    result.stream = std::make_shared<LogFollowStream>(m_io, m_pods, m_clock, std::move(ref), count, timestamps,
                                                      limitBytes, std::move(text));
    return result;
}

} // namespace md::kubesim
