#include "observability/Log.h"

#include "observability/BufferedStderrSink.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
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

// RFC 3339 UTC with milliseconds. The date and time part is formatted once a second per thread.
std::string timestampUtc()
{
    thread_local std::time_t cachedSecond = -1;
    thread_local char cachedPrefix[80] = {};
    auto now = std::chrono::system_clock::now();
    auto seconds = std::chrono::system_clock::to_time_t(now);
    auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    if (seconds != cachedSecond) {
        std::tm utc{};
        gmtime_r(&seconds, &utc);
        std::snprintf(cachedPrefix, sizeof cachedPrefix, "%04d-%02d-%02dT%02d:%02d:%02d", utc.tm_year + 1900,
                      utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
        cachedSecond = seconds;
    }
    char millisText[8];
    std::snprintf(millisText, sizeof millisText, ".%03dZ", static_cast<int>(millis));
    return std::string(cachedPrefix) + millisText;
}

// A JSON string literal of text (which is UTF-8 from our own code; anything else is replaced).
void appendJsonString(std::string& out, std::string_view text)
{
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The same, without building a JSON value, for the few short fields of the access log line. Only
// ASCII letters, digits and punctuation other than the quote and backslash are copied as they are.
void appendPlainJsonString(std::string& out, std::string_view text)
{
    for (char c : text) {
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
            appendJsonString(out, text);
            return;
        }
    }
    out += '"';
    out += text;
    out += '"';
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
        g_logger = std::make_shared<spdlog::logger>("marketdesk", std::make_shared<BufferedStderrSink>());
        g_logger->set_pattern("%v");
        spdlog::register_logger(g_logger);
        std::atexit(flushLogs); // whatever is buffered when the process exits normally
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

void logRequest(const RequestLogEntry& entry)
{
    const LogLevel level = entry.status >= 500 ? LogLevel::Error : LogLevel::Info;
    auto target = logger();
    if (!target->should_log(toSpdlog(level))) return;
    if (g_format != LogFormat::Json) {
        nlohmann::json fields = {{"request_id", entry.requestId}, {"method", entry.method}, {"route", entry.route},
                                 {"status", entry.status},        {"duration_ms", entry.durationMs}};
        if (!entry.remote.empty()) fields["remote"] = entry.remote;
        if (entry.userId) fields["user_id"] = *entry.userId;
        log(level, "request", fields);
        return;
    }
    // The same object log() would write, with its keys in the same (sorted) order.
    std::string line;
    line.reserve(256);
    char number[32];
    std::snprintf(number, sizeof number, "%.3f", entry.durationMs);
    line += "{\"duration_ms\":";
    line += number;
    line += ",\"level\":\"";
    line += levelName(level);
    line += "\",\"method\":";
    appendPlainJsonString(line, entry.method);
    line += ",\"msg\":\"request\"";
    if (!entry.remote.empty()) {
        line += ",\"remote\":";
        appendPlainJsonString(line, entry.remote);
    }
    line += ",\"request_id\":";
    appendPlainJsonString(line, entry.requestId);
    line += ",\"route\":";
    appendPlainJsonString(line, entry.route);
    line += ",\"status\":";
    line += std::to_string(entry.status);
    line += ",\"ts\":\"";
    line += timestampUtc();
    line += '"';
    if (entry.userId) {
        line += ",\"user_id\":";
        line += std::to_string(*entry.userId);
    }
    line += '}';
    target->log(toSpdlog(level), line);
}

} // namespace md::obs
