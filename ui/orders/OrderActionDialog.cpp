#include "ui/orders/OrderActionDialog.h"

#include "models/dto/Money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

using models::OrderAction;

OrderActionDialog::OrderActionDialog(OrderAction action, const models::OrderDetail& detail, QWidget* parent)
    : GuardedDialog(tr("Discard changes?"), tr("What you entered in this form has not been sent. Close it anyway?"),
                    parent),
      m_action(action), m_currency(detail.order.currency), m_refundable(detail.order.refundableCents()),
      m_error(new QLabel(this))
{
    const models::Order& order = detail.order;
    setObjectName(QStringLiteral("orderActionDialog"));
    setMinimumWidth(440);
    auto* form = new QFormLayout;
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    QString submitText;
    QWidget* restock = nullptr;

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
        m_initialAmount = QLocale().toString(m_refundable);
        m_amount->setText(m_initialAmount);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("e.g. damaged in delivery"));
        form->addRow(tr("Amount (%1):").arg(models::currencySymbol(m_currency)), m_amount);
        form->addRow(tr("Reason:"), m_reason);
        restock = buildRestockTable(detail);
        submitText = tr("Refund");
        break;
    case OrderAction::MarkPaid:
    case OrderAction::MarkDelivered:
    case OrderAction::AddNote:
        break;
    }

    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(submitText, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitActionButton"));
    m_submit->setDefault(true);
    m_submit->setToolTip(tr("Ctrl+S"));
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("closeActionButton"));
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_submit, &QPushButton::clicked, this, &OrderActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_submit->isEnabled()) submit();
    });
    auto* close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (restock) layout->addWidget(restock);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QWidget* OrderActionDialog::buildRestockTable(const models::OrderDetail& detail)
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Units going back to stock (returned goods):"), box);
    column->addWidget(title);
    m_restock = new QTableWidget(box);
    m_restock->setObjectName(QStringLiteral("restockTable"));
    m_restock->setColumnCount(3);
    m_restock->setHorizontalHeaderLabels({tr("Product"), tr("Ordered"), tr("Restock")});
    m_restock->verticalHeader()->hide();
    m_restock->setSelectionMode(QAbstractItemView::NoSelection);
    m_restock->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_restock->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_restock->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_restock->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_restock->setRowCount(static_cast<int>(detail.lines.size()));
    for (int row = 0; row < detail.lines.size(); ++row) {
        const models::OrderLine& line = detail.lines.at(row);
        auto* name = new QTableWidgetItem(line.title);
        name->setToolTip(QStringLiteral("%1 (%2)").arg(line.title, line.sku));
        m_restock->setItem(row, 0, name);
        auto* ordered = new QTableWidgetItem(QLocale().toString(line.quantity));
        ordered->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_restock->setItem(row, 1, ordered);
        auto* spin = new QSpinBox(m_restock);
        spin->setObjectName(QStringLiteral("restockSpin_%1").arg(line.productId));
        spin->setRange(0, std::max(0, line.quantity - line.restockedQuantity));
        spin->setAlignment(Qt::AlignRight);
        m_restock->setCellWidget(row, 2, spin);
        m_restockSpins.append({line.productId, spin});
    }
    // Tall enough for every line (an order has few), computed from the font: the header's own size
    // hint is not known before the dialog is first shown.
    const int rowHeight = std::max(fontMetrics().height() + 14, QSpinBox().sizeHint().height() + 4);
    m_restock->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int visibleRows = std::clamp(static_cast<int>(m_restock->rowCount()), 1, 6);
    m_restock->setMinimumHeight(fontMetrics().height() + 12 + visibleRows * rowHeight + 4);
    m_restock->setMaximumHeight(m_restock->minimumHeight() + rowHeight);
    column->addWidget(m_restock);
    return box;
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

QList<models::RestockLine> OrderActionDialog::restockLines() const
{
    QList<models::RestockLine> lines;
    for (const auto& [productId, spin] : m_restockSpins)
        if (spin->value() > 0) lines.append({productId, spin->value()});
    return lines;
}

bool OrderActionDialog::hasEdits() const
{
    if (!shipment().carrier.isEmpty() || !shipment().trackingNumber.isEmpty() || !reason().isEmpty()) return true;
    if (m_amount && m_amount->text() != m_initialAmount) return true;
    return !restockLines().isEmpty();
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

QString OrderActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OrderActionDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
}

} // namespace md::ui
