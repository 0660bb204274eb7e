#include "db/KeysetSort.h"

#include "db/SqlParams.h"

namespace md::db {

std::string KeysetSql::after(std::string_view column, std::string_view tieBreaker, KeysetCursor::Value value,
                             bool descending, const KeysetCursor& after, SqlParams& params)
{
    const std::string comparison = descending ? " < " : " > ";
    const std::string lastId = params.add(after.integerAt(after.position().size() - 1)) + "::bigint";
    if (column == tieBreaker) return " AND " + std::string(tieBreaker) + comparison + lastId;
    std::string key;
    switch (value) {
    case KeysetCursor::Value::BigInt: key = params.add(after.integerAt(0)) + "::bigint"; break;
    case KeysetCursor::Value::Integer: key = params.add(after.integerAt(0)) + "::integer"; break;
    case KeysetCursor::Value::Text: key = params.add(after.textAt(0)) + "::text"; break;
    case KeysetCursor::Value::Timestamp: key = params.add(after.timestampAt(0)) + "::timestamptz"; break;
    }
    return " AND (" + std::string(column) + ", " + std::string(tieBreaker) + ")" + comparison + "(" + key + ", " +
           lastId + ")";
}

std::string KeysetSql::orderBy(std::string_view column, std::string_view tieBreaker, bool descending)
{
    const std::string direction = descending ? " DESC" : " ASC";
    if (column == tieBreaker) return " ORDER BY " + std::string(tieBreaker) + direction;
    return " ORDER BY " + std::string(column) + direction + ", " + std::string(tieBreaker) + direction;
}

} // namespace md::db
