#include "http/Request.h"

#include "core/DomainError.h"
#include "core/QueryParameters.h"

#include <charconv>

namespace md::http {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

struct JsonTooDeep {};

// RFC 9110 token characters.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

} // namespace

std::string mediaTypeOf(std::string_view contentType)
{
    std::string_view type = contentType.substr(0, contentType.find(';'));
    while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
    const std::size_t slash = type.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == type.size()) return {};
    std::string lower;
    lower.reserve(type.size());
    for (std::size_t i = 0; i < type.size(); ++i) {
        const char c = type[i];
        if (i != slash && !isTokenChar(c)) return {};
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return lower;
}

std::optional<std::string> percentDecode(std::string_view text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            int hi = hexValue(text[i + 1]);
            int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

Request::Request(BeastRequest raw, std::string remoteAddress)
    : m_raw(std::move(raw)), m_remoteAddress(std::move(remoteAddress))
{
    std::string_view target = m_raw.target();
    auto questionMark = target.find('?');
    std::string_view rawPath = target.substr(0, questionMark);
    auto decodedPath = percentDecode(rawPath, false);
    if (!decodedPath) throw DomainError::badRequest("the request path has a malformed percent escape");
    m_path = std::move(*decodedPath);
    if (questionMark == std::string_view::npos) return;

    std::string_view queryText = target.substr(questionMark + 1);
    while (!queryText.empty()) {
        auto amp = queryText.find('&');
        std::string_view pair = queryText.substr(0, amp);
        queryText = amp == std::string_view::npos ? std::string_view{} : queryText.substr(amp + 1);
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        auto key = percentDecode(pair.substr(0, eq), true);
        auto value = percentDecode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), true);
        if (!key || !value) throw DomainError::badRequest("the query string has a malformed percent escape");
        m_query[*key] = *value;
    }
}

std::string Request::header(std::string_view name) const
{
    auto it = m_raw.find(boost::beast::string_view(name.data(), name.size()));
    if (it == m_raw.end()) return {};
    return std::string(it->value());
}

std::optional<std::string> Request::query(const std::string& name) const
{
    auto it = m_query.find(name);
    if (it == m_query.end()) return std::nullopt;
    return it->second;
}

std::optional<long long> Request::queryInt(const std::string& name) const
{
    return QueryParameters(m_query).integer(name);
}

std::optional<bool> Request::queryBool(const std::string& name) const
{
    return QueryParameters(m_query).boolean(name);
}

const std::string& Request::param(const std::string& name) const
{
    static const std::string empty;
    auto it = m_params.find(name);
    return it == m_params.end() ? empty : it->second;
}

long long Request::paramId(const std::string& name) const
{
    const std::string& text = param(name);
    long long value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value <= 0) throw DomainError::notFound();
    return value;
}

nlohmann::json Request::jsonBody() const
{
    if (mediaType() != "application/json")
        throw DomainError(ErrorKind::UnsupportedMediaType, "unsupported_media_type",
                          "send the body as application/json");
    try {
        nlohmann::json::parser_callback_t depthGuard = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
            if (depth > kMaxJsonDepth) throw JsonTooDeep{};
            return true;
        };
        return nlohmann::json::parse(body(), depthGuard);
    } catch (const JsonTooDeep&) {
        throw DomainError::badRequest("the JSON body is nested deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                                      "json_too_deep");
    } catch (const nlohmann::json::parse_error& error) {
        throw DomainError::badRequest(std::string("the body is not valid JSON: ") + error.what(), "malformed_json");
    } catch (const nlohmann::json::out_of_range& error) {
        // A number beyond double range (1e999): the parser refuses it like any other malformed input.
        throw DomainError::badRequest(std::string("the body is not valid JSON: ") + error.what(), "malformed_json");
    }
}

std::string Request::mediaType() const { return mediaTypeOf(header("Content-Type")); }

std::optional<long long> Request::ifMatchVersion() const
{
    std::string value = header("If-Match");
    if (value.empty()) return std::nullopt;
    if (value.rfind("W/", 0) == 0) value = value.substr(2);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    long long version = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), version);
    if (ec != std::errc() || end != value.data() + value.size())
        throw DomainError::badRequest("If-Match must be an ETag this server issued, like \"3\"", "invalid_if_match");
    return version;
}

const Principal& Request::principal() const
{
    if (!m_principal) throw DomainError::unauthenticated();
    return *m_principal;
}

} // namespace md::http
