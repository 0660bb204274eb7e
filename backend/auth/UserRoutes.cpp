#include "auth/UserRoutes.h"

#include "core/DomainError.h"
#include "core/JsonFields.h"
#include "core/QueryParameters.h"

namespace md::auth {

namespace {

http::Response userResponse(const UserRecord& user, unsigned status = 200)
{
    http::Response response = http::Response::json(user.toJson(), status);
    response.header("ETag", "\"" + std::to_string(user.version) + "\"");
    return response;
}

std::string roleProblem()
{
    std::string names;
    for (std::string_view name : roleNames()) names += (names.empty() ? "" : ", ") + std::string(name);
    return "must be one of " + names;
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
    QueryParameters read(request.queryParams());
    UserListQuery query;
    query.limit = read.pageLimit();
    if (auto role = read.oneOf("role", roleNames())) query.role = roleFromString(*role);
    query.search = read.search("q");
    query.disabled = read.boolean("disabled");
    query.sort = read.sort("sort", query.sort);
    read.throwIfInvalid();
    if (auto cursor = read.text("cursor"))
        query.after = KeysetCursor::decode(*cursor, query.sort.name(), query.sort.cursorShape());
    return http::Response::json(m_service.list(query).toJson());
}

http::Response UserRoutes::get(http::Request& request)
{
    return userResponse(m_service.get(request.paramId("id")));
}

http::Response UserRoutes::create(http::Request& request)
{
    const nlohmann::json body = request.jsonBody();
    JsonFields fields(body);
    fields.rejectUnknown({"email", "password", "role", "seller_id", "display_name"});
    NewUser user;
    user.email = fields.string("email", true).value_or("");
    user.password = fields.string("password", true).value_or("");
    user.role = fields.string("role", true).value_or("");
    user.displayName = fields.string("display_name", false).value_or("");
    if (auto sellerId = fields.nullableInteger("seller_id")) user.sellerId = *sellerId;
    if (fields.hasErrors()) {
        // Report the field rules too, so one answer lists everything to fix; a field whose type
        // was already wrong keeps that message.
        const nlohmann::json problems = UserService::problemsOf(user);
        for (const auto& [field, message] : problems.items()) fields.reject(field, message.get<std::string>());
        fields.throwIfInvalid();
    }

    UserRecord created = m_service.create(user, request.actor());
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

    JsonFields fields(body);
    fields.rejectUnknown({"role", "seller_id", "display_name", "disabled", "password", "version"});
    // Only seller_id may be null (no seller); null for anything else is a mistake, not "unchanged".
    if (fields.isNull("role")) fields.reject("role", roleProblem());
    if (fields.isNull("disabled")) fields.reject("disabled", "must be true or false");
    for (const char* name : {"display_name", "password"}) {
        if (fields.isNull(name)) fields.reject(name, "must be a string");
    }
    if (fields.isNull("version")) fields.reject("version", "must be an integer");
    UserPatch patch;
    if (auto role = fields.string("role", false)) {
        patch.role = roleFromString(*role);
        if (!patch.role) fields.reject("role", roleProblem());
    }
    patch.sellerId = fields.nullableInteger("seller_id");
    patch.displayName = fields.string("display_name", false);
    patch.disabled = fields.boolean("disabled");
    patch.password = fields.string("password", false);
    patch.expectedVersion = fields.integer("version", false);
    fields.throwIfInvalid();

    // If-Match and a body "version" both state what the client last saw; both must hold.
    if (ifMatch) {
        if (patch.expectedVersion && *patch.expectedVersion != *ifMatch)
            throw DomainError::badRequest("If-Match and the body's version disagree", "version_conflict");
        patch.expectedVersion = ifMatch;
    }
    return userResponse(m_service.update(id, patch, request.actor()));
}

} // namespace md::auth
