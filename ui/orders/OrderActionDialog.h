#pragma once
// The small forms some order actions need before they can be sent: carrier and tracking number to
// ship, a reason to cancel, amount and reason to refund. Validates locally; the page sends.

#include "models/dto/Order.h"
#include "models/orders/OrderService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md::ui {

class OrderActionDialog : public QDialog {
    Q_OBJECT
public:
    // `action` is Ship, Cancel or Refund; `refundableCents` bounds a refund.
    OrderActionDialog(models::OrderAction action, const models::Order& order, QWidget* parent = nullptr);

    models::OrderAction action() const { return m_action; }
    models::ShipmentInfo shipment() const;
    QString reason() const;
    qint64 refundAmountCents() const { return m_amountCents; }

    // Shows a server-side refusal under the form and re-enables it.
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    void submit();

    models::OrderAction m_action;
    QString m_currency;
    qint64 m_refundable = 0;
    qint64 m_amountCents = 0;
    QComboBox* m_carrier = nullptr;
    QLineEdit* m_tracking = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error;
    QPushButton* m_submit;
};

} // namespace md::ui
