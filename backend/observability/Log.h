#pragma once
// Structured logging: one JSON object a line (MARKETDESK_LOG_FORMAT=json, the default) or readable
// text, written to stderr by a background thread so request threads never wait on the terminal.
// Fields are data, never secrets: no passwords, tokens or Authorization headers are ever passed in.

#include <nlohmann/json.hpp>

#include <string_view>

namespace md::obs {

enum class LogFormat { Json, Text };
enum class LogLevel { Debug, Info, Warn, Error };

void initLogging(LogFormat format, LogLevel minimum);
void flushLogs();
void log(LogLevel level, std::string_view message, const nlohmann::json& fields = nlohmann::json::object());

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
