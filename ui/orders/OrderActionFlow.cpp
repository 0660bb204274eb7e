#include "ui/orders/OrderActionFlow.h"

#include "models/dto/Money.h"
#include "models/orders/OrderService.h"
#include "ui/common/ConfirmationPresenter.h"
#include "ui/orders/OrderActionDialog.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

namespace md::ui {

using models::OrderAction;
using models::OrderDetail;

OrderActionFlow::OrderActionFlow(models::OrderService* service, models::User user, QWidget* host)
    : QObject(host), m_service(service), m_user(std::move(user)), m_host(host)
{
}

QString OrderActionFlow::actionLabel(OrderAction action)
{
    switch (action) {
    case OrderAction::MarkPaid:
        return tr("Mark as paid");
    case OrderAction::Ship:
        return tr("Ship…");
    case OrderAction::MarkDelivered:
        return tr("Mark as delivered");
    case OrderAction::Cancel:
        return tr("Cancel order…");
    case OrderAction::Refund:
        return tr("Refund…");
    case OrderAction::AddNote:
        return tr("Add note");
    }
    return {};
}

QString OrderActionFlow::actionObjectName(OrderAction action)
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

void OrderActionFlow::setOrder(const std::optional<OrderDetail>& detail)
{
    m_detail = detail;
    if (detail && detail->order.id == m_unknownOutcomeOrderId) {
        m_unknownOutcomeOrderId = 0;
        emit stateChanged();
    }
}

QList<OrderAction> OrderActionFlow::actions() const
{
    if (!m_detail) return {};
    const models::Order& order = m_detail->order;
    QList<OrderAction> actions = models::availableOrderActions(order.status, m_user.role, order.refundableCents());
    actions.removeAll(OrderAction::AddNote);
    return actions;
}

bool OrderActionFlow::isOutcomeUnknown() const
{
    return m_detail && m_unknownOutcomeOrderId != 0 && m_detail->order.id == m_unknownOutcomeOrderId;
}

bool OrderActionFlow::canAct() const
{
    return m_detail && !m_running && !isOutcomeUnknown();
}

void OrderActionFlow::trigger(OrderAction action)
{
    if (!canAct() || !actions().contains(action)) return;
    if (action == OrderAction::MarkPaid || action == OrderAction::MarkDelivered)
        confirmTransition(action);
    else
        openForm(action);
}

void OrderActionFlow::confirmTransition(OrderAction action)
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
    askConfirmation(m_host, request, [this, action, orderId = order.id](bool confirmed) {
        if (confirmed) send(action, orderId, nullptr);
    });
}

void OrderActionFlow::openForm(OrderAction action)
{
    auto* form = new OrderActionDialog(action, *m_detail, m_host);
    form->setAttribute(Qt::WA_DeleteOnClose);
    // The order as the form was filled for it, even if a live update replaces the shown one meanwhile.
    connect(form, &OrderActionDialog::submitted, this,
            [this, form, order = m_detail->order] { confirmForm(form, order); });
    form->open();
}

void OrderActionFlow::confirmForm(OrderActionDialog* form, const models::Order& order)
{
    ConfirmationRequest request;
    request.title = form->windowTitle();
    switch (form->action()) {
    case OrderAction::Ship:
        request.id = QStringLiteral("confirmShip");
        request.text = tr("Mark order %1 as shipped with %2, tracking number %3?")
                           .arg(order.number, form->shipment().carrier, form->shipment().trackingNumber);
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
        for (const models::RestockLine& line : form->restockLines())
            units += line.quantity;
        const QString amount = models::formatMoney(form->refundAmountCents(), order.currency);
        request.text = units > 0 ? tr("Refund %1 for order %2 and put %n unit(s) back in stock?", nullptr, units)
                                       .arg(amount, order.number)
                                 : tr("Refund %1 for order %2?").arg(amount, order.number);
        request.confirmText = tr("Refund");
        request.destructive = true;
        break;
    }
    case OrderAction::MarkPaid:
    case OrderAction::MarkDelivered:
    case OrderAction::AddNote:
        return;
    }
    QPointer<OrderActionDialog> guarded(form);
    askConfirmation(form, request, [this, guarded, orderId = order.id](bool confirmed) {
        // A second submission while the first runs is not sent twice.
        if (confirmed && guarded && !m_running) send(guarded->action(), orderId, guarded);
    });
}

void OrderActionFlow::send(OrderAction action, qint64 orderId, OrderActionDialog* form)
{
    if (action == OrderAction::AddNote) return; // addNote() sends notes, with their text
    setRunning(true);
    if (form) form->setBusy(true);
    QPointer<OrderActionDialog> guarded(form);
    auto done = [this, action, orderId, guarded](models::ApiOutcome<OrderDetail> outcome) {
        finish(action, orderId, outcome.value, outcome.error, guarded);
    };
    switch (action) {
    case OrderAction::MarkPaid:
    case OrderAction::MarkDelivered:
        m_service->transition(orderId, *models::transitionTarget(action), QString(), std::nullopt, this, done);
        break;
    case OrderAction::Ship:
        m_service->transition(orderId, models::OrderStatus::Shipped, QString(), form->shipment(), this, done);
        break;
    case OrderAction::Cancel:
        m_service->transition(orderId, models::OrderStatus::Cancelled, form->reason(), std::nullopt, this, done);
        break;
    case OrderAction::Refund:
        // One key per confirmed submission: if the answer is lost on the way, the client's retry of the
        // same request cannot refund twice.
        m_service->refund(orderId, form->refundAmountCents(), form->reason(), form->restockLines(),
                          QUuid::createUuid().toByteArray(QUuid::WithoutBraces), this, done);
        break;
    case OrderAction::AddNote:
        break;
    }
}

void OrderActionFlow::addNote(const QString& text)
{
    if (text.trimmed().isEmpty() || !canAct()) return;
    const qint64 orderId = m_detail->order.id;
    setRunning(true);
    m_service->addNote(orderId, text, this, [this, orderId](models::ApiOutcome<OrderDetail> outcome) {
        finish(OrderAction::AddNote, orderId, outcome.value, outcome.error, nullptr);
    });
}

void OrderActionFlow::finish(OrderAction action, qint64 orderId, const std::optional<OrderDetail>& detail,
                             const std::optional<models::ApiError>& error, OrderActionDialog* form)
{
    setRunning(false);
    if (detail) {
        if (form) form->finish();
        emit applied(*detail, action);
        return;
    }
    if (error->isOutcomeUnknown()) {
        // Not repeated from here either: the form goes (a resubmission would be a second change
        // with a new Idempotency-Key) and the order's actions wait for it to be read again.
        m_unknownOutcomeOrderId = orderId;
        if (form) form->finish();
        emit stateChanged();
        emit failed(action, error->displayText(), Failure::OutcomeUnknown);
        return;
    }
    const bool conflict = error->isConflict() || error->isPreconditionFailed();
    const QString message = failureText(action, *error);
    if (form)
        form->showError(message);
    else
        emit failed(action, message, conflict ? Failure::Conflict : Failure::Refused);
    if (conflict) emit reloadNeeded();
}

QString OrderActionFlow::failureText(OrderAction action, const models::ApiError& error) const
{
    if (action == OrderAction::AddNote) return tr("The note was not saved. %1").arg(error.displayText());
    if (error.code == QLatin1String("invalid_transition") || error.isPreconditionFailed())
        return tr("The order's state changed meanwhile; it was reloaded. %1").arg(error.message);
    return error.displayText();
}

void OrderActionFlow::setRunning(bool running)
{
    if (m_running == running) return;
    m_running = running;
    emit stateChanged();
}

} // namespace md::ui
