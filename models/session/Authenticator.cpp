#include "models/session/Authenticator.h"

#include "models/api/ApiClient.h"

#include <QJsonObject>

namespace md::models {

Authenticator::Authenticator(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

void Authenticator::setInFlight(ApiCall* call)
{
    const bool wasBusy = isBusy();
    m_inFlight = call;
    if (wasBusy != isBusy()) emit busyChanged(isBusy());
}

void Authenticator::cancel()
{
    if (m_inFlight) m_inFlight->abort();
    setInFlight(nullptr);
}

void Authenticator::signIn(const QUrl& server, const QString& email, const QString& password)
{
    cancel();
    m_user.reset();
    m_client->clearTokens();
    m_client->setBaseUrl(server);

    ApiRequest request;
    request.method = HttpMethod::Post;
    request.path = QStringLiteral("/api/v1/auth/login");
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact);
    request.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    request.authenticated = false;
    ApiCall* call = m_client->send(std::move(request));
    setInFlight(call);
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        setInFlight(nullptr);
        if (result.error) {
            fail(*result.error);
            return;
        }
        const QJsonObject json = result.object();
        const QString accessToken = json.value(QLatin1String("access_token")).toString();
        const QString refreshToken = json.value(QLatin1String("refresh_token")).toString();
        if (accessToken.isEmpty() || refreshToken.isEmpty()) {
            fail(ApiError::invalidResponse(tr("The sign-in answer has no tokens.")));
            return;
        }
        m_client->setTokens(accessToken, refreshToken);
        if (json.value(QLatin1String("user")).isObject())
            acceptUser(json.value(QLatin1String("user")).toObject());
        else
            fetchMe();
    });
}

void Authenticator::resume(const QUrl& server, const QString& refreshToken)
{
    cancel();
    m_user.reset();
    m_client->setBaseUrl(server);
    // No access token: the first call earns a 401, which makes the client refresh and replay it.
    m_client->setTokens(QString(), refreshToken);
    fetchMe();
}

void Authenticator::fetchMe()
{
    ApiCall* call = m_client->get(QStringLiteral("/api/v1/me"));
    setInFlight(call);
    connect(call, &ApiCall::finished, this, [this](const ApiResult& result) {
        setInFlight(nullptr);
        if (result.error) {
            fail(*result.error);
            return;
        }
        acceptUser(result.object());
    });
}

void Authenticator::acceptUser(const QJsonObject& json)
{
    QString parseError;
    auto user = parseUser(json, &parseError);
    if (!user) {
        fail(ApiError::invalidResponse(parseError));
        return;
    }
    if (!user->allows(Capability::UseConsole)) {
        ApiError error;
        error.httpStatus = 403;
        error.code = QStringLiteral("console_not_allowed");
        error.message = tr("This console is for sellers and staff. Customers shop in the storefront.");
        // The session is of no use here; give the tokens back.
        signOut();
        fail(error);
        return;
    }
    m_user = std::move(user);
    emit signedIn(*m_user);
}

void Authenticator::fail(const ApiError& error)
{
    if (!m_client->accessToken().isEmpty() && !error.offline && error.httpStatus != 0) {
        // A half-established session (tokens but no usable user) must not linger.
        m_client->clearTokens();
    }
    emit signInFailed(error);
}

void Authenticator::signOut()
{
    cancel();
    const QString refreshToken = m_client->refreshToken();
    if (!refreshToken.isEmpty()) {
        // Fire and forget: the local session ends now whether or not the server hears about it.
        ApiCall* call = m_client->postJson(QStringLiteral("/api/v1/auth/logout"),
                                           QJsonObject{{QStringLiteral("refresh_token"), refreshToken}});
        connect(call, &ApiCall::finished, m_client, [](const ApiResult&) {});
    }
    // postJson() built the logout request with the current token already, so clearing now is safe.
    m_client->clearTokens();
    m_user.reset();
}

} // namespace md::models
