#include "ui/common/ConfirmationPresenter.h"

#include <QMessageBox>
#include <QPushButton>

namespace md::ui {

namespace {

class MessageBoxPresenter final : public ConfirmationPresenter {
public:
    void ask(QWidget* parent, const ConfirmationRequest& request, Answer answer) override
    {
        auto* box = new QMessageBox(request.destructive ? QMessageBox::Warning : QMessageBox::Question, request.title,
                                    request.text, QMessageBox::NoButton, parent);
        box->setObjectName(request.id.isEmpty() ? QStringLiteral("confirmationDialog") : request.id);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        QPushButton* confirm = box->addButton(request.confirmText, QMessageBox::AcceptRole);
        confirm->setObjectName(QStringLiteral("confirmButton"));
        QPushButton* cancel = request.cancelText.isEmpty()
                                  ? box->addButton(QMessageBox::Cancel)
                                  : box->addButton(request.cancelText, QMessageBox::RejectRole);
        cancel->setObjectName(QStringLiteral("cancelConfirmationButton"));
        box->setDefaultButton(request.destructive ? cancel : confirm);
        box->setEscapeButton(cancel);
        // finished() fires for the buttons, Esc and the window's close button alike.
        QObject::connect(box, &QMessageBox::finished, box, [box, confirm, answer = std::move(answer)] {
            answer(box->clickedButton() == confirm);
        });
        box->open();
    }
};

MessageBoxPresenter& defaultPresenter()
{
    static MessageBoxPresenter presenter;
    return presenter;
}

ConfirmationPresenter* g_presenter = nullptr;

} // namespace

ConfirmationPresenter& ConfirmationPresenter::instance()
{
    return g_presenter ? *g_presenter : defaultPresenter();
}

void ConfirmationPresenter::setInstance(ConfirmationPresenter* presenter)
{
    g_presenter = presenter;
}

void askConfirmation(QWidget* parent, const ConfirmationRequest& request, ConfirmationPresenter::Answer answer)
{
    // The asker may be gone when the answer comes (its page closed): then nobody is told.
    QPointer<QWidget> guard(parent);
    ConfirmationPresenter::instance().ask(parent, request, [guard, answer = std::move(answer)](bool confirmed) {
        if (guard) answer(confirmed);
    });
}

} // namespace md::ui
