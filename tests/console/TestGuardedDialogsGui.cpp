// The "discard unsaved changes?" guard (GuardedDialog) on each dialog that has it: the stock
// adjustment, an order action's form, the product editor, and People's new user and new seller. With
// edits, Esc and the window's close button ask first: "keep editing" keeps the dialog and what was
// typed, "discard" closes it. Without edits they close at once, and a finished (saved) dialog closes
// without asking. No server is needed: nothing is sent; the questions go through the scripted
// ConfirmationPresenter.

#include "GuiTestHelpers.h"

#include "models/api/ApiClient.h"
#include "models/catalog/ProductService.h"
#include "models/dto/OrderDetail.h"
#include "models/inventory/InventoryService.h"
#include "models/people/SellerService.h"
#include "models/people/UserService.h"
#include "ui/common/GuardedDialog.h"
#include "ui/inventory/AdjustStockDialog.h"
#include "ui/orders/OrderActionDialog.h"
#include "ui/people/CreateSellerDialog.h"
#include "ui/people/CreateUserDialog.h"
#include "ui/products/ProductEditorDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QtTest>

using namespace md::test;
using md::ui::GuardedDialog;

namespace {

enum class Kind { AdjustStock, OrderAction, ProductEditor, CreateUser, CreateSeller };

} // namespace

class TestGuardedDialogsGui : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        m_window->resize(800, 600);
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void escapeWithEditsAsks_data() { kinds(); }
    void escapeWithEditsAsks()
    {
        QFETCH(int, kind);
        ScriptedConfirmation confirmations;
        QPointer<GuardedDialog> dialog = open(Kind(kind));
        QVERIFY(dialog);
        edit(dialog, Kind(kind));
        QVERIFY(dialog->hasUnsavedEdits());

        // "Keep editing": the dialog stays, with what was typed.
        confirmations.nextAnswers = {false};
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(confirmations.askedIds(), QStringList{QStringLiteral("discardEditsDialog")});
        QVERIFY(confirmations.asked.first().destructive);
        QTRY_COMPARE(confirmations.answeredCount(), 1);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->hasUnsavedEdits());

        // "Discard": it closes, rejected, and holds nothing unsaved any more.
        confirmations.nextAnswers = {true};
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(confirmations.asked.size(), 2);
        QTRY_COMPARE(confirmations.answeredCount(), 2);
        QVERIFY(dialog && !dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!dialog->hasUnsavedEdits());
    }

    void windowCloseButtonWithEditsAsks_data() { kinds(); }
    void windowCloseButtonWithEditsAsks()
    {
        QFETCH(int, kind);
        ScriptedConfirmation confirmations;
        QPointer<GuardedDialog> dialog = open(Kind(kind));
        QVERIFY(dialog);
        edit(dialog, Kind(kind));

        confirmations.nextAnswers = {false};
        QVERIFY(!dialog->close()); // the close event is refused while the question is open
        QCOMPARE(confirmations.asked.size(), 1);
        QTRY_COMPARE(confirmations.answeredCount(), 1);
        QVERIFY(dialog && dialog->isVisible());

        confirmations.nextAnswers = {true};
        dialog->close();
        QCOMPARE(confirmations.asked.size(), 2);
        QTRY_COMPARE(confirmations.answeredCount(), 2);
        QVERIFY(dialog && !dialog->isVisible());
    }

    void withoutEditsClosesWithoutAsking_data() { kinds(); }
    void withoutEditsClosesWithoutAsking()
    {
        QFETCH(int, kind);
        ScriptedConfirmation confirmations;
        QPointer<GuardedDialog> dialog = open(Kind(kind));
        QVERIFY(dialog);
        QVERIFY(!dialog->hasUnsavedEdits());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog && !dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(confirmations.asked.isEmpty());
    }

    void finishedClosesWithoutAsking_data() { kinds(); }
    void finishedClosesWithoutAsking()
    {
        QFETCH(int, kind);
        ScriptedConfirmation confirmations;
        QPointer<GuardedDialog> dialog = open(Kind(kind));
        QVERIFY(dialog);
        edit(dialog, Kind(kind));
        dialog->finish(); // what a dialog does once the server took its edits
        QVERIFY(dialog && !dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->hasUnsavedEdits());
        QVERIFY(confirmations.asked.isEmpty());
    }

private:
    static void kinds()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("adjust stock") << int(Kind::AdjustStock);
        QTest::newRow("order action") << int(Kind::OrderAction);
        QTest::newRow("product editor") << int(Kind::ProductEditor);
        QTest::newRow("new user") << int(Kind::CreateUser);
        QTest::newRow("new seller") << int(Kind::CreateSeller);
    }

    // Opens the dialog over the window as its page would (window-modal, open()).
    GuardedDialog* open(Kind kind)
    {
        GuardedDialog* dialog = nullptr;
        switch (kind) {
        case Kind::AdjustStock: {
            md::models::InventoryItem item;
            item.productId = 7;
            item.sku = QStringLiteral("TEA-1");
            item.title = QStringLiteral("제주 녹차");
            item.onHand = 10;
            item.available = 10;
            dialog = new md::ui::AdjustStockDialog(new md::models::InventoryService(&m_client, m_window.get()), item,
                                                   m_window.get());
            break;
        }
        case Kind::OrderAction: {
            md::models::OrderDetail detail;
            detail.order.id = 9;
            detail.order.number = QStringLiteral("MD-20261208-0000009");
            detail.order.totalCents = 39000;
            dialog = new md::ui::OrderActionDialog(md::models::OrderAction::Cancel, detail, m_window.get());
            break;
        }
        case Kind::ProductEditor:
            dialog = new md::ui::ProductEditorDialog(new md::models::ProductService(&m_client, m_window.get()),
                                                     md::ui::ProductEditorDialog::Mode::Create, false, m_window.get());
            break;
        case Kind::CreateUser:
            dialog = new md::ui::CreateUserDialog(new md::models::UserService(&m_client, m_window.get()), &m_client,
                                                  m_window.get());
            break;
        case Kind::CreateSeller:
            dialog = new md::ui::CreateSellerDialog(new md::models::SellerService(&m_client, m_window.get()),
                                                    m_window.get());
            break;
        }
        dialog->open();
        if (!QTest::qWaitForWindowExposed(dialog)) qWarning("the dialog was not shown");
        return dialog;
    }

    // Types into the dialog's first field, as a person would start filling it in.
    static void edit(QWidget* dialog, Kind kind)
    {
        switch (kind) {
        case Kind::AdjustStock:
            child<QSpinBox>(dialog, "deltaSpin")->setValue(5);
            break;
        case Kind::OrderAction:
            replaceText(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("고객 요청"));
            break;
        case Kind::ProductEditor:
            replaceText(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("새 상품"));
            break;
        case Kind::CreateUser:
            replaceText(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("new.person@test.marketdesk.kr"));
            break;
        case Kind::CreateSeller:
            replaceText(child<QLineEdit>(dialog, "sellerNameEdit"), QStringLiteral("서울상회"));
            break;
        }
    }

    md::models::ApiClient m_client; // never asked: nothing is saved here
    std::unique_ptr<QWidget> m_window;
};

QTEST_MAIN(TestGuardedDialogsGui)
#include "TestGuardedDialogsGui.moc"
