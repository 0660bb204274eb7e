#pragma once
// Keeps the refresh token in the system keychain (QtKeychain: Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) so "keep me signed in" survives a restart. Where no keychain
// exists (a bare X server, CI) it says so once and the token lives in memory only: nothing is ever
// written to a plain file.

#include <QObject>
#include <QString>
#include <QUrl>

namespace md::app {

class TokenStore : public QObject {
    Q_OBJECT
public:
    explicit TokenStore(QString service, QObject* parent = nullptr);

    // readFinished() follows with the stored token, or an empty one when none is stored or the
    // keychain is unavailable (then availabilityChanged() says why).
    void read(const QString& account);
    void write(const QString& account, const QString& token);
    void remove(const QString& account);

    // Unknown until the first read or write has answered.
    bool isAvailable() const { return m_available; }
    const QString& unavailableReason() const { return m_reason; }

    // The keychain entry of one user on one server; the URL is normalised (no trailing slash, lower-case
    // host) so "http://Host:8080/" and "http://host:8080" share an entry.
    static QString accountFor(const QUrl& server, const QString& email);

signals:
    void readFinished(const QString& account, const QString& token);
    void availabilityChanged(bool available, const QString& reason);

private:
    void markUnavailable(const QString& detail);

    QString m_service;
    bool m_available = true;
    QString m_reason;
};

} // namespace md::app
