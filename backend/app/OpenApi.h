#pragma once
// The OpenAPI 3 document of the HTTP contract (backend/openapi/openapi.json, compiled in).

#include <string>

namespace md::app {

const std::string& openApiDocument();

} // namespace md::app
