#pragma once
// Sign-in: server address (remembered), e-mail, password. The dialog validates what it can
// locally, asks the Authenticator, and stays open showing the reason when sign-in fails; it closes
// with accept() once the session exists. Never run with exec(): open() it and listen to accepted().

#include "models/api/ApiError.h"
#include "models/dto/User.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md::models {
class Authenticator;
}

namespace md::ui {

class ConsoleSettings;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(models::Authenticator* authenticator, ConsoleSettings* settings, QWidget* parent = nullptr);

    void setServerUrl(const QUrl& url);
    void setEmail(const QString& email);
    // Fills the password and submits, as if the user had typed it and pressed Sign in.
    void signInWithPassword(const QString& password);
    // Whether "keep me signed in" can work; `explanation` says why not (no keychain).
    void setRememberAvailable(bool available, const QString& explanation);
    bool rememberSession() const;
    // Shown above the buttons, e.g. why the previous session ended.
    void showNotice(const QString& text);

    QString errorText() const;

signals:
    void signedIn(const md::models::User& user, bool rememberSession);

private:
    void submit();
    void onSignedIn(const models::User& user);
    void onSignInFailed(const models::ApiError& error);
    void setBusy(bool busy);
    void showError(const QString& text);

    models::Authenticator* m_authenticator;
    ConsoleSettings* m_settings;
    QLineEdit* m_serverUrl;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_rememberNote;
    QLabel* m_error;
    QPushButton* m_signIn;
    QDialogButtonBox* m_buttons;
};

// Reads what a person typed as a server address: adds http:// when no scheme is given; nullopt
// (with a reason) for anything that is not an http(s) URL with a host.
std::optional<QUrl> parseServerAddress(const QString& text, QString* problem = nullptr);

} // namespace md::ui
