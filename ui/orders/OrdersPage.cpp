#include "ui/orders/OrdersPage.h"

#include "models/dto/Money.h"
#include "models/events/LiveEvent.h"
#include "models/events/SseClient.h"
#include "models/orders/OrderListModel.h"
#include "models/orders/OrderService.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/PageLayout.h"
#include "ui/common/PagedTable.h"
#include "ui/common/ServerSortHeader.h"
#include "ui/orders/OrderDetailPane.h"
#include "widgets/MoneyDelegate.h"
#include "widgets/SearchField.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/ThemedIcon.h"
#include "widgets/Toast.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace md::ui {

using models::OrderListModel;
using models::OrderStatus;

namespace {

// The choices of the "Placed:" box, as item data.
enum DateRange { AnyTime, Today, LastWeek, LastMonth, Custom };

TableStatusTexts orderTexts()
{
    return {OrdersPage::tr("Loading orders…"), OrdersPage::tr("No orders match these filters."),
            [](int rows) { return OrdersPage::tr("%n order(s) loaded", nullptr, rows); },
            OrdersPage::tr("Orders could not be loaded. %1")};
}

} // namespace

OrdersPage::OrdersPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new OrderListModel(context.client, this)),
      m_service(new models::OrderService(context.client, this)), m_search(new widgets::SearchField(this)),
      m_dateRange(new QComboBox(this)), m_dateFrom(new QDateEdit(this)), m_dateTo(new QDateEdit(this)),
      m_refreshButton(new QPushButton(this)), m_staleButton(new QPushButton(this)),
      m_list(new PagedTable(m_model, orderTexts(), QStringLiteral("order"), this)), m_table(m_list->table()),
      m_detail(new OrderDetailPane(m_service, context.user, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    // The server matches e-mail addresses only for roles that may read them.
    m_search->setPlaceholderText(context.user.allows(models::Capability::ViewCustomerData)
                                     ? tr("Order number, customer e-mail, product…")
                                     : tr("Order number, product…"));
    QHBoxLayout* statusRow = setUpStatusFilter();
    QHBoxLayout* dateRow = setUpDateFilter();
    m_refreshButton->setObjectName(QStringLiteral("orderRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload from the server"));
    m_staleButton->setObjectName(QStringLiteral("ordersChangedButton"));
    m_staleButton->setText(tr("Orders changed — show the latest"));
    m_staleButton->setStyleSheet(QStringLiteral("QPushButton { color: #0d47a1; }"));
    m_staleButton->hide();
    setUpTable();

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_refreshButton);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(statusRow);
    listLayout->addLayout(dateRow);
    listLayout->addWidget(m_staleButton);
    m_list->addTo(listLayout);

    QSplitter* splitter =
        makeListDetailSplitter(QStringLiteral("ordersSplitter"), listSide, m_detail, {640, 420}, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &widgets::SearchField::searchChanged, this, &OrdersPage::applyFilters);
    connect(m_dateRange, &QComboBox::currentIndexChanged, this, &OrdersPage::onDateRangeChosen);
    connect(m_dateFrom, &QDateEdit::dateChanged, this, &OrdersPage::applyFilters);
    connect(m_dateTo, &QDateEdit::dateChanged, this, &OrdersPage::applyFilters);
    connect(m_refreshButton, &QPushButton::clicked, this, &OrdersPage::reload);
    connect(m_staleButton, &QPushButton::clicked, this, &OrdersPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::onSelectionChanged);
    connect(m_model, &OrderListModel::modelReset, this, [this] {
        // Keep showing the order that was open if it is still in the list.
        if (m_detail->orderId() != 0) {
            const QModelIndex index = m_model->indexOfOrder(m_detail->orderId());
            if (index.isValid()) m_table->selectRow(index.row());
        }
    });
    connect(m_detail, &OrderDetailPane::orderChanged, m_model, &OrderListModel::updateOrder);
    if (context.events) connect(context.events, &models::SseClient::eventReceived, this, &OrdersPage::onEvent);

    applyFilters();
}

QHBoxLayout* OrdersPage::setUpStatusFilter()
{
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
    return statusRow;
}

QHBoxLayout* OrdersPage::setUpDateFilter()
{
    // Creation date: the common ranges in one click, any range through "Custom".
    m_dateRange->setObjectName(QStringLiteral("orderDateRange"));
    m_dateRange->addItem(tr("Any time"), AnyTime);
    m_dateRange->addItem(tr("Today"), Today);
    m_dateRange->addItem(tr("Last 7 days"), LastWeek);
    m_dateRange->addItem(tr("Last 30 days"), LastMonth);
    m_dateRange->addItem(tr("Custom range"), Custom);
    for (QDateEdit* edit : {m_dateFrom, m_dateTo}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setMaximumDate(QDate::currentDate().addYears(1));
        edit->hide();
    }
    m_dateFrom->setObjectName(QStringLiteral("orderDateFrom"));
    m_dateTo->setObjectName(QStringLiteral("orderDateTo"));
    {
        // Not a filter change yet: applyFilters() would run before the table and its overlay exist.
        const QSignalBlocker quiet(m_dateFrom);
        m_dateFrom->setDate(QDate::currentDate().addDays(-30));
    }
    m_dateFrom->setToolTip(tr("Orders placed on or after this day"));
    m_dateTo->setToolTip(tr("Orders placed on or before this day"));
    auto* dateRow = new QHBoxLayout;
    dateRow->setSpacing(4);
    dateRow->addWidget(new QLabel(tr("Placed:"), this));
    dateRow->addWidget(m_dateRange);
    dateRow->addWidget(m_dateFrom);
    dateRow->addWidget(m_dateTo);
    dateRow->addStretch(1);
    return dateRow;
}

void OrdersPage::setUpTable()
{
    setUpRecordTable(m_table);
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
    keepServerSortIndicator(header, m_model);
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
    filter.createdFrom.reset();
    filter.createdTo.reset();
    const QDate today = QDate::currentDate();
    switch (m_dateRange->currentData().toInt()) {
    case Today:
        filter.createdFrom = today;
        break;
    case LastWeek: // today included
        filter.createdFrom = today.addDays(-6);
        break;
    case LastMonth:
        filter.createdFrom = today.addDays(-29);
        break;
    case Custom: // a reversed range is read the way it was meant
        filter.createdFrom = std::min(m_dateFrom->date(), m_dateTo->date());
        filter.createdTo = std::max(m_dateFrom->date(), m_dateTo->date());
        break;
    default:
        break;
    }
    if (filter.sortField.isEmpty()) filter.sortField = OrderListModel::sortFieldFor(OrderListModel::CreatedColumn);
    if (filter == m_model->filter() && (m_model->hasLoadedFirstPage() || m_model->isLoading())) return;
    m_model->setFilter(filter);
    m_list->updateStatus();
}

void OrdersPage::reload()
{
    m_staleButton->hide();
    m_list->reload();
    m_detail->refresh();
}

void OrdersPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return; // a reload clears the selection; keep the pane on its order
    if (const auto order = m_model->orderFromIndex(rows.first())) m_detail->showOrder(order->id);
}

void OrdersPage::onDateRangeChosen()
{
    const bool custom = m_dateRange->currentData().toInt() == Custom;
    m_dateFrom->setVisible(custom);
    m_dateTo->setVisible(custom);
    applyFilters();
}

void OrdersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrdersPage::openOrder(qint64 orderId)
{
    const QModelIndex index = m_model->indexOfOrder(orderId);
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
    m_detail->showOrder(orderId);
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
    if (live.type == QLatin1String("order.created")) {
        if (const auto order = models::parseOrder(live.payload)) {
            onOrderCreated(*order);
            return;
        }
    }
    if (orderId == m_detail->orderId()) m_detail->refresh();
    if (m_model->indexOfOrder(orderId).isValid()) {
        // A shown order changed: refresh its row in place rather than reshuffling the list.
        m_service->fetch(orderId, this, [this](models::ApiOutcome<models::OrderDetail> outcome) {
            if (outcome.value) m_model->updateOrder(outcome.value->order);
        });
        return;
    }
    m_staleButton->show(); // orders not loaded changed: offer the latest list
}

void OrdersPage::onOrderCreated(const models::Order& order)
{
    const models::OrderFilter& filter = m_model->filter();
    if (!m_model->insertNewOrder(order) && !(filter.placesNewOrdersLocally() && !filter.matches(order)))
        m_staleButton->show(); // only the server can say whether it matches the search
    m_list->updateStatus();

    // Sellers hear about their own new orders (the server sends a seller only theirs).
    if (m_context.user.role != models::Role::Seller) return;
    const QString text =
        tr("New order %1 · %2 · %3")
            .arg(order.number, order.customerEmail, models::formatMoney(order.totalCents, order.currency));
    QWidget* host = window() ? window() : this;
    widgets::Toast::show(host, text, [page = QPointer<OrdersPage>(this), id = order.id] {
        if (page) page->openOrder(id);
    });
}

} // namespace md::ui
