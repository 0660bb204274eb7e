#include "catalog/ImportReport.h"

#include <algorithm>

namespace md::catalog {

nlohmann::json ImportReport::toJson() const
{
    std::vector<const ImportError*> sorted;
    sorted.reserve(errors.size());
    for (const auto& error : errors)
        sorted.push_back(&error);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ImportError* a, const ImportError* b) { return a->row < b->row; });

    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < sorted.size() && i < kMaxErrorsReported; ++i) {
        list.push_back({{"row", sorted[i]->row},
                        {"field", sorted[i]->field.empty() ? nlohmann::json() : nlohmann::json(sorted[i]->field)},
                        {"message", sorted[i]->message}});
    }
    return {{"created", created}, {"updated", updated},        {"unchanged", unchanged},
            {"failed", failed},   {"errors", std::move(list)}, {"errors_truncated", sorted.size() > kMaxErrorsReported},
            {"dry_run", dryRun},  {"partial", partial}};
}

} // namespace md::catalog
