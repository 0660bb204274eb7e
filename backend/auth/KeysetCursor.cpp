#include "auth/KeysetCursor.h"

#include "auth/Base64Url.h"
#include "core/DomainError.h"

#include <nlohmann/json.hpp>

namespace md::auth {

namespace {

DomainError invalidCursor()
{
    return DomainError::badRequest("cursor is not a next_cursor this list returned (for this sort order)",
                                   "invalid_cursor");
}

} // namespace

std::string KeysetCursor::encode() const
{
    nlohmann::json json = {{"s", sort}, {"i", lastId}};
    if (key) json["k"] = *key;
    return base64UrlEncode(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

KeysetCursor KeysetCursor::decode(const std::string& text, const std::string& expectedSort)
{
    if (text.size() > 2048) throw invalidCursor();
    auto bytes = base64UrlDecode(text);
    if (!bytes) throw invalidCursor();
    auto json = nlohmann::json::parse(*bytes, nullptr, false);
    if (json.is_discarded() || !json.is_object()) throw invalidCursor();
    auto sort = json.find("s");
    auto id = json.find("i");
    if (sort == json.end() || !sort->is_string() || sort->get<std::string>() != expectedSort) throw invalidCursor();
    if (id == json.end() || !id->is_number_integer()) throw invalidCursor();
    KeysetCursor cursor;
    cursor.sort = expectedSort;
    cursor.lastId = id->get<long long>();
    if (auto key = json.find("k"); key != json.end()) {
        if (!key->is_string()) throw invalidCursor();
        cursor.key = key->get<std::string>();
    }
    return cursor;
}

} // namespace md::auth
