#pragma once
// The small forms some order actions need before they can be sent: carrier and tracking number to
// ship, a reason to cancel, amount, reason and the units going back to stock to refund. Validates
// locally; OrderActionFlow confirms and sends. Closing it with something typed asks first.

#include "models/dto/OrderDetail.h"
#include "models/orders/OrderService.h"
#include "ui/common/GuardedDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace md::ui {

class OrderActionDialog : public GuardedDialog {
    Q_OBJECT
public:
    // `action` is Ship, Cancel or Refund.
    OrderActionDialog(models::OrderAction action, const models::OrderDetail& detail, QWidget* parent = nullptr);

    models::OrderAction action() const { return m_action; }
    models::ShipmentInfo shipment() const;
    QString reason() const;
    qint64 refundAmountCents() const { return m_amountCents; }
    QList<models::RestockLine> restockLines() const;

    // Shows a server-side refusal under the form and re-enables it; the form keeps its contents.
    void showError(const QString& message);
    QString errorText() const;
    void setBusy(bool busy);

signals:
    void submitted();

protected:
    bool hasEdits() const override;

private:
    void submit();
    QWidget* buildRestockTable(const models::OrderDetail& detail);

    models::OrderAction m_action;
    QString m_currency;
    qint64 m_refundable = 0;
    qint64 m_amountCents = 0;
    QString m_initialAmount;
    QComboBox* m_carrier = nullptr;
    QLineEdit* m_tracking = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QTableWidget* m_restock = nullptr;
    QList<QPair<qint64, QSpinBox*>> m_restockSpins;
    QLabel* m_error;
    QPushButton* m_submit;
};

} // namespace md::ui
