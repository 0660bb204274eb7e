#include "observability/Log.h"

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <ctime>

namespace md::obs {

namespace {

std::atomic<LogFormat> g_format{LogFormat::Json};
std::shared_ptr<spdlog::logger> g_logger;

spdlog::level::level_enum toSpdlog(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return spdlog::level::debug;
    case LogLevel::Info: return spdlog::level::info;
    case LogLevel::Warn: return spdlog::level::warn;
    case LogLevel::Error: return spdlog::level::err;
    }
    return spdlog::level::info;
}

const char* levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warn: return "warn";
    case LogLevel::Error: return "error";
    }
    return "info";
}

std::string timestampUtc()
{
    auto now = std::chrono::system_clock::now();
    auto seconds = std::chrono::system_clock::to_time_t(now);
    auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buffer;
}

std::shared_ptr<spdlog::logger> logger()
{
    if (!g_logger) initLogging(LogFormat::Text, LogLevel::Info);
    return g_logger;
}

} // namespace

void initLogging(LogFormat format, LogLevel minimum)
{
    g_format = format;
    if (!g_logger) {
        spdlog::init_thread_pool(8192, 1);
        auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        g_logger = std::make_shared<spdlog::async_logger>("marketdesk", sink, spdlog::thread_pool(),
                                                          spdlog::async_overflow_policy::overrun_oldest);
        g_logger->set_pattern("%v");
        g_logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(g_logger);
    }
    g_logger->set_level(toSpdlog(minimum));
}

void flushLogs()
{
    if (g_logger) g_logger->flush();
}

void log(LogLevel level, std::string_view message, const nlohmann::json& fields)
{
    auto target = logger();
    if (!target->should_log(toSpdlog(level))) return;
    std::string line;
    if (g_format == LogFormat::Json) {
        nlohmann::json entry = nlohmann::json::object();
        entry["ts"] = timestampUtc();
        entry["level"] = levelName(level);
        entry["msg"] = message;
        if (fields.is_object())
            for (auto it = fields.begin(); it != fields.end(); ++it) entry[it.key()] = it.value();
        line = entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } else {
        line = timestampUtc() + " " + levelName(level) + " " + std::string(message);
        if (fields.is_object() && !fields.empty())
            line += " " + fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    target->log(toSpdlog(level), line);
}

} // namespace md::obs
