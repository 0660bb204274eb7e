#pragma once
// The console's frame: navigation to the pages the signed-in role may use (its PageCatalog, opening
// on the role's landing page), the page area, the offline banner (driven by a ConnectionMonitor that
// probes the server until it is back, then has the pages reload), the live-updates indicator, and
// the menus with the keyboard shortcuts of the console's one shortcut table (the View menu also holds
// the appearance and language settings). Closing or signing out with unsaved edits asks first.

#include "app/PageCatalog.h"
#include "app/ShortcutsDialog.h"
#include "ui/common/PageContext.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace md::models {
class AlertService;
class ConnectionMonitor;
} // namespace md::models

namespace md::widgets {
class OfflineBanner;
}

namespace md::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const ui::PageContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The navigation entries shown, by objectName of their page ("productsPage", ...).
    QStringList pageNames() const;
    // Shows a page by objectName; false when the role has no such page.
    bool showPage(const QString& pageName);
    QWidget* currentPage() const;
    models::ConnectionMonitor* connectionMonitor() const { return m_connection; }

    // Whether a page or an open form holds edits that are not on the server yet.
    bool hasUnsavedEdits() const;
    // Closes without asking about unsaved edits (the session ended; they cannot be saved anyway).
    void closeDiscardingEdits();

public slots:
    void setOnline(bool online);
    void setLiveConnected(bool connected);
    void reloadCurrentPage();
    void focusSearch();
    void createNew();
    void showShortcuts();
    // Asks about unsaved edits, then emits signOutRequested().
    void requestSignOut();

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    // Gives every action named in the shortcut table its keys.
    void bindShortcuts();
    void updateNavigationStyle();
    void onNavigation(int row);
    void showLanguageNote();
    void reloadCreatedPages();
    // The Alerts entry reads "Alerts (3)" while alerts fire.
    void showFiringAlerts(int firing);
    const PageDescriptor* currentEntry() const;
    // Runs `then` at once without unsaved edits, otherwise after the person agrees to drop them.
    void afterDiscardConfirmed(const QString& question, std::function<void()> then);

    ui::PageContext m_context;
    PageCatalog m_catalog;
    QList<ShortcutEntry> m_shortcuts; // consoleShortcuts(m_catalog)
    QHash<QString, QWidget*> m_pages; // created so far, by name
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    widgets::OfflineBanner* m_offlineBanner;
    QLabel* m_userLabel;
    QLabel* m_liveIndicator;
    models::ConnectionMonitor* m_connection;
    models::AlertService* m_alerts = nullptr; // for roles that see operations
    bool m_discardConfirmed = false;
};

} // namespace md::app
