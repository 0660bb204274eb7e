// The server stopped in the middle of a session: the offline banner appears by itself, an open
// form keeps its unsaved entries when its save fails, and when the server is back (same port) the
// banner goes and the page loads again, after which the same form saves. Also the reconnect
// schedule's arithmetic and closing the window with unsaved edits.

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/MainWindow.h"
#include "models/events/SseClient.h"
#include "models/inventory/InventoryListModel.h"
#include "models/session/ConnectionMonitor.h"
#include "support/ServerStack.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/inventory/AdjustStockDialog.h"
#include "ui/inventory/InventoryPage.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;
using md::models::ConnectionMonitor;
using md::models::InventoryListModel;
using namespace std::chrono_literals;

class TestConsoleOffline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(m_product = m_stack.fixtures().createProduct(Role::SellerA, {{"title", "겨울 패딩 자켓"}})["id"]);
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, m_product, 10));
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void backoffDoublesUpToTheLimit()
    {
        QCOMPARE(ConnectionMonitor::backoffDelay(0, 1000ms, 30000ms), 1000ms);
        QCOMPARE(ConnectionMonitor::backoffDelay(1, 1000ms, 30000ms), 1000ms);
        QCOMPARE(ConnectionMonitor::backoffDelay(2, 1000ms, 30000ms), 2000ms);
        QCOMPARE(ConnectionMonitor::backoffDelay(4, 1000ms, 30000ms), 8000ms);
        QCOMPARE(ConnectionMonitor::backoffDelay(6, 1000ms, 30000ms), 30000ms);
        QCOMPARE(ConnectionMonitor::backoffDelay(1000, 1000ms, 30000ms), 30000ms);
    }

    void serverStoppedMidSessionAndBack()
    {
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password());
        QVERIFY(user);
        md::models::SseClient events(&client);
        md::ui::PageContext context{&client, *user, &events, m_settings.get()};
        md::app::MainWindow window(context);
        window.connectionMonitor()->setBackoff(200ms, 1000ms); // a quick test; the console waits longer
        window.resize(1200, 760);
        window.show();
        events.start();
        QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 10000);

        QVERIFY(window.showPage(QStringLiteral("inventoryPage")));
        auto* page = static_cast<md::ui::InventoryPage*>(window.currentPage());
        InventoryListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        child<QTableView>(page, "inventoryTable")->selectRow(model->indexOfProduct(m_product).row());
        QVERIFY(click(child<QPushButton>(page, "adjustStockButton")));
        QPointer<md::ui::AdjustStockDialog> dialog;
        QTRY_VERIFY((dialog = page->findChild<md::ui::AdjustStockDialog*>()) && dialog->isVisible());
        child<QSpinBox>(dialog, "deltaSpin")->setValue(7);
        child<QComboBox>(dialog, "reasonCombo")->setEditText(QStringLiteral("입고 7개"));
        QVERIFY(window.hasUnsavedEdits());

        auto* banner = child<QWidget>(&window, "offlineBanner");
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_stack.server().stop(), 0);

        // Nobody clicked anything: the dropped event stream made the console look.
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY(!window.connectionMonitor()->isOnline());

        // Saving now fails; the dialog stays open with what was entered.
        QVERIFY(click(child<QPushButton>(dialog, "adjustButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 15000);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(child<QSpinBox>(dialog, "deltaSpin")->value(), 7);
        QCOMPARE(child<QComboBox>(dialog, "reasonCombo")->currentText(), QStringLiteral("입고 7개"));

        QSignalSpy reloaded(model, &InventoryListModel::pageLoaded);
        MD_REQUIRE(m_stack.server().restart());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000); // the page loaded its list again
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 20000);

        // The same form now saves.
        QTRY_VERIFY(child<QPushButton>(dialog, "adjustButton")->isEnabled());
        QVERIFY(click(child<QPushButton>(dialog, "adjustButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        QCOMPARE(
            m_stack.database().scalar("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(m_product)),
            std::string("17"));
        events.stop();
    }

    void closingTheWindowWithUnsavedEditsAsks()
    {
        ScriptedConfirmation confirmations;
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password());
        QVERIFY(user);
        md::ui::PageContext context{&client, *user, nullptr, m_settings.get()};
        auto* window = new md::app::MainWindow(context);
        QPointer<md::app::MainWindow> guard(window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(window->showPage(QStringLiteral("inventoryPage")));
        auto* page = static_cast<md::ui::InventoryPage*>(window->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage() && !page->model()->isLoading(), 10000);
        child<QTableView>(page, "inventoryTable")->selectRow(0);
        QVERIFY(click(child<QPushButton>(page, "adjustStockButton")));
        QPointer<md::ui::AdjustStockDialog> dialog;
        QTRY_VERIFY((dialog = page->findChild<md::ui::AdjustStockDialog*>()) && dialog->isVisible());
        child<QSpinBox>(dialog, "deltaSpin")->setValue(2);

        confirmations.nextAnswers = {false};
        window->close();
        QTRY_COMPARE(confirmations.asked.size(), 1);
        QTest::qWait(0);
        QVERIFY(guard && window->isVisible()); // kept, edits and all
        QCOMPARE(child<QSpinBox>(dialog, "deltaSpin")->value(), 2);

        confirmations.nextAnswers = {true};
        window->close();
        QTRY_VERIFY(!guard);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
    long long m_product = 0;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
};

QTEST_MAIN(TestConsoleOffline)
#include "TestConsoleOffline.moc"
