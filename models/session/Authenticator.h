#pragma once
// Signing in and out: POST /api/v1/auth/login, resuming a session from a stored refresh token,
// POST /api/v1/auth/logout. On success the ApiClient holds the tokens and signedIn() carries the
// user; persisting the refresh token is the application's business (tokensRefreshed() on the
// client, refreshToken() here).

#include "models/api/ApiError.h"
#include "models/dto/User.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace md::models {

class ApiCall;
class ApiClient;

class Authenticator : public QObject {
    Q_OBJECT
public:
    explicit Authenticator(ApiClient* client, QObject* parent = nullptr);

    void signIn(const QUrl& server, const QString& email, const QString& password);
    // Uses a refresh token kept from an earlier session; signedIn() or signInFailed() follows.
    void resume(const QUrl& server, const QString& refreshToken);
    // Revokes the refresh token on the server (best effort) and forgets the tokens at once.
    void signOut();
    void cancel();

    bool isBusy() const { return !m_inFlight.isNull(); }
    const std::optional<User>& user() const { return m_user; }

signals:
    void signedIn(const md::models::User& user);
    void signInFailed(const md::models::ApiError& error);
    void busyChanged(bool busy);

private:
    void fetchMe();
    void acceptUser(const QJsonObject& json);
    void fail(const ApiError& error);
    void setInFlight(ApiCall* call);

    ApiClient* m_client;
    QPointer<ApiCall> m_inFlight;
    std::optional<User> m_user;
};

} // namespace md::models
