#pragma once
// The console's frame: navigation to the pages the signed-in role may use, the page area, the
// offline banner, and the live-updates indicator. Pages are built on first visit.

#include "ui/common/PageContext.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

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

public slots:
    void setOnline(bool online);
    void setLiveConnected(bool connected);

signals:
    void signOutRequested();

private:
    struct PageEntry {
        QString name;
        QString title;
        QString icon;
        std::function<QWidget*()> create;
    };

    void buildMenus();
    void onNavigation(int row);
    void chooseLanguage(const QString& language);

    ui::PageContext m_context;
    QList<PageEntry> m_entries;
    QHash<QString, QWidget*> m_pages;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    widgets::OfflineBanner* m_offlineBanner;
    QLabel* m_userLabel;
    QLabel* m_liveIndicator;
};

} // namespace md::app
