#include "ui/products/ProductBulkDialog.h"

#include "models/dto/Money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

using models::BulkChange;
using models::BulkItemResult;
using models::Product;
using models::ProductStatus;

namespace {

QColor resultColour(BulkItemResult::State state)
{
    switch (state) {
    case BulkItemResult::State::Changed:
        return QColor(0x1b, 0x5e, 0x20);
    case BulkItemResult::State::Failed:
        return QColor(0xb7, 0x1c, 0x1c);
    default:
        return {};
    }
}

} // namespace

ProductBulkDialog::ProductBulkDialog(models::ProductService* service, const QList<Product>& products, QWidget* parent)
    : QDialog(parent), m_updater(new models::ProductBulkUpdater(service, this)), m_products(products),
      m_action(new QComboBox(this)), m_status(new QComboBox(this)), m_value(new QLineEdit(this)),
      m_hint(new QLabel(this)), m_valueError(new QLabel(this)), m_table(new QTableWidget(this)),
      m_progress(new QProgressBar(this)), m_summary(new QLabel(this)), m_apply(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("productBulkDialog"));
    setWindowTitle(tr("Change %n product(s)", nullptr, static_cast<int>(products.size())));
    resize(820, 480);

    m_action->setObjectName(QStringLiteral("bulkActionCombo"));
    m_action->addItem(tr("Set status"), SetStatusAction);
    m_action->addItem(tr("Change price by an amount (₩)"), PriceAmountAction);
    m_action->addItem(tr("Change price by a percentage (%)"), PricePercentAction);
    m_status->setObjectName(QStringLiteral("bulkStatusCombo"));
    for (ProductStatus status : {ProductStatus::Active, ProductStatus::Draft, ProductStatus::Archived})
        m_status->addItem(models::productStatusLabel(status), static_cast<int>(status));
    m_value->setObjectName(QStringLiteral("bulkValueEdit"));
    m_value->setAlignment(Qt::AlignRight);
    m_hint->setObjectName(QStringLiteral("bulkHintLabel"));
    m_hint->setWordWrap(true);
    m_valueError->setObjectName(QStringLiteral("bulkValueError"));
    m_valueError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_valueError->hide();

    m_table->setObjectName(QStringLiteral("bulkTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Title"), tr("Now"), tr("After"), tr("Result")});
    m_table->setRowCount(static_cast<int>(products.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(SkuColumn, 120);
    header->resizeSection(TitleColumn, 180);
    header->resizeSection(BeforeColumn, 90);
    header->resizeSection(AfterColumn, 90);
    header->setStretchLastSection(true);
    for (int row = 0; row < products.size(); ++row) {
        m_table->setItem(row, SkuColumn, new QTableWidgetItem(products.at(row).sku));
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(products.at(row).title));
        for (int column : {BeforeColumn, AfterColumn, ResultColumn})
            m_table->setItem(row, column, new QTableWidgetItem);
        m_table->item(row, BeforeColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(row, AfterColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, static_cast<int>(products.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summary->setWordWrap(true);

    m_apply->setObjectName(QStringLiteral("bulkApplyButton"));
    m_apply->setText(tr("Apply to %n product(s)", nullptr, static_cast<int>(products.size())));
    m_apply->setDefault(true);
    m_close->setObjectName(QStringLiteral("bulkCloseButton"));
    m_close->setText(tr("Cancel"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &ProductBulkDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &ProductBulkDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Change:"), m_action);
    form->addRow(tr("New status:"), m_status);
    form->addRow(tr("Value:"), m_value);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_valueError);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_action, &QComboBox::currentIndexChanged, this, &ProductBulkDialog::updateForm);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProductBulkDialog::updatePreview);
    connect(m_value, &QLineEdit::textChanged, this, &ProductBulkDialog::updatePreview);
    connect(m_updater, &models::ProductBulkUpdater::itemChanged, this, &ProductBulkDialog::showItem);
    connect(m_updater, &models::ProductBulkUpdater::progress, m_progress, &QProgressBar::setValue);
    connect(m_updater, &models::ProductBulkUpdater::finished, this, &ProductBulkDialog::onFinished);

    updateForm();
}

void ProductBulkDialog::updateForm()
{
    const auto action = static_cast<Action>(m_action->currentData().toInt());
    auto* form = static_cast<QFormLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(0)->layout());
    form->setRowVisible(m_status, action == SetStatusAction);
    form->setRowVisible(m_value, action != SetStatusAction);
    switch (action) {
    case SetStatusAction:
        m_hint->setText(tr("Every selected product gets this status."));
        break;
    case PriceAmountAction:
        m_value->setPlaceholderText(tr("e.g. 1,000 or -500"));
        m_hint->setText(tr("Adds the amount in won to each price; a negative amount lowers it. A price cannot "
                           "go below zero."));
        break;
    case PricePercentAction:
        m_value->setPlaceholderText(tr("e.g. 10 or -7.5"));
        m_hint->setText(tr("Changes each price by this percentage (up to two decimals), rounded to the nearest "
                           "won; exactly half a won rounds away from zero (₩19,995 + 10% = ₩21,995)."));
        break;
    }
    updatePreview();
}

std::optional<BulkChange> ProductBulkDialog::changeFromForm()
{
    const auto action = static_cast<Action>(m_action->currentData().toInt());
    m_valueError->hide();
    if (action == SetStatusAction)
        return BulkChange::setStatus(static_cast<ProductStatus>(m_status->currentData().toInt()));
    const QString text = m_value->text().trimmed();
    if (action == PricePercentAction) {
        if (const auto basisPoints = models::parsePercentBasisPoints(text))
            return BulkChange::changePrice(models::PriceChange::byPercent(*basisPoints));
        if (!text.isEmpty()) {
            m_valueError->setText(tr("Enter a percentage between -100 and 1000, e.g. 10 or -7.5."));
            m_valueError->show();
        }
        return std::nullopt;
    }
    QString digits = text;
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QChar(0x2212))) {
        negative = true;
        digits = digits.mid(1).trimmed();
    } else if (digits.startsWith(QLatin1Char('+'))) {
        digits = digits.mid(1).trimmed();
    }
    const QString currency = m_products.isEmpty() ? QStringLiteral("KRW") : m_products.first().currency;
    if (const auto amount = models::parseMoney(digits, currency))
        return BulkChange::changePrice(models::PriceChange::byAmount(negative ? -*amount : *amount));
    if (!text.isEmpty()) {
        m_valueError->setText(tr("Enter an amount in whole won, e.g. 1,000 or -500."));
        m_valueError->show();
    }
    return std::nullopt;
}

QString ProductBulkDialog::valueText(const Product& product) const
{
    if (static_cast<Action>(m_action->currentData().toInt()) == SetStatusAction)
        return models::productStatusLabel(product.status);
    return models::formatMoney(product.priceCents, product.currency);
}

void ProductBulkDialog::updatePreview()
{
    if (m_applied) return;
    const auto change = changeFromForm();
    for (int row = 0; row < m_products.size(); ++row) {
        const Product& product = m_products.at(row);
        m_table->item(row, BeforeColumn)->setText(valueText(product));
        QString after;
        QString note;
        if (change) {
            QString whyNot;
            if (const auto draft = models::plannedDraft(product, *change, &whyNot)) {
                Product preview = product;
                preview.status = draft->status;
                preview.priceCents = draft->priceCents;
                after = valueText(preview);
                if (*draft == models::ProductDraft::fromProduct(product)) note = tr("No change");
            } else {
                after = QStringLiteral("—");
                note = whyNot;
            }
        }
        m_table->item(row, AfterColumn)->setText(after);
        m_table->item(row, ResultColumn)->setText(note);
    }
    m_apply->setEnabled(change.has_value() && !m_products.isEmpty());
}

void ProductBulkDialog::apply()
{
    if (m_applied) return;
    const auto change = changeFromForm();
    if (!change) {
        if (m_valueError->isHidden()) {
            m_valueError->setText(tr("Enter a value."));
            m_valueError->show();
        }
        return;
    }
    m_applied = true;
    m_action->setEnabled(false);
    m_status->setEnabled(false);
    m_value->setReadOnly(true);
    m_apply->setEnabled(false);
    m_progress->show();
    m_summary->setText(tr("Saving… at most %1 at a time.").arg(models::ProductBulkUpdater::MaxConcurrent));
    m_close->setText(tr("Stop"));
    m_updater->start(m_products, *change);
}

void ProductBulkDialog::showItem(int index)
{
    const BulkItemResult& item = m_updater->results().at(index);
    QTableWidgetItem* result = m_table->item(index, ResultColumn);
    switch (item.state) {
    case BulkItemResult::State::Pending:
        result->setText(QString());
        break;
    case BulkItemResult::State::Running:
        result->setText(tr("Saving…"));
        break;
    case BulkItemResult::State::Changed:
        result->setText(tr("✔ Changed"));
        break;
    case BulkItemResult::State::Unchanged:
        result->setText(item.message);
        break;
    case BulkItemResult::State::Failed:
        result->setText(tr("✘ %1").arg(item.message));
        break;
    }
    result->setToolTip(item.message);
    result->setForeground(resultColour(item.state));
    if (item.after) m_table->item(index, AfterColumn)->setText(valueText(*item.after));
}

void ProductBulkDialog::onFinished()
{
    const int changed = m_updater->count(BulkItemResult::State::Changed);
    const int failed = m_updater->count(BulkItemResult::State::Failed);
    const int unchanged = m_updater->count(BulkItemResult::State::Unchanged);
    QString text = tr("%n changed", nullptr, changed);
    text += QStringLiteral(", ") + tr("%n failed", nullptr, failed);
    text += QStringLiteral(", ") + tr("%n unchanged", nullptr, unchanged);
    if (failed > 0) {
        text += QStringLiteral(". ") + tr("The failed products are marked in the table.");
        QStringList failures;
        for (const BulkItemResult& item : m_updater->results())
            if (item.state == BulkItemResult::State::Failed)
                failures.append(QStringLiteral("%1: %2").arg(item.before.sku, item.message));
        // The table's result column elides long reasons; spell out the first few here.
        const qsizetype shown = std::min<qsizetype>(failures.size(), 5);
        text += QLatin1Char('\n') + failures.mid(0, shown).join(QLatin1Char('\n'));
        if (failures.size() > shown)
            text += QLatin1Char('\n') + tr("…and %n more.", nullptr, int(failures.size() - shown));
    }
    m_summary->setText(text);
    m_close->setText(tr("Close"));
    QList<Product> saved;
    for (const BulkItemResult& item : m_updater->results())
        if (item.after) saved.append(*item.after);
    if (!saved.isEmpty()) emit productsChanged(saved);
}

void ProductBulkDialog::reject()
{
    if (m_updater->isRunning()) {
        m_updater->cancel(); // the ones in flight still report
        return;
    }
    QDialog::reject();
}

} // namespace md::ui
