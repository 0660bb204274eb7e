#include "db/ConnectionSettings.h"

#include <libpq-fe.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace md::db {

namespace {

// A value as libpq's key=value syntax wants it: single-quoted, with quotes and backslashes escaped.
std::string quoted(const std::string& value)
{
    std::string text = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') text.push_back('\\');
        text.push_back(c);
    }
    return text + "'";
}

} // namespace

std::string connectionString(const std::string& url, const ConnectionSettings& settings)
{
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(url.c_str(), &error),
                                                                         &PQconninfoFree);
    if (!options) {
        std::string message = error ? error : "out of memory";
        if (error) PQfreemem(error);
        while (!message.empty() && message.back() == '\n')
            message.pop_back();
        throw std::invalid_argument("not a PostgreSQL connection URL: " + message);
    }
    std::map<std::string, std::string> parameters;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option)
        if (option->val) parameters[option->keyword] = option->val;
    auto addUnlessSet = [&](const char* keyword, long long value) {
        parameters.emplace(keyword, std::to_string(value));
    };
    addUnlessSet("connect_timeout", settings.connectTimeout.count());
    addUnlessSet("keepalives", 1);
    addUnlessSet("keepalives_idle", settings.keepalivesIdle.count());
    addUnlessSet("keepalives_interval", settings.keepalivesInterval.count());
    addUnlessSet("keepalives_count", settings.keepalivesCount);
    addUnlessSet("tcp_user_timeout", settings.tcpUserTimeout.count());

    std::string text;
    for (const auto& [keyword, value] : parameters) {
        if (!text.empty()) text.push_back(' ');
        text += keyword + "=" + quoted(value);
    }
    return text;
}

} // namespace md::db
