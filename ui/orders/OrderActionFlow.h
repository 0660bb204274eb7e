#pragma once
// The actions on one order, from the button to the server's answer: which actions the person's role
// may take on the order in its state; the form some of them need (OrderActionDialog) and the
// confirmation every state change needs (ConfirmationPresenter); the one request through the
// OrderService; and what the answer means. The pane that shows the order only renders: it offers
// actions(), calls trigger(), and shows what applied() and failed() report.
//
// A success hands over the server's new order, never a locally guessed one. A refusal is shown in
// the form when one is open (it keeps what was typed), otherwise reported to the pane. An order that
// changed meanwhile (409, 412) asks for a reload. An answer that the outcome is unknown (503
// outcome_unknown: the change may or may not have been applied) is never repeated, by the client or
// by the person: the form closes and the actions stay withheld until the order has been read again.

#include "models/dto/OrderDetail.h"
#include "models/dto/User.h"

#include <QObject>

#include <optional>

class QWidget;

namespace md::models {
class OrderService;
struct ApiError;
} // namespace md::models

namespace md::ui {

class OrderActionDialog;

class OrderActionFlow : public QObject {
    Q_OBJECT
public:
    // How the pane should show a failure it is told about.
    enum class Failure {
        Refused,        // the server said no or could not do it; nothing changed
        Conflict,       // the order changed under the action (409, 412); a reload follows
        OutcomeUnknown, // it may or may not have been applied; reload before anything else
    };
    Q_ENUM(Failure)

    // Forms and confirmations open over `host` (the pane), which owns the flow.
    OrderActionFlow(models::OrderService* service, models::User user, QWidget* host);

    // The order the actions apply to, as just read from the server (nullopt: none shown). Reading
    // the order whose last action has an unknown outcome is what releases its actions again.
    void setOrder(const std::optional<models::OrderDetail>& detail);
    // The actions the order's state, the role and what remains to refund allow, in the order the
    // pane offers them. AddNote is not among them: notes have a box of their own (addNote()).
    QList<models::OrderAction> actions() const;
    // False while an action's request is in flight or while the shown order's last action has an
    // unknown outcome.
    bool canAct() const;
    bool isRunning() const { return m_running; }
    bool isOutcomeUnknown() const;

    static QString actionLabel(models::OrderAction action);
    static QString actionObjectName(models::OrderAction action);

public slots:
    // Starts `action` on the shown order: the form first for Ship, Cancel and Refund, then the
    // confirmation, then the request. Does nothing unless canAct() and the action is offered.
    void trigger(models::OrderAction action);
    // Adds a note to the shown order (no confirmation: a note changes no state).
    void addNote(const QString& text);

signals:
    // canAct() changed (an action started or ended, an outcome became unknown).
    void stateChanged();
    // The server's order after `action` (it may no longer be the order shown).
    void applied(const md::models::OrderDetail& detail, md::models::OrderAction action);
    // `action` failed and no open form shows it; `message` is worded for the person.
    void failed(md::models::OrderAction action, const QString& message, md::ui::OrderActionFlow::Failure failure);
    // The shown order changed under an action: read it again.
    void reloadNeeded();

private:
    void confirmTransition(models::OrderAction action);
    void openForm(models::OrderAction action);
    void confirmForm(OrderActionDialog* form, const models::Order& order);
    void send(models::OrderAction action, qint64 orderId, OrderActionDialog* form);
    void finish(models::OrderAction action, qint64 orderId, const std::optional<models::OrderDetail>& detail,
                const std::optional<models::ApiError>& error, OrderActionDialog* form);
    QString failureText(models::OrderAction action, const models::ApiError& error) const;
    void setRunning(bool running);

    models::OrderService* m_service;
    models::User m_user;
    QWidget* m_host;
    std::optional<models::OrderDetail> m_detail;
    bool m_running = false;
    // The order whose last action answered outcome_unknown and has not been read since (0: none).
    qint64 m_unknownOutcomeOrderId = 0;
};

} // namespace md::ui
