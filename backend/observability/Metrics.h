#pragma once
// A small Prometheus registry: counters, histograms and callback gauges with labels, rendered in
// the text exposition format (with HELP and TYPE lines, so `promtool check metrics` is clean).
// Series are created on first use and live for the process; callers on hot paths keep the
// returned reference instead of looking it up per request.

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace md::obs {

using Labels = std::vector<std::pair<std::string, std::string>>;

class Counter {
public:
    void inc(double amount = 1.0) { m_value.fetch_add(amount, std::memory_order_relaxed); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0.0};
};

class Histogram {
public:
    explicit Histogram(std::vector<double> upperBounds);
    void observe(double value);
    const std::vector<double>& upperBounds() const { return m_upperBounds; }
    std::vector<std::uint64_t> cumulativeCounts() const;
    double sum() const { return m_sum.load(std::memory_order_relaxed); }
    std::uint64_t count() const { return m_count.load(std::memory_order_relaxed); }

private:
    std::vector<double> m_upperBounds;
    std::unique_ptr<std::atomic<std::uint64_t>[]> m_bucketCounts;
    std::atomic<double> m_sum{0.0};
    std::atomic<std::uint64_t> m_count{0};
};

class MetricsRegistry {
public:
    static MetricsRegistry& instance();

    Counter& counter(const std::string& name, const std::string& help, const Labels& labels = {});
    Histogram& histogram(const std::string& name, const std::string& help, const Labels& labels,
                         const std::vector<double>& upperBounds);
    // A value read when /metrics is scraped (pool sizes, memory).
    void gauge(const std::string& name, const std::string& help, const Labels& labels, std::function<double()> read);
    // Same, but a counter (monotonic) read when scraped, e.g. process CPU seconds.
    void counterFunction(const std::string& name, const std::string& help, const Labels& labels,
                         std::function<double()> read);

    std::string render() const;

    static const std::vector<double>& latencyBuckets();

private:
    enum class Type { Counter, Gauge, Histogram };
    struct Series {
        Labels labels;
        std::unique_ptr<Counter> counter;
        std::unique_ptr<Histogram> histogram;
        std::function<double()> read;
    };
    struct Family {
        std::string help;
        Type type = Type::Counter;
        std::map<std::string, Series> series; // keyed by rendered labels
    };
    Family& family(const std::string& name, const std::string& help, Type type);

    mutable std::mutex m_mutex;
    std::map<std::string, Family> m_families;
};

// Registers process_* metrics (RSS, CPU, start time, open file descriptors) read from /proc.
void registerProcessMetrics(MetricsRegistry& registry);
// Resident set size of this process in bytes, from /proc/self/statm.
double residentMemoryBytes();

} // namespace md::obs
