#pragma once
// The main window's View menu: Reload, one "go to" entry per page the role has (in the catalog's
// order), and the appearance and language preferences. A theme is stored and applied at once; a
// language is stored for the next start, and languageChosen() lets the window say so. The window
// binds the entries' shortcuts from the console's one shortcut table (see ShortcutsDialog.h).

#include <QMenu>

namespace md::ui {
class ConsoleSettings;
}

namespace md::app {

class PageCatalog;

class ViewMenu : public QMenu {
    Q_OBJECT
public:
    // `settings` may be null (nothing is stored then).
    ViewMenu(const PageCatalog& catalog, ui::ConsoleSettings* settings, QWidget* parent = nullptr);

signals:
    void reloadRequested();
    void pageRequested(const QString& pageName);
    void languageChosen(const QString& language);

private:
    void addAppearanceMenu();
    void addLanguageMenu();
    void chooseTheme(const QString& theme);
    void chooseLanguage(const QString& language);

    ui::ConsoleSettings* m_settings;
};

} // namespace md::app
