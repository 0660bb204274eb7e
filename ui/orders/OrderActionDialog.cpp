#include "ui/orders/OrderActionDialog.h"

#include "models/dto/Money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

using models::OrderAction;

OrderActionDialog::OrderActionDialog(OrderAction action, const models::Order& order, QWidget* parent)
    : QDialog(parent), m_action(action), m_currency(order.currency), m_refundable(order.refundableCents()),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("orderActionDialog"));
    setMinimumWidth(420);
    auto* form = new QFormLayout;
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    QString submitText;

    switch (action) {
    case OrderAction::Ship:
        setWindowTitle(tr("Ship order %1").arg(order.number));
        intro->setText(tr("The customer sees the carrier and tracking number."));
        m_carrier = new QComboBox(this);
        m_carrier->setObjectName(QStringLiteral("carrierCombo"));
        m_carrier->setEditable(true);
        m_carrier->addItems(
            {tr("CJ Logistics"), tr("Hanjin Express"), tr("Lotte Global Logistics"), tr("Korea Post"), tr("Logen")});
        m_carrier->setCurrentIndex(-1);
        m_tracking = new QLineEdit(this);
        m_tracking->setObjectName(QStringLiteral("trackingEdit"));
        form->addRow(tr("Carrier:"), m_carrier);
        form->addRow(tr("Tracking number:"), m_tracking);
        submitText = tr("Mark as shipped");
        break;
    case OrderAction::Cancel:
        setWindowTitle(tr("Cancel order %1").arg(order.number));
        intro->setText(tr("Cancelling releases the reserved stock. It cannot be undone."));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("e.g. the customer asked to cancel"));
        form->addRow(tr("Reason:"), m_reason);
        submitText = tr("Cancel order");
        break;
    case OrderAction::Refund:
        setWindowTitle(tr("Refund order %1").arg(order.number));
        intro->setText(tr("Up to %1 can still be refunded.").arg(models::formatMoney(m_refundable, m_currency)));
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
        m_amount->setAlignment(Qt::AlignRight);
        m_amount->setText(QLocale().toString(m_refundable));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("e.g. damaged in delivery"));
        form->addRow(tr("Amount (₩):"), m_amount);
        form->addRow(tr("Reason:"), m_reason);
        submitText = tr("Refund");
        break;
    case OrderAction::MarkPaid:
    case OrderAction::MarkDelivered:
    case OrderAction::AddNote:
        break;
    }

    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(submitText, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitActionButton"));
    m_submit->setDefault(true);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("closeActionButton"));
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_submit, &QPushButton::clicked, this, &OrderActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

models::ShipmentInfo OrderActionDialog::shipment() const
{
    return {m_carrier ? m_carrier->currentText().trimmed() : QString(),
            m_tracking ? m_tracking->text().trimmed() : QString()};
}

QString OrderActionDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

void OrderActionDialog::submit()
{
    m_error->hide();
    if (m_action == OrderAction::Ship && (shipment().carrier.isEmpty() || shipment().trackingNumber.isEmpty())) {
        showError(tr("Enter the carrier and the tracking number."));
        return;
    }
    if ((m_action == OrderAction::Cancel || m_action == OrderAction::Refund) && reason().isEmpty()) {
        showError(tr("Enter a reason; it is kept in the order's history."));
        return;
    }
    if (m_action == OrderAction::Refund) {
        const auto amount = models::parseMoney(m_amount->text(), m_currency);
        if (!amount || *amount <= 0 || *amount > m_refundable) {
            showError(tr("Enter an amount between %1 and %2.")
                          .arg(models::formatMoney(1, m_currency), models::formatMoney(m_refundable, m_currency)));
            return;
        }
        m_amountCents = *amount;
    }
    emit submitted();
}

void OrderActionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
}

void OrderActionDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
}

} // namespace md::ui
