#pragma once
// Creates a user: e-mail, display name, role and, for the seller role only, the seller (chosen by
// name in a SellerPicker), and a first password (typed, or generated here and shown in the field).
// The console's own checks (UserRules, the server's rules) show every problem under its field
// before anything is sent; the server's answers land in the same places (422 details.fields,
// 409 duplicate_email under the e-mail). The user is created by one request, whole or not at all.
// Closing with something typed asks first (GuardedDialog); Ctrl+S creates.

#include "models/dto/UserAccount.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/GuardedDialog.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace md::models {
class ApiCall;
class ApiClient;
class UserService;
struct ApiError;
} // namespace md::models

namespace md::ui {

class SellerPicker;

class CreateUserDialog : public GuardedDialog {
    Q_OBJECT
public:
    CreateUserDialog(models::UserService* service, models::ApiClient* client, QWidget* parent = nullptr);

    // What the form holds now.
    models::NewUserAccount userFromForm() const;
    QString fieldError(const QString& field) const { return m_errors.message(field); }
    QString generalError() const { return m_errors.generalMessage(); }

public slots:
    void submit();
    void generatePassword();

signals:
    void created(const md::models::UserAccount& user);

protected:
    // Anything typed or a role chosen.
    bool hasEdits() const override;

private:
    void onRoleChosen();
    void fitToContents();
    void showServerError(const models::ApiError& error);
    void setBusy(bool busy);

    models::UserService* m_service;
    QFormLayout* m_form;
    QLineEdit* m_email;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    SellerPicker* m_seller;
    QLineEdit* m_password;
    QPushButton* m_generate;
    QCheckBox* m_showPassword;
    QPushButton* m_create;
    FieldErrors m_errors;
    QPointer<models::ApiCall> m_inFlight;
};

} // namespace md::ui
