#pragma once
// The keyboard shortcuts of the console, listed in one place (Help ▸ Keyboard shortcuts, F1). The
// list is the same table the main window binds its actions from, so it cannot drift.

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace md::app {

struct ShortcutEntry {
    QString action;             // translated description
    QList<QKeySequence> keys;
};

// Every shortcut, translated, in the order the dialog lists them.
QList<ShortcutEntry> consoleShortcuts();

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);
};

} // namespace md::app
