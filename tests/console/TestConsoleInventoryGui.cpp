// The Inventory page and the main window against the real server: levels and the low-stock filter,
// a stock adjustment with a reason (the movement appears, the database agrees), a dialog with
// unsaved entries that asks before closing, role-based navigation, the keyboard shortcuts and their
// help dialog, and the appearance setting.

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/MainWindow.h"
#include "app/PageCatalog.h"
#include "app/ShortcutsDialog.h"
#include "app/Theme.h"
#include "models/inventory/InventoryListModel.h"
#include "support/ServerStack.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/inventory/AdjustStockDialog.h"
#include "ui/inventory/InventoryPage.h"
#include "widgets/SearchField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;
using md::models::InventoryListModel;

class TestConsoleInventoryGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(m_plenty = m_stack.fixtures().createProduct(Role::SellerA,
                                                               {{"title", "캠핑 의자"}, {"sku", "CHAIR-1"}})["id"]);
        MD_REQUIRE(m_scarce = m_stack.fixtures().createProduct(Role::SellerA,
                                                               {{"title", "제주 녹차"}, {"sku", "TEA-1"}})["id"]);
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, m_plenty, 40));
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, m_scarce, 2)); // below the default threshold of 5
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void levelsAndLowStockFilter()
    {
        auto page = makePage(Role::SellerA);
        InventoryListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        const QModelIndex scarce = model->indexOfProduct(m_scarce);
        QVERIFY(scarce.isValid());
        QVERIFY(scarce.data(InventoryListModel::LowStockRole).toBool());
        QVERIFY(!model->indexOfProduct(m_plenty).data(InventoryListModel::LowStockRole).toBool());
        QCOMPARE(scarce.siblingAtColumn(InventoryListModel::OnHandColumn).data().toString(), QStringLiteral("2"));

        QVERIFY(click(child<QCheckBox>(page.get(), "lowStockOnly")));
        QVERIFY(waitUntilIdle(*model));
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(model->indexOfProduct(m_scarce).isValid());
        QVERIFY(!model->indexOfProduct(m_plenty).isValid());
        QVERIFY(click(child<QCheckBox>(page.get(), "lowStockOnly")));
        QVERIFY(waitUntilIdle(*model));
    }

    void adjustmentWithReasonShowsInTheHistory()
    {
        ScriptedConfirmation confirmations;
        auto page = makePage(Role::SellerA);
        InventoryListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        child<QTableView>(page.get(), "inventoryTable")->selectRow(model->indexOfProduct(m_plenty).row());
        auto* history = child<QTableWidget>(page.get(), "movementTable");
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 1, 10000);
        const int movementsBefore = history->rowCount();

        QVERIFY(click(child<QPushButton>(page.get(), "adjustStockButton")));
        QPointer<md::ui::AdjustStockDialog> dialog;
        QTRY_VERIFY((dialog = page->findChild<md::ui::AdjustStockDialog*>()) && dialog->isVisible());
        auto* delta = child<QSpinBox>(dialog, "deltaSpin");
        delta->setValue(-3);
        child<QComboBox>(dialog, "reasonCombo")->setEditText(QStringLiteral("파손 3개 폐기"));

        // Esc with entries asks; "keep editing" keeps the dialog and what was typed.
        confirmations.nextAnswers = {false};
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_COMPARE(confirmations.asked.size(), 1);
        QCOMPARE(confirmations.asked.first().id, QStringLiteral("discardEditsDialog"));
        QTest::qWait(0);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(delta->value(), -3);

        // Ctrl+S saves.
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        QCOMPARE(
            m_stack.database().scalar("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(m_plenty)),
            std::string("37"));
        QCOMPARE(
            m_stack.database().scalar("SELECT reason || '/' || delta FROM inventory_movements WHERE product_id = " +
                                      std::to_string(m_plenty) + " ORDER BY id DESC LIMIT 1"),
            std::string("파손 3개 폐기/-3"));
        QTRY_COMPARE(
            model->indexOfProduct(m_plenty).siblingAtColumn(InventoryListModel::OnHandColumn).data().toString(),
            QStringLiteral("37"));
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), movementsBefore + 1, 10000);
        bool found = false;
        for (int row = 0; row < history->rowCount(); ++row)
            found = found || (history->item(row, 3)->text() == QStringLiteral("파손 3개 폐기") &&
                              history->item(row, 1)->text() == QStringLiteral("-3"));
        QVERIFY(found);
    }

    void closingADialogWithEntriesCanDiscard()
    {
        ScriptedConfirmation confirmations;
        auto page = makePage(Role::SellerA);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage() && !page->model()->isLoading(), 10000);
        child<QTableView>(page.get(), "inventoryTable")->selectRow(0);
        QVERIFY(click(child<QPushButton>(page.get(), "adjustStockButton")));
        QPointer<md::ui::AdjustStockDialog> dialog;
        QTRY_VERIFY((dialog = page->findChild<md::ui::AdjustStockDialog*>()) && dialog->isVisible());
        child<QSpinBox>(dialog, "deltaSpin")->setValue(5);
        QVERIFY(click(child<QPushButton>(dialog, "cancelButton")));
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // confirmed discard
        QCOMPARE(confirmations.askedIds(), QStringList{QStringLiteral("discardEditsDialog")});
    }

    void navigationShowsWhatTheRoleMayUse_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<bool>("mayAdjust");
        QTest::addColumn<bool>("mayManageOrders");
        const QString products = QStringLiteral("productsPage");
        const QString orders = QStringLiteral("ordersPage");
        const QString inventory = QStringLiteral("inventoryPage");
        QTest::newRow("seller") << int(Role::SellerA) << QStringList{products, orders, inventory} << true << true;
        QTest::newRow("support") << int(Role::Support) << QStringList{products, orders, inventory} << false << true;
        const QStringList operations{QStringLiteral("deploymentsPage"), QStringLiteral("dashboardPage"),
                                     QStringLiteral("alertsPage")};
        QTest::newRow("operator") << int(Role::Operator) << QStringList{products, orders, inventory} + operations
                                  << false << false;
        QTest::newRow("admin") << int(Role::Admin)
                               << QStringList{products, orders, inventory} + operations +
                                      QStringList{QStringLiteral("peoplePage")}
                               << true << true;
    }
    void navigationShowsWhatTheRoleMayUse()
    {
        QFETCH(int, role);
        QFETCH(QStringList, pages);
        QFETCH(bool, mayAdjust);
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role(role)).email, Fixtures::password());
        QVERIFY(user);
        md::ui::PageContext context{&client, *user, nullptr, m_settings.get()};
        md::app::MainWindow window(context);
        window.show();
        QCOMPARE(window.pageNames(), pages);
        QVERIFY(window.showPage(QStringLiteral("inventoryPage")));
        auto* adjust = child<QPushButton>(window.currentPage(), "adjustStockButton");
        QCOMPARE(adjust->isVisibleTo(window.currentPage()), mayAdjust);
        // Every commerce page the role sees loads without a refusal from the server. (The operations
        // pages answer "not configured" here: no cluster or Prometheus; their tests cover that state.)
        for (const QString& name : pages.mid(0, 3)) {
            QVERIFY(window.showPage(name));
            QWidget* page = window.currentPage();
            QTest::qWait(0);
            auto* banner = page->findChild<QWidget*>(QStringLiteral("errorBanner"));
            QVERIFY(QTest::qWaitFor([&] { return !banner || !banner->isVisible(); }, 2000));
        }
        QCOMPARE(window.showPage(QStringLiteral("deploymentsPage")), pages.contains(QStringLiteral("deploymentsPage")));
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("offlineBanner"))->isVisible());
    }

    void shortcutsAreListedAndWork()
    {
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password());
        QVERIFY(user);
        md::ui::PageContext context{&client, *user, nullptr, m_settings.get()};
        md::app::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window) || window.isVisible());
        window.activateWindow();

        QVERIFY(window.showPage(QStringLiteral("inventoryPage")));
        auto* page = static_cast<md::ui::InventoryPage*>(window.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage() && !page->model()->isLoading(), 10000);
        QSignalSpy loads(page->model(), &InventoryListModel::pageLoaded);
        triggerAction(&window, "reloadAction"); // F5 / Ctrl+R
        QTRY_VERIFY_WITH_TIMEOUT(loads.count() >= 1, 10000);
        triggerAction(&window, "searchAction"); // Ctrl+F
        QTRY_VERIFY(child<md::widgets::SearchField>(page, "inventorySearch")->hasFocus());

        auto* reload = window.findChild<QAction*>(QStringLiteral("reloadAction"));
        QVERIFY(reload->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(reload->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("searchAction"))->shortcut(),
                 QKeySequence(QKeySequence::Find));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("newAction"))->shortcut(), QKeySequence(QKeySequence::New));

        // Every key the window's actions answer to is in the shortcut table, bound from it, and the
        // table lists nothing the window does not do (the open form's keys aside).
        const QList<md::app::ShortcutEntry> table = md::app::consoleShortcuts(md::app::PageCatalog(user->role));
        QSet<QString> bound;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcuts().isEmpty()) continue;
            const auto entry = std::find_if(table.begin(), table.end(), [action](const md::app::ShortcutEntry& e) {
                return e.id == action->objectName();
            });
            QVERIFY2(entry != table.end(), qPrintable(action->objectName()));
            QCOMPARE(action->shortcuts(), entry->keys);
            bound.insert(entry->id);
        }
        for (const md::app::ShortcutEntry& entry : table)
            QVERIFY2(entry.id.isEmpty() || bound.contains(entry.id), qPrintable(entry.id));
        QVERIFY(bound.contains(QStringLiteral("goToAction_inventoryPage")));

        triggerAction(&window, "shortcutsAction"); // F1
        md::app::ShortcutsDialog* help = nullptr;
        QTRY_VERIFY((help = window.findChild<md::app::ShortcutsDialog*>()) && help->isVisible());
        auto* shown = child<QTableWidget>(help, "shortcutsTable");
        QCOMPARE(shown->rowCount(), table.size()); // every shortcut, the pages' Ctrl+1… included
        QStringList keys;
        for (int row = 0; row < shown->rowCount(); ++row) {
            QCOMPARE(shown->item(row, 0)->text(), table.at(row).action);
            keys.append(shown->item(row, 1)->text());
        }
        const QString all = keys.join(QLatin1Char('|'));
        for (const QKeySequence& key :
             {QKeySequence(QKeySequence::Find), QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_F5),
              QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_F1),
              QKeySequence(Qt::CTRL | Qt::Key_3), QKeySequence(Qt::CTRL | Qt::Key_Q)})
            QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)), qPrintable(all));
        help->close();

        // Ctrl+N on the products page opens the new-product editor (sellers may create).
        QVERIFY(window.showPage(QStringLiteral("productsPage")));
        triggerAction(&window, "newAction");
        QTRY_VERIFY(window.currentPage()->findChild<QDialog*>() &&
                    window.currentPage()->findChild<QDialog*>()->isVisible());
        window.currentPage()->findChild<QDialog*>()->reject();
    }

    void themeSettingAppliesAPalette()
    {
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role::Support).email, Fixtures::password());
        QVERIFY(user);
        md::ui::PageContext context{&client, *user, nullptr, m_settings.get()};
        md::app::MainWindow window(context);
        window.show();
        auto* navigation = child<QListWidget>(&window, "navigation");
        triggerAction(&window, "themeAction_dark");
        QCOMPARE(m_settings->theme(), QStringLiteral("dark"));
        QVERIFY(md::app::paletteIsDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        // The navigation's selection and icons follow at once, without a restart.
        QTRY_VERIFY(navigation->styleSheet().contains(selectionTint(QApplication::palette())));
        QCOMPARE(strokeColour(navigation->item(0)->icon()).name(),
                 QApplication::palette().color(QPalette::WindowText).name());
        triggerAction(&window, "themeAction_light");
        QVERIFY(!md::app::paletteIsDark(QApplication::palette()));
        QTRY_VERIFY(navigation->styleSheet().contains(selectionTint(QApplication::palette())));
        QCOMPARE(strokeColour(navigation->item(0)->icon()).name(),
                 QApplication::palette().color(QPalette::WindowText).name());
        triggerAction(&window, "themeAction_system");
        QCOMPARE(m_settings->theme(), QString());
        QCOMPARE(md::app::themeFromSetting(QString()), md::app::ThemeChoice::System);
        QVERIFY(md::app::resolvesToDark(md::app::ThemeChoice::System, true));
        QVERIFY(!md::app::resolvesToDark(md::app::ThemeChoice::Light, true));
    }

    void languageSettingIsKeptForTheNextStart()
    {
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role::Support).email, Fixtures::password());
        QVERIFY(user);
        md::ui::PageContext context{&client, *user, nullptr, m_settings.get()};
        md::app::MainWindow window(context);
        window.show();
        triggerAction(&window, "languageAction_ko");
        QCOMPARE(m_settings->language(), QStringLiteral("ko"));
        QWidget* note = nullptr;
        QTRY_VERIFY((note = window.findChild<QWidget*>(QStringLiteral("languageNoteDialog"))) && note->isVisible());
        note->close();
        triggerAction(&window, "languageAction_system");
        QCOMPARE(m_settings->language(), QString());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    std::unique_ptr<md::ui::InventoryPage> makePage(Role role)
    {
        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(role).email, Fixtures::password());
        if (!user) return nullptr;
        md::ui::PageContext context{&m_client, *user, nullptr, m_settings.get()};
        auto page = std::make_unique<md::ui::InventoryPage>(context);
        page->resize(1000, 700);
        page->show();
        return page;
    }

    // The start of the navigation's selected-item background on `palette`: its highlight, tinted.
    static QString selectionTint(const QPalette& palette)
    {
        const QColor highlight = palette.color(QPalette::Highlight);
        return QStringLiteral("rgba(%1, %2, %3,").arg(highlight.red()).arg(highlight.green()).arg(highlight.blue());
    }

    // The colour of an icon's strokes: its most opaque pixel, drawn large enough to be fully covered.
    static QColor strokeColour(const QIcon& icon)
    {
        const QImage image = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32);
        QColor strongest(Qt::transparent);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y).alpha() > strongest.alpha()) strongest = image.pixelColor(x, y);
        return strongest;
    }

    // Triggers a menu action after checking it exists and is enabled, as its shortcut would.
    static void triggerAction(QWidget* window, const char* name)
    {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action && action->isEnabled(), name);
        action->trigger();
    }

    ServerStack m_stack;
    long long m_plenty = 0;
    long long m_scarce = 0;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
    md::models::ApiClient m_client;
};

QTEST_MAIN(TestConsoleInventoryGui)
#include "TestConsoleInventoryGui.moc"
