#pragma once
// Shared by the console's GUI tests: finding widgets by objectName, clicking and typing like a
// person (Korean through the input method), a scripted stand-in for the confirmation boxes, going back
// to English after a translated check, and placing an order through the public API as a customer would.

#include "support/Fixtures.h"
#include "support/TestSetupError.h"
#include "ui/common/ConfirmationPresenter.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QList>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace md::test {

template <typename T> T* child(QObject* parent, const char* name)
{
    T* widget = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!widget) qWarning("no child %s", name);
    return widget;
}

// Clicks a button after checking it can be clicked, as a person would see it.
inline bool click(QAbstractButton* button)
{
    if (!button || !button->isVisible() || !button->isEnabled()) return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// The visible button named `name` under `parent`: rows of buttons rebuilt after a change (the order
// actions) hold the old ones until they are deleted, hidden from view but still children.
inline QAbstractButton* visibleButton(QWidget* parent, const char* name)
{
    const auto buttons = parent->findChildren<QAbstractButton*>(QString::fromLatin1(name));
    for (QAbstractButton* button : buttons)
        if (button->isVisible()) return button;
    return nullptr;
}

// Back to the source texts (English) after a test that installed translations.
inline void removeTranslations()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Types like a person: Latin letters as key presses, Korean as an input method delivers it (each
// syllable composed as pre-edit text, then committed), since Hangul never arrives as plain keys.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QInputMethodEvent composing(QString(c), {});
        QCoreApplication::sendEvent(widget, &composing);
        QInputMethodEvent committed;
        committed.setCommitString(QString(c));
        QCoreApplication::sendEvent(widget, &committed);
    }
}

// Selects everything in the field, deletes it and types text.
inline void replaceText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// Answers confirmations from a script (yes unless told otherwise), after the current event like a
// real box would, and remembers what was asked.
class ScriptedConfirmation : public ui::ConfirmationPresenter {
public:
    ScriptedConfirmation() { setInstance(this); }
    ~ScriptedConfirmation() override { setInstance(nullptr); }

    void ask(QWidget*, const ui::ConfirmationRequest& request, Answer answer) override
    {
        asked.append(request);
        const bool confirmed = nextAnswers.isEmpty() ? defaultAnswer : nextAnswers.takeFirst();
        QTimer::singleShot(0, [answer = std::move(answer), confirmed, answered = m_answered] {
            answer(confirmed);
            ++*answered;
        });
    }
    // How many answers have been given (and acted on) so far.
    int answeredCount() const { return *m_answered; }
    QStringList askedIds() const
    {
        QStringList ids;
        for (const auto& request : asked)
            ids.append(request.id);
        return ids;
    }

    QList<ui::ConfirmationRequest> asked;
    QList<bool> nextAnswers;
    bool defaultAnswer = true;

private:
    std::shared_ptr<int> m_answered = std::make_shared<int>(0);
};

inline nlohmann::json shippingAddress()
{
    return {{"name", "김민수"},       {"phone", "010-1234-5678"}, {"line1", "서울특별시 강남구 테헤란로 152"},
            {"line2", "12층 1203호"}, {"city", "서울"},           {"postal_code", "06236"},
            {"country", "KR"}};
}

// POST /api/v1/orders as `customer` for `quantity` of one product; returns the order (throws unless 201).
inline nlohmann::json placeOrder(Fixtures& fixtures, Role customer, long long productId, int quantity)
{
    HttpClient client = fixtures.client(customer);
    nlohmann::json items = nlohmann::json::array({{{"product_id", productId}, {"quantity", quantity}}});
    HttpResponse response = client.post("/api/v1/orders", {{"items", items}, {"shipping_address", shippingAddress()}});
    if (response.status != 201)
        throw TestSetupError(QString::fromStdString("placing an order: " + response.describe()));
    return response.json();
}

} // namespace md::test
