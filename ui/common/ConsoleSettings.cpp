#include "ui/common/ConsoleSettings.h"

namespace md::ui {

ConsoleSettings::ConsoleSettings() : m_store(std::make_unique<QSettings>()) {}

ConsoleSettings::ConsoleSettings(std::unique_ptr<QSettings> store) : m_store(std::move(store)) {}

QUrl ConsoleSettings::serverUrl() const
{
    const QUrl url(m_store->value(QStringLiteral("connection/serverUrl")).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultServerUrl();
}

void ConsoleSettings::setServerUrl(const QUrl& url)
{
    m_store->setValue(QStringLiteral("connection/serverUrl"), url.toString());
}

QString ConsoleSettings::lastEmail() const
{
    return m_store->value(QStringLiteral("connection/lastEmail")).toString();
}

void ConsoleSettings::setLastEmail(const QString& email)
{
    m_store->setValue(QStringLiteral("connection/lastEmail"), email);
}

QString ConsoleSettings::language() const
{
    return m_store->value(QStringLiteral("interface/language")).toString();
}

void ConsoleSettings::setLanguage(const QString& language)
{
    m_store->setValue(QStringLiteral("interface/language"), language);
}

QString ConsoleSettings::theme() const
{
    return m_store->value(QStringLiteral("interface/theme")).toString();
}

void ConsoleSettings::setTheme(const QString& theme)
{
    m_store->setValue(QStringLiteral("interface/theme"), theme);
}

bool ConsoleSettings::rememberSession() const
{
    return m_store->value(QStringLiteral("connection/rememberSession"), true).toBool();
}

void ConsoleSettings::setRememberSession(bool remember)
{
    m_store->setValue(QStringLiteral("connection/rememberSession"), remember);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_store->value(QStringLiteral("interface/windowGeometry")).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_store->setValue(QStringLiteral("interface/windowGeometry"), geometry);
}

QByteArray ConsoleSettings::headerState(const QString& viewName) const
{
    return m_store->value(QStringLiteral("interface/header/") + viewName).toByteArray();
}

void ConsoleSettings::setHeaderState(const QString& viewName, const QByteArray& state)
{
    m_store->setValue(QStringLiteral("interface/header/") + viewName, state);
}

} // namespace md::ui
