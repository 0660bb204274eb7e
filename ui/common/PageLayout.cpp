#include "ui/common/PageLayout.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

void setUpRecordTable(QTableView* table, QAbstractItemView::SelectionMode selection)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
}

QSplitter* makeListDetailSplitter(const QString& objectName, QWidget* listSide, QWidget* detailPane,
                                  const QList<int>& sizes, QWidget* parent)
{
    auto* splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setObjectName(objectName);
    splitter->addWidget(listSide);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes(sizes);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void layOutDetailPane(QWidget* pane, QStackedWidget* stack, QLabel* placeholder, QWidget* content,
                      const QString& scrollObjectName)
{
    auto* scroll = new QScrollArea(pane);
    scroll->setObjectName(scrollObjectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    stack->addWidget(placeholder);
    stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack);
}

void setUpDetailPlaceholder(QLabel* placeholder, const QString& text)
{
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt;"));
    placeholder->setText(text);
}

void setUpDetailTitle(QLabel* title)
{
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace md::ui
