#include "observability/Metrics.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace md::obs {

namespace {

std::string escapeLabelValue(const std::string& value)
{
    std::string out;
    for (char c : value) {
        if (c == '\\') out += "\\\\";
        else if (c == '"') out += "\\\"";
        else if (c == '\n') out += "\\n";
        else out.push_back(c);
    }
    return out;
}

std::string renderLabels(const Labels& labels, const std::string& extraName = {}, const std::string& extraValue = {})
{
    if (labels.empty() && extraName.empty()) return {};
    std::string out = "{";
    bool first = true;
    for (const auto& [name, value] : labels) {
        if (!first) out += ',';
        first = false;
        out += name + "=\"" + escapeLabelValue(value) + "\"";
    }
    if (!extraName.empty()) {
        if (!first) out += ',';
        out += extraName + "=\"" + extraValue + "\"";
    }
    return out + "}";
}

std::string formatNumber(double value)
{
    if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
    if (std::isnan(value)) return "NaN";
    if (value == std::floor(value) && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    std::ostringstream out;
    out.precision(15);
    out << value;
    return out.str();
}

} // namespace

Histogram::Histogram(std::vector<double> upperBounds)
    : m_upperBounds(std::move(upperBounds)),
      m_bucketCounts(new std::atomic<std::uint64_t>[m_upperBounds.size()])
{
    for (std::size_t i = 0; i < m_upperBounds.size(); ++i) m_bucketCounts[i].store(0);
}

void Histogram::observe(double value)
{
    for (std::size_t i = 0; i < m_upperBounds.size(); ++i) {
        if (value <= m_upperBounds[i]) {
            m_bucketCounts[i].fetch_add(1, std::memory_order_relaxed);
            break;
        }
    }
    m_sum.fetch_add(value, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
}

std::vector<std::uint64_t> Histogram::cumulativeCounts() const
{
    std::vector<std::uint64_t> counts(m_upperBounds.size());
    std::uint64_t running = 0;
    for (std::size_t i = 0; i < m_upperBounds.size(); ++i) {
        running += m_bucketCounts[i].load(std::memory_order_relaxed);
        counts[i] = running;
    }
    return counts;
}

MetricsRegistry& MetricsRegistry::instance()
{
    static MetricsRegistry registry;
    return registry;
}

const std::vector<double>& MetricsRegistry::latencyBuckets()
{
    static const std::vector<double> buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                             0.1,    0.25,  0.5,    1.0,   2.5,  5.0,   10.0};
    return buckets;
}

MetricsRegistry::Family& MetricsRegistry::family(const std::string& name, const std::string& help, Type type)
{
    auto [it, inserted] = m_families.try_emplace(name);
    if (inserted) {
        it->second.help = help;
        it->second.type = type;
    } else if (it->second.type != type) {
        throw std::logic_error("metric " + name + " registered with two types");
    }
    return it->second;
}

Counter& MetricsRegistry::counter(const std::string& name, const std::string& help, const Labels& labels)
{
    std::lock_guard lock(m_mutex);
    auto& series = family(name, help, Type::Counter).series[renderLabels(labels)];
    if (!series.counter) {
        series.labels = labels;
        series.counter = std::make_unique<Counter>();
    }
    return *series.counter;
}

Histogram& MetricsRegistry::histogram(const std::string& name, const std::string& help, const Labels& labels,
                                      const std::vector<double>& upperBounds)
{
    std::lock_guard lock(m_mutex);
    auto& series = family(name, help, Type::Histogram).series[renderLabels(labels)];
    if (!series.histogram) {
        series.labels = labels;
        series.histogram = std::make_unique<Histogram>(upperBounds);
    }
    return *series.histogram;
}

void MetricsRegistry::gauge(const std::string& name, const std::string& help, const Labels& labels,
                            std::function<double()> read)
{
    std::lock_guard lock(m_mutex);
    auto& series = family(name, help, Type::Gauge).series[renderLabels(labels)];
    series.labels = labels;
    series.read = std::move(read);
}

void MetricsRegistry::counterFunction(const std::string& name, const std::string& help, const Labels& labels,
                                      std::function<double()> read)
{
    std::lock_guard lock(m_mutex);
    auto& series = family(name, help, Type::Counter).series[renderLabels(labels)];
    series.labels = labels;
    series.read = std::move(read);
}

std::string MetricsRegistry::render() const
{
    std::lock_guard lock(m_mutex);
    std::string out;
    out.reserve(16384);
    for (const auto& [name, family] : m_families) {
        const char* type = family.type == Type::Counter ? "counter" : family.type == Type::Gauge ? "gauge" : "histogram";
        out += "# HELP " + name + " " + family.help + "\n";
        out += "# TYPE " + name + " " + type + "\n";
        for (const auto& [labelText, series] : family.series) {
            if (series.histogram) {
                const auto& bounds = series.histogram->upperBounds();
                auto counts = series.histogram->cumulativeCounts();
                for (std::size_t i = 0; i < bounds.size(); ++i)
                    out += name + "_bucket" + renderLabels(series.labels, "le", formatNumber(bounds[i])) + " " +
                           std::to_string(counts[i]) + "\n";
                out += name + "_bucket" + renderLabels(series.labels, "le", "+Inf") + " " +
                       std::to_string(series.histogram->count()) + "\n";
                out += name + "_sum" + labelText + " " + formatNumber(series.histogram->sum()) + "\n";
                out += name + "_count" + labelText + " " + std::to_string(series.histogram->count()) + "\n";
            } else {
                double value = series.counter ? series.counter->value() : (series.read ? series.read() : 0.0);
                out += name + labelText + " " + formatNumber(value) + "\n";
            }
        }
    }
    return out;
}

double residentMemoryBytes()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE));
}

void registerProcessMetrics(MetricsRegistry& registry)
{
    registry.gauge("process_resident_memory_bytes", "Resident memory size in bytes.", {}, residentMemoryBytes);
    registry.gauge("process_virtual_memory_bytes", "Virtual memory size in bytes.", {}, [] {
        std::ifstream statm("/proc/self/statm");
        long pages = 0;
        statm >> pages;
        return static_cast<double>(pages) * static_cast<double>(sysconf(_SC_PAGESIZE));
    });
    registry.counterFunction("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", {}, [] {
        std::ifstream stat("/proc/self/stat");
        std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
        // Fields after the command name (which may contain spaces) start after the last ')'.
        auto close = content.rfind(')');
        if (close == std::string::npos) return 0.0;
        std::istringstream fields(content.substr(close + 2));
        std::string field;
        double utime = 0, stime = 0;
        for (int index = 3; fields >> field; ++index) {
            if (index == 14) utime = std::stod(field);
            if (index == 15) {
                stime = std::stod(field);
                break;
            }
        }
        return (utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
    });
    const double startTime = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    registry.gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", {},
                   [startTime] { return startTime; });
    registry.gauge("process_open_fds", "Number of open file descriptors.", {}, [] {
        std::error_code error;
        double count = 0;
        for (auto it = std::filesystem::directory_iterator("/proc/self/fd", error);
             !error && it != std::filesystem::directory_iterator(); it.increment(error))
            ++count;
        return count;
    });
}

} // namespace md::obs
