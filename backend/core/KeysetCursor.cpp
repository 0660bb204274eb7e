#include "core/KeysetCursor.h"

#include "core/Base64Url.h"
#include "core/DomainError.h"
#include "core/Rfc3339.h"

#include <cstdint>

namespace md {

namespace {

// Cursors are small; anything much larger was not issued by us and is not worth parsing.
constexpr std::size_t kMaxCursorLength = 4096;

DomainError invalidCursor(const std::string& why)
{
    return DomainError(ErrorKind::BadRequest, "invalid_cursor",
                       "the cursor is not valid for this list (" + why + "); start again without a cursor",
                       {{"parameter", "cursor"}});
}

} // namespace

KeysetCursor::KeysetCursor(std::string sortKey, nlohmann::json position)
    : m_sortKey(std::move(sortKey)), m_position(std::move(position))
{
}

std::string KeysetCursor::encode() const
{
    const nlohmann::json document = {{"s", m_sortKey}, {"p", m_position}};
    // Unpadded base64url: the cursor travels in a query string.
    return base64UrlEncode(document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

KeysetCursor KeysetCursor::decode(std::string_view text, std::string_view expectedSortKey, const Shape& shape)
{
    if (text.empty() || text.size() > kMaxCursorLength) throw invalidCursor("wrong length");
    const std::optional<std::string> bytes = base64UrlDecode(text);
    if (!bytes) throw invalidCursor("not a cursor");
    nlohmann::json document = nlohmann::json::parse(*bytes, nullptr, false);
    if (document.is_discarded() || !document.is_object()) throw invalidCursor("not a cursor");
    auto sortKey = document.find("s");
    auto position = document.find("p");
    if (sortKey == document.end() || !sortKey->is_string() || position == document.end() || !position->is_array())
        throw invalidCursor("not a cursor");
    if (sortKey->get<std::string>() != expectedSortKey) throw invalidCursor("issued for another sort order");
    if (position->size() != shape.size()) throw invalidCursor("wrong shape");
    KeysetCursor cursor(sortKey->get<std::string>(), std::move(*position));
    for (std::size_t index = 0; index < shape.size(); ++index) {
        switch (shape[index]) {
        case Value::BigInt: cursor.integerAt(index); break;
        case Value::Integer:
            cursor.integerAt(index, std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max());
            break;
        case Value::Text: cursor.textAt(index); break;
        case Value::Timestamp: cursor.timestampAt(index); break;
        }
    }
    return cursor;
}

long long KeysetCursor::integerAt(std::size_t index, long long minimum, long long maximum) const
{
    if (index >= m_position.size()) throw invalidCursor("wrong shape");
    const auto& value = m_position[index];
    // A number beyond the range of long long parses as unsigned or as a double: not one we issued.
    if (!value.is_number_integer() ||
        (value.is_number_unsigned() &&
         value.get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<long long>::max())))
        throw invalidCursor("wrong value type");
    const long long number = value.get<long long>();
    if (number < minimum || number > maximum) throw invalidCursor("value out of range");
    return number;
}

std::string KeysetCursor::textAt(std::size_t index) const
{
    if (index >= m_position.size()) throw invalidCursor("wrong shape");
    const auto& value = m_position[index];
    if (!value.is_string()) throw invalidCursor("wrong value type");
    std::string text = value.get<std::string>();
    if (text.find('\0') != std::string::npos) throw invalidCursor("wrong value");
    return text;
}

std::string KeysetCursor::timestampAt(std::size_t index) const
{
    auto timestamp = Rfc3339::normalized(textAt(index));
    if (!timestamp) throw invalidCursor("not a timestamp");
    return *timestamp;
}

} // namespace md
