#include "ui/inventory/InventoryPage.h"

#include "models/events/LiveEvent.h"
#include "models/events/SseClient.h"
#include "models/inventory/InventoryListModel.h"
#include "models/inventory/InventoryService.h"
#include "ui/common/PagedTable.h"
#include "ui/common/ServerSortHeader.h"
#include "ui/inventory/AdjustStockDialog.h"
#include "widgets/HighlightRowDelegate.h"
#include "widgets/SearchField.h"
#include "widgets/ThemedIcon.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

using models::InventoryItem;
using models::InventoryListModel;

namespace {

TableStatusTexts inventoryTexts()
{
    return {InventoryPage::tr("Loading stock levels…"), InventoryPage::tr("No products match these filters."),
            [](int rows) { return InventoryPage::tr("%n product(s) loaded", nullptr, rows); },
            InventoryPage::tr("Stock levels could not be loaded. %1")};
}

} // namespace

InventoryPage::InventoryPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new InventoryListModel(context.client, this)),
      m_service(new models::InventoryService(context.client, this)), m_search(new widgets::SearchField(this)),
      m_lowStockOnly(new QCheckBox(this)), m_refreshButton(new QPushButton(this)),
      m_adjustButton(new QPushButton(this)),
      m_list(new PagedTable(m_model, inventoryTexts(), QStringLiteral("inventory"), this)), m_table(m_list->table()),
      m_historyTitle(new QLabel(this)), m_movements(new QTableWidget(this)), m_movementsNote(new QLabel(this))
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("Search title or SKU…"));
    m_lowStockOnly->setObjectName(QStringLiteral("lowStockOnly"));
    m_lowStockOnly->setText(tr("Low stock only"));
    m_refreshButton->setObjectName(QStringLiteral("inventoryRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload from the server"));
    m_adjustButton->setObjectName(QStringLiteral("adjustStockButton"));
    m_adjustButton->setText(tr("Adjust stock…"));
    m_adjustButton->setVisible(context.user.allows(models::Capability::AdjustInventory));
    m_adjustButton->setEnabled(false);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setItemDelegate(
        new widgets::HighlightRowDelegate(InventoryListModel::LowStockRole, QColor(0xff, 0xf3, 0xe0),
                                          QIcon(QStringLiteral(":/icons/low-stock.svg")), m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(InventoryListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(InventoryListModel::SkuColumn, 150);
    for (int column = InventoryListModel::OnHandColumn; column < InventoryListModel::ColumnCount; ++column)
        header->resizeSection(column, 90);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(InventoryListModel::AvailableColumn, Qt::AscendingOrder);

    m_historyTitle->setObjectName(QStringLiteral("movementTitle"));
    m_historyTitle->setWordWrap(true);
    m_historyTitle->setText(tr("Select a product to see how its stock changed."));
    m_movements->setObjectName(QStringLiteral("movementTable"));
    m_movements->setColumnCount(5);
    m_movements->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Reserved"), tr("Reason"), tr("By")});
    m_movements->verticalHeader()->hide();
    m_movements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movements->setSelectionMode(QAbstractItemView::NoSelection);
    m_movements->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_movements->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_movements->horizontalHeader()->resizeSection(4, 200);
    m_movementsNote->setObjectName(QStringLiteral("movementNote"));
    m_movementsNote->setWordWrap(true);
    m_movementsNote->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_lowStockOnly);
    filters->addWidget(m_refreshButton);
    filters->addSpacing(12);
    filters->addWidget(m_adjustButton);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    m_list->addTo(listLayout);

    auto* historySide = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historySide);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_movementsNote);
    historyLayout->addWidget(m_movements, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("inventorySplitter"));
    splitter->addWidget(listSide);
    splitter->addWidget(historySide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &widgets::SearchField::searchChanged, this, &InventoryPage::applyFilters);
    connect(m_lowStockOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilters);
    connect(m_refreshButton, &QPushButton::clicked, this, &InventoryPage::reload);
    connect(m_adjustButton, &QPushButton::clicked, this, &InventoryPage::adjustSelected);
    connect(m_table, &QTableView::doubleClicked, this, &InventoryPage::adjustSelected);
    keepServerSortIndicator(header, m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryPage::onSelectionChanged);
    if (context.events) connect(context.events, &models::SseClient::eventReceived, this, &InventoryPage::onEvent);

    applyFilters();
}

void InventoryPage::applyFilters()
{
    models::InventoryFilter filter = m_model->filter();
    filter.search = m_search->currentSearch();
    filter.lowStockOnly = m_lowStockOnly->isChecked();
    if (filter.sortField.isEmpty())
        filter.sortField = InventoryListModel::sortFieldFor(InventoryListModel::AvailableColumn);
    if (filter == m_model->filter() && (m_model->hasLoadedFirstPage() || m_model->isLoading())) return;
    m_model->setFilter(filter);
    m_list->updateStatus();
}

void InventoryPage::reload()
{
    m_list->reload();
    if (const auto item = selectedItem()) loadMovements(item->productId);
}

void InventoryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<InventoryItem> InventoryPage::selectedItem() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return m_model->itemFromIndex(rows.first());
}

void InventoryPage::onSelectionChanged()
{
    const auto item = selectedItem();
    m_adjustButton->setEnabled(item.has_value());
    if (!item) return;
    m_historyTitle->setText(
        tr("<b>%1</b> (%2) — movement history").arg(item->title.toHtmlEscaped(), item->sku.toHtmlEscaped()));
    loadMovements(item->productId);
}

void InventoryPage::loadMovements(qint64 productId)
{
    if (m_movementsCall) m_movementsCall->abort();
    m_movementsNote->setText(tr("Loading…"));
    m_movementsNote->show();
    m_movementsCall = m_service->movements(
        productId, 200, this, [this, productId](models::ApiOutcome<QList<models::InventoryMovement>> outcome) {
            const auto item = selectedItem();
            if (!item || item->productId != productId) return;
            if (!outcome.value) {
                m_movementsNote->setText(tr("The history could not be loaded. %1").arg(outcome.error->displayText()));
                m_movements->setRowCount(0);
                return;
            }
            const QList<models::InventoryMovement>& movements = *outcome.value;
            m_movementsNote->setVisible(movements.isEmpty());
            m_movementsNote->setText(tr("No stock changes recorded yet."));
            m_movements->setRowCount(static_cast<int>(movements.size()));
            const QLocale locale;
            for (int row = 0; row < movements.size(); ++row) {
                const models::InventoryMovement& movement = movements.at(row);
                auto signedText = [&locale](int value) {
                    return value > 0 ? QStringLiteral("+") + locale.toString(value) : locale.toString(value);
                };
                auto* change = new QTableWidgetItem(movement.delta == 0 ? QString() : signedText(movement.delta));
                change->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                change->setForeground(movement.delta < 0 ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x2e, 0x7d, 0x32));
                auto* reserved =
                    new QTableWidgetItem(movement.reservedDelta == 0 ? QString() : signedText(movement.reservedDelta));
                reserved->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                QString reason = models::movementReasonLabel(movement.reason);
                if (movement.orderId) reason += tr(" (order #%1)").arg(*movement.orderId);
                m_movements->setItem(
                    row, 0,
                    new QTableWidgetItem(locale.toString(movement.createdAt.toLocalTime(), QLocale::ShortFormat)));
                m_movements->setItem(row, 1, change);
                m_movements->setItem(row, 2, reserved);
                m_movements->setItem(row, 3, new QTableWidgetItem(reason));
                m_movements->setItem(row, 4,
                                     new QTableWidgetItem(movement.actor.isEmpty() ? tr("system") : movement.actor));
            }
        });
}

void InventoryPage::adjustSelected()
{
    if (!m_context.user.allows(models::Capability::AdjustInventory)) return;
    const auto item = selectedItem();
    if (!item) return;
    auto* dialog = new AdjustStockDialog(m_service, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdjustStockDialog::adjusted, this, [this](const InventoryItem& updated) {
        m_model->updateItem(updated);
        loadMovements(updated.productId);
    });
    dialog->open();
}

void InventoryPage::onEvent(const models::SseEvent& event)
{
    const models::LiveEvent live = models::parseLiveEvent(event);
    if (live.type != QLatin1String("inventory.low_stock")) return;
    if (!m_model->indexOfProduct(live.productId()).isValid()) return;
    // The event carries the product's new levels in the list's own shape.
    if (auto item = models::parseInventoryItem(live.payload)) m_model->updateItem(*item);
}

} // namespace md::ui
