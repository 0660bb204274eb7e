#pragma once
// Shown when saving a product answered 412 (someone saved it after the editor opened): a table of
// the fields that differ, the person's value beside the server's, with the fields both sides
// changed marked. The person reloads the server's version into the editor (discarding theirs) or
// overwrites it with their edits, saved on top of the server's version.

#include "models/catalog/ProductDiff.h"
#include "models/dto/Product.h"

#include <QDialog>

class QTableWidget;

namespace md::ui {

class ProductConflictDialog : public QDialog {
    Q_OBJECT
public:
    ProductConflictDialog(const models::ProductDraft& original, const models::ProductDraft& mine,
                          const models::Product& server, QWidget* parent = nullptr);

    const QList<models::FieldDifference>& differences() const { return m_differences; }

signals:
    void reloadChosen();
    void overwriteChosen();

private:
    QList<models::FieldDifference> m_differences;
    QTableWidget* m_table;
};

} // namespace md::ui
