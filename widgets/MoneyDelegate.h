#pragma once
// Shows integer minor units as money ("₩129,000") in the person's locale, right-aligned. The amount
// is the cell's DisplayRole; the currency comes from `currencyRole` of the same index (KRW when the
// model gives none).

#include <QStyledItemDelegate>

namespace md::widgets {

class MoneyDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MoneyDelegate(int currencyRole, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_currencyRole;
};

} // namespace md::widgets
