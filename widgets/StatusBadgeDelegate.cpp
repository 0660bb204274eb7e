#include "widgets/StatusBadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace md::widgets {

StatusBadgeDelegate::StatusBadgeDelegate(int codeRole, QHash<QString, QColor> colours, QObject* parent)
    : QStyledItemDelegate(parent), m_codeRole(codeRole), m_colours(std::move(colours))
{
}

QHash<QString, QColor> StatusBadgeDelegate::standardColours()
{
    return {
        {QStringLiteral("draft"), QColor(0x75, 0x75, 0x75)},
        {QStringLiteral("active"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("archived"), QColor(0x8d, 0x6e, 0x63)},
        {QStringLiteral("placed"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("paid"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("shipped"), QColor(0x6a, 0x1b, 0x9a)},
        {QStringLiteral("delivered"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("cancelled"), QColor(0x75, 0x75, 0x75)},
        {QStringLiteral("refunded"), QColor(0xc6, 0x28, 0x28)},
    };
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget); // selection and focus

    const QString label = index.data(Qt::DisplayRole).toString();
    if (label.isEmpty()) return;
    const QColor colour = m_colours.value(index.data(m_codeRole).toString(), QColor(0x61, 0x61, 0x61));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int padding = 8;
    const int height = metrics.height() + 4;
    // A few pixels of slack: advances are rounded, and an exact fit would elide the last letter.
    const int width = std::min(metrics.horizontalAdvance(label) + 2 * padding + 4, option.rect.width() - 8);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    // On a selected row the pill turns solid so it stays readable on the highlight colour.
    const bool selected = option.state & QStyle::State_Selected;
    // On a dark palette the text is a light shade of the colour and the tint a little stronger;
    // the dark shade used on light palettes would vanish into the background.
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    QColor fill = selected ? QColor(Qt::white) : colour;
    fill.setAlpha(selected ? 235 : (dark ? 90 : 38));
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(dark && !selected ? colour.lighter(175) : colour.darker(115));
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(label, Qt::ElideRight, pill.width() - 2 * padding + 4));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace md::widgets
