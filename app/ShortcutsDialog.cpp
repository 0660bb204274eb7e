#include "app/ShortcutsDialog.h"

#include "app/PageCatalog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::app {

QList<ShortcutEntry> consoleShortcuts(const PageCatalog& catalog)
{
    QList<ShortcutEntry> entries{
        {QStringLiteral("searchAction"), ShortcutsDialog::tr("Search in the current page"), {QKeySequence::Find}},
        {QStringLiteral("newAction"),
         ShortcutsDialog::tr("New item (product; user or seller on People)"),
         {QKeySequence::New}},
        {QStringLiteral("reloadAction"),
         ShortcutsDialog::tr("Reload the current page"),
         {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}},
        {QString(), ShortcutsDialog::tr("Save the open form"), {QKeySequence::Save}},
        {QString(),
         ShortcutsDialog::tr("Close the open form"),
         {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}},
    };
    for (const PageDescriptor& page : catalog.pages())
        if (!page.shortcut.isEmpty())
            entries.append({QStringLiteral("goToAction_") + page.name,
                            ShortcutsDialog::tr("Go to %1").arg(page.title),
                            {page.shortcut}});
    // F1, and the desktop's own help key where it has another.
    QList<QKeySequence> help{QKeySequence(Qt::Key_F1)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::HelpContents))
        if (!help.contains(key)) help.append(key);
    entries.append({QStringLiteral("shortcutsAction"), ShortcutsDialog::tr("Keyboard shortcuts"), help});
    // Not QKeySequence::Quit: it is empty on some desktops.
    entries.append({QStringLiteral("quitAction"), ShortcutsDialog::tr("Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}});
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
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
