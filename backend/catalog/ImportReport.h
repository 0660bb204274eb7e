#pragma once
// The answer to a CSV import: how many products were created, updated or left as they were, and
// the problems found, each with the line of the file it is on (the header is line 1; a record
// spanning several lines is reported at the line it starts on) and the column it is in.
//
// Only the first kMaxErrorsReported problems (by line) are kept, whatever the file holds: the rest
// are counted (errorCount) and the report says it was truncated. A file with errors on every line
// would otherwise answer with megabytes of errors, and hold them all in memory first.

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

class ImportReport {
public:
    static constexpr std::size_t kMaxErrorsReported = 1000;

    std::size_t created = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t failed = 0; // rows with at least one error
    bool dryRun = false;
    bool partial = false;

    // Errors may arrive out of line order (a batch's database checks come after the next rows'
    // cell checks); what is kept is always the first kMaxErrorsReported by line, in the order
    // they were added within a line.
    void addError(ImportError error);
    std::size_t errorCount() const { return m_errorCount; }
    bool errorsTruncated() const { return m_errorCount > kMaxErrorsReported; }
    // The kept errors, sorted by row.
    std::vector<ImportError> errors() const;

    // {created, updated, unchanged, failed, errors:[{row, field, message}], error_count,
    //  errors_truncated, dry_run, partial}
    nlohmann::json toJson() const;

private:
    // Sorts by row (stably) and keeps the first kMaxErrorsReported.
    void trim();

    std::vector<ImportError> m_errors; // at most 2 * kMaxErrorsReported between trims
    std::size_t m_errorCount = 0;
};

} // namespace md::catalog
