#pragma once
// The console's remembered preferences (server address, last e-mail, language, window layout) over a
// QSettings the caller provides, so tests run against a throw-away INI file instead of the user's
// real configuration. Tokens are never stored here (see the application's TokenStore).

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace md::ui {

class ConsoleSettings {
public:
    // Uses the application's default QSettings location.
    ConsoleSettings();
    // Uses (and owns) the given store; for tests and for --settings overrides.
    explicit ConsoleSettings(std::unique_ptr<QSettings> store);

    QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);

    QString lastEmail() const;
    void setLastEmail(const QString& email);

    // "" follows the system locale; otherwise a locale name such as "ko" or "en".
    QString language() const;
    void setLanguage(const QString& language);

    // "" (or "system") follows the desktop's light or dark preference; "light" or "dark" forces one.
    QString theme() const;
    void setTheme(const QString& theme);

    bool rememberSession() const;
    void setRememberSession(bool remember);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray headerState(const QString& viewName) const;
    void setHeaderState(const QString& viewName, const QByteArray& state);

    static QUrl defaultServerUrl() { return QUrl(QStringLiteral("http://127.0.0.1:8080")); }

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace md::ui
