// ProductListModel against the real server with a few thousand products: every page arrives once,
// sorting and filtering happen on the server, and a filter change while a page is in flight never
// leaves rows of the old query behind. QAbstractItemModelTester watches every signal throughout.

#include "ConsoleTestSupport.h"

#include "models/catalog/ProductListModel.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace md::test;
using md::models::Product;
using md::models::ProductFilter;
using md::models::ProductListModel;
using md::models::ProductStatus;

namespace {

constexpr int SellerAProducts = 3000;

} // namespace

class TestProductListModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        m_sellerA = m_stack.fixtures().sellerAId();

        // Bulk data straight into the table: the API is not what this test is about, the paging is.
        const auto insert = [this](long long seller, int count, const char* skuPrefix) {
            m_stack.database().execute(
                "INSERT INTO products (seller_id, sku, title, description, category, price_cents, status) "
                "SELECT " +
                std::to_string(seller) + ", '" + skuPrefix +
                "-' || lpad(g::text, 5, '0'), "
                "(ARRAY['겨울 패딩 자켓','여름 린넨 셔츠','제주 녹차 세트','무선 이어폰','캠핑 의자'])[1 + g % 5] || ' "
                "' || g, "
                "'상품 설명 ' || g, (ARRAY['의류','식품','가전','레저'])[1 + g % 4], 1000 + (g * 7919) % 200000, "
                "(ARRAY['active','active','draft','archived'])[1 + (g / 4) % 4] "
                "FROM generate_series(1, " +
                std::to_string(count) + ") AS g");
        };
        MD_REQUIRE(insert(m_sellerA, SellerAProducts, "PA"));
        MD_REQUIRE(insert(m_stack.fixtures().sellerBId(), 40, "PB"));

        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password());
        QVERIFY(user);
        QCOMPARE(user->sellerId.value_or(0), qint64(m_sellerA));
    }

    void init()
    {
        m_model = std::make_unique<ProductListModel>(&m_client);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void pagesThroughEveryProductOnce()
    {
        m_model->fetcher()->setPageSize(250);
        ProductFilter filter;
        filter.sortField = QStringLiteral("id");
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->setFilter(filter);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), SellerAProducts);        // seller B's products are not the seller's to see
        QCOMPARE(reset.count(), 1);                            // the first page
        QCOMPARE(inserted.count(), SellerAProducts / 250 - 1); // then one insertion per page

        QSet<qint64> seen;
        qint64 previous = 0;
        for (const Product& product : m_model->rows()) {
            QCOMPARE(product.sellerId, qint64(m_sellerA));
            QVERIFY2(product.id > previous, "keyset order broken");
            previous = product.id;
            seen.insert(product.id);
        }
        QCOMPARE(seen.size(), SellerAProducts);
    }

    void sortsOnTheServer_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("price descending") << int(ProductListModel::PriceColumn) << Qt::DescendingOrder;
        QTest::newRow("price ascending") << int(ProductListModel::PriceColumn) << Qt::AscendingOrder;
        QTest::newRow("sku descending") << int(ProductListModel::SkuColumn) << Qt::DescendingOrder;
    }
    void sortsOnTheServer()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        m_model->fetcher()->setPageSize(500);
        m_model->sort(column, order);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), SellerAProducts);
        QSet<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            ids.insert(m_model->rows().at(row).id);
            if (row == 0) continue;
            const Product& before = m_model->rows().at(row - 1);
            const Product& current = m_model->rows().at(row);
            const bool ordered =
                column == ProductListModel::PriceColumn
                    ? (order == Qt::AscendingOrder ? before.priceCents <= current.priceCents
                                                   : before.priceCents >= current.priceCents)
                    : (order == Qt::AscendingOrder ? before.sku < current.sku : before.sku > current.sku);
            QVERIFY2(ordered, qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
        }
        QCOMPARE(ids.size(), SellerAProducts); // no page repeated or skipped across equal sort keys
    }

    void filtersOnTheServer_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("sqlCondition");
        QTest::newRow("archived") << QString() << int(ProductStatus::Archived) << QString() << "status = 'archived'";
        QTest::newRow("active appliances") << QString() << int(ProductStatus::Active) << QStringLiteral("가전")
                                           << "status = 'active' AND category = '가전'";
        QTest::newRow("Korean word") << QStringLiteral("녹차") << -1 << QString() << "title LIKE '%녹차%'";
        QTest::newRow("Korean words and status") << QStringLiteral("패딩 자켓") << int(ProductStatus::Draft)
                                                 << QString() << "title LIKE '%패딩 자켓%' AND status = 'draft'";
        QTest::newRow("nothing matches") << QStringLiteral("존재하지않는상품") << -1 << QString() << "false";
    }
    void filtersOnTheServer()
    {
        QFETCH(QString, search);
        QFETCH(int, status);
        QFETCH(QString, category);
        QFETCH(QString, sqlCondition);
        ProductFilter filter;
        filter.search = search;
        if (status >= 0) filter.status = ProductStatus(status);
        filter.category = category;
        m_model->fetcher()->setPageSize(500);
        m_model->setFilter(filter);
        QVERIFY(fetchAll(*m_model));

        const int expected = std::stoi(
            m_stack.database().scalar("SELECT count(*) FROM products WHERE seller_id = " + std::to_string(m_sellerA) +
                                      " AND " + sqlCondition.toStdString()));
        QCOMPARE(m_model->rowCount(), expected);
        for (const Product& product : m_model->rows()) {
            if (status >= 0) QCOMPARE(product.status, ProductStatus(status));
            if (!category.isEmpty()) QCOMPARE(product.category, category);
            for (const QString& word : search.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(product.title.contains(word), qPrintable(product.title));
        }
    }

    void filterChangeDuringFirstPageLeavesNoStaleRows()
    {
        ProductFilter drafts;
        drafts.status = ProductStatus::Draft;
        ProductFilter archived;
        archived.status = ProductStatus::Archived;
        m_model->setFilter(drafts);
        QVERIFY(m_model->isLoading());
        m_model->setFilter(archived); // the drafts page is still in flight
        QVERIFY(fetchAll(*m_model));
        QVERIFY(m_model->rowCount() > 0);
        for (const Product& product : m_model->rows())
            QCOMPARE(product.status, ProductStatus::Archived);
        QCOMPARE(m_model->rowCount(), countWhere("status = 'archived'"));
    }

    void filterChangeDuringNextPageLeavesNoStaleRows()
    {
        m_model->fetcher()->setPageSize(100);
        ProductFilter drafts;
        drafts.status = ProductStatus::Draft;
        ProductFilter search;
        search.search = QStringLiteral("녹차");
        bool switched = false;
        whileNextPageInFlight(*m_model, [&] {
            QCOMPARE(m_model->rowCount(), 100); // the drafts' first page, their second in flight
            m_model->setFilter(search);
            // The drafts stay on screen until the search answers, but their cursor is gone.
            QVERIFY(!m_model->canFetchMore(QModelIndex()));
            switched = true;
        });
        m_model->setFilter(drafts);
        QTRY_VERIFY_WITH_TIMEOUT(switched, 10000);
        QVERIFY(fetchAll(*m_model));
        QVERIFY(m_model->rowCount() > 100);
        for (const Product& product : m_model->rows()) // not one draft without 녹차 slipped in
            QVERIFY2(product.title.contains(QStringLiteral("녹차")), qPrintable(product.title));
        QCOMPARE(m_model->rowCount(), countWhere("title LIKE '%녹차%'"));
    }

    void updateProductReplacesItsRow()
    {
        ProductFilter filter;
        filter.sortField = QStringLiteral("id");
        m_model->setFilter(filter);
        QVERIFY(waitUntilIdle(*m_model));
        Product changed = m_model->rows().at(3);
        changed.title = QStringLiteral("이름을 바꾼 상품");
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->updateProduct(changed);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(m_model->index(3, ProductListModel::TitleColumn).data().toString(), changed.title);
        QCOMPARE(m_model->indexOfProduct(changed.id).row(), 3);
    }

    void unreachableServerReportsOfflineAndClearsRows()
    {
        md::models::ApiClient offline;
        md::models::RetryPolicy noWaiting;
        noWaiting.maxRetries = 0;
        offline.setRetryPolicy(noWaiting);
        offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        ProductListModel model(&offline);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy failed(&model, &ProductListModel::loadFailed);
        model.setFilter(ProductFilter());
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<md::models::ApiError>().offline);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(model.lastError());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    int countWhere(const std::string& condition)
    {
        return std::stoi(m_stack.database().scalar(
            "SELECT count(*) FROM products WHERE seller_id = " + std::to_string(m_sellerA) + " AND " + condition));
    }

    ServerStack m_stack;
    long long m_sellerA = 0;
    md::models::ApiClient m_client;
    std::unique_ptr<ProductListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestProductListModel)
#include "TestProductListModel.moc"
