#include "auth/TokenForge.h"

#include "support/ServerProcess.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace md::test {

std::string TokenForge::base64Url(const std::string& bytes)
{
    return QByteArray::fromStdString(bytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

std::string TokenForge::sign(const nlohmann::json& header, const nlohmann::json& claims, const std::string& secret)
{
    const std::string input = base64Url(header.dump()) + "." + base64Url(claims.dump());
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray::fromStdString(input),
                                                            QByteArray::fromStdString(secret), QCryptographicHash::Sha256);
    return input + "." + base64Url(mac.toStdString());
}

std::string TokenForge::unsigned_(const nlohmann::json& header, const nlohmann::json& claims)
{
    return base64Url(header.dump()) + "." + base64Url(claims.dump()) + ".";
}

nlohmann::json TokenForge::claimsOf(const std::string& token)
{
    const auto first = token.find('.');
    const auto second = token.find('.', first + 1);
    if (first == std::string::npos || second == std::string::npos) return nlohmann::json();
    const QByteArray payload = QByteArray::fromBase64(QByteArray::fromStdString(token.substr(first + 1, second - first - 1)),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return nlohmann::json::parse(payload.toStdString(), nullptr, false);
}

std::string TokenForge::serverSecret() { return ServerProcess::testJwtSecret().toStdString(); }

long long TokenForge::now() { return QDateTime::currentSecsSinceEpoch(); }

} // namespace md::test
