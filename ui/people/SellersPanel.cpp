#include "ui/people/SellersPanel.h"

#include "models/people/SellerListModel.h"
#include "models/people/SellerService.h"
#include "ui/common/PageLayout.h"
#include "ui/common/PagedTable.h"
#include "ui/people/CreateSellerDialog.h"
#include "widgets/SearchField.h"
#include "widgets/ThemedIcon.h"
#include "widgets/Toast.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

using models::SellerListModel;

namespace {

TableStatusTexts sellerTexts()
{
    return {SellersPanel::tr("Loading sellers…"), SellersPanel::tr("No sellers match this search."),
            [](int rows) { return SellersPanel::tr("%n seller(s) loaded", nullptr, rows); },
            SellersPanel::tr("Sellers could not be loaded. %1")};
}

} // namespace

SellersPanel::SellersPanel(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new SellerListModel(context.client, this)),
      m_service(new models::SellerService(context.client, this)), m_search(new widgets::SearchField(this)),
      m_refreshButton(new QPushButton(this)), m_newButton(new QPushButton(this)),
      m_list(new PagedTable(m_model, sellerTexts(), QStringLiteral("seller"), this)), m_table(m_list->table())
{
    setObjectName(QStringLiteral("sellersPanel"));
    m_search->setObjectName(QStringLiteral("sellerSearch"));
    m_search->setPlaceholderText(tr("Search seller names…"));
    m_search->setMaxLength(64);
    m_refreshButton->setObjectName(QStringLiteral("sellerRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload from the server"));
    m_newButton->setObjectName(QStringLiteral("newSellerButton"));
    m_newButton->setText(tr("New seller"));
    m_newButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/add.svg"), QPalette::Link));

    setUpRecordTable(m_table);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(SellerListModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(SellerListModel::IdColumn, 80);
    header->resizeSection(SellerListModel::CreatedColumn, 160);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_refreshButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(actions);
    m_list->addTo(layout);

    connect(m_search, &widgets::SearchField::searchChanged, m_model, [this](const QString& text) {
        m_model->setSearch(text);
        m_list->updateStatus();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &SellersPanel::reload);
    connect(m_newButton, &QPushButton::clicked, this, &SellersPanel::createSeller);
    connect(m_model, &SellerListModel::pageLoaded, this, &SellersPanel::selectCreatedSeller);

    m_model->setSearch(QString());
    m_list->updateStatus();
}

void SellersPanel::reload()
{
    m_list->reload();
}

void SellersPanel::selectCreatedSeller()
{
    if (m_selectWhenLoaded == 0) return;
    const QModelIndex index = m_model->indexOfSeller(m_selectWhenLoaded);
    if (!index.isValid()) return; // on a later page, or not matching the search
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    m_selectWhenLoaded = 0;
}

void SellersPanel::createSeller()
{
    auto* dialog = new CreateSellerDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateSellerDialog::created, this, &SellersPanel::onSellerCreated);
    dialog->open();
}

void SellersPanel::onSellerCreated(const models::Seller& seller)
{
    m_selectWhenLoaded = seller.id;
    reload();
    widgets::Toast::show(window() ? window() : this,
                         tr("Seller “%1” created (ID %2).").arg(seller.name).arg(seller.id));
    emit sellerCreated(seller);
}

} // namespace md::ui
