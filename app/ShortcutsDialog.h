#pragma once
// The keyboard shortcuts of the console, listed in one place (Help ▸ Keyboard shortcuts, F1). The
// list is the same table the main window binds its actions from, so it cannot drift: the window's
// own actions, the open form's keys, and one "go to" entry per page the role has.

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace md::app {

class PageCatalog;

struct ShortcutEntry {
    QString id;                 // objectName of the window's action bound to the keys; empty: the open form's
    QString action;             // translated description
    QList<QKeySequence> keys;
};

// Every shortcut of a window with `catalog`'s pages, translated, in the order the dialog lists them.
QList<ShortcutEntry> consoleShortcuts(const PageCatalog& catalog);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent = nullptr);
};

} // namespace md::app
