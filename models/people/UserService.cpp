#include "models/people/UserService.h"

#include "models/api/ApiClient.h"

namespace md::models {

UserService::UserService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

QString UserService::userPath(qint64 userId)
{
    return QStringLiteral("/api/v1/users/%1").arg(userId);
}

ApiCall* UserService::fetch(qint64 userId, QObject* context, Done done)
{
    return continueParsed<UserAccount>(m_client->get(userPath(userId)), context, &parseUserAccount, std::move(done));
}

ApiCall* UserService::create(const NewUserAccount& user, QObject* context, Done done)
{
    return continueParsed<UserAccount>(m_client->postJson(QStringLiteral("/api/v1/users"), userCreateBody(user)),
                                       context, &parseUserAccount, std::move(done));
}

ApiCall* UserService::updateProfile(qint64 userId, int version, const UserProfile& original, const UserProfile& edited,
                                    QObject* context, Done done)
{
    return patch(userId, version, userProfilePatchBody(original, edited), context, std::move(done));
}

ApiCall* UserService::setDisabled(qint64 userId, int version, bool disabled, QObject* context, Done done)
{
    return patch(userId, version, {{QStringLiteral("disabled"), disabled}}, context, std::move(done));
}

ApiCall* UserService::setPassword(qint64 userId, int version, const QString& password, QObject* context, Done done)
{
    return patch(userId, version, {{QStringLiteral("password"), password}}, context, std::move(done));
}

ApiCall* UserService::patch(qint64 userId, int version, const QJsonObject& body, QObject* context, Done done)
{
    return continueParsed<UserAccount>(m_client->patchJson(userPath(userId), body, version), context, &parseUserAccount,
                                       std::move(done));
}

} // namespace md::models
