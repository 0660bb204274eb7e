#include "app/PageCatalog.h"

#include "ui/alerts/AlertsPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/deployments/DeploymentsPage.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/orders/OrdersPage.h"
#include "ui/people/PeoplePage.h"
#include "ui/products/ProductsPage.h"

#include <QCoreApplication>
#include <QPushButton>

namespace md::app {

using models::Capability;
using models::Role;

namespace {

// Pages are made from the page context; the Alerts page also shows the window's AlertService.
template <typename Page> QWidget* makePage(const PageServices& services)
{
    return new Page(services.context);
}
template <> QWidget* makePage<ui::AlertsPage>(const PageServices& services)
{
    return new ui::AlertsPage(services.context, services.alerts);
}

// A page made by makePage() and reloaded through its reload() slot. `title` comes marked
// with QT_TRANSLATE_NOOP("PageCatalog", …) so lupdate finds it; `icon` names :/icons/<icon>.svg.
template <typename Page> PageDescriptor page(const char* name, const char* title, const char* icon)
{
    return {QString::fromLatin1(name),
            QCoreApplication::translate("PageCatalog", title),
            QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon)),
            {},
            &makePage<Page>,
            [](QWidget* widget) { static_cast<Page*>(widget)->reload(); },
            {}};
}

// Where a role starts: the page of its daily work, when it has that page.
QString preferredLandingPage(Role role)
{
    switch (role) {
    case Role::Support:
        return QStringLiteral("ordersPage"); // customers ask about their orders
    case Role::Operator:
        return QStringLiteral("deploymentsPage"); // the cluster first; they only read the catalog
    case Role::Admin:
    case Role::Seller:
    case Role::Customer:
        break;
    }
    return QStringLiteral("productsPage");
}

} // namespace

PageCatalog::PageCatalog(Role role) : m_role(role)
{
    if (roleAllows(role, Capability::ViewProducts)) {
        PageDescriptor products =
            page<ui::ProductsPage>("productsPage", QT_TRANSLATE_NOOP("PageCatalog", "Products"), "products");
        products.createNew = [](QWidget* widget) {
            // The page's own "new" button knows whether this role may create.
            auto* button = widget->findChild<QPushButton*>(QStringLiteral("newProductButton"));
            if (button && button->isVisible() && button->isEnabled()) button->click();
        };
        m_pages.append(products);
    }
    if (roleAllows(role, Capability::ViewOrders))
        m_pages.append(page<ui::OrdersPage>("ordersPage", QT_TRANSLATE_NOOP("PageCatalog", "Orders"), "orders"));
    if (roleAllows(role, Capability::ViewInventory))
        m_pages.append(
            page<ui::InventoryPage>("inventoryPage", QT_TRANSLATE_NOOP("PageCatalog", "Inventory"), "inventory"));
    if (roleAllows(role, Capability::ViewOperations)) {
        m_pages.append(page<ui::DeploymentsPage>("deploymentsPage", QT_TRANSLATE_NOOP("PageCatalog", "Deployments"),
                                                 "deployments"));
        m_pages.append(
            page<ui::DashboardPage>("dashboardPage", QT_TRANSLATE_NOOP("PageCatalog", "Dashboard"), "dashboard"));
        m_pages.append(page<ui::AlertsPage>("alertsPage", QT_TRANSLATE_NOOP("PageCatalog", "Alerts"), "alerts"));
    }
    if (roleAllows(role, Capability::ManageUsers)) {
        PageDescriptor people =
            page<ui::PeoplePage>("peoplePage", QT_TRANSLATE_NOOP("PageCatalog", "People"), "people");
        // A user on the Users tab, a seller on the Sellers tab.
        people.createNew = [](QWidget* widget) { static_cast<ui::PeoplePage*>(widget)->createNew(); };
        m_pages.append(people);
    }

    for (int position = 0; position < m_pages.size() && position < 9; ++position)
        m_pages[position].shortcut = QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + position));

    m_landingPage = preferredLandingPage(role);
    if (!contains(m_landingPage)) m_landingPage = m_pages.isEmpty() ? QString() : m_pages.first().name;
}

QStringList PageCatalog::pageNames() const
{
    QStringList names;
    for (const PageDescriptor& descriptor : m_pages)
        names.append(descriptor.name);
    return names;
}

int PageCatalog::indexOf(const QString& name) const
{
    for (int position = 0; position < m_pages.size(); ++position)
        if (m_pages.at(position).name == name) return position;
    return -1;
}

} // namespace md::app
