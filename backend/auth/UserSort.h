#pragma once
// The orders the user list can be sorted in: id (default), email (case-insensitively) and
// created_at, each with a `-` prefix for descending. Ties are broken by id, so keyset pagination is
// stable.

#include "db/KeysetSort.h"

#include <array>
#include <string_view>

namespace md::auth {

struct UserSortColumns {
    enum class Field { Id, Email, CreatedAt };
    static constexpr std::string_view kTieBreaker = "id";
    static constexpr std::string_view kDefault = "id";
    static constexpr std::array<db::SortColumn<Field>, 3> kColumns{{
        {Field::Id, "id", "id", KeysetCursor::Value::BigInt},
        {Field::Email, "email", "lower(email)", KeysetCursor::Value::Text},
        {Field::CreatedAt, "created_at", "created_at", KeysetCursor::Value::Timestamp},
    }};
};

using UserSort = db::KeysetSort<UserSortColumns>;

} // namespace md::auth
