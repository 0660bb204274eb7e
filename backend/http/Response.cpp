#include "http/Response.h"

namespace md::http {

Response Response::json(const nlohmann::json& value, unsigned status)
{
    Response response;
    response.status = status;
    // replace: stored text is valid UTF-8, but never let one bad byte turn into a 500.
    response.body = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return response;
}

Response Response::noContent()
{
    Response response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

Response Response::text(std::string body, std::string contentType, unsigned status)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

} // namespace md::http
