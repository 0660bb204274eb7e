#include "app/ViewMenu.h"

#include "app/PageCatalog.h"
#include "app/Theme.h"
#include "ui/common/ConsoleSettings.h"
#include "widgets/ThemedIcon.h"

#include <QActionGroup>
#include <QApplication>

namespace md::app {

ViewMenu::ViewMenu(const PageCatalog& catalog, ui::ConsoleSettings* settings, QWidget* parent)
    : QMenu(tr("&View"), parent), m_settings(settings)
{
    setObjectName(QStringLiteral("viewMenu"));
    QAction* reload = addAction(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")), tr("&Reload"));
    reload->setObjectName(QStringLiteral("reloadAction"));
    connect(reload, &QAction::triggered, this, &ViewMenu::reloadRequested);
    for (const PageDescriptor& page : catalog.pages()) {
        if (page.shortcut.isEmpty()) continue; // past the ninth page: the navigation only
        QAction* go = addAction(page.title);
        go->setObjectName(QStringLiteral("goToAction_") + page.name);
        connect(go, &QAction::triggered, this, [this, name = page.name] { emit pageRequested(name); });
    }
    addSeparator();
    addAppearanceMenu();
    addLanguageMenu();
}

void ViewMenu::addAppearanceMenu()
{
    QMenu* appearance = addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("themeMenu"));
    auto* themes = new QActionGroup(appearance);
    const QString currentTheme = m_settings ? m_settings->theme() : QString();
    const QList<QPair<QString, QString>> themeChoices{{QString(), tr("Follow the system")},
                                                      {QStringLiteral("light"), tr("Light")},
                                                      {QStringLiteral("dark"), tr("Dark")}};
    for (const auto& [code, label] : themeChoices) {
        QAction* action = appearance->addAction(label);
        action->setObjectName(QStringLiteral("themeAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == currentTheme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseTheme(code); });
    }
}

void ViewMenu::addLanguageMenu()
{
    QMenu* language = addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(language);
    const QString current = m_settings ? m_settings->language() : QString();
    const QList<QPair<QString, QString>> choices{{QString(), tr("Follow the system")},
                                                 {QStringLiteral("ko"), QStringLiteral("한국어")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : choices) {
        QAction* action = language->addAction(label);
        action->setObjectName(QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
}

void ViewMenu::chooseTheme(const QString& theme)
{
    if (m_settings) m_settings->setTheme(theme);
    if (auto* application = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyTheme(*application, themeFromSetting(theme));
}

void ViewMenu::chooseLanguage(const QString& language)
{
    if (!m_settings) return;
    m_settings->setLanguage(language);
    emit languageChosen(language);
}

} // namespace md::app
