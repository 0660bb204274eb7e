#include "ui/common/GuardedDialog.h"

#include "ui/common/ConfirmationPresenter.h"

namespace md::ui {

GuardedDialog::GuardedDialog(const QString& discardTitle, const QString& discardText, QWidget* parent)
    : QDialog(parent), m_discardTitle(discardTitle), m_discardText(discardText)
{
}

bool GuardedDialog::hasUnsavedEdits() const
{
    return !m_closing && hasEdits();
}

void GuardedDialog::finish()
{
    m_closing = true;
    accept();
}

// Esc, Cancel and Ctrl+W call reject(); so does QDialog::closeEvent() for the window's close button,
// which keeps the dialog open while it is still visible afterwards (the question is open).
void GuardedDialog::reject()
{
    if (!hasUnsavedEdits()) {
        closeRejected();
        return;
    }
    askConfirmation(
        this,
        {QStringLiteral("discardEditsDialog"), m_discardTitle, m_discardText, tr("Discard"), tr("Keep editing"), true},
        [this](bool discard) {
            if (discard) closeRejected();
        });
}

void GuardedDialog::closeRejected()
{
    m_closing = true;
    QDialog::reject();
}

} // namespace md::ui
