#include "ui/people/PeoplePage.h"

#include "ui/people/SellersPanel.h"
#include "ui/people/UserDetailPane.h"
#include "ui/people/UsersPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace md::ui {

PeoplePage::PeoplePage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_users(new UsersPanel(context, this)),
      m_sellers(new SellersPanel(context, this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_tabs->setObjectName(QStringLiteral("peopleTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_sellers, tr("Sellers"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    // The seller picker of the user pane offers a seller created on the other tab at once.
    connect(m_sellers, &SellersPanel::sellerCreated, m_users->detailPane(), &UserDetailPane::reloadSellers);
}

void PeoplePage::showUsers()
{
    m_tabs->setCurrentWidget(m_users);
}

void PeoplePage::showSellers()
{
    m_tabs->setCurrentWidget(m_sellers);
}

void PeoplePage::reload()
{
    m_users->reload();
    m_sellers->reload();
}

void PeoplePage::createNew()
{
    if (m_tabs->currentWidget() == m_sellers)
        m_sellers->createSeller();
    else
        m_users->createUser();
}

} // namespace md::ui
