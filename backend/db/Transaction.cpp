#include "db/Transaction.h"

namespace md::db {

bool isRetryable(const pqxx::sql_error& error)
{
    const std::string state = error.sqlstate();
    return state == "40001" || state == "40P01";
}

void translateSqlError(const pqxx::sql_error& error)
{
    const std::string state = error.sqlstate();
    if (state == "57014") throw DomainError::unavailable("the database took too long to answer; try again");
    if (state.rfind("57P", 0) == 0 || state.rfind("08", 0) == 0) throw DomainError::unavailable();
    if (state == "40001" || state == "40P01")
        throw DomainError::unavailable("the database was too busy to complete this change; try again");
    if (state == "22021") throw DomainError::badRequest("text is not valid UTF-8", "invalid_encoding");
}

} // namespace md::db
