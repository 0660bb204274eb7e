#pragma once
// Structured logging: one JSON object a line (MARKETDESK_LOG_FORMAT=json, the default) or readable
// text, buffered and written to stderr in batches (see BufferedStderrSink), so request threads never
// wait on the terminal.
// Fields are data, never secrets: no passwords, tokens or Authorization headers are ever passed in.

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace md::obs {

enum class LogFormat { Json, Text };
enum class LogLevel { Debug, Info, Warn, Error };

void initLogging(LogFormat format, LogLevel minimum);
void flushLogs();
void log(LogLevel level, std::string_view message, const nlohmann::json& fields = nlohmann::json::object());

// The access log line of one request ("msg": "request", error level for 5xx). It is written for every
// request, so it is formatted directly rather than through a JSON document.
struct RequestLogEntry {
    std::string_view requestId;
    std::string_view method;
    std::string_view route; // the route template, never the raw path
    unsigned status = 0;
    double durationMs = 0;
    std::string_view remote; // empty: not known
    std::optional<long long> userId;
};
void logRequest(const RequestLogEntry& entry);

inline void logDebug(std::string_view message, const nlohmann::json& fields = nlohmann::json::object())
{
    log(LogLevel::Debug, message, fields);
}
inline void logInfo(std::string_view message, const nlohmann::json& fields = nlohmann::json::object())
{
    log(LogLevel::Info, message, fields);
}
inline void logWarn(std::string_view message, const nlohmann::json& fields = nlohmann::json::object())
{
    log(LogLevel::Warn, message, fields);
}
inline void logError(std::string_view message, const nlohmann::json& fields = nlohmann::json::object())
{
    log(LogLevel::Error, message, fields);
}

} // namespace md::obs
