#pragma once
// Measuring what a person feels in a console benchmark: a 5 ms precise QTimer whose ticks' lateness
// is how long the GUI thread was busy elsewhere (also reported less the thread's run-queue wait, so
// a busy machine is told apart from the console's own stalls); the end of the first paint of a
// view with rows; the process' memory. Bounded waits only.

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <optional>
#include <vector>

namespace md::bench {

using Clock = std::chrono::steady_clock;

inline double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Spins the event loop until `done` or `timeoutMs`; true when `done`.
template <typename Condition> bool waitFor(Condition done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

class GuiLatencyProbe : public QObject {
public:
    static constexpr std::chrono::milliseconds Interval{5};

    struct Summary {
        std::size_t ticks = 0;
        double maxMs = 0, p99Ms = 0, p50Ms = 0;
        std::size_t over50Ms = 0;
    };

    GuiLatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(Interval);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_lateness.clear();
        m_own.clear();
        m_last = Clock::now();
        m_lastWaited = runQueueWaitMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    Summary summary() const { return summarize(m_lateness); }
    Summary ownSummary() const { return summarize(m_own); }

private:
    static Summary summarize(std::vector<double> sorted)
    {
        Summary result;
        if (sorted.empty()) return result;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double quantile) {
            return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(quantile * double(sorted.size())))];
        };
        result.ticks = sorted.size();
        result.maxMs = sorted.back();
        result.p99Ms = at(0.99);
        result.p50Ms = at(0.50);
        result.over50Ms =
            static_cast<std::size_t>(std::count_if(sorted.begin(), sorted.end(), [](double ms) { return ms > 50; }));
        return result;
    }
    // /proc/thread-self/schedstat: "cpu-time-ns run-queue-wait-ns timeslices"; 0 where absent.
    static double runQueueWaitMs()
    {
        QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
        if (!schedstat.open(QIODevice::ReadOnly)) return 0;
        return schedstat.readAll().simplified().split(' ').value(1).toDouble() / 1e6;
    }
    void tick()
    {
        const auto now = Clock::now();
        const double waited = runQueueWaitMs();
        const double lateness =
            std::max(0.0, std::chrono::duration<double, std::milli>(now - m_last).count() - double(Interval.count()));
        m_lateness.push_back(lateness);
        m_own.push_back(std::max(0.0, lateness - (waited - m_lastWaited)));
        m_last = now;
        m_lastWaited = waited;
    }

    QTimer m_timer;
    Clock::time_point m_last;
    double m_lastWaited = 0;
    std::vector<double> m_lateness;
    std::vector<double> m_own;
};

// The end of the first paint of a viewport with rows: the filter sees the paint event before the
// view handles it, so a zero timer queued there fires once the paint is done.
class FirstRowsPaint : public QObject {
public:
    FirstRowsPaint(QAbstractItemModel* model, Clock::time_point start) : m_model(model), m_start(start) {}
    std::optional<double> milliseconds() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && m_model->rowCount() > 0) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] { m_painted = millisecondsSince(m_start); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemModel* m_model;
    Clock::time_point m_start;
    bool m_seen = false;
    std::optional<double> m_painted;
};

struct Memory {
    double rssMiB = 0, hwmMiB = 0;
};

inline Memory readMemory()
{
    Memory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return memory;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const auto kib = [&] { return line.simplified().split(' ').value(1).toDouble() / 1024.0; };
        if (line.startsWith("VmRSS:")) memory.rssMiB = kib();
        if (line.startsWith("VmHWM:")) memory.hwmMiB = kib();
    }
    return memory;
}

} // namespace md::bench
