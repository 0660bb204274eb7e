#pragma once
// Creates a seller from its name (1–200 characters; checked here as the server checks it, the
// server's 422 shown under the field too). Closing with a name typed asks first
// (GuardedDialog); Ctrl+S creates.

#include "models/dto/Seller.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/GuardedDialog.h"

#include <QPointer>

class QLineEdit;
class QPushButton;

namespace md::models {
class ApiCall;
class SellerService;
} // namespace md::models

namespace md::ui {

class CreateSellerDialog : public GuardedDialog {
    Q_OBJECT
public:
    CreateSellerDialog(models::SellerService* service, QWidget* parent = nullptr);

    QString fieldError(const QString& field) const { return m_errors.message(field); }
    QString generalError() const { return m_errors.generalMessage(); }

public slots:
    void submit();

signals:
    void created(const md::models::Seller& seller);

protected:
    // A name typed.
    bool hasEdits() const override;

private:
    void setBusy(bool busy);
    void fitToContents();

    models::SellerService* m_service;
    QLineEdit* m_name;
    QPushButton* m_create;
    FieldErrors m_errors;
    QPointer<models::ApiCall> m_inFlight;
};

} // namespace md::ui
