#include "auth/UserRepository.h"

#include "db/ConnectionPool.h"
#include "db/Nullable.h"
#include "db/SqlParams.h"

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

Page<UserRecord> UserRepository::list(pqxx::transaction_base& tx, const UserListQuery& query) const
{
    const UserSort& sort = query.sort;
    // The sort value as its cursor holds it (timestamps with the microseconds kColumns leaves out).
    const std::string key = sort.isTieBreaker() ? "NULL::text"
                            : sort.value() == KeysetCursor::Value::Timestamp
                                ? "to_char(" + std::string(sort.column()) +
                                      " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                                : std::string(sort.column());
    db::SqlParams params;
    std::string sql = std::string("SELECT ") + kColumns + ", " + key + " FROM users WHERE true";
    if (query.role) sql += " AND role = " + params.add(std::string(toString(*query.role)));
    if (query.disabled) sql += " AND disabled = " + params.add(std::string(*query.disabled ? "true" : "false")) + "::boolean";
    if (query.search) {
        const std::string pattern = params.add(db::SqlParams::containsPattern(*query.search));
        sql += " AND (lower(email) LIKE lower(" + pattern + ") OR lower(display_name) LIKE lower(" + pattern + "))";
    }
    if (query.after) sql += sort.afterSql(*query.after, params);
    sql += sort.orderBySql();
    // One row more than asked tells whether there is a next page.
    sql += " LIMIT " + params.add(query.limit + 1) + "::bigint";

    struct Listed {
        UserRecord user;
        std::string key;
    };
    std::vector<Listed> rows;
    for (const auto& row : params.execute(tx, sql)) {
        const auto& key = row[kColumnCount];
        rows.push_back({readUser(row), key.is_null() ? std::string() : key.as<std::string>()});
    }
    return Page<Listed>::fromRows(std::move(rows), query.limit,
                                  [&](const Listed& last) {
                                      const nlohmann::json position = sort.isTieBreaker()
                                                                          ? nlohmann::json{last.user.id}
                                                                          : nlohmann::json{last.key, last.user.id};
                                      return KeysetCursor(sort.name(), position).encode();
                                  })
        .map([](Listed&& listed) { return std::move(listed.user); });
}

} // namespace md::auth
