#include "models/catalog/ProductBulkUpdater.h"

#include "models/catalog/ProductService.h"
#include "models/dto/Money.h"

namespace md::models {

std::optional<ProductDraft> plannedDraft(const Product& product, const BulkChange& change, QString* whyNot)
{
    ProductDraft draft = ProductDraft::fromProduct(product);
    switch (change.kind) {
    case BulkChange::Kind::SetStatus:
        draft.status = change.status;
        break;
    case BulkChange::Kind::ChangePrice: {
        const auto price = applyPriceChange(product.priceCents, change.price);
        if (!price) {
            if (whyNot) *whyNot = ProductBulkUpdater::tr("The new price would be below zero.");
            return std::nullopt;
        }
        draft.priceCents = *price;
        break;
    }
    }
    return draft;
}

QString bulkFailureText(const ApiError& error)
{
    if (error.isPreconditionFailed())
        return ProductBulkUpdater::tr("Changed by someone else since it was loaded; reload and try again.");
    if (error.isValidation() && !error.fieldErrors.isEmpty()) {
        QStringList parts;
        for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it)
            parts.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
        return ProductBulkUpdater::tr("Refused: %1").arg(parts.join(QStringLiteral("; ")));
    }
    if (error.isNotFound()) return ProductBulkUpdater::tr("The product no longer exists.");
    return error.displayText();
}

ProductBulkUpdater::ProductBulkUpdater(ProductService* service, QObject* parent) : QObject(parent), m_service(service)
{
}

int ProductBulkUpdater::count(BulkItemResult::State state) const
{
    return static_cast<int>(std::count_if(m_results.begin(), m_results.end(),
                                          [state](const BulkItemResult& item) { return item.state == state; }));
}

void ProductBulkUpdater::start(const QList<Product>& products, const BulkChange& change)
{
    m_change = change;
    m_results.clear();
    for (const Product& product : products)
        m_results.append(BulkItemResult{product, std::nullopt, BulkItemResult::State::Pending, std::nullopt, {}});
    m_next = 0;
    m_running = 0;
    m_completed = 0;
    m_cancelled = false;
    m_finishedEmitted = false;
    emit progress(0, static_cast<int>(m_results.size()));
    if (m_results.isEmpty()) {
        m_finishedEmitted = true;
        emit finished();
        return;
    }
    pump();
}

void ProductBulkUpdater::cancel()
{
    m_cancelled = true;
    for (int index = m_next; index < m_results.size(); ++index) {
        m_results[index].state = BulkItemResult::State::Unchanged;
        m_results[index].message = tr("Not sent: cancelled.");
        complete(index);
    }
    m_next = static_cast<int>(m_results.size());
}

void ProductBulkUpdater::pump()
{
    while (!m_cancelled && m_running < MaxConcurrent && m_next < m_results.size()) {
        const int index = m_next++;
        BulkItemResult& item = m_results[index];
        QString whyNot;
        const auto draft = plannedDraft(item.before, m_change, &whyNot);
        const ProductDraft original = ProductDraft::fromProduct(item.before);
        if (!draft) {
            item.state = BulkItemResult::State::Failed;
            item.message = whyNot;
            complete(index);
            continue;
        }
        if (*draft == original) {
            item.state = BulkItemResult::State::Unchanged;
            item.message = tr("Already so; nothing to change.");
            complete(index);
            continue;
        }
        item.state = BulkItemResult::State::Running;
        ++m_running;
        emit itemChanged(index);
        m_service->update(item.before.id, item.before.version, original, *draft, this,
                          [this, index](ApiOutcome<Product> outcome) {
                              --m_running;
                              BulkItemResult& done = m_results[index];
                              if (outcome.value) {
                                  done.after = outcome.value;
                                  done.state = BulkItemResult::State::Changed;
                                  done.message = tr("Changed.");
                              } else {
                                  done.state = BulkItemResult::State::Failed;
                                  done.error = outcome.error;
                                  done.message = outcome.error ? bulkFailureText(*outcome.error) : QString();
                              }
                              complete(index);
                              pump();
                          });
    }
}

void ProductBulkUpdater::complete(int index)
{
    ++m_completed;
    emit itemChanged(index);
    emit progress(m_completed, static_cast<int>(m_results.size()));
    if (m_completed == m_results.size() && !m_finishedEmitted) {
        m_finishedEmitted = true;
        emit finished();
    }
}

} // namespace md::models
