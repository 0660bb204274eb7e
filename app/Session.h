#pragma once
// The life of a sign-in: resume a kept session or ask for credentials, open the main window with
// what the role may use, keep the rotating refresh token in the keychain, follow the live events,
// and go back to the sign-in dialog when the person signs out or the server ends the session.

#include "models/api/ApiError.h"
#include "models/dto/User.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace md::models {
class ApiClient;
class Authenticator;
class SseClient;
} // namespace md::models

namespace md::ui {
class ConsoleSettings;
class LoginDialog;
} // namespace md::ui

namespace md::app {

class MainWindow;
class TokenStore;

class Session : public QObject {
    Q_OBJECT
public:
    struct StartOptions {
        std::optional<QUrl> server; // --server, overrides the remembered address
        QString email;              // --user, pre-fills the e-mail
        // MARKETDESK_PASSWORD (the demo sets it): with an e-mail, signs in once without asking.
        QString password;
    };

    Session(ui::ConsoleSettings* settings, TokenStore* tokenStore, QObject* parent = nullptr);
    ~Session() override;

    void start(const StartOptions& options);

    models::ApiClient* client() const { return m_client; }
    MainWindow* mainWindow() const;
    ui::LoginDialog* loginDialog() const;

public slots:
    void signOut();

private:
    void showLogin(const QString& notice = QString());
    void onResumeFinished(const std::optional<models::User>& user, const std::optional<models::ApiError>& error);
    void openMainWindow(const models::User& user, bool rememberSession);
    void closeMainWindow();
    void onSessionExpired();
    QUrl serverUrl() const;
    // The keychain entry to resume from, before anyone is signed in.
    QString startAccount() const;

    ui::ConsoleSettings* m_settings;
    TokenStore* m_tokens;
    models::ApiClient* m_client;
    models::Authenticator* m_authenticator;
    models::SseClient* m_events;
    QPointer<ui::LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    StartOptions m_options;
    QString m_account; // the keychain entry of the signed-in session
    bool m_resumeAllowed = false;
    bool m_resuming = false;
    bool m_rememberSession = false;
};

} // namespace md::app
