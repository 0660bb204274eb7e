#include "ui/deployments/RolloutProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace md::ui {

RolloutProgressDelegate::RolloutProgressDelegate(int progressRole, int stateRole, int messageRole, QObject* parent)
    : QStyledItemDelegate(parent), m_progressRole(progressRole), m_stateRole(stateRole), m_messageRole(messageRole)
{
}

QColor RolloutProgressDelegate::failureColour(const QPalette& palette)
{
    // A red that reads on light and dark bases alike.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

void RolloutProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QVariant progress = index.data(m_progressRole);
    const bool failed = index.data(m_stateRole).toString() == QLatin1String("failed");
    if (!progress.isValid() && !failed) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    if (failed) {
        painter->save();
        painter->setPen(failureColour(option.palette));
        const QString message = index.data(m_messageRole).toString();
        const QString text = message.isEmpty() ? index.data(Qt::DisplayRole).toString() : message;
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
        painter->restore();
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = area;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = static_cast<int>(progress.toDouble() * 1000 + 0.5);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace md::ui
