#include "widgets/HighlightRowDelegate.h"

namespace md::widgets {

HighlightRowDelegate::HighlightRowDelegate(int flagRole, QColor tint, QIcon marker, QObject* parent)
    : QStyledItemDelegate(parent), m_flagRole(flagRole), m_tint(std::move(tint)), m_marker(std::move(marker))
{
}

void HighlightRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_flagRole).toBool()) return;
    option->backgroundBrush = m_tint;
    if (index.column() == 0 && !m_marker.isNull()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_marker;
        option->decorationSize = QSize(16, 16);
    }
}

} // namespace md::widgets
