#pragma once
// What the inventory table asks the server for (GET /api/v1/inventory).

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace md::models {

struct InventoryFilter {
    bool lowStockOnly = false;
    QString search;
    std::optional<qint64> sellerId;
    QString sortField;
    bool descending = false;

    QUrlQuery toQuery() const;
    bool operator==(const InventoryFilter&) const = default;
};

} // namespace md::models
