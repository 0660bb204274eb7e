// InventoryListModel against the real server with a few thousand stock rows, under
// QAbstractItemModelTester: every row arrives once, sorting by availability and the low-stock
// filter happen on the server, the low-stock role matches the threshold, and a filter change while
// a page is in flight leaves no rows of the old query behind.

#include "ConsoleTestSupport.h"

#include "models/inventory/InventoryListModel.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace md::test;
using md::models::InventoryFilter;
using md::models::InventoryItem;
using md::models::InventoryListModel;

namespace {

constexpr int SellerAProducts = 2400;
// Stock is g % 40 units with a threshold of 5: g % 40 in 0..5 is low, 6 of every 40 rows.
constexpr int LowStockRows = SellerAProducts / 40 * 6;

} // namespace

class TestInventoryListModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        const auto insert = [this](long long seller, int count, const char* skuPrefix) {
            const std::string n = std::to_string(count);
            m_stack.database().execute("INSERT INTO products (seller_id, sku, title, price_cents, status) SELECT " +
                                       std::to_string(seller) + ", '" + skuPrefix +
                                       "-' || lpad(g::text, 5, '0'), '재고 상품 ' || g, 1000, 'active' "
                                       "FROM generate_series(1, " +
                                       n + ") AS g");
            m_stack.database().execute("INSERT INTO inventory (product_id, on_hand, reserved, low_stock_threshold) "
                                       "SELECT id, (substring(sku from 4)::int) % 40, 0, 5 FROM products "
                                       "WHERE sku LIKE '" +
                                       std::string(skuPrefix) +
                                       "-%' "
                                       "ON CONFLICT (product_id) DO UPDATE SET on_hand = excluded.on_hand, "
                                       "low_stock_threshold = 5");
        };
        MD_REQUIRE(insert(m_stack.fixtures().sellerAId(), SellerAProducts, "IA"));
        MD_REQUIRE(insert(m_stack.fixtures().sellerBId(), 30, "IB"));
        QVERIFY(
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password()));
    }

    void init()
    {
        m_model = std::make_unique<InventoryListModel>(&m_client);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->fetcher()->setPageSize(300);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void pagesThroughTheSellersStockOnce()
    {
        m_model->setFilter(InventoryFilter{});
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), SellerAProducts); // seller B's stock is not seller A's to see
        QSet<qint64> ids;
        int low = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const InventoryItem& item = m_model->rows().at(row);
            QVERIFY2(item.sku.startsWith(QStringLiteral("IA-")), qPrintable(item.sku));
            QCOMPARE(item.available, item.onHand - item.reserved);
            const bool lowStock = m_model->index(row, 0).data(InventoryListModel::LowStockRole).toBool();
            QCOMPARE(lowStock, item.available <= item.lowStockThreshold);
            low += lowStock ? 1 : 0;
            ids.insert(item.productId);
        }
        QCOMPARE(ids.size(), SellerAProducts);
        QCOMPARE(low, LowStockRows);
    }

    void sortsByAvailabilityOnTheServer()
    {
        m_model->sort(InventoryListModel::AvailableColumn, Qt::DescendingOrder);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), SellerAProducts);
        QSet<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            ids.insert(m_model->rows().at(row).productId);
            if (row > 0)
                QVERIFY2(m_model->rows().at(row - 1).available >= m_model->rows().at(row).available,
                         qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
        }
        QCOMPARE(ids.size(), SellerAProducts); // equal keys neither repeat nor skip rows across pages
    }

    void lowStockFilterIsTheServers()
    {
        InventoryFilter filter;
        filter.lowStockOnly = true;
        m_model->setFilter(filter);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), LowStockRows);
        for (const InventoryItem& item : m_model->rows())
            QVERIFY(item.available <= item.lowStockThreshold);
    }

    void aNewFilterDropsThePageInFlight()
    {
        m_model->setFilter(InventoryFilter{});
        InventoryFilter search;
        search.search = QStringLiteral("IA-00007");
        whileNextPageInFlight(*m_model, [&] { m_model->setFilter(search); });
        QVERIFY(waitUntilIdle(*m_model));
        QVERIFY(fetchAll(*m_model));
        // IA-00007 and IA-00070..IA-00079 (and IA-00700..): only rows of the new query, none late.
        QVERIFY(m_model->rowCount() > 0);
        for (const InventoryItem& item : m_model->rows())
            QVERIFY2(item.sku.contains(QStringLiteral("IA-00007")), qPrintable(item.sku));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
    md::models::ApiClient m_client;
    std::unique_ptr<InventoryListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestInventoryListModel)
#include "TestInventoryListModel.moc"
