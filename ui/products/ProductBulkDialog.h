#pragma once
// One change for many selected products: set their status, or change their price by an amount or
// a percentage (rounded to the unit, half away from zero; see PriceChange). The table previews each
// product's new value before anything is sent, then shows each product's own result (changed,
// unchanged, or failed and why: changed by someone else (412), refused (422)).

#include "models/catalog/ProductBulkUpdater.h"
#include "models/dto/Product.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace md::models {
class ProductService;
} // namespace md::models

namespace md::ui {

class ProductBulkDialog : public QDialog {
    Q_OBJECT
public:
    enum Action { SetStatusAction, PriceAmountAction, PricePercentAction };
    enum Column { SkuColumn, TitleColumn, BeforeColumn, AfterColumn, ResultColumn, ColumnCount };

    ProductBulkDialog(models::ProductService* service, const QList<models::Product>& products,
                      QWidget* parent = nullptr);

    // The change the form describes; nullopt (with the reason shown) when the value cannot be read.
    std::optional<models::BulkChange> changeFromForm();
    const models::ProductBulkUpdater* updater() const { return m_updater; }

public slots:
    void apply();

signals:
    // Products the server changed, with its new copies.
    void productsChanged(const QList<md::models::Product>& products);

private:
    void updateForm();
    void updatePreview();
    void showItem(int index);
    void onFinished();
    void reject() override;
    QString valueText(const models::Product& product) const;

    models::ProductBulkUpdater* m_updater;
    QList<models::Product> m_products;
    QComboBox* m_action;
    QComboBox* m_status;
    QLineEdit* m_value;
    QLabel* m_hint;
    QLabel* m_valueError;
    QTableWidget* m_table;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_apply;
    QPushButton* m_close;
    bool m_applied = false;
};

} // namespace md::ui
