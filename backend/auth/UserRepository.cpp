#include "auth/UserRepository.h"

#include "auth/SqlParams.h"
#include "db/ConnectionPool.h"
#include "db/Nullable.h"

#include <array>
#include <string_view>

namespace md::auth {

namespace {

// Column list shared by every statement that returns users; UserRecord reads it by position. The
// seller's name is a subquery (not a join) so the same list also serves INSERT/UPDATE ... RETURNING.
constexpr const char* kColumns =
    "id, email, role, seller_id, display_name, disabled, token_version, version, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
    "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
    "(SELECT s.name FROM sellers s WHERE s.id = users.seller_id)";
constexpr int kColumnCount = 11;

UserRecord readUser(const pqxx::row& row)
{
    UserRecord user;
    user.id = row[0].as<long long>();
    user.email = row[1].as<std::string>();
    user.role = roleFromString(row[2].as<std::string>()).value_or(Role::Customer);
    user.sellerId = db::optionalField<long long>(row[3]);
    user.displayName = row[4].as<std::string>();
    user.disabled = row[5].as<bool>();
    user.tokenVersion = row[6].as<long long>();
    user.version = row[7].as<long long>();
    user.createdAt = row[8].as<std::string>();
    user.updatedAt = row[9].as<std::string>();
    user.sellerName = db::optionalField<std::string>(row[10]);
    return user;
}

std::optional<UserRecord> firstUser(const pqxx::result& rows)
{
    if (rows.empty()) return std::nullopt;
    return readUser(rows[0]);
}

// How each sort order pages: the key expression (NULL for id), its text form for the cursor, its
// SQL type for comparison, and the direction. Keys are unique together with id.
struct SortOrder {
    const char* name;
    const char* keyExpression;
    const char* keyText;
    const char* keyType;
    bool descending;
};

constexpr std::array<SortOrder, 6> kSortOrders{{
    {"id", nullptr, nullptr, nullptr, false},
    {"-id", nullptr, nullptr, nullptr, true},
    {"email", "lower(email)", "lower(email)", "text", false},
    {"-email", "lower(email)", "lower(email)", "text", true},
    {"created_at", "created_at", "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
     "timestamptz", false},
    {"-created_at", "created_at", "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
     "timestamptz", true},
}};

const SortOrder& sortOrder(const std::string& name)
{
    for (const auto& order : kSortOrders)
        if (name == order.name) return order;
    return kSortOrders[0];
}

} // namespace

UserRepository::UserRepository()
{
    const std::string columns = kColumns;
    db::Statements::add("auth_user_credentials_by_email",
                        "SELECT " + columns + ", password_hash FROM users WHERE lower(email) = lower($1)");
    db::Statements::add("auth_user_by_id", "SELECT " + columns + " FROM users WHERE id = $1");
    db::Statements::add("auth_user_lock_by_id", "SELECT " + columns + " FROM users WHERE id = $1 FOR UPDATE");
    db::Statements::add("auth_user_insert",
                        "INSERT INTO users (email, password_hash, role, seller_id, display_name) "
                        "VALUES ($1, $2, $3, $4, $5) RETURNING " + columns);
    db::Statements::add("auth_user_update",
                        "UPDATE users SET role = $2, seller_id = $3, display_name = $4, disabled = $5, "
                        "password_hash = coalesce($6, password_hash), "
                        "token_version = token_version + CASE WHEN $7 THEN 1 ELSE 0 END, "
                        "version = version + 1, updated_at = now() WHERE id = $1 RETURNING " + columns);
    // Signing out everywhere changes no field a client edits, so version (the ETag) stays.
    db::Statements::add("auth_user_bump_token_version",
                        "UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING " + columns);
}

KeysetCursor::Shape UserRepository::cursorShape(const std::string& sort)
{
    const SortOrder& order = sortOrder(sort);
    if (!order.keyExpression) return {KeysetCursor::Value::BigInt};
    const bool timestamp = std::string_view(order.keyType) == "timestamptz";
    return {timestamp ? KeysetCursor::Value::Timestamp : KeysetCursor::Value::Text, KeysetCursor::Value::BigInt};
}

bool UserRepository::isSortOrder(const std::string& sort)
{
    for (const auto& order : kSortOrders)
        if (sort == order.name) return true;
    return false;
}

std::optional<UserCredentials> UserRepository::findCredentialsByEmail(pqxx::transaction_base& tx,
                                                                      const std::string& email) const
{
    auto rows = tx.exec_prepared("auth_user_credentials_by_email", email);
    if (rows.empty()) return std::nullopt;
    return UserCredentials{readUser(rows[0]), rows[0][kColumnCount].as<std::string>()};
}

std::optional<UserRecord> UserRepository::findById(pqxx::transaction_base& tx, long long id) const
{
    return firstUser(tx.exec_prepared("auth_user_by_id", id));
}

std::optional<UserRecord> UserRepository::lockById(pqxx::transaction_base& tx, long long id) const
{
    return firstUser(tx.exec_prepared("auth_user_lock_by_id", id));
}

UserRecord UserRepository::insert(pqxx::transaction_base& tx, const UserInsert& user) const
{
    auto rows = tx.exec_prepared("auth_user_insert", user.email, user.passwordHash, std::string(toString(user.role)),
                                 user.sellerId, user.displayName);
    return readUser(rows[0]);
}

UserRecord UserRepository::update(pqxx::transaction_base& tx, long long id, const UserUpdate& update) const
{
    auto rows = tx.exec_prepared("auth_user_update", id, std::string(toString(update.role)), update.sellerId,
                                 update.displayName, update.disabled, update.passwordHash, update.bumpTokenVersion);
    return readUser(rows[0]);
}

std::optional<UserRecord> UserRepository::bumpTokenVersion(pqxx::transaction_base& tx, long long id) const
{
    return firstUser(tx.exec_prepared("auth_user_bump_token_version", id));
}

UserPage UserRepository::list(pqxx::transaction_base& tx, const UserListQuery& query) const
{
    const SortOrder& order = sortOrder(query.sort);
    SqlParams params;
    std::string sql = std::string("SELECT ") + kColumns + ", " + (order.keyText ? order.keyText : "NULL::text") +
                      " FROM users WHERE true";
    if (query.role) sql += " AND role = " + params.add(std::string(toString(*query.role)));
    if (query.disabled) sql += " AND disabled = " + params.add(std::string(*query.disabled ? "true" : "false")) + "::boolean";
    if (query.search) {
        const std::string pattern = params.add(SqlParams::containsPattern(*query.search));
        sql += " AND (lower(email) LIKE lower(" + pattern + ") OR lower(display_name) LIKE lower(" + pattern + "))";
    }
    const char* comparison = order.descending ? " < " : " > ";
    if (query.after) {
        const std::string lastId = params.add(query.after->integerAt(query.after->position().size() - 1)) + "::bigint";
        if (order.keyExpression) {
            const bool timestamp = std::string_view(order.keyType) == "timestamptz";
            const std::string key =
                params.add(timestamp ? query.after->timestampAt(0) : query.after->textAt(0)) + "::" + order.keyType;
            sql += std::string(" AND (") + order.keyExpression + ", id)" + comparison + "(" + key + ", " + lastId + ")";
        } else {
            sql += std::string(" AND id") + comparison + lastId;
        }
    }
    const char* direction = order.descending ? " DESC" : " ASC";
    sql += " ORDER BY ";
    if (order.keyExpression) sql += std::string(order.keyExpression) + direction + ", ";
    sql += std::string("id") + direction;
    // One row more than asked tells whether there is a next page.
    sql += " LIMIT " + params.add(static_cast<long long>(query.limit) + 1) + "::bigint";

    auto rows = params.execute(tx, sql);
    UserPage page;
    const std::size_t limit = static_cast<std::size_t>(query.limit);
    for (std::size_t i = 0; i < rows.size() && i < limit; ++i) page.items.push_back(readUser(rows[i]));
    if (rows.size() > limit) {
        const auto& last = rows[limit - 1];
        const long long lastId = last[0].as<long long>();
        const nlohmann::json position = order.keyExpression
                                            ? nlohmann::json{last[kColumnCount].as<std::string>(), lastId}
                                            : nlohmann::json{lastId};
        page.nextCursor = KeysetCursor(order.name, position).encode();
    }
    return page;
}

} // namespace md::auth
