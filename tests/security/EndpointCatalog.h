#pragma once
// Every endpoint of API.md (plus the server's documented extensions) with the outcome each role
// must get, for the authorization matrix. Paths carry placeholders ({product}, {fresh_order}, ...)
// that the test resolves to real objects; requests that consume their target ask for a fresh one.

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace md::test {

// Resolves a placeholder name ("product", "fresh_order", "seller", "refresh_token", "n") to text.
using PlaceholderResolver = std::function<std::string(const std::string&)>;

struct EndpointCase {
    std::string method; // GET, POST, PATCH, DELETE, or STREAM (GET read as a stream: SSE)
    std::string path;
    // The body with placeholders resolved; empty for none.
    std::function<std::string(const PlaceholderResolver&)> body;
    std::string contentType;
    // One outcome per caller, in the order of EndpointCatalog::callers(): "2xx" or a status code.
    std::vector<std::string> expected;
    // The caller signs in afresh for this request (logout revokes what it is given).
    bool freshToken = false;
    // Tells cases of one endpoint apart in the matrix's row names ("record payment").
    std::string note;
};

class EndpointCatalog {
public:
    // anonymous, admin, seller, support, operator, customer
    static const std::vector<std::string>& callers();
    static const std::vector<EndpointCase>& cases();
    // Replaces every {name} in text.
    static std::string expand(const std::string& text, const PlaceholderResolver& resolve);
};

} // namespace md::test
