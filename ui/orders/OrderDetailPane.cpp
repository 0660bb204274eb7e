#include "ui/orders/OrderDetailPane.h"

#include "models/dto/Money.h"
#include "models/orders/OrderService.h"
#include "ui/common/PageLayout.h"
#include "ui/orders/OrderDetailText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace md::ui {

using models::OrderAction;
using models::OrderDetail;

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

OrderDetailPane::OrderDetailPane(models::OrderService* service, models::User user, QWidget* parent)
    : QWidget(parent), m_service(service), m_user(std::move(user)), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_errorBanner(new widgets::ErrorBanner(this)), m_number(new QLabel(this)),
      m_status(new QLabel(this)), m_meta(new QLabel(this)), m_actionsRow(new QHBoxLayout),
      m_lines(new QTableWidget(this)), m_totals(new QLabel(this)), m_address(new QLabel(this)),
      m_shipment(new QLabel(this)), m_timeline(new QLabel(this)), m_refunds(new QLabel(this)),
      m_notes(new QLabel(this)), m_noteEdit(new QPlainTextEdit(this)), m_addNote(new QPushButton(this))
{
    m_flow = new OrderActionFlow(service, m_user, this);
    setObjectName(QStringLiteral("orderDetailPane"));
    m_placeholder->setObjectName(QStringLiteral("orderDetailPlaceholder"));
    setUpDetailPlaceholder(m_placeholder, tr("Select an order to see its details."));

    m_number->setObjectName(QStringLiteral("orderNumberLabel"));
    setUpDetailTitle(m_number);
    m_status->setObjectName(QStringLiteral("orderStatusLabel"));
    m_meta->setObjectName(QStringLiteral("orderMetaLabel"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);

    m_lines->setObjectName(QStringLiteral("orderLinesTable"));
    m_lines->setColumnCount(5);
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("SKU"), tr("Qty"), tr("Unit price"), tr("Line total")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_lines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_totals->setObjectName(QStringLiteral("orderTotalsLabel"));
    m_totals->setAlignment(Qt::AlignRight);
    m_address->setObjectName(QStringLiteral("orderAddressLabel"));
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shipment->setObjectName(QStringLiteral("orderShipmentLabel"));
    m_shipment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Labels rather than list views: they take the height their text needs inside the scroll area.
    for (QLabel* label : {m_timeline, m_refunds, m_notes}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_timeline->setObjectName(QStringLiteral("orderTimeline"));
    m_notes->setObjectName(QStringLiteral("orderNotes"));
    m_refunds->setObjectName(QStringLiteral("orderRefunds"));
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Write a note for colleagues (customers do not see it)…"));
    m_noteEdit->setMaximumHeight(70);
    m_noteEdit->setTabChangesFocus(true);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setText(tr("Add note"));
    const bool mayNote = m_user.allows(models::Capability::AddOrderNotes);
    m_noteEdit->setVisible(mayNote);
    m_addNote->setVisible(mayNote);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addWidget(m_status);
    header->addStretch(1);
    column->addLayout(header);
    column->addWidget(m_meta);
    column->addLayout(m_actionsRow);
    column->addWidget(m_errorBanner);
    column->addWidget(sectionTitle(tr("Items"), content));
    column->addWidget(m_lines);
    column->addWidget(m_totals);
    column->addWidget(sectionTitle(tr("Shipping address"), content));
    column->addWidget(m_address);
    column->addWidget(m_shipment);
    column->addWidget(sectionTitle(tr("Timeline"), content));
    column->addWidget(m_timeline);
    m_refundsTitle = sectionTitle(tr("Refunds"), content);
    column->addWidget(m_refundsTitle);
    column->addWidget(m_refunds);
    column->addWidget(sectionTitle(tr("Notes"), content));
    column->addWidget(m_notes);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    column->addLayout(noteRow);
    column->addStretch(1);

    layOutDetailPane(this, m_stack, m_placeholder, content, QStringLiteral("orderDetailScroll"));

    connect(m_addNote, &QPushButton::clicked, this, [this] { m_flow->addNote(m_noteEdit->toPlainText()); });
    connect(m_errorBanner, &widgets::ErrorBanner::retryRequested, this, &OrderDetailPane::refresh);
    connect(m_flow, &OrderActionFlow::stateChanged, this, &OrderDetailPane::updateActions);
    connect(m_flow, &OrderActionFlow::applied, this, &OrderDetailPane::onActionApplied);
    connect(m_flow, &OrderActionFlow::failed, this, &OrderDetailPane::onActionFailed);
    connect(m_flow, &OrderActionFlow::reloadNeeded, this, [this] {
        m_keepBannerOnReload = true;
        refresh();
    });
}

void OrderDetailPane::clear()
{
    if (m_loading) m_loading->abort();
    m_orderId = 0;
    m_detail.reset();
    m_flow->setOrder(std::nullopt);
    m_keepBannerOnReload = false;
    m_placeholder->setText(tr("Select an order to see its details."));
    m_stack->setCurrentIndex(0);
}

void OrderDetailPane::showOrder(qint64 orderId)
{
    if (orderId == m_orderId && m_detail) return;
    if (m_loading) m_loading->abort();
    if (orderId != m_orderId) m_keepBannerOnReload = false; // it explained another order
    m_orderId = orderId;
    if (!m_detail || m_detail->order.id != orderId) {
        m_placeholder->setText(tr("Loading the order…"));
        m_stack->setCurrentIndex(0);
    }
    refresh();
}

void OrderDetailPane::refresh()
{
    if (m_orderId == 0) return;
    if (m_loading) m_loading->abort();
    const qint64 requested = m_orderId;
    m_loading = m_service->fetch(requested, this, [this, requested](models::ApiOutcome<OrderDetail> outcome) {
        if (requested != m_orderId) return; // the person moved on to another order
        onLoaded(outcome.value, outcome.error);
    });
}

void OrderDetailPane::onLoaded(const std::optional<OrderDetail>& detail, const std::optional<models::ApiError>& error)
{
    if (detail) {
        if (!std::exchange(m_keepBannerOnReload, false)) m_errorBanner->hide();
        render(*detail);
        return;
    }
    m_keepBannerOnReload = false;
    if (m_detail && m_detail->order.id == m_orderId) {
        m_errorBanner->showMessage(tr("The order could not be reloaded. %1").arg(error->displayText()));
        return;
    }
    m_placeholder->setText(error->isNotFound() ? tr("This order does not exist or is not yours to see.")
                                               : tr("The order could not be loaded. %1").arg(error->displayText()));
    m_stack->setCurrentIndex(0);
}

void OrderDetailPane::render(const OrderDetail& detail)
{
    m_detail = detail;
    m_flow->setOrder(detail);
    const models::Order& order = detail.order;
    m_number->setText(order.number);
    const QColor colour = widgets::StatusBadgeDelegate::standardColours().value(models::orderStatusCode(order.status));
    m_status->setText(models::orderStatusLabel(order.status));
    m_status->setStyleSheet(
        QStringLiteral("color: white; background: %1; border-radius: 8px; padding: 2px 10px;").arg(colour.name()));
    m_meta->setText(OrderDetailText::placed(order));
    m_meta->setToolTip(OrderDetailText::placedToolTip(order));
    renderLines(detail);
    m_totals->setText(OrderDetailText::totals(order));
    m_address->setText(OrderDetailText::address(order));
    const QString shipment = OrderDetailText::shipment(order);
    m_shipment->setText(shipment);
    m_shipment->setVisible(!shipment.isEmpty());
    m_timeline->setText(OrderDetailText::timeline(detail));
    const QString refunds = OrderDetailText::refunds(detail);
    m_refunds->setText(refunds);
    m_refunds->setVisible(!refunds.isEmpty());
    m_refundsTitle->setVisible(!refunds.isEmpty());
    m_notes->setText(OrderDetailText::notes(detail));

    updateActions();
    m_stack->setCurrentIndex(1);
}

void OrderDetailPane::renderLines(const OrderDetail& detail)
{
    const QString& currency = detail.order.currency;
    m_lines->setRowCount(static_cast<int>(detail.lines.size()));
    for (int row = 0; row < detail.lines.size(); ++row) {
        const models::OrderLine& line = detail.lines.at(row);
        auto cell = [](const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment);
            return item;
        };
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        QTableWidgetItem* title = cell(line.title);
        title->setToolTip(line.title);
        m_lines->setItem(row, 0, title);
        m_lines->setItem(row, 1, cell(line.sku));
        m_lines->setItem(row, 2, cell(OrderDetailText::quantity(line), right));
        m_lines->setItem(row, 3, cell(models::formatMoney(line.unitPriceCents, currency), right));
        m_lines->setItem(row, 4, cell(models::formatMoney(line.lineTotalCents(), currency), right));
    }
    const int rowHeight = m_lines->verticalHeader()->defaultSectionSize();
    m_lines->setFixedHeight(m_lines->horizontalHeader()->height() + rowHeight * std::max<int>(1, m_lines->rowCount()) +
                            4);
}

void OrderDetailPane::updateActions()
{
    const QList<OrderAction> actions = m_flow->actions();
    if (actions != m_shownActions) {
        // Empty the row completely, spacer included, or each rebuild would push the buttons further right.
        while (QLayoutItem* item = m_actionsRow->takeAt(0)) {
            if (QWidget* widget = item->widget()) widget->deleteLater();
            delete item;
        }
        for (OrderAction action : actions) {
            auto* button = new QPushButton(OrderActionFlow::actionLabel(action), this);
            button->setObjectName(OrderActionFlow::actionObjectName(action));
            connect(button, &QPushButton::clicked, m_flow, [this, action] { m_flow->trigger(action); });
            m_actionsRow->addWidget(button);
        }
        m_actionsRow->addStretch(1);
        m_shownActions = actions;
    }
    // Nothing is started twice, and nothing again while the last change may or may not have happened.
    const bool enabled = m_flow->canAct();
    for (int index = 0; index < m_actionsRow->count(); ++index)
        if (QWidget* button = m_actionsRow->itemAt(index)->widget()) button->setEnabled(enabled);
    m_addNote->setEnabled(enabled);
}

void OrderDetailPane::onActionApplied(const OrderDetail& detail, OrderAction action)
{
    if (action == OrderAction::AddNote) m_noteEdit->clear();
    if (detail.order.id == m_orderId) render(detail);
    emit orderChanged(detail.order);
}

void OrderDetailPane::onActionFailed(OrderAction, const QString& message, OrderActionFlow::Failure failure)
{
    // After an unknown outcome the banner's button reads the order again; it does not try the action.
    if (failure == OrderActionFlow::Failure::OutcomeUnknown)
        m_errorBanner->showMessage(message, true, tr("Reload"));
    else
        m_errorBanner->showMessage(message, false);
}

bool OrderDetailPane::hasUnsavedEdits() const
{
    return !m_noteEdit->toPlainText().trimmed().isEmpty();
}

} // namespace md::ui
