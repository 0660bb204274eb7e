#include "widgets/MoneyDelegate.h"

#include "models/dto/Money.h"

namespace md::widgets {

MoneyDelegate::MoneyDelegate(int currencyRole, QObject* parent)
    : QStyledItemDelegate(parent), m_currencyRole(currencyRole)
{
}

void MoneyDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant amount = index.data(Qt::DisplayRole);
    if (!amount.isValid()) return;
    bool ok = false;
    const qint64 minorUnits = amount.toLongLong(&ok);
    if (!ok) return;
    QString currency = index.data(m_currencyRole).toString();
    if (currency.isEmpty()) currency = QStringLiteral("KRW");
    // QStyledItemDelegate turns digit grouping off for numbers; money reads better with it.
    QLocale locale = option->locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    option->text = models::formatMoney(minorUnits, currency, locale);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

} // namespace md::widgets
