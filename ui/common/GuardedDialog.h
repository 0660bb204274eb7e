#pragma once
// A dialog that holds edits not yet on the server and asks before throwing them away. Every way of
// closing it that is not a save goes through reject(): Esc, Cancel, Ctrl+W and the window's close
// button. With edits, reject() asks through the ConfirmationPresenter (no nested event loop) and closes
// only on "Discard"; without, it closes at once. finish() closes without asking, once the edits are
// saved. Subclasses say what counts as an edit (hasEdits) and how the question reads.

#include "ui/common/UnsavedEdits.h"

#include <QDialog>
#include <QString>

namespace md::ui {

class GuardedDialog : public QDialog, public UnsavedEdits {
    Q_OBJECT
public:
    // Whether there are edits a close would lose; never once the dialog is closing.
    bool hasUnsavedEdits() const final;

public slots:
    // Asks before throwing away edits; closes at once without any.
    void reject() override;
    // Closes as accepted without asking (the server took the edits).
    void finish();

protected:
    // The question's title and text, e.g. "Discard this adjustment?" and what would be lost.
    GuardedDialog(const QString& discardTitle, const QString& discardText, QWidget* parent = nullptr);

    // Whether the form differs from what it was filled with.
    virtual bool hasEdits() const = 0;

private:
    void closeRejected();

    const QString m_discardTitle;
    const QString m_discardText;
    bool m_closing = false; // saved or discarded: nothing is unsaved any more
};

} // namespace md::ui
