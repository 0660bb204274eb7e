#include "ui/orders/OrderDetailPane.h"

#include "models/dto/Money.h"
#include "models/orders/OrderService.h"
#include "ui/common/ConfirmationPresenter.h"
#include "ui/common/PageLayout.h"
#include "ui/orders/OrderActionDialog.h"
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
#include <QUuid>
#include <QVBoxLayout>

namespace md::ui {

using models::OrderAction;
using models::OrderDetail;

namespace {

QString actionLabel(OrderAction action)
{
    switch (action) {
    case OrderAction::MarkPaid:
        return OrderDetailPane::tr("Mark as paid");
    case OrderAction::Ship:
        return OrderDetailPane::tr("Ship…");
    case OrderAction::MarkDelivered:
        return OrderDetailPane::tr("Mark as delivered");
    case OrderAction::Cancel:
        return OrderDetailPane::tr("Cancel order…");
    case OrderAction::Refund:
        return OrderDetailPane::tr("Refund…");
    case OrderAction::AddNote:
        return OrderDetailPane::tr("Add note");
    }
    return {};
}

QString actionObjectName(OrderAction action)
{
    switch (action) {
    case OrderAction::MarkPaid:
        return QStringLiteral("markPaidButton");
    case OrderAction::Ship:
        return QStringLiteral("shipButton");
    case OrderAction::MarkDelivered:
        return QStringLiteral("markDeliveredButton");
    case OrderAction::Cancel:
        return QStringLiteral("cancelOrderButton");
    case OrderAction::Refund:
        return QStringLiteral("refundButton");
    case OrderAction::AddNote:
        return QStringLiteral("addNoteButton");
    }
    return {};
}

QString when(const QDateTime& timestamp)
{
    return QLocale().toString(timestamp.toLocalTime(), QLocale::ShortFormat);
}

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

    connect(m_addNote, &QPushButton::clicked, this, &OrderDetailPane::addNote);
    connect(m_errorBanner, &widgets::ErrorBanner::retryRequested, this, &OrderDetailPane::refresh);
}

void OrderDetailPane::clear()
{
    if (m_loading) m_loading->abort();
    m_orderId = 0;
    m_detail.reset();
    m_placeholder->setText(tr("Select an order to see its details."));
    m_stack->setCurrentIndex(0);
}

void OrderDetailPane::showOrder(qint64 orderId)
{
    if (orderId == m_orderId && m_detail) return;
    if (m_loading) m_loading->abort();
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
        m_errorBanner->hide();
        render(*detail);
        return;
    }
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
    const models::Order& order = detail.order;
    const QString currency = order.currency;
    m_number->setText(order.number);
    const QColor colour = widgets::StatusBadgeDelegate::standardColours().value(models::orderStatusCode(order.status));
    m_status->setText(models::orderStatusLabel(order.status));
    m_status->setStyleSheet(
        QStringLiteral("color: white; background: %1; border-radius: 8px; padding: 2px 10px;").arg(colour.name()));
    // Operators get orders without the customer's personal data: say so rather than leave blanks.
    if (order.personalDataRedacted)
        m_meta->setText(tr("Placed %1 · customer details hidden").arg(when(order.createdAt)));
    else
        m_meta->setText(tr("Placed %1 by %2").arg(when(order.createdAt), order.customerEmail.toHtmlEscaped()));
    m_meta->setToolTip(order.personalDataRedacted ? tr("Customers' personal data is not shown to your role.")
                                                  : QString());

    m_lines->setRowCount(static_cast<int>(detail.lines.size()));
    for (int row = 0; row < detail.lines.size(); ++row) {
        const models::OrderLine& line = detail.lines.at(row);
        auto cell = [](const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment);
            return item;
        };
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        QString quantity = QLocale().toString(line.quantity);
        if (line.restockedQuantity > 0) quantity += tr(" (%1 restocked)").arg(line.restockedQuantity);
        QTableWidgetItem* title = cell(line.title);
        title->setToolTip(line.title);
        m_lines->setItem(row, 0, title);
        m_lines->setItem(row, 1, cell(line.sku));
        m_lines->setItem(row, 2, cell(quantity, right));
        m_lines->setItem(row, 3, cell(models::formatMoney(line.unitPriceCents, currency), right));
        m_lines->setItem(row, 4, cell(models::formatMoney(line.lineTotalCents(), currency), right));
    }
    const int rowHeight = m_lines->verticalHeader()->defaultSectionSize();
    m_lines->setFixedHeight(m_lines->horizontalHeader()->height() + rowHeight * std::max<int>(1, m_lines->rowCount()) +
                            4);

    QString totals =
        tr("Subtotal %1 · <b>Total %2</b>")
            .arg(models::formatMoney(order.subtotalCents, currency), models::formatMoney(order.totalCents, currency));
    if (order.refundedCents > 0)
        totals += tr("<br>Refunded %1 · refundable %2")
                      .arg(models::formatMoney(order.refundedCents, currency),
                           models::formatMoney(order.refundableCents(), currency));
    m_totals->setText(totals);

    const QStringList address = models::formatShippingAddress(order.shippingAddress);
    if (order.personalDataRedacted)
        m_address->setText(tr("Hidden: your role does not see customers' names, phone numbers or addresses."));
    else
        m_address->setText(address.isEmpty() ? tr("No address given.") : address.join(QLatin1Char('\n')));
    if (!order.carrier.isEmpty() || !order.trackingNumber.isEmpty()) {
        m_shipment->setText(tr("Shipped with %1, tracking number %2").arg(order.carrier, order.trackingNumber));
        m_shipment->show();
    } else {
        m_shipment->hide();
    }

    QStringList timeline;
    for (const models::OrderTimelineEntry& entry : detail.timeline)
        timeline.append(QStringLiteral("<span style='color:#757575'>%1</span>&nbsp;&nbsp;%2")
                            .arg(when(entry.createdAt).toHtmlEscaped(), timelineText(entry).toHtmlEscaped()));
    m_timeline->setText(timeline.isEmpty() ? tr("No events recorded.") : timeline.join(QStringLiteral("<br>")));

    QStringList refunds;
    for (const models::OrderRefund& refund : detail.refunds) {
        QString line = tr("%1 · %2 · %3")
                           .arg(when(refund.createdAt), models::formatMoney(refund.amountCents, currency),
                                refund.reason.isEmpty() ? tr("no reason given") : refund.reason);
        if (!refund.actor.isEmpty()) line += tr(" · by %1").arg(refund.actor);
        refunds.append(line.toHtmlEscaped());
    }
    m_refunds->setText(refunds.join(QStringLiteral("<br>")));
    m_refunds->setVisible(!refunds.isEmpty());
    m_refundsTitle->setVisible(!refunds.isEmpty());

    QStringList notes;
    for (const models::OrderNote& note : detail.notes) {
        const QString author = note.author.isEmpty() ? tr("someone") : note.author;
        notes.append(QStringLiteral("<p style='margin-bottom:6px'><span style='color:#757575'>%1 · %2</span><br>%3</p>")
                         .arg(when(note.createdAt).toHtmlEscaped(), author.toHtmlEscaped(),
                              note.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    }
    m_notes->setText(notes.isEmpty() ? tr("No notes yet.") : notes.join(QString()));

    rebuildActions();
    m_stack->setCurrentIndex(1);
}

QString OrderDetailPane::timelineText(const models::OrderTimelineEntry& entry) const
{
    const QString by = entry.actor.isEmpty() ? QString() : tr(" by %1").arg(entry.actor);
    if (entry.fromStatus && entry.toStatus)
        return tr("%1 → %2%3")
            .arg(models::orderStatusLabel(*entry.fromStatus), models::orderStatusLabel(*entry.toStatus), by);
    if (entry.toStatus) return tr("%1%2").arg(models::orderStatusLabel(*entry.toStatus), by);
    if (entry.type.contains(QLatin1String("refund"))) {
        const qint64 amount = entry.data.value(QStringLiteral("amount_cents")).toInteger();
        const QString reason = entry.data.value(QStringLiteral("reason")).toString();
        return tr("Refund %1%2%3")
            .arg(models::formatMoney(amount, m_detail ? m_detail->order.currency : QStringLiteral("KRW")),
                 reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason), by);
    }
    if (entry.type.contains(QLatin1String("note"))) return tr("Note added%1").arg(by);
    if (entry.type.contains(QLatin1String("creat")) || entry.type.contains(QLatin1String("place")))
        return tr("Order placed%1").arg(by);
    return entry.type + by;
}

void OrderDetailPane::rebuildActions()
{
    // Empty the row completely, spacer included, or each rebuild would push the buttons further right.
    while (QLayoutItem* item = m_actionsRow->takeAt(0)) {
        if (QWidget* widget = item->widget()) widget->deleteLater();
        delete item;
    }
    if (!m_detail) return;
    const models::Order& order = m_detail->order;
    for (OrderAction action : models::availableOrderActions(order.status, m_user.role, order.refundableCents())) {
        if (action == OrderAction::AddNote) continue; // has its own box below the notes
        auto* button = new QPushButton(actionLabel(action), this);
        button->setObjectName(actionObjectName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_actionsRow->addWidget(button);
    }
    m_actionsRow->addStretch(1);
}

void OrderDetailPane::trigger(OrderAction action)
{
    if (!m_detail) return;
    if (action == OrderAction::MarkPaid || action == OrderAction::MarkDelivered) {
        confirmTransition(action);
        return;
    }
    auto* dialog = new OrderActionDialog(action, *m_detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderActionDialog::submitted, this, [this, dialog] { confirmDialogAction(dialog); });
    dialog->open();
}

void OrderDetailPane::confirmTransition(OrderAction action)
{
    const models::Order order = m_detail->order;
    const ConfirmationRequest request{
        action == OrderAction::MarkPaid ? QStringLiteral("confirmMarkPaid") : QStringLiteral("confirmMarkDelivered"),
        actionLabel(action),
        action == OrderAction::MarkPaid ? tr("Record payment for order %1 (%2)?")
                                              .arg(order.number, models::formatMoney(order.totalCents, order.currency))
                                        : tr("Record that order %1 was delivered?").arg(order.number),
        actionLabel(action),
        QString(),
        false};
    askConfirmation(this, request, [this, action, orderId = order.id](bool confirmed) {
        if (!confirmed) return;
        m_service->transition(orderId, *models::transitionTarget(action), QString(), std::nullopt, this,
                              [this](models::ApiOutcome<OrderDetail> outcome) {
                                  applyActionResult(outcome.value, outcome.error, nullptr);
                              });
    });
}

void OrderDetailPane::confirmDialogAction(OrderActionDialog* dialog)
{
    if (!m_detail) return;
    const models::Order order = m_detail->order;
    ConfirmationRequest request;
    request.title = dialog->windowTitle();
    switch (dialog->action()) {
    case OrderAction::Ship:
        request.id = QStringLiteral("confirmShip");
        request.text = tr("Mark order %1 as shipped with %2, tracking number %3?")
                           .arg(order.number, dialog->shipment().carrier, dialog->shipment().trackingNumber);
        request.confirmText = tr("Mark as shipped");
        break;
    case OrderAction::Cancel:
        request.id = QStringLiteral("confirmCancel");
        request.text = tr("Cancel order %1? Its reserved stock is released; this cannot be undone.").arg(order.number);
        request.confirmText = tr("Cancel order");
        request.destructive = true;
        break;
    case OrderAction::Refund: {
        request.id = QStringLiteral("confirmRefund");
        int units = 0;
        for (const models::RestockLine& line : dialog->restockLines())
            units += line.quantity;
        request.text = units > 0
                           ? tr("Refund %1 for order %2 and put %n unit(s) back in stock?", nullptr, units)
                                 .arg(models::formatMoney(dialog->refundAmountCents(), order.currency), order.number)
                           : tr("Refund %1 for order %2?")
                                 .arg(models::formatMoney(dialog->refundAmountCents(), order.currency), order.number);
        request.confirmText = tr("Refund");
        request.destructive = true;
        break;
    }
    default:
        return;
    }
    QPointer<OrderActionDialog> guarded(dialog);
    askConfirmation(dialog, request, [this, guarded](bool confirmed) {
        if (confirmed && guarded) runAction(guarded);
    });
}

void OrderDetailPane::runAction(OrderActionDialog* dialog)
{
    if (!m_detail) return;
    dialog->setBusy(true);
    const qint64 orderId = m_detail->order.id;
    QPointer<OrderActionDialog> guarded(dialog);
    auto done = [this, guarded](models::ApiOutcome<OrderDetail> outcome) {
        applyActionResult(outcome.value, outcome.error, guarded);
    };
    switch (dialog->action()) {
    case OrderAction::Ship:
        m_service->transition(orderId, models::OrderStatus::Shipped, QString(), dialog->shipment(), this, done);
        break;
    case OrderAction::Cancel:
        m_service->transition(orderId, models::OrderStatus::Cancelled, dialog->reason(), std::nullopt, this, done);
        break;
    case OrderAction::Refund:
        // One key per dialog submission: a retry of the same request cannot refund twice.
        m_service->refund(orderId, dialog->refundAmountCents(), dialog->reason(), dialog->restockLines(),
                          QUuid::createUuid().toByteArray(QUuid::WithoutBraces), this, done);
        break;
    default:
        break;
    }
}

void OrderDetailPane::applyActionResult(const std::optional<OrderDetail>& detail,
                                        const std::optional<models::ApiError>& error, OrderActionDialog* dialog)
{
    if (detail) {
        if (dialog) dialog->finish();
        if (detail->order.id == m_orderId) render(*detail);
        emit orderChanged(detail->order);
        return;
    }
    QString message = error->displayText();
    if (error->code == QLatin1String("invalid_transition"))
        message = tr("The order's state changed meanwhile; it was reloaded. %1").arg(error->message);
    if (dialog) {
        dialog->showError(message);
    } else {
        m_errorBanner->showMessage(message, false);
    }
    if (error->isConflict()) refresh();
}

void OrderDetailPane::addNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (text.isEmpty() || !m_detail) return;
    m_addNote->setEnabled(false);
    m_service->addNote(m_detail->order.id, text, this, [this](models::ApiOutcome<OrderDetail> outcome) {
        m_addNote->setEnabled(true);
        if (outcome.value) {
            m_noteEdit->clear();
            if (outcome.value->order.id == m_orderId) render(*outcome.value);
            return;
        }
        m_errorBanner->showMessage(tr("The note was not saved. %1").arg(outcome.error->displayText()), false);
    });
}

bool OrderDetailPane::hasUnsavedEdits() const
{
    return !m_noteEdit->toPlainText().trimmed().isEmpty();
}

} // namespace md::ui
