#include "models/catalog/ProductDiff.h"

#include "models/dto/Money.h"

#include <QCoreApplication>

namespace md::models {

namespace {

QString label(const char* text)
{
    return QCoreApplication::translate("ProductField", text);
}

QString moneyText(const std::optional<qint64>& value, const QString& currency)
{
    return value ? formatMoney(*value, currency) : QCoreApplication::translate("ProductField", "(none)");
}

template <typename Getter>
void compare(QList<FieldDifference>& out, const char* field, const QString& text, const ProductDraft& original,
             const ProductDraft& mine, const ProductDraft& theirs, Getter get, auto show)
{
    const bool byMe = get(mine) != get(original);
    const bool byThem = get(theirs) != get(original);
    if (!byMe && !byThem) return;
    if (get(mine) == get(theirs)) return;
    auto shown = [&show](const ProductDraft& draft) {
        const QString value = show(draft);
        return value.isEmpty() ? QCoreApplication::translate("ProductField", "(none)") : value;
    };
    out.append(FieldDifference{QString::fromLatin1(field), text, shown(mine), shown(theirs), byMe, byThem});
}

} // namespace

QList<FieldDifference> productDifferences(const ProductDraft& original, const ProductDraft& mine,
                                          const ProductDraft& theirs)
{
    QList<FieldDifference> out;
    auto text = [](auto member) { return [member](const ProductDraft& d) { return d.*member; }; };
    compare(out, "sku", label(QT_TRANSLATE_NOOP("ProductField", "SKU")), original, mine, theirs,
            text(&ProductDraft::sku), text(&ProductDraft::sku));
    compare(out, "title", label(QT_TRANSLATE_NOOP("ProductField", "Title")), original, mine, theirs,
            text(&ProductDraft::title), text(&ProductDraft::title));
    compare(out, "category", label(QT_TRANSLATE_NOOP("ProductField", "Category")), original, mine, theirs,
            text(&ProductDraft::category), text(&ProductDraft::category));
    compare(out, "price_cents", label(QT_TRANSLATE_NOOP("ProductField", "Price")), original, mine, theirs,
            text(&ProductDraft::priceCents),
            [](const ProductDraft& d) { return formatMoney(d.priceCents, d.currency); });
    compare(out, "compare_at_cents", label(QT_TRANSLATE_NOOP("ProductField", "Compare-at price")), original, mine,
            theirs, text(&ProductDraft::compareAtCents),
            [](const ProductDraft& d) { return moneyText(d.compareAtCents, d.currency); });
    compare(out, "status", label(QT_TRANSLATE_NOOP("ProductField", "Status")), original, mine, theirs,
            text(&ProductDraft::status), [](const ProductDraft& d) { return productStatusLabel(d.status); });
    compare(out, "description", label(QT_TRANSLATE_NOOP("ProductField", "Description")), original, mine, theirs,
            text(&ProductDraft::description), text(&ProductDraft::description));
    return out;
}

ProductDraft applyEdits(const ProductDraft& original, const ProductDraft& mine, const ProductDraft& theirs)
{
    ProductDraft result = theirs;
    if (mine.sku != original.sku) result.sku = mine.sku;
    if (mine.title != original.title) result.title = mine.title;
    if (mine.description != original.description) result.description = mine.description;
    if (mine.category != original.category) result.category = mine.category;
    if (mine.priceCents != original.priceCents) result.priceCents = mine.priceCents;
    if (mine.compareAtCents != original.compareAtCents) result.compareAtCents = mine.compareAtCents;
    if (mine.currency != original.currency) result.currency = mine.currency;
    if (mine.status != original.status) result.status = mine.status;
    return result;
}

} // namespace md::models
