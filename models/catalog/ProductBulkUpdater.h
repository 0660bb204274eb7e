#pragma once
// Applies one change (a status, or a price change by amount or percent) to many products. The API
// has no bulk endpoint, so each product gets its own PATCH with If-Match: its version, at most
// MaxConcurrent at a time. Every product ends with its own result: changed (the server's new copy),
// unchanged (nothing to do), or failed with the reason (412: changed by someone else since it was
// loaded; 422: the server refused the value; a price that would fall below zero is refused here).

#include "models/api/ApiError.h"
#include "models/catalog/PriceChange.h"
#include "models/dto/Product.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace md::models {

class ApiCall;
class ProductService;

struct BulkChange {
    enum class Kind { SetStatus, ChangePrice };

    Kind kind = Kind::SetStatus;
    ProductStatus status = ProductStatus::Active;
    PriceChange price;

    static BulkChange setStatus(ProductStatus status) { return {Kind::SetStatus, status, {}}; }
    static BulkChange changePrice(PriceChange change) { return {Kind::ChangePrice, ProductStatus::Active, change}; }
};

struct BulkItemResult {
    enum class State { Pending, Running, Changed, Unchanged, Failed };

    Product before;
    std::optional<Product> after; // the server's copy once changed
    State state = State::Pending;
    std::optional<ApiError> error;
    QString message; // translated, for the result column
};

// What `change` makes of `product`'s editable fields; nullopt with `whyNot` when it cannot apply.
std::optional<ProductDraft> plannedDraft(const Product& product, const BulkChange& change, QString* whyNot = nullptr);
// One line for a failed item, naming the cause in the console's words.
QString bulkFailureText(const ApiError& error);

class ProductBulkUpdater : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxConcurrent = 4;

    explicit ProductBulkUpdater(ProductService* service, QObject* parent = nullptr);

    void start(const QList<Product>& products, const BulkChange& change);
    // Sends nothing more; requests already sent finish and are reported.
    void cancel();

    const QList<BulkItemResult>& results() const { return m_results; }
    int completed() const { return m_completed; }
    bool isRunning() const { return m_completed < m_results.size() && !m_finishedEmitted; }
    int count(BulkItemResult::State state) const;

signals:
    void itemChanged(int index);
    void progress(int completed, int total);
    void finished();

private:
    void pump();
    void complete(int index);

    ProductService* m_service;
    BulkChange m_change;
    QList<BulkItemResult> m_results;
    int m_next = 0;
    int m_running = 0;
    int m_completed = 0;
    bool m_cancelled = false;
    bool m_finishedEmitted = false;
};

} // namespace md::models
