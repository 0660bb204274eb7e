// Sorting the paged tables (Products, Orders, Inventory, People's users) from their headers against
// the real server: a column the server can sort by sorts the list; a click on any other column
// changes nothing, and the header's indicator goes back to the column the rows are actually sorted
// by, in their direction (Orders once always jumped to Created and Inventory to Available while
// sorted by Total or SKU).

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "models/catalog/ProductListModel.h"
#include "models/inventory/InventoryListModel.h"
#include "models/orders/OrderListModel.h"
#include "models/people/UserListModel.h"
#include "support/ServerStack.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/orders/OrdersPage.h"
#include "ui/people/UsersPanel.h"
#include "ui/products/ProductsPage.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;
using md::models::InventoryListModel;
using md::models::OrderListModel;
using md::models::ProductListModel;
using md::models::UserListModel;

namespace {

enum class Page { Products, Orders, Inventory, Users };

// Clicks a header section in its middle, as a person would.
void clickSection(QHeaderView* header, int section)
{
    const QPoint middle(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

// What the list shows, row by row: one column of text per row.
QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

// Whether the rows are in the order of `column`: numbers by value; texts (SKUs, e-mail addresses)
// compared for this test's own rows only ("SORT-…", "sort-…@"), since the server's collation decides the others.
bool isSortedBy(const QAbstractItemModel* model, int column, bool descending)
{
    QList<QVariant> values;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant value = model->index(row, column).data();
        if (value.typeId() == QMetaType::QString &&
            !value.toString().startsWith(QLatin1String("SORT-"), Qt::CaseInsensitive))
            continue;
        values.append(value);
    }
    if (values.size() < 3) return false; // this test's three rows at least
    auto before = [](const QVariant& a, const QVariant& b) {
        return a.typeId() == QMetaType::QString ? a.toString() < b.toString() : a.toLongLong() < b.toLongLong();
    };
    for (qsizetype i = 1; i < values.size(); ++i) {
        const bool inOrder =
            descending ? !before(values.at(i - 1), values.at(i)) : !before(values.at(i), values.at(i - 1));
        if (!inOrder) return false;
    }
    return true;
}

} // namespace

class TestServerSortGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        // Three products whose SKU, price, stock and order totals each give a different order.
        const QList<std::tuple<const char*, int, int, int>> products{
            {"SORT-B", 1000, 12, 1}, {"SORT-A", 5000, 3, 1}, {"SORT-C", 3000, 7, 2}};
        for (const auto& [sku, price, stock, ordered] : products) {
            long long id = 0;
            MD_REQUIRE(id = m_stack.fixtures().createProduct(
                           Role::SellerA,
                           {{"title", std::string("정렬 ") + sku}, {"sku", sku}, {"price_cents", price}})["id"]);
            MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, id, stock + ordered));
            MD_REQUIRE(placeOrder(m_stack.fixtures(), Role::CustomerA, id, ordered));
        }
        // Three users for the People page, named out of order.
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        for (const char* email :
             {"sort-b@test.marketdesk.kr", "sort-c@test.marketdesk.kr", "sort-a@test.marketdesk.kr"}) {
            HttpResponse created;
            MD_REQUIRE(created = admin.post("/api/v1/users",
                                            {{"email", email}, {"password", "sort-password-1"}, {"role", "customer"}}));
            QVERIFY2(created.status == 201, created.describe().c_str());
        }
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void unsortableColumnKeepsTheSortInUse_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("sortable");    // the column sorted by first
        QTest::addColumn<int>("clicks");      // on `sortable`, each turning its order
        QTest::addColumn<bool>("descending"); // the order the clicks leave
        QTest::addColumn<int>("unsortable");  // the column clicked next
        QTest::addColumn<QString>("field");   // the server's sort field of `sortable`
        QTest::addColumn<QString>("tableName");

        QTest::newRow("orders by total, then customer")
            << int(Page::Orders) << int(OrderListModel::TotalColumn) << 1 << false
            << int(OrderListModel::CustomerColumn) << QStringLiteral("total_cents") << QStringLiteral("orderTable");
        QTest::newRow("orders by total descending, then status")
            << int(Page::Orders) << int(OrderListModel::TotalColumn) << 2 << true << int(OrderListModel::StatusColumn)
            << QStringLiteral("total_cents") << QStringLiteral("orderTable");
        QTest::newRow("inventory by SKU, then title")
            << int(Page::Inventory) << int(InventoryListModel::SkuColumn) << 1 << false
            << int(InventoryListModel::TitleColumn) << QStringLiteral("sku") << QStringLiteral("inventoryTable");
        QTest::newRow("inventory by SKU descending, then on hand")
            << int(Page::Inventory) << int(InventoryListModel::SkuColumn) << 2 << true
            << int(InventoryListModel::OnHandColumn) << QStringLiteral("sku") << QStringLiteral("inventoryTable");
        QTest::newRow("products by SKU, then category")
            << int(Page::Products) << int(ProductListModel::SkuColumn) << 1 << false
            << int(ProductListModel::CategoryColumn) << QStringLiteral("sku") << QStringLiteral("productTable");
        // Users start sorted by e-mail ascending, so one click turns the order.
        QTest::newRow("users by e-mail descending, then name")
            << int(Page::Users) << int(UserListModel::EmailColumn) << 1 << true << int(UserListModel::NameColumn)
            << QStringLiteral("email") << QStringLiteral("userTable");
    }
    void unsortableColumnKeepsTheSortInUse()
    {
        QFETCH(int, page);
        QFETCH(int, sortable);
        QFETCH(int, clicks);
        QFETCH(bool, descending);
        QFETCH(int, unsortable);
        QFETCH(QString, field);
        QFETCH(QString, tableName);

        const auto widget = makePage(Page(page));
        QVERIFY(widget);
        auto* table = widget->findChild<QTableView*>(tableName);
        QVERIFY(table);
        auto* model = qobject_cast<md::models::PagedTableModel*>(table->model());
        QVERIFY(model);
        QHeaderView* header = table->horizontalHeader();
        QVERIFY(fetchAll(*model));

        for (int click = 0; click < clicks; ++click) {
            clickSection(header, sortable);
            QVERIFY(fetchAll(*model));
        }
        const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        QCOMPARE(header->sortIndicatorSection(), sortable);
        QCOMPARE(header->sortIndicatorOrder(), order);
        QCOMPARE(sortOf(widget.get(), Page(page)), (std::pair{field, order == Qt::DescendingOrder}));
        QVERIFY(isSortedBy(model, sortable, order == Qt::DescendingOrder));
        const QStringList rowsBefore = columnTexts(model, 0);

        // The server cannot sort by this column: nothing is asked, the rows stay, the indicator too.
        QSignalSpy requests(model, &md::models::PagedTableModel::loadingChanged);
        clickSection(header, unsortable);
        QCoreApplication::processEvents();
        QVERIFY(!model->isLoading());
        QCOMPARE(requests.count(), 0);
        QCOMPARE(header->sortIndicatorSection(), sortable);
        QCOMPARE(header->sortIndicatorOrder(), order);
        QCOMPARE(sortOf(widget.get(), Page(page)), (std::pair{field, order == Qt::DescendingOrder}));
        QCOMPARE(columnTexts(model, 0), rowsBefore);

        // Sorting by the column in use again still works from there (the indicator did not lie).
        clickSection(header, sortable);
        QVERIFY(fetchAll(*model));
        QCOMPARE(header->sortIndicatorSection(), sortable);
        QCOMPARE(header->sortIndicatorOrder(), order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(sortOf(widget.get(), Page(page)), (std::pair{field, order == Qt::AscendingOrder}));
        QVERIFY(isSortedBy(model, sortable, order == Qt::AscendingOrder));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    std::unique_ptr<QWidget> makePage(Page page)
    {
        const Role role = page == Page::Users ? Role::Admin : Role::SellerA; // People is for administrators
        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(role).email, Fixtures::password());
        if (!user) return nullptr;
        const md::ui::PageContext context{&m_client, *user, nullptr, m_settings.get()};
        std::unique_ptr<QWidget> widget;
        switch (page) {
        case Page::Products:
            widget = std::make_unique<md::ui::ProductsPage>(context);
            break;
        case Page::Orders:
            widget = std::make_unique<md::ui::OrdersPage>(context);
            break;
        case Page::Inventory:
            widget = std::make_unique<md::ui::InventoryPage>(context);
            break;
        case Page::Users:
            widget = std::make_unique<md::ui::UsersPanel>(context);
            break;
        }
        widget->resize(1200, 700);
        widget->show();
        return widget;
    }

    // The sort the page's model asks the server for: field and descending.
    static std::pair<QString, bool> sortOf(QWidget* widget, Page page)
    {
        switch (page) {
        case Page::Products: {
            const auto& filter = static_cast<md::ui::ProductsPage*>(widget)->model()->filter();
            return {filter.sortField, filter.descending};
        }
        case Page::Orders: {
            const auto& filter = static_cast<md::ui::OrdersPage*>(widget)->model()->filter();
            return {filter.sortField, filter.descending};
        }
        case Page::Inventory: {
            const auto& filter = static_cast<md::ui::InventoryPage*>(widget)->model()->filter();
            return {filter.sortField, filter.descending};
        }
        case Page::Users: {
            const auto& filter = static_cast<md::ui::UsersPanel*>(widget)->model()->filter();
            return {filter.sortField, filter.descending};
        }
        }
        return {};
    }

    ServerStack m_stack;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
    md::models::ApiClient m_client;
};

QTEST_MAIN(TestServerSortGui)
#include "TestServerSortGui.moc"
