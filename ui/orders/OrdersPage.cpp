#include "ui/orders/OrdersPage.h"

#include "models/events/LiveEvent.h"
#include "models/events/SseClient.h"
#include "models/orders/OrderListModel.h"
#include "models/orders/OrderService.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/TableStatus.h"
#include "ui/orders/OrderDetailPane.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/ErrorBanner.h"
#include "widgets/MoneyDelegate.h"
#include "widgets/SearchField.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace md::ui {

using models::OrderListModel;
using models::OrderStatus;

namespace {

TableStatusTexts orderTexts()
{
    return {OrdersPage::tr("Loading orders…"), OrdersPage::tr("No orders match these filters."),
            [](int rows) { return OrdersPage::tr("%n order(s) loaded", nullptr, rows); }};
}

} // namespace

OrdersPage::OrdersPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new OrderListModel(context.client, this)),
      m_service(new models::OrderService(context.client, this)), m_search(new widgets::SearchField(this)),
      m_refreshButton(new QPushButton(this)), m_staleButton(new QPushButton(this)),
      m_errorBanner(new widgets::ErrorBanner(this)), m_table(new QTableView(this)), m_statusLine(new QLabel(this)),
      m_detail(new OrderDetailPane(m_service, context.user, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Order number, customer e-mail, product…"));

    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(4);
    statusRow->addWidget(new QLabel(tr("Status:"), this));
    for (OrderStatus status : models::allOrderStatuses()) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("statusFilter_") + models::orderStatusCode(status));
        button->setText(models::orderStatusLabel(status));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolTip(
            tr("Show %1 orders; with none selected, every status shows").arg(models::orderStatusLabel(status)));
        connect(button, &QToolButton::toggled, this, &OrdersPage::applyFilters);
        statusRow->addWidget(button);
        m_statusButtons.insert(static_cast<int>(status), button);
    }
    statusRow->addStretch(1);

    m_refreshButton->setObjectName(QStringLiteral("orderRefreshButton"));
    m_refreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload from the server"));
    m_staleButton->setObjectName(QStringLiteral("ordersChangedButton"));
    m_staleButton->setText(tr("Orders changed — show the latest"));
    m_staleButton->setStyleSheet(QStringLiteral("QPushButton { color: #0d47a1; }"));
    m_staleButton->hide();

    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setItemDelegateForColumn(OrderListModel::TotalColumn,
                                      new widgets::MoneyDelegate(OrderListModel::CurrencyRole, m_table));
    m_table->setItemDelegateForColumn(OrderListModel::StatusColumn,
                                      new widgets::StatusBadgeDelegate(OrderListModel::StatusCodeRole,
                                                                       widgets::StatusBadgeDelegate::standardColours(),
                                                                       m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(OrderListModel::CustomerColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(OrderListModel::NumberColumn,
                          m_table->fontMetrics().horizontalAdvance(QStringLiteral("MD-20240101-0000000")) + 12);
    header->resizeSection(OrderListModel::CreatedColumn, 125);
    header->resizeSection(OrderListModel::StatusColumn, 80);
    header->resizeSection(OrderListModel::ItemsColumn, 45);
    header->resizeSection(OrderListModel::TotalColumn, 95);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(OrderListModel::CreatedColumn, Qt::DescendingOrder);
    m_emptyState = new widgets::EmptyStateOverlay(m_table);
    m_statusLine->setObjectName(QStringLiteral("orderStatusLine"));

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_refreshButton);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(statusRow);
    listLayout->addWidget(m_staleButton);
    listLayout->addWidget(m_errorBanner);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_statusLine);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &widgets::SearchField::searchChanged, this, &OrdersPage::applyFilters);
    connect(m_refreshButton, &QPushButton::clicked, this, &OrdersPage::reload);
    connect(m_staleButton, &QPushButton::clicked, this, &OrdersPage::reload);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (OrderListModel::sortFieldFor(column).isEmpty()) {
            QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(
                OrderListModel::CreatedColumn, m_model->filter().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            return;
        }
        m_model->sort(column, order);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::onSelectionChanged);
    connect(m_errorBanner, &widgets::ErrorBanner::retryRequested, this, [this] {
        if (m_model->hasLoadedFirstPage())
            m_model->retry();
        else
            m_model->reload();
    });
    connect(m_model, &OrderListModel::loadingChanged, this, &OrdersPage::updateStatusLine);
    connect(m_model, &OrderListModel::pageLoaded, this, [this] {
        m_errorBanner->hide();
        updateStatusLine();
    });
    connect(m_model, &OrderListModel::modelReset, this, [this] {
        // Keep showing the order that was open if it is still in the list.
        if (m_detail->orderId() != 0) {
            const QModelIndex index = m_model->indexOfOrder(m_detail->orderId());
            if (index.isValid()) m_table->selectRow(index.row());
        }
    });
    connect(m_model, &OrderListModel::loadFailed, this, [this](const models::ApiError& error) {
        m_errorBanner->showMessage(tr("Orders could not be loaded. %1").arg(error.displayText()));
        updateStatusLine();
    });
    connect(m_detail, &OrderDetailPane::orderChanged, m_model, &OrderListModel::updateOrder);
    if (context.events) connect(context.events, &models::SseClient::eventReceived, this, &OrdersPage::onEvent);

    applyFilters();
}

OrdersPage::~OrdersPage() = default;

void OrdersPage::applyFilters()
{
    models::OrderFilter filter = m_model->filter();
    filter.search = m_search->currentSearch();
    filter.statuses.clear();
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it)
        if (it.value()->isChecked()) filter.statuses.append(static_cast<OrderStatus>(it.key()));
    std::sort(filter.statuses.begin(), filter.statuses.end());
    if (filter.sortField.isEmpty()) filter.sortField = OrderListModel::sortFieldFor(OrderListModel::CreatedColumn);
    if (filter == m_model->filter() && (m_model->hasLoadedFirstPage() || m_model->isLoading())) return;
    m_model->setFilter(filter);
    updateStatusLine();
}

void OrdersPage::reload()
{
    m_staleButton->hide();
    m_errorBanner->hide();
    m_model->reload();
    m_detail->refresh();
    updateStatusLine();
}

void OrdersPage::updateStatusLine()
{
    m_statusLine->setText(tableFooterText(*m_model, orderTexts()));
    m_emptyState->setEmptyText(tableEmptyText(*m_model, orderTexts()));
}

void OrdersPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return; // a reload clears the selection; keep the pane on its order
    if (const auto order = m_model->orderFromIndex(rows.first())) m_detail->showOrder(order->id);
}

void OrdersPage::onEvent(const models::SseEvent& event)
{
    const models::LiveEvent live = models::parseLiveEvent(event);
    if (live.isReset()) {
        // Events were lost while disconnected: nothing shown can be trusted to be current.
        m_staleButton->show();
        m_detail->refresh();
        return;
    }
    const qint64 orderId = live.orderId();
    if (orderId == 0) return;
    if (orderId == m_detail->orderId()) m_detail->refresh();
    if (m_model->indexOfOrder(orderId).isValid()) {
        // A shown order changed: refresh its row in place rather than reshuffling the list.
        m_service->fetch(orderId, this, [this](models::ApiOutcome<models::OrderDetail> outcome) {
            if (outcome.value) m_model->updateOrder(outcome.value->order);
        });
        return;
    }
    m_staleButton->show(); // new orders (or ones not loaded): offer the latest list
}

} // namespace md::ui
