#pragma once
// Everything about one order: lines, totals, shipping address, timeline and notes, and the actions
// its state and the person's role allow. The pane loads and shows the order; OrderActionFlow runs
// the actions (form, confirmation, request) and the pane then shows the server's answer, never a
// locally guessed state. The texts come from OrderDetailText.

#include "models/dto/OrderDetail.h"
#include "models/dto/User.h"
#include "ui/common/UnsavedEdits.h"
#include "ui/orders/OrderActionFlow.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace md::models {
class ApiCall;
class OrderService;
struct ApiError;
} // namespace md::models

namespace md::widgets {
class ErrorBanner;
}

namespace md::ui {

class OrderDetailPane : public QWidget, public UnsavedEdits {
    Q_OBJECT
public:
    OrderDetailPane(models::OrderService* service, models::User user, QWidget* parent = nullptr);

    void showOrder(qint64 orderId);
    void clear();
    // Reloads the shown order, e.g. after a live event says it changed.
    void refresh();
    qint64 orderId() const { return m_orderId; }
    const std::optional<models::OrderDetail>& detail() const { return m_detail; }
    // A note typed but not added.
    bool hasUnsavedEdits() const override;
    // Runs the actions on the shown order.
    OrderActionFlow* actionFlow() const { return m_flow; }

signals:
    // The server's new state of an order after an action here.
    void orderChanged(const md::models::Order& order);

private:
    void onLoaded(const std::optional<models::OrderDetail>& detail, const std::optional<models::ApiError>& error);
    void render(const models::OrderDetail& detail);
    void renderLines(const models::OrderDetail& detail);
    // Rebuilds the action buttons when the offered actions changed, and enables them as the flow allows.
    void updateActions();
    void onActionApplied(const models::OrderDetail& detail, models::OrderAction action);
    void onActionFailed(models::OrderAction action, const QString& message, OrderActionFlow::Failure failure);

    models::OrderService* m_service;
    models::User m_user;
    qint64 m_orderId = 0;
    std::optional<models::OrderDetail> m_detail;
    QPointer<models::ApiCall> m_loading;
    OrderActionFlow* m_flow;
    QList<models::OrderAction> m_shownActions;
    // The banner explains why the order is being reloaded: the reload must not take it away.
    bool m_keepBannerOnReload = false;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    widgets::ErrorBanner* m_errorBanner;
    QLabel* m_number;
    QLabel* m_status;
    QLabel* m_meta;
    QHBoxLayout* m_actionsRow;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QLabel* m_address;
    QLabel* m_shipment;
    QLabel* m_timeline;
    QLabel* m_refundsTitle = nullptr;
    QLabel* m_refunds;
    QLabel* m_notes;
    QPlainTextEdit* m_noteEdit;
    QPushButton* m_addNote;
};

} // namespace md::ui
