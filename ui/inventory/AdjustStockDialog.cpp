#include "ui/inventory/AdjustStockDialog.h"

#include "models/inventory/InventoryService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md::ui {

AdjustStockDialog::AdjustStockDialog(models::InventoryService* service, const models::InventoryItem& item,
                                     QWidget* parent)
    : GuardedDialog(tr("Discard this adjustment?"),
                    tr("The stock change you entered has not been saved. Close the dialog anyway?"), parent),
      m_service(service), m_item(item), m_delta(new QSpinBox(this)), m_reason(new QComboBox(this)),
      m_preview(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("adjustStockDialog"));
    setWindowTitle(tr("Adjust stock — %1").arg(item.sku));
    setMinimumWidth(420);

    auto* intro = new QLabel(tr("<b>%1</b><br>On hand %2 · reserved %3 · available %4")
                                 .arg(item.title.toHtmlEscaped())
                                 .arg(item.onHand)
                                 .arg(item.reserved)
                                 .arg(item.available),
                             this);
    intro->setWordWrap(true);
    m_delta->setObjectName(QStringLiteral("deltaSpin"));
    m_delta->setRange(-1000000, 1000000);
    m_delta->setValue(0);
    m_delta->setAlignment(Qt::AlignRight);
    m_delta->setToolTip(tr("Positive adds stock, negative removes it."));
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setEditable(true);
    m_reason->addItems(
        {tr("Received a delivery"), tr("Stock count correction"), tr("Damaged or lost"), tr("Returned by a customer")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Why the stock changes"));
    m_preview->setObjectName(QStringLiteral("adjustPreview"));
    m_error->setObjectName(QStringLiteral("adjustError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Change:"), m_delta);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(QString(), m_preview);

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Adjust"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("adjustButton"));
    m_submit->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_submit, &QPushButton::clicked, this, &AdjustStockDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delta, &QSpinBox::valueChanged, this, &AdjustStockDialog::updatePreview);
    m_submit->setToolTip(tr("Ctrl+S"));
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_submit->isEnabled()) submit();
    });
    auto* close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updatePreview();
}

void AdjustStockDialog::updatePreview()
{
    const int onHand = m_item.onHand + m_delta->value();
    if (onHand < m_item.reserved) {
        m_preview->setText(
            tr("On hand would be %1, below the %2 reserved for orders.").arg(onHand).arg(m_item.reserved));
        m_preview->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    } else {
        m_preview->setText(tr("On hand becomes %1 (available %2).").arg(onHand).arg(onHand - m_item.reserved));
        m_preview->setStyleSheet(QString());
    }
    m_submit->setEnabled(m_delta->value() != 0 && onHand >= m_item.reserved && !m_inFlight);
}

void AdjustStockDialog::submit()
{
    const QString reason = m_reason->currentText().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Enter a reason; it is kept in the movement history."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_submit->setEnabled(false);
    m_inFlight = m_service->adjust(
        m_item.productId, m_delta->value(), reason, this, [this](models::ApiOutcome<models::InventoryItem> outcome) {
            m_inFlight = nullptr;
            if (outcome.value) {
                emit adjusted(*outcome.value);
                finish();
                return;
            }
            const models::ApiError& error = *outcome.error;
            m_error->setText(error.isConflict()
                                 ? tr("Not changed: %1 Reload to see the current level.").arg(error.message)
                                 : error.displayText());
            m_error->show();
            updatePreview();
        });
}

QString AdjustStockDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool AdjustStockDialog::hasEdits() const
{
    return m_delta->value() != 0 || !m_reason->currentText().trimmed().isEmpty();
}

} // namespace md::ui
