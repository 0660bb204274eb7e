#pragma once
// The answer to a CSV import: how many products were created, updated or left as they were, and
// every problem found, each with the line of the file it is on (the header is line 1; a record
// spanning several lines is reported at the line it starts on) and the column it is in.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace md::catalog {

struct ImportError {
    std::size_t row = 0;
    std::string field; // column name; empty for the row as a whole
    std::string message;
};

struct ImportReport {
    // A file with errors on every line would otherwise answer with megabytes of errors.
    static constexpr std::size_t kMaxErrorsReported = 1000;

    std::size_t created = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t failed = 0; // rows with at least one error
    std::vector<ImportError> errors;
    bool dryRun = false;
    bool partial = false;

    // {created, updated, unchanged, failed, errors:[{row, field, message}], errors_truncated,
    //  dry_run, partial}; errors sorted by row, at most kMaxErrorsReported of them.
    nlohmann::json toJson() const;
};

} // namespace md::catalog
