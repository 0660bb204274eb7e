#pragma once
// One HTTP request as handlers see it: method, decoded path and query, path parameters from the
// route template, the body, and the caller (set by the dispatcher before the handler runs).

#include "core/Actor.h"
#include "core/Principal.h"

#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace md::http {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;

class Request {
public:
    Request(BeastRequest raw, std::string remoteAddress);

    std::string_view method() const { return m_raw.method_string(); }
    const std::string& path() const { return m_path; }
    std::string header(std::string_view name) const;
    const std::string& body() const { return m_raw.body(); }
    const std::string& remoteAddress() const { return m_remoteAddress; }

    // Query parameters, percent-decoded. A repeated key keeps its last value.
    std::optional<std::string> query(const std::string& name) const;
    const std::map<std::string, std::string>& queryParams() const { return m_query; }
    // Typed query readers (core/QueryParameters): a value that does not parse is a 400 naming the
    // parameter. Lists read their parameters through QueryParameters itself.
    std::optional<long long> queryInt(const std::string& name) const;
    std::optional<bool> queryBool(const std::string& name) const;

    // Path parameter from the route template ("{id}" -> param("id")).
    const std::string& param(const std::string& name) const;
    // A path parameter that must be a positive integer; anything else is 404 (no such resource).
    long long paramId(const std::string& name) const;
    void setParams(std::map<std::string, std::string> params) { m_params = std::move(params); }

    // The media type of Content-Type ("type/subtype", lower case, parameters dropped); "" when
    // the header is absent or not of that shape.
    std::string mediaType() const;
    // The body as JSON: 415 unless the media type is application/json, 400 for malformed JSON
    // (numbers beyond double range included), invalid UTF-8 or nesting deeper than the limit.
    nlohmann::json jsonBody() const;
    static constexpr int kMaxJsonDepth = 32;

    // If-Match as a version number; nullopt when absent, 400 when not a version we issued.
    std::optional<long long> ifMatchVersion() const;

    const Principal& principal() const;
    bool hasPrincipal() const { return m_principal.has_value(); }
    // The caller and this request's id, as services take them for the audit log.
    Actor actor() const { return Actor{principal(), m_requestId}; }
    void setPrincipal(Principal principal) { m_principal = std::move(principal); }

    const std::string& requestId() const { return m_requestId; }
    void setRequestId(std::string id) { m_requestId = std::move(id); }

    const BeastRequest& raw() const { return m_raw; }

private:
    BeastRequest m_raw;
    std::string m_remoteAddress;
    std::string m_path;
    std::map<std::string, std::string> m_query;
    std::map<std::string, std::string> m_params;
    std::optional<Principal> m_principal;
    std::string m_requestId;
};

// The media type of a Content-Type value: "type/subtype" in lower case, without parameters and
// surrounding whitespace; "" when the value is not of that shape. Compare it exactly: a prefix test
// would take "application/jsonp" for JSON.
std::string mediaTypeOf(std::string_view contentType);

// Percent-decoding ('+' as space in queries). Returns nullopt for a malformed escape.
std::optional<std::string> percentDecode(std::string_view text, bool plusIsSpace);

} // namespace md::http
