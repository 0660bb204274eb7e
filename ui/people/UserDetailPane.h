#pragma once
// One user's account next to the user table: who they are, their profile (display name, role and,
// for sellers, the seller, chosen by name) to change and save in one request, and their access:
// disable or re-enable, and reset the password (a strong one generated here, set, shown once in
// PasswordRevealDialog, then forgotten). Changes that end the person's sessions (role, seller,
// disabling, a new password) say so in their confirmation. Every change carries the version shown
// (If-Match); when someone changed the user meanwhile the pane shows the latest version and keeps
// what was typed. An administrator's own role and access cannot be changed here (the server refuses
// it too), so nobody locks themselves out.

#include "models/dto/UserAccount.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/UnsavedEdits.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace md::models {
class ApiCall;
class ApiClient;
class UserService;
struct ApiError;
} // namespace md::models

namespace md::widgets {
class ErrorBanner;
}

namespace md::ui {

class SellerPicker;

class UserDetailPane : public QWidget, public UnsavedEdits {
    Q_OBJECT
public:
    // `signedInUserId`: the administrator using the console (their own row is protected).
    UserDetailPane(models::UserService* service, models::ApiClient* client, qint64 signedInUserId,
                   QWidget* parent = nullptr);

    // Shows `user` (as the list has them) with a fresh form.
    void showUser(const models::UserAccount& user);
    // Loads the user from the server and shows them (a user not in the loaded rows).
    void showUserId(qint64 userId);
    void clear();
    // Reloads the shown user; edits in the form are kept.
    void refresh();
    // Reloads the seller picker's list (a seller was created meanwhile).
    void reloadSellers();

    qint64 userId() const { return m_user ? m_user->id : 0; }
    const std::optional<models::UserAccount>& user() const { return m_user; }
    QString fieldError(const QString& field) const { return m_errors.message(field); }
    QString generalError() const { return m_errors.generalMessage(); }
    // The form differs from the user shown.
    bool hasUnsavedEdits() const override;

public slots:
    void saveProfile();
    void revertProfile();
    void toggleDisabled();
    void resetPassword();

signals:
    // The server's copy of a user after a change made here.
    void userChanged(const md::models::UserAccount& user);

private:
    void render(const models::UserAccount& user, bool keepForm);
    void fillForm(const models::UserAccount& user);
    models::UserProfile profileFromForm() const;
    void updateFormState();
    void runProfileSave(const models::UserProfile& original, const models::UserProfile& edited);
    // Whom a change in flight is for (the pane may show someone else by the time it answers).
    struct Target {
        qint64 id = 0;
        QString name;
    };
    Target currentTarget() const;
    void applyChange(const Target& target, const std::optional<models::UserAccount>& user,
                     const std::optional<models::ApiError>& error, bool fromForm);
    void showChangeError(const models::ApiError& error, bool fromForm);
    void setBusy(bool busy);
    bool isSelf() const;

    models::UserService* m_service;
    qint64 m_signedInUserId;
    std::optional<models::UserAccount> m_user;
    QPointer<models::ApiCall> m_inFlight;
    QPointer<models::ApiCall> m_loading;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    widgets::ErrorBanner* m_errorBanner;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_meta;
    QLabel* m_selfNote;
    QFormLayout* m_form;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    SellerPicker* m_seller;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLabel* m_accessText;
    QPushButton* m_disable;
    QPushButton* m_resetPassword;
    FieldErrors m_errors;
};

} // namespace md::ui
