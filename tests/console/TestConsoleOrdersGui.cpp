// The Orders page driven like a person would, against the real server: filters (status, dates,
// search), an order taken from placed through paid (by support: a seller is not offered it),
// shipped and delivered to a partial refund with restock, each through the detail pane's confirmed
// actions and checked in the database after; a note; an operator's view without the customer's
// personal data (in English and Korean); and an order placed by another client during the test
// arriving live (row inserted on top, the seller notified).

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/Translations.h"
#include "models/events/SseClient.h"
#include "models/orders/OrderListModel.h"
#include "support/ServerStack.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/orders/OrderActionDialog.h"
#include "ui/orders/OrderDetailPane.h"
#include "ui/orders/OrdersPage.h"
#include "widgets/Toast.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace md::test;
using md::models::OrderListModel;

class TestConsoleOrdersGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Formats as the Korean console does (₩ before the amount, Korean dates).
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(m_product = m_stack.fixtures().createProduct(
                       Role::SellerA, {{"title", "무선 이어폰"}, {"sku", "EAR-1"}, {"price_cents", 39000}})["id"]);
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, m_product, 20));
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void filtersGoToTheServer()
    {
        MD_REQUIRE(placeOrder(m_stack.fixtures(), Role::CustomerA, m_product, 1));
        auto page = makePage(Role::SellerA);
        OrderListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        QVERIFY(model->rowCount() >= 1);

        QVERIFY(click(child<QToolButton>(page.get(), "statusFilter_paid")));
        QVERIFY(click(child<QToolButton>(page.get(), "statusFilter_shipped")));
        QCOMPARE(model->filter().statuses,
                 (QList<md::models::OrderStatus>{md::models::OrderStatus::Paid, md::models::OrderStatus::Shipped}));
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 0); // only a placed order exists yet
        QVERIFY(click(child<QToolButton>(page.get(), "statusFilter_paid")));
        QVERIFY(click(child<QToolButton>(page.get(), "statusFilter_shipped")));

        auto* range = child<QComboBox>(page.get(), "orderDateRange");
        range->setCurrentIndex(1); // today
        QCOMPARE(model->filter().createdFrom, std::optional<QDate>(QDate::currentDate()));
        QVERIFY(waitUntilIdle(*model));
        QVERIFY(model->rowCount() >= 1);
        range->setCurrentIndex(range->count() - 1); // custom: two date fields appear
        QVERIFY(child<QWidget>(page.get(), "orderDateFrom")->isVisible());
        QVERIFY(model->filter().createdTo.has_value());
        range->setCurrentIndex(0);
        QVERIFY(!model->filter().createdFrom && !model->filter().createdTo);

        auto* search = child<QLineEdit>(page.get(), "orderSearch");
        search->setText(QStringLiteral("EAR-1"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model->filter().search, QStringLiteral("EAR-1"));
        QVERIFY(waitUntilIdle(*model));
        QVERIFY(model->rowCount() >= 1);
        search->setText(QStringLiteral("no-such-product-xyz"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 0);
    }

    void orderGoesFromPlacedToRefundedThroughTheDetailPane()
    {
        ScriptedConfirmation confirmations;
        nlohmann::json placed;
        MD_REQUIRE(placed = placeOrder(m_stack.fixtures(), Role::CustomerA, m_product, 3));
        const qint64 orderId = placed["id"].get<qint64>();
        const std::string where = " FROM orders WHERE id = " + std::to_string(orderId);

        auto page = makePage(Role::SellerA);
        OrderListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        md::ui::OrderDetailPane* pane = openOrder(page.get(), orderId);
        QVERIFY(pane);
        QVERIFY2(child<QLabel>(pane, "orderTotalsLabel")->text().contains(QStringLiteral("₩117,000")),
                 qPrintable(child<QLabel>(pane, "orderTotalsLabel")->text()));
        QVERIFY(child<QLabel>(pane, "orderAddressLabel")->text().contains(QStringLiteral("테헤란로")));
        // Offered by state and role: the seller may cancel a placed order, not ship or refund it yet,
        // and not record its payment (support and admins do that).
        QVERIFY(findButton(pane, "cancelOrderButton"));
        QVERIFY(!findButton(pane, "markPaidButton"));
        QVERIFY(!findButton(pane, "shipButton"));
        QVERIFY(!findButton(pane, "refundButton"));
        page.reset();

        // Paid, by support: one confirmation, then the server's state in the pane and in the row.
        {
            auto supportPage = makePage(Role::Support);
            QTRY_VERIFY_WITH_TIMEOUT(supportPage->model()->hasLoadedFirstPage() && !supportPage->model()->isLoading(),
                                     10000);
            md::ui::OrderDetailPane* supportPane = openOrder(supportPage.get(), orderId);
            QVERIFY(supportPane);
            QVERIFY(click(findButton(supportPane, "markPaidButton")));
            QTRY_COMPARE_WITH_TIMEOUT(m_stack.database().scalar("SELECT status" + where), std::string("paid"), 10000);
            QCOMPARE(confirmations.askedIds().last(), QStringLiteral("confirmMarkPaid"));
            QTRY_COMPARE(rowStatus(supportPage->model(), orderId), QStringLiteral("paid"));
        }

        // The seller takes it from there.
        page = makePage(Role::SellerA);
        model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        pane = openOrder(page.get(), orderId);
        QVERIFY(pane);

        // Shipped: carrier and tracking number in the form, confirmed, stored.
        QTRY_VERIFY(findButton(pane, "shipButton"));
        QVERIFY(click(findButton(pane, "shipButton")));
        QPointer<md::ui::OrderActionDialog> dialog;
        QTRY_VERIFY((dialog = pane->findChild<md::ui::OrderActionDialog*>()) && dialog->isVisible());
        child<QComboBox>(dialog, "carrierCombo")->setEditText(QStringLiteral("CJ대한통운"));
        QTest::keyClicks(child<QLineEdit>(dialog, "trackingEdit"), QStringLiteral("6543-2109-8765"));
        QVERIFY(click(child<QPushButton>(dialog, "submitActionButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        QCOMPARE(confirmations.askedIds().last(), QStringLiteral("confirmShip"));
        QCOMPARE(m_stack.database().scalar("SELECT status || '/' || carrier || '/' || tracking_number" + where),
                 std::string("shipped/CJ대한통운/6543-2109-8765"));
        QTRY_COMPARE(rowStatus(model, orderId), QStringLiteral("shipped"));
        QTRY_VERIFY(child<QLabel>(pane, "orderShipmentLabel")->text().contains(QStringLiteral("6543-2109-8765")));

        // Delivered.
        QTRY_VERIFY(findButton(pane, "markDeliveredButton"));
        QVERIFY(click(findButton(pane, "markDeliveredButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack.database().scalar("SELECT status" + where), std::string("delivered"), 10000);
        QTRY_COMPARE(rowStatus(model, orderId), QStringLiteral("delivered"));

        // A partial refund putting one unit back in stock.
        QTRY_VERIFY(findButton(pane, "refundButton"));
        QVERIFY(click(findButton(pane, "refundButton")));
        QTRY_VERIFY((dialog = pane->findChild<md::ui::OrderActionDialog*>()) && dialog->isVisible());
        auto* amount = child<QLineEdit>(dialog, "refundAmountEdit");
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("39000"));
        child<QLineEdit>(dialog, "reasonEdit")->insert(QStringLiteral("한 개 파손")); // as an input method commits it
        auto* restock = dialog->findChild<QSpinBox*>(QStringLiteral("restockSpin_%1").arg(m_product));
        QVERIFY(restock);
        restock->setValue(1);
        QVERIFY(click(child<QPushButton>(dialog, "submitActionButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        QCOMPARE(confirmations.askedIds().last(), QStringLiteral("confirmRefund"));
        QCOMPARE(m_stack.database().scalar("SELECT status || '/' || refunded_cents" + where),
                 std::string("delivered/39000"));
        QCOMPARE(m_stack.database().scalar("SELECT restocked_quantity FROM order_items WHERE order_id = " +
                                           std::to_string(orderId)),
                 std::string("1"));
        QTRY_VERIFY(child<QLabel>(pane, "orderRefunds")->isVisible());
        QVERIFY(child<QLabel>(pane, "orderRefunds")->text().contains(QStringLiteral("한 개 파손")));
        QVERIFY(child<QLabel>(pane, "orderTotalsLabel")->text().contains(QStringLiteral("₩39,000")));
        QCOMPARE(model->index(model->indexOfOrder(orderId).row(), 0).data(OrderListModel::OrderIdRole).toLongLong(),
                 orderId); // updated in place, still there
    }

    void declinedConfirmationChangesNothing()
    {
        ScriptedConfirmation confirmations;
        confirmations.defaultAnswer = false;
        nlohmann::json placed;
        MD_REQUIRE(placed = placeOrder(m_stack.fixtures(), Role::CustomerA, m_product, 1));
        const qint64 orderId = placed["id"].get<qint64>();
        auto page = makePage(Role::Support);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage() && !page->model()->isLoading(), 10000);
        md::ui::OrderDetailPane* pane = openOrder(page.get(), orderId);
        QVERIFY(pane);
        QVERIFY(click(findButton(pane, "markPaidButton")));
        QTRY_COMPARE(confirmations.asked.size(), 1);
        QTest::qWait(0);
        QCOMPARE(m_stack.database().scalar("SELECT status FROM orders WHERE id = " + std::to_string(orderId)),
                 std::string("placed"));
    }

    void noteIsAdded()
    {
        nlohmann::json placed;
        MD_REQUIRE(placed = placeOrder(m_stack.fixtures(), Role::CustomerA, m_product, 1));
        const qint64 orderId = placed["id"].get<qint64>();
        auto page = makePage(Role::Support);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage() && !page->model()->isLoading(), 10000);
        md::ui::OrderDetailPane* pane = openOrder(page.get(), orderId);
        QVERIFY(pane);
        auto* edit = child<QPlainTextEdit>(pane, "noteEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Customer asked to leave it at the door"));
        QVERIFY(pane->hasUnsavedEdits());
        QVERIFY(click(child<QPushButton>(pane, "addNoteButton")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_stack.database().scalar("SELECT count(*) FROM order_notes WHERE order_id = " + std::to_string(orderId) +
                                      " AND body = 'Customer asked to leave it at the door'"),
            std::string("1"), 10000);
        QTRY_VERIFY(child<QLabel>(pane, "orderNotes")->text().contains(QStringLiteral("leave it at the door")));
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY(!pane->hasUnsavedEdits());
    }

    // Operators see orders without the customer's e-mail and address: "hidden", never an empty
    // label, and in Korean as in English.
    void operatorSeesOrdersWithoutCustomerDetails()
    {
        nlohmann::json placed;
        MD_REQUIRE(placed = placeOrder(m_stack.fixtures(), Role::CustomerA, m_product, 1));
        const qint64 orderId = placed["id"].get<qint64>();
        const QString email = QString::fromStdString(m_stack.fixtures().member(Role::CustomerA).email);

        auto page = makePage(Role::Operator);
        OrderListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        const QModelIndex customer = model->indexOfOrder(orderId).siblingAtColumn(OrderListModel::CustomerColumn);
        QCOMPARE(customer.data().toString(), QStringLiteral("Hidden"));
        QVERIFY(!customer.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(child<QLineEdit>(page.get(), "orderSearch")->placeholderText(),
                 QStringLiteral("Order number, product…"));

        md::ui::OrderDetailPane* pane = openOrder(page.get(), orderId);
        QVERIFY(pane);
        const QString meta = child<QLabel>(pane, "orderMetaLabel")->text();
        const QString address = child<QLabel>(pane, "orderAddressLabel")->text();
        QVERIFY2(meta.contains(QStringLiteral("customer details hidden")) && !meta.contains(email), qPrintable(meta));
        QVERIFY2(address.startsWith(QStringLiteral("Hidden:")) && !address.contains(QStringLiteral("테헤란로")),
                 qPrintable(address));
        const QString timeline = child<QLabel>(pane, "orderTimeline")->text();
        QVERIFY2(timeline.contains(QStringLiteral("Placed")) && !timeline.contains(email), qPrintable(timeline));
        // Read only: no action on the order.
        for (const char* button : {"markPaidButton", "cancelOrderButton", "shipButton", "refundButton"})
            QVERIFY2(!findButton(pane, button), button);
        QVERIFY(!child<QPlainTextEdit>(pane, "noteEdit")->isVisible());
        page.reset();

        // The same in Korean.
        md::app::installTranslations(*qApp, QStringLiteral("ko"));
        page = makePage(Role::Operator);
        model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        QCOMPARE(model->indexOfOrder(orderId).siblingAtColumn(OrderListModel::CustomerColumn).data().toString(),
                 QStringLiteral("숨김"));
        pane = openOrder(page.get(), orderId);
        QVERIFY(pane);
        QVERIFY2(child<QLabel>(pane, "orderMetaLabel")->text().contains(QStringLiteral("고객 정보 숨김")),
                 qPrintable(child<QLabel>(pane, "orderMetaLabel")->text()));
        QVERIFY2(child<QLabel>(pane, "orderAddressLabel")->text().startsWith(QStringLiteral("숨김:")),
                 qPrintable(child<QLabel>(pane, "orderAddressLabel")->text()));
        QCOMPARE(child<QLineEdit>(page.get(), "orderSearch")->placeholderText(), QStringLiteral("주문번호, 상품…"));
        page.reset();
        removeTranslations();
    }

    void liveOrderIsInsertedAndTheSellerNotified()
    {
        auto page = makePage(Role::SellerA, true);
        OrderListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_events->isConnected(), 10000);
        const int before = model->rowCount();

        nlohmann::json placed;
        MD_REQUIRE(placed = placeOrder(m_stack.fixtures(), Role::CustomerB, m_product, 2));
        const qint64 orderId = placed["id"].get<qint64>();
        const QString number = QString::fromStdString(placed["number"].get<std::string>());

        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 1, 10000);
        QCOMPARE(model->index(0, 0).data(OrderListModel::OrderIdRole).toLongLong(), orderId);
        QCOMPARE(model->index(0, OrderListModel::NumberColumn).data().toString(), number);
        QVERIFY(!child<QPushButton>(page.get(), "ordersChangedButton")->isVisible()); // no reload needed
        md::widgets::Toast* toast = nullptr;
        QTRY_VERIFY((toast = page->findChild<md::widgets::Toast*>(QStringLiteral("toast"))) && toast->isVisible());
        QVERIFY2(toast->message().contains(number), qPrintable(toast->message()));
        QTest::mouseClick(toast, Qt::LeftButton); // opens the order
        QTRY_COMPARE_WITH_TIMEOUT(page->detailPane()->orderId(), orderId, 5000);
    }

    void liveOrderReachesSupportWithoutANotification()
    {
        auto page = makePage(Role::Support, true);
        OrderListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_events->isConnected(), 10000);
        const int before = model->rowCount();
        MD_REQUIRE(placeOrder(m_stack.fixtures(), Role::CustomerA, m_product, 1));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 1, 10000);
        QVERIFY(!page->findChild<md::widgets::Toast*>(QStringLiteral("toast")));
    }

    void cleanup()
    {
        if (m_events) m_events->stop();
        m_events.reset();
        removeTranslations(); // also when a Korean check failed half-way
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    std::unique_ptr<md::ui::OrdersPage> makePage(Role role, bool live = false)
    {
        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(role).email, Fixtures::password());
        if (!user) return nullptr;
        if (live) {
            m_events = std::make_unique<md::models::SseClient>(&m_client);
            m_events->start();
        }
        md::ui::PageContext context{&m_client, *user, m_events.get(), m_settings.get()};
        auto page = std::make_unique<md::ui::OrdersPage>(context);
        page->resize(1200, 700);
        page->show();
        return page;
    }

    // Selects the order's row as a person would and waits for the pane to show it.
    md::ui::OrderDetailPane* openOrder(md::ui::OrdersPage* page, qint64 orderId)
    {
        const QModelIndex index = page->model()->indexOfOrder(orderId);
        if (!index.isValid()) {
            qWarning("order %lld not in the list", static_cast<long long>(orderId));
            return nullptr;
        }
        child<QTableView>(page, "orderTable")->selectRow(index.row());
        md::ui::OrderDetailPane* pane = page->detailPane();
        if (!QTest::qWaitFor([&] { return pane->detail() && pane->detail()->order.id == orderId; }, 10000))
            return nullptr;
        return pane;
    }

    // Back to the source texts (English) after a test that installed translations.
    static void removeTranslations()
    {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    // Action buttons are rebuilt after every change; find the current one.
    static QPushButton* findButton(QWidget* pane, const char* name)
    {
        const auto buttons = pane->findChildren<QPushButton*>(QString::fromLatin1(name));
        for (QPushButton* button : buttons)
            if (button->isVisible()) return button;
        return nullptr;
    }

    static QString rowStatus(OrderListModel* model, qint64 orderId)
    {
        return model->indexOfOrder(orderId)
            .siblingAtColumn(OrderListModel::StatusColumn)
            .data(OrderListModel::StatusCodeRole)
            .toString();
    }

    ServerStack m_stack;
    long long m_product = 0;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
    md::models::ApiClient m_client;
    std::unique_ptr<md::models::SseClient> m_events;
};

QTEST_MAIN(TestConsoleOrdersGui)
#include "TestConsoleOrdersGui.moc"
