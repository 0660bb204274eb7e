#include "app/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::app {

QList<ShortcutEntry> consoleShortcuts()
{
    return {
        {ShortcutsDialog::tr("Search in the current page"), {QKeySequence::Find}},
        {ShortcutsDialog::tr("New item (product; user or seller on People)"), {QKeySequence::New}},
        {ShortcutsDialog::tr("Reload the current page"), {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}},
        {ShortcutsDialog::tr("Save the open form"), {QKeySequence::Save}},
        {ShortcutsDialog::tr("Close the open form"), {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}},
        {ShortcutsDialog::tr("Go to page 1, 2, 3"),
         {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2), QKeySequence(Qt::CTRL | Qt::Key_3)}},
        {ShortcutsDialog::tr("Keyboard shortcuts"), {QKeySequence(Qt::Key_F1)}},
        {ShortcutsDialog::tr("Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<ShortcutEntry> entries = consoleShortcuts();
    auto* table = new QTableWidget(static_cast<int>(entries.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < entries.size(); ++row) {
        QStringList keys;
        for (const QKeySequence& key : entries.at(row).keys)
            keys.append(key.toString(QKeySequence::NativeText));
        table->setItem(row, 0, new QTableWidgetItem(entries.at(row).action));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            table->verticalHeader()->defaultSectionSize() * table->rowCount() + 6);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("shortcutsCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace md::app
