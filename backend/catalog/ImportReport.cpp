#include "catalog/ImportReport.h"

#include <algorithm>

namespace md::catalog {

void ImportReport::addError(ImportError error)
{
    ++m_errorCount;
    m_errors.push_back(std::move(error));
    if (m_errors.size() >= 2 * kMaxErrorsReported) trim();
}

void ImportReport::trim()
{
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [](const ImportError& a, const ImportError& b) { return a.row < b.row; });
    if (m_errors.size() > kMaxErrorsReported) m_errors.resize(kMaxErrorsReported);
}

std::vector<ImportError> ImportReport::errors() const
{
    ImportReport copy = *this;
    copy.trim();
    return std::move(copy.m_errors);
}

nlohmann::json ImportReport::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& error : errors()) {
        list.push_back({{"row", error.row},
                        {"field", error.field.empty() ? nlohmann::json() : nlohmann::json(error.field)},
                        {"message", error.message}});
    }
    return {{"created", created},
            {"updated", updated},
            {"unchanged", unchanged},
            {"failed", failed},
            {"errors", std::move(list)},
            {"error_count", m_errorCount},
            {"errors_truncated", errorsTruncated()},
            {"dry_run", dryRun},
            {"partial", partial}};
}

} // namespace md::catalog
