#pragma once
// Reads and changes single users for the People page: GET/POST/PATCH /api/v1/users. Each method
// returns the ApiCall (abort() it to cancel) and calls `done` in `context` with the server's copy.
// Every change is one request, so it happens whole or not at all; changes carry If-Match with the
// version the person saw (412 when someone changed the user meanwhile).
//
// A password passes through here on its way to the server and is kept nowhere: not in this object,
// not in a log (ApiClient logs methods and paths only).

#include "models/api/ApiOutcome.h"
#include "models/dto/UserAccount.h"

#include <QObject>

namespace md::models {

class ApiClient;

class UserService : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ApiOutcome<UserAccount>)>;

    explicit UserService(ApiClient* client, QObject* parent = nullptr);

    ApiCall* fetch(qint64 userId, QObject* context, Done done);
    // 422 with details.fields, 409 duplicate_email.
    ApiCall* create(const NewUserAccount& user, QObject* context, Done done);
    // Only the profile fields that differ are sent.
    ApiCall* updateProfile(qint64 userId, int version, const UserProfile& original, const UserProfile& edited,
                           QObject* context, Done done);
    // Disabling ends the user's sessions at once (server side); re-enabling lets them sign in again.
    ApiCall* setDisabled(qint64 userId, int version, bool disabled, QObject* context, Done done);
    // Sets a new password (the old one stops working and the user's sessions end at once).
    ApiCall* setPassword(qint64 userId, int version, const QString& password, QObject* context, Done done);

    static QString userPath(qint64 userId);

private:
    ApiCall* patch(qint64 userId, int version, const QJsonObject& body, QObject* context, Done done);

    ApiClient* m_client;
};

} // namespace md::models
