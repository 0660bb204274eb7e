#include "app/Session.h"

#include "app/MainWindow.h"
#include "app/TokenStore.h"
#include "models/api/ApiClient.h"
#include "models/events/SseClient.h"
#include "models/session/Authenticator.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/PageContext.h"
#include "ui/login/LoginDialog.h"

#include <utility>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "md.session")

namespace md::app {

Session::Session(ui::ConsoleSettings* settings, TokenStore* tokenStore, QObject* parent)
    : QObject(parent), m_settings(settings), m_tokens(tokenStore), m_client(new models::ApiClient(this)),
      m_authenticator(new models::Authenticator(m_client, this)), m_events(new models::SseClient(m_client))
{
    m_events->setParent(this);
    connect(m_client, &models::ApiClient::tokensRefreshed, this, [this](const QString& refreshToken) {
        if (m_rememberSession) m_tokens->write(m_account, refreshToken);
    });
    connect(m_client, &models::ApiClient::sessionExpired, this, &Session::onSessionExpired);
    connect(m_authenticator, &models::Authenticator::signedIn, this, [this](const models::User& user) {
        if (m_resuming) onResumeFinished(user, std::nullopt);
    });
    connect(m_authenticator, &models::Authenticator::signInFailed, this, [this](const models::ApiError& error) {
        if (m_resuming) onResumeFinished(std::nullopt, error);
    });
    connect(m_tokens, &TokenStore::readFinished, this, [this](const QString& forAccount, const QString& token) {
        if (forAccount != startAccount() || m_window || m_login) return;
        if (token.isEmpty() || !m_resumeAllowed) {
            showLogin();
            return;
        }
        m_resuming = true;
        m_authenticator->resume(serverUrl(), token);
    });
    connect(m_tokens, &TokenStore::availabilityChanged, this, [this](bool available, const QString& reason) {
        if (m_login) m_login->setRememberAvailable(available, reason);
    });
}

Session::~Session()
{
    // Windows first: their pages hold pointers to the client and the event stream.
    delete m_window;
    delete m_login;
}

MainWindow* Session::mainWindow() const
{
    return m_window;
}

ui::LoginDialog* Session::loginDialog() const
{
    return m_login;
}

QUrl Session::serverUrl() const
{
    return m_options.server.value_or(m_settings->serverUrl());
}

QString Session::startAccount() const
{
    const QString email = m_options.email.isEmpty() ? m_settings->lastEmail() : m_options.email;
    return TokenStore::accountFor(serverUrl(), email);
}

void Session::start(const StartOptions& options)
{
    m_options = options;
    const bool sameUser =
        options.email.isEmpty() || options.email.compare(m_settings->lastEmail(), Qt::CaseInsensitive) == 0;
    m_resumeAllowed = m_settings->rememberSession() && sameUser && !m_settings->lastEmail().isEmpty();
    // Read even when not resuming: the answer tells whether a keychain exists, which the sign-in
    // dialog must say before the person relies on "keep me signed in".
    m_tokens->read(startAccount()); // readFinished() resumes or shows the dialog
}

void Session::onResumeFinished(const std::optional<models::User>& user, const std::optional<models::ApiError>& error)
{
    m_resuming = false;
    if (user) {
        openMainWindow(*user, true);
        return;
    }
    if (error->offline) {
        showLogin(tr("The server at %1 cannot be reached.").arg(serverUrl().toString()));
        return;
    }
    // The kept session is over (revoked, expired); forget it.
    m_tokens->remove(startAccount());
    showLogin(tr("Your previous session has ended. Sign in again."));
}

void Session::showLogin(const QString& notice)
{
    if (!m_login) {
        m_login = new ui::LoginDialog(m_authenticator, m_settings);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &ui::LoginDialog::signedIn, this, &Session::openMainWindow);
    }
    if (m_options.server) m_login->setServerUrl(*m_options.server);
    if (!m_options.email.isEmpty()) m_login->setEmail(m_options.email);
    m_login->setRememberAvailable(m_tokens->isAvailable(), m_tokens->unavailableReason());
    if (!notice.isEmpty()) m_login->showNotice(notice);
    m_login->show();
    if (!m_options.password.isEmpty() && !m_options.email.isEmpty()) {
        // Used once: after a sign-out or an expired session the dialog asks like it always does.
        const QString password = std::exchange(m_options.password, QString());
        m_login->signInWithPassword(password);
    }
    m_login->raise();
    m_login->activateWindow();
}

void Session::openMainWindow(const models::User& user, bool rememberSession)
{
    m_rememberSession = rememberSession;
    // --server and --user applied to this sign-in; from now on the remembered values are the truth.
    m_options = StartOptions{};
    m_account = TokenStore::accountFor(m_client->baseUrl(), user.email);
    if (rememberSession)
        m_tokens->write(m_account, m_client->refreshToken());
    else
        m_tokens->remove(m_account);
    qCInfo(lcSession).noquote() << "signed in as" << user.email << "role" << models::roleCode(user.role);

    ui::PageContext context;
    context.client = m_client;
    context.user = user;
    context.events = m_events;
    context.settings = m_settings;
    m_window = new MainWindow(context);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &Session::signOut);
    connect(m_events, &models::SseClient::connectedChanged, m_window, &MainWindow::setLiveConnected);
    m_window->show();
    m_events->start();
    if (m_login) m_login->close();
}

void Session::closeMainWindow()
{
    m_events->stop();
    if (m_window) {
        m_window->disconnect(this);
        m_window->closeDiscardingEdits(); // signing out already asked; an ended session cannot save
    }
}

void Session::signOut()
{
    m_tokens->remove(m_account);
    m_rememberSession = false;
    m_authenticator->signOut();
    showLogin(); // before the window closes, or the application would quit with its last window
    closeMainWindow();
}

void Session::onSessionExpired()
{
    if (!m_window) return;
    m_tokens->remove(m_account);
    m_rememberSession = false;
    showLogin(tr("Your session has ended (signed out elsewhere, or the account changed). Sign in again."));
    closeMainWindow();
}

} // namespace md::app
