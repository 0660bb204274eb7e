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
    QColor tint = m_tint;
    if (option->palette.color(QPalette::Base).lightness() < 128) {
        // A light tint under the light text of a dark palette is unreadable: keep the tint's hue, as
        // a dark shade.
        tint = QColor::fromHsv(m_tint.hsvHue(), 110, 72);
    }
    option->backgroundBrush = tint;
    if (index.column() == 0 && !m_marker.isNull()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_marker;
        option->decorationSize = QSize(16, 16);
    }
}

} // namespace md::widgets
