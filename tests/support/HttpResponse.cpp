#include "support/HttpResponse.h"

#include <algorithm>
#include <cctype>

namespace md::test {

namespace {

bool equalsIgnoringCase(std::string_view left, std::string_view right)
{
    return left.size() == right.size() && std::equal(left.begin(), left.end(), right.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

} // namespace

std::string HttpResponse::header(std::string_view name) const
{
    for (const auto& [key, value] : headers)
        if (equalsIgnoringCase(key, name)) return value;
    return {};
}

std::vector<std::string> HttpResponse::headerValues(std::string_view name) const
{
    std::vector<std::string> values;
    for (const auto& [key, value] : headers)
        if (equalsIgnoringCase(key, name)) values.push_back(value);
    return values;
}

bool HttpResponse::hasHeader(std::string_view name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto& entry) { return equalsIgnoringCase(entry.first, name); });
}

nlohmann::json HttpResponse::json() const { return nlohmann::json::parse(body, nullptr, false); }

nlohmann::json HttpResponse::items() const
{
    nlohmann::json document = json();
    if (document.is_object() && document.contains("items") && document["items"].is_array()) return document["items"];
    return nlohmann::json::array();
}

std::string HttpResponse::errorCode() const
{
    nlohmann::json document = json();
    if (document.is_object() && document.contains("error") && document["error"].is_object() &&
        document["error"].contains("code") && document["error"]["code"].is_string())
        return document["error"]["code"].get<std::string>();
    return {};
}

std::string HttpResponse::describe() const
{
    if (status == 0) return "no HTTP response (" + transportError + ")";
    std::string text = "HTTP " + std::to_string(status);
    if (!body.empty()) text += " " + (body.size() > 2048 ? body.substr(0, 2048) + "..." : body);
    return text;
}

} // namespace md::test
