#pragma once
// Paints a status cell as a small coloured pill (placed, paid, shipped ...). The label is the cell's
// DisplayRole (already translated); the colour is chosen by the machine code in `codeRole`.

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

namespace md::widgets {

class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    StatusBadgeDelegate(int codeRole, QHash<QString, QColor> colours, QObject* parent = nullptr);

    // Colours for the product and order states of API.md.
    static QHash<QString, QColor> standardColours();

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_codeRole;
    QHash<QString, QColor> m_colours;
};

} // namespace md::widgets
