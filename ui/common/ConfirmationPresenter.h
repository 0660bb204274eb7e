#pragma once
// Asks the person to confirm something (an order action, discarding unsaved edits) without a nested
// event loop: the answer arrives through a callback. The default presenter shows a window-modal
// QMessageBox with open(); tests install their own presenter (setInstance) that answers from a
// script and records what was asked, as KeePassXC's MessageBox::setNextAnswer does.

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

namespace md::ui {

struct ConfirmationRequest {
    QString id;          // stable identifier, e.g. "confirmMarkPaid"; becomes the box's objectName
    QString title;
    QString text;
    QString confirmText; // the button that says yes ("Mark as paid", "Discard")
    QString cancelText;  // empty: the standard Cancel
    bool destructive = false;
};

class ConfirmationPresenter {
public:
    using Answer = std::function<void(bool confirmed)>;

    virtual ~ConfirmationPresenter() = default;
    // Shows the question over `parent`; `answer` runs once, later, unless `parent` is gone by then.
    virtual void ask(QWidget* parent, const ConfirmationRequest& request, Answer answer) = 0;

    // The presenter in use: the QMessageBox one unless a test installed another.
    static ConfirmationPresenter& instance();
    // Installs `presenter` (not owned); nullptr restores the default.
    static void setInstance(ConfirmationPresenter* presenter);
};

// Shorthand for ConfirmationPresenter::instance().ask(...).
void askConfirmation(QWidget* parent, const ConfirmationRequest& request, ConfirmationPresenter::Answer answer);

} // namespace md::ui
