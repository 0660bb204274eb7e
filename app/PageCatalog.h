#pragma once
// Which pages a role gets in the main window, in navigation order: each page's objectName, title,
// icon and "go to" shortcut (Ctrl+1, Ctrl+2, … by position), how it is made, reloaded and asked for
// something new, and the page the role lands on after signing in (sellers and administrators on
// Products, support on Orders, operators on Deployments). It follows the role's capabilities
// (models/session/Role.h) and creates nothing itself, so a test checks every role without a window;
// the main window builds its navigation and View menu from it.

#include "models/session/Role.h"
#include "ui/common/PageContext.h"

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace md::models {
class AlertService;
}

namespace md::app {

// What a page is made from: the page context and the services the window shares between pages.
struct PageServices {
    ui::PageContext context;
    models::AlertService* alerts = nullptr; // polled by the window while a role sees operations
};

struct PageDescriptor {
    QString name;          // the page's objectName, e.g. "productsPage"
    QString title;         // translated, for the navigation and the View menu
    QString icon;          // the navigation icon's resource path
    QKeySequence shortcut; // opens the page; Ctrl+<position> for the first nine pages, else empty
    std::function<QWidget*(const PageServices&)> create;
    std::function<void(QWidget*)> reload;
    std::function<void(QWidget*)> createNew; // empty when the page creates nothing
};

class PageCatalog {
public:
    explicit PageCatalog(models::Role role);

    // The Alerts page's name: the window keeps its navigation entry's firing count current.
    static QString alertsPage() { return QStringLiteral("alertsPage"); }

    models::Role role() const { return m_role; }
    const QList<PageDescriptor>& pages() const { return m_pages; }
    QStringList pageNames() const;
    // The page's position in the navigation, or -1 when the role does not get it.
    int indexOf(const QString& name) const;
    bool contains(const QString& name) const { return indexOf(name) >= 0; }
    // The page shown after signing in; empty only for a role with no pages (customers).
    QString landingPage() const { return m_landingPage; }

private:
    models::Role m_role;
    QList<PageDescriptor> m_pages;
    QString m_landingPage;
};

} // namespace md::app
