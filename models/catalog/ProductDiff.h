#pragma once
// What a 412 conflict is about, field by field: the version the edit started from, the person's
// edit, and the version on the server now. Pure functions; the conflict dialog shows the result and
// "overwrite" writes applyEdits(original, mine, server).

#include "models/dto/Product.h"

#include <QList>
#include <QString>

namespace md::models {

struct FieldDifference {
    QString field;  // API field name, e.g. "price_cents"
    QString label;  // translated, e.g. "Price"
    QString mine;   // display text of the person's value
    QString theirs; // display text of the server's value
    bool changedByMe = false;
    bool changedByThem = false;

    bool conflicts() const { return changedByMe && changedByThem && mine != theirs; }
};

// Every editable field that the person or the server changed since `original` and whose values now
// differ between `mine` and `theirs`.
QList<FieldDifference> productDifferences(const ProductDraft& original, const ProductDraft& mine,
                                          const ProductDraft& theirs);

// `theirs` with every field the person changed (relative to `original`) set to the person's value:
// what "overwrite with mine" saves, so their changes to other fields survive.
ProductDraft applyEdits(const ProductDraft& original, const ProductDraft& mine, const ProductDraft& theirs);

} // namespace md::models
