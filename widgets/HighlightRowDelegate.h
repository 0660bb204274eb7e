#pragma once
// Tints every cell of a row whose `flagRole` is true (low stock, say) and marks it with an icon in
// the first column, so the state is visible without relying on colour alone.

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

namespace md::widgets {

class HighlightRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HighlightRowDelegate(int flagRole, QColor tint, QIcon marker, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_flagRole;
    QColor m_tint;
    QIcon m_marker;
};

} // namespace md::widgets
