#pragma once
// One HTTP response as a test sees it. status 0 means no response arrived (connection refused,
// closed before answering, or timed out); transportError then says which.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::test {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpResponse {
    int status = 0;
    HttpHeaders headers;
    std::string body;
    std::string transportError;
    bool chunked = false;

    // Case-insensitive; "" when absent. headerValues() for repeated headers.
    std::string header(std::string_view name) const;
    std::vector<std::string> headerValues(std::string_view name) const;
    bool hasHeader(std::string_view name) const;
    // The body parsed as JSON; a discarded value (is_discarded()) if it is not JSON.
    nlohmann::json json() const;
    // The "items" array of a list response, by value (safe in a range-for); empty if there is none.
    nlohmann::json items() const;
    // error.code of an error body, "" otherwise.
    std::string errorCode() const;
    // "HTTP 404 <body>" (body cut at 2 kB) for assertion messages: QVERIFY2(r.status == 200, r.describe().c_str()).
    std::string describe() const;
};

} // namespace md::test
