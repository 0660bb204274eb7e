#pragma once
// Runs a unit of work in one transaction on a pooled connection, and turns database failures into
// domain errors: a connection that broke before COMMIT was sent is replaced and the work retried once
// (the transaction was rolled back, so nothing is applied twice); serialization failures and deadlocks
// are retried; a statement timeout or an unreachable database becomes 503. A connection the watchdog
// cut (the database stopped answering) is not retried: 503 at once, nothing was applied. A connection
// that broke during COMMIT leaves the outcome unknown: 503 outcome_unknown, never retried. Every
// multi-row change goes through here, so it is all-or-nothing.

#include "core/DomainError.h"
#include "db/ConnectionPool.h"

#include <pqxx/pqxx>

#include <string>
#include <type_traits>

namespace md::db {

// Classifies a pqxx::sql_error by SQLSTATE; rethrows as DomainError where the state has a meaning
// for callers, otherwise returns normally so the caller rethrows the original.
void translateSqlError(const pqxx::sql_error& error);
bool isRetryable(const pqxx::sql_error& error);

template <typename Work> auto withTransaction(ConnectionPool& pool, Work&& work)
{
    using Result = std::invoke_result_t<Work, pqxx::work&>;
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        auto lease = pool.acquire();
        try {
            pqxx::work transaction(*lease);
            if constexpr (std::is_void_v<Result>) {
                work(transaction);
                transaction.commit();
                return;
            } else {
                Result result = work(transaction);
                transaction.commit();
                return result;
            }
        } catch (const pqxx::in_doubt_error&) {
            lease.discard();
            throw DomainError::outcomeUnknown("the database connection broke while committing, so whether the change "
                                              "was applied is unknown; check before retrying (a request with an "
                                              "Idempotency-Key may be retried with the same key)");
        } catch (const pqxx::broken_connection&) {
            // Before COMMIT: the transaction is rolled back whatever the database saw.
            const bool timedOut = lease.timedOut();
            lease.discard();
            pool.dropIdle();
            if (timedOut)
                throw DomainError::unavailable("the database did not answer in time; nothing was changed; try again");
            if (attempt >= 2) throw DomainError::unavailable();
        } catch (const pqxx::sql_error& error) {
            if (isRetryable(error) && attempt < kAttempts) continue;
            translateSqlError(error);
            throw;
        }
    }
}

} // namespace md::db
