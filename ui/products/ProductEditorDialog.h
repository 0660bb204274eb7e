#pragma once
// Creates, edits or shows one product. Saving goes to the server; its answers are shown where they
// belong: 422 field messages under their fields, 409 duplicate_sku under the SKU, and a 412 (someone
// saved first) as ProductConflictDialog: the differing fields side by side, then reload their
// version or overwrite it with this one's changes. A failed save keeps the form as it was typed;
// closing it with changes (Esc, Cancel, Ctrl+W, the window's close button) asks first; Ctrl+S saves.

#include "models/api/ApiError.h"
#include "models/dto/Product.h"
#include "ui/common/GuardedDialog.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace md::models {
class ApiCall;
class ProductService;
} // namespace md::models

namespace md::ui {

class ProductConflictDialog;

class ProductEditorDialog : public GuardedDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Edit, View };

    // `chooseSeller`: the admin picks whose catalog a new product goes into.
    ProductEditorDialog(models::ProductService* service, Mode mode, bool chooseSeller, QWidget* parent = nullptr);

    // The product being edited or shown (Edit, View).
    void setProduct(const models::Product& product);
    void setKnownCategories(const QStringList& categories);
    // Fills the form for a new product (Create), e.g. a copy of an existing one.
    void prefill(const models::ProductDraft& draft);

    Mode mode() const { return m_mode; }
    // What the form holds now; nullopt (with the problems shown) when a field cannot be read.
    std::optional<models::ProductDraft> draftFromForm();
    QString fieldError(const QString& field) const;
    QString generalError() const;

signals:
    void saved(const md::models::Product& product);

protected:
    // Whether the form differs from what it was last filled with (never in View mode).
    bool hasEdits() const override;

private:
    void save();
    // The fields as they read now, compared with m_filledState to tell whether anything was edited.
    QStringList formState() const;
    void onSaveFinished(const std::optional<models::Product>& product, const std::optional<models::ApiError>& error);
    void resolveConflict();
    void showConflict(const models::Product& latest);
    void overwriteWith(const models::Product& latest);
    void fillForm(const models::Product& product);
    void fillFields(const models::ProductDraft& draft);
    void showServerError(const models::ApiError& error);
    void clearErrors();
    void setFieldError(const QString& field, const QString& message);
    void setBusy(bool busy);
    QLabel* addErrorLabel(const QString& field);

    models::ProductService* m_service;
    Mode m_mode;
    std::optional<models::Product> m_product;      // the server's copy the edit started from
    std::optional<models::ProductDraft> m_pending; // what a conflict resolution would write

    QSpinBox* m_seller = nullptr;
    QLineEdit* m_sku;
    QLineEdit* m_title;
    QLineEdit* m_category;
    QLineEdit* m_price;
    QLineEdit* m_compareAt;
    QComboBox* m_status;
    QPlainTextEdit* m_description;
    QLabel* m_general;
    QPushButton* m_save = nullptr;
    QHash<QString, QLabel*> m_errorLabels; // API field name -> label under its widget
    QPointer<models::ApiCall> m_inFlight;
    QPointer<ProductConflictDialog> m_conflictDialog;
    QStringList m_filledState; // formState() when the form was last filled
};

} // namespace md::ui
