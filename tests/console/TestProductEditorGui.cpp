// The product editor in the main window against the real server, for the edits it holds before they
// are saved: opened and left alone it closes at once; with a change, Esc and Ctrl+W ask before
// dropping it ("keep editing" keeps every field) and so do the main window's sign-out and close; a
// save the server refuses keeps the change; Ctrl+S saves and closes without asking; a new product
// with something typed asks too, and discarding it creates nothing.

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/MainWindow.h"
#include "models/catalog/ProductListModel.h"
#include "support/ServerStack.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/products/ProductEditorDialog.h"
#include "ui/products/ProductsPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;
using md::models::ProductListModel;
using md::ui::ProductEditorDialog;

class TestProductEditorGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(m_product = m_stack.fixtures().createProduct(
                       Role::SellerA, {{"sku", "EDIT-1"}, {"title", "원래 이름"}, {"price_cents", 12000}})["id"]);
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void unsavedEditsAskBeforeTheyAreLost()
    {
        ScriptedConfirmation confirmations;
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password());
        QVERIFY(user);
        md::ui::PageContext context{&client, *user, nullptr, m_settings.get()};
        md::app::MainWindow window(context);
        window.resize(1200, 760);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("productsPage")));
        auto* page = static_cast<md::ui::ProductsPage*>(window.currentPage());
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfProduct(m_product).isValid() && !model->isLoading(), 10000);

        // Opened and left alone: nothing to lose, so Esc closes without a question.
        QPointer<ProductEditorDialog> editor = openEditor(page, "editProductButton");
        QVERIFY(editor);
        QVERIFY(!editor->hasUnsavedEdits());
        QVERIFY(!window.hasUnsavedEdits());
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!editor || !editor->isVisible());
        QVERIFY(confirmations.asked.isEmpty());

        editor = openEditor(page, "editProductButton");
        QVERIFY(editor);
        auto* title = child<QLineEdit>(editor, "titleEdit");
        title->setText(QStringLiteral("고친 이름"));
        QVERIFY(editor->hasUnsavedEdits());
        QVERIFY(window.hasUnsavedEdits()); // the main window's check sees the editor

        // Esc, then Ctrl+W, with a change ask; "keep editing" keeps the editor and what was typed.
        confirmations.nextAnswers = {false, false};
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_COMPARE(confirmations.asked.size(), 1);
        QCOMPARE(confirmations.asked.last().id, QStringLiteral("discardEditsDialog"));
        QVERIFY(activate(editor));
        QTest::keyClick(editor, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(confirmations.asked.size(), 2);
        QTest::qWait(0);
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(title->text(), QStringLiteral("고친 이름"));

        // Signing out and closing the console ask too; declining keeps the window and the editor.
        QSignalSpy signOut(&window, &md::app::MainWindow::signOutRequested);
        confirmations.nextAnswers = {false, false};
        window.requestSignOut();
        QTRY_COMPARE(confirmations.asked.size(), 3);
        window.close();
        QTRY_COMPARE(confirmations.asked.size(), 4);
        QTest::qWait(0);
        QCOMPARE(signOut.count(), 0);
        QVERIFY(window.isVisible());
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(title->text(), QStringLiteral("고친 이름"));

        // A save the server refuses (422 on the SKU) keeps the change, which still counts as unsaved.
        auto* sku = child<QLineEdit>(editor, "skuEdit");
        sku->setText(QStringLiteral("EDIT 1"));
        QVERIFY(activate(editor));
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->fieldError(QStringLiteral("sku")).isEmpty(), 10000);
        QVERIFY(editor->isVisible());
        QCOMPARE(title->text(), QStringLiteral("고친 이름"));
        QVERIFY(editor->hasUnsavedEdits());
        QCOMPARE(m_stack.database().scalar("SELECT title FROM products WHERE id = " + std::to_string(m_product)),
                 std::string("원래 이름"));

        // Ctrl+S saves and closes without asking.
        sku->setText(QStringLiteral("EDIT-1"));
        QVERIFY(activate(editor));
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 10000);
        QCOMPARE(confirmations.asked.size(), 4);
        QCOMPARE(m_stack.database().scalar("SELECT title FROM products WHERE id = " + std::to_string(m_product)),
                 std::string("고친 이름"));
        QVERIFY(!window.hasUnsavedEdits());

        // A new product with something typed: Cancel asks; discarding creates nothing.
        editor = openEditor(page, "newProductButton");
        QVERIFY(editor);
        QCOMPARE(editor->mode(), ProductEditorDialog::Mode::Create);
        QVERIFY(!editor->hasUnsavedEdits());
        child<QLineEdit>(editor, "skuEdit")->setText(QStringLiteral("NEVER-SAVED"));
        confirmations.nextAnswers = {true};
        QVERIFY(click(child<QPushButton>(editor, "cancelButton")));
        QTRY_VERIFY(!editor || !editor->isVisible());
        QCOMPARE(confirmations.asked.size(), 5);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku = 'NEVER-SAVED'"),
                 std::string("0"));
        QVERIFY(!window.hasUnsavedEdits());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    // Clicks the page's button (edit: with the product selected) and returns the editor it opens.
    ProductEditorDialog* openEditor(md::ui::ProductsPage* page, const char* button)
    {
        auto* table = child<QTableView>(page, "productTable");
        table->clearSelection();
        table->selectRow(page->model()->indexOfProduct(m_product).row());
        if (!click(child<QPushButton>(page, button))) return nullptr;
        ProductEditorDialog* editor = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            for (ProductEditorDialog* dialog : page->findChildren<ProductEditorDialog*>())
                if (dialog->isVisible()) editor = dialog;
            return editor != nullptr;
        });
        return shown ? editor : nullptr;
    }

    // Shortcuts work in the active window, which a person typing in the editor has made it; the
    // offscreen platform leaves the main window active under the window-modal editor.
    static bool activate(QWidget* window)
    {
        QApplication::setActiveWindow(window);
        return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
    }

    ServerStack m_stack;
    long long m_product = 0;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
};

QTEST_MAIN(TestProductEditorGui)
#include "TestProductEditorGui.moc"
