#include "auth/UserRoutes.h"

#include "auth/JsonBodyReader.h"
#include "auth/PageLimit.h"
#include "core/DomainError.h"

namespace md::auth {

namespace {

http::Response userResponse(const UserRecord& user, unsigned status = 200)
{
    http::Response response = http::Response::json(user.toJson(), status);
    response.header("ETag", "\"" + std::to_string(user.version) + "\"");
    return response;
}

DomainError invalidParameter(const std::string& name, const std::string& message)
{
    return DomainError(ErrorKind::BadRequest, "invalid_parameter", "query parameter '" + name + "' " + message,
                       {{"parameter", name}});
}

} // namespace

UserRoutes::UserRoutes(UserService& service) : m_service(service) {}

void UserRoutes::registerRoutes(http::Router& router)
{
    router.add("GET", "/api/v1/users", Permission::UsersAdmin, [this](http::Request& request) { return list(request); });
    router.add("POST", "/api/v1/users", Permission::UsersAdmin,
               [this](http::Request& request) { return create(request); })
        .bodyLimit(64 * 1024);
    router.add("GET", "/api/v1/users/{id}", Permission::UsersAdmin,
               [this](http::Request& request) { return get(request); });
    router.add("PATCH", "/api/v1/users/{id}", Permission::UsersAdmin,
               [this](http::Request& request) { return update(request); })
        .bodyLimit(64 * 1024);
}

http::Response UserRoutes::list(http::Request& request)
{
    UserListQuery query;
    query.limit = pageLimit(request);
    if (auto role = request.query("role"); role && !role->empty()) {
        query.role = roleFromString(*role);
        if (!query.role) throw invalidParameter("role", "must be one of admin, seller, support, operator, customer");
    }
    if (auto search = request.query("q"); search && !search->empty()) {
        if (search->size() > 200) throw invalidParameter("q", "must be at most 200 bytes");
        query.search = *search;
    }
    query.disabled = request.queryBool("disabled");
    if (auto sort = request.query("sort"); sort && !sort->empty()) {
        if (!UserRepository::isSortOrder(*sort))
            throw invalidParameter("sort", "must be one of id, email, created_at (prefix - for descending)");
        query.sort = *sort;
    }
    if (auto cursor = request.query("cursor"); cursor && !cursor->empty())
        query.after = KeysetCursor::decode(*cursor, query.sort, UserRepository::cursorShape(query.sort));

    UserPage page = m_service.list(query);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& user : page.items) items.push_back(user.toJson());
    return http::Response::json({{"items", std::move(items)},
                                 {"next_cursor", page.nextCursor ? nlohmann::json(*page.nextCursor) : nullptr}});
}

http::Response UserRoutes::get(http::Request& request)
{
    return userResponse(m_service.get(request.paramId("id")));
}

http::Response UserRoutes::create(http::Request& request)
{
    const nlohmann::json body = request.jsonBody();
    JsonBodyReader reader(body);
    reader.rejectUnknown({"email", "password", "role", "seller_id", "display_name"});
    NewUser user;
    user.email = reader.string("email", true).value_or("");
    user.password = reader.string("password", true).value_or("");
    user.role = reader.string("role", true).value_or("");
    user.displayName = reader.string("display_name", false).value_or("");
    if (auto sellerId = reader.nullableInteger("seller_id")) user.sellerId = *sellerId;
    if (reader.hasErrors()) {
        // Report the field rules too, so one answer lists everything to fix; a field whose type
        // was already wrong keeps that message.
        const nlohmann::json problems = UserService::problemsOf(user);
        for (const auto& [field, message] : problems.items()) reader.fail(field, message.get<std::string>());
        reader.throwIfInvalid();
    }

    UserRecord created = m_service.create(user, Actor{request.principal(), request.requestId()});
    http::Response response = userResponse(created, 201);
    response.header("Location", "/api/v1/users/" + std::to_string(created.id));
    return response;
}

http::Response UserRoutes::update(http::Request& request)
{
    const long long id = request.paramId("id");
    const nlohmann::json body = request.jsonBody();
    const auto ifMatch = request.ifMatchVersion();
    // The user before the body (API.md, order of checks): 404, then If-Match (412), then 400/422.
    // UserService::update checks both again under the row lock; this read orders the answers.
    const UserRecord current = m_service.get(id);
    if (ifMatch && *ifMatch != current.version) throw DomainError::preconditionFailed(current.version);

    JsonBodyReader reader(body);
    reader.rejectUnknown({"role", "seller_id", "display_name", "disabled", "password", "version"});
    UserPatch patch;
    if (auto role = reader.string("role", false)) {
        patch.role = roleFromString(*role);
        if (!patch.role) reader.fail("role", "must be one of admin, seller, support, operator, customer");
    } else if (reader.has("role")) {
        reader.fail("role", "must be one of admin, seller, support, operator, customer");
    }
    patch.sellerId = reader.nullableInteger("seller_id");
    patch.displayName = reader.string("display_name", false);
    patch.disabled = reader.boolean("disabled");
    patch.password = reader.string("password", false);
    if (reader.has("password") && body["password"].is_null()) reader.fail("password", "must be a string");
    if (reader.has("display_name") && body["display_name"].is_null()) reader.fail("display_name", "must be a string");
    if (auto version = reader.nullableInteger("version")) {
        if (!*version) reader.fail("version", "must be an integer");
        patch.expectedVersion = *version;
    }
    reader.throwIfInvalid();

    // If-Match and a body "version" both state what the client last saw; both must hold.
    if (ifMatch) {
        if (patch.expectedVersion && *patch.expectedVersion != *ifMatch)
            throw DomainError::badRequest("If-Match and the body's version disagree", "version_conflict");
        patch.expectedVersion = ifMatch;
    }
    return userResponse(m_service.update(id, patch, Actor{request.principal(), request.requestId()}));
}

} // namespace md::auth
