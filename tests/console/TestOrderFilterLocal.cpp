// OrderFilter's local decisions for orders arriving live: whether a new order can be placed into
// the list without asking the server, and whether it belongs there.

#include "models/orders/OrderFilter.h"

#include <QtTest>

using md::models::Order;
using md::models::OrderFilter;
using md::models::OrderStatus;

class TestOrderFilterLocal : public QObject {
    Q_OBJECT
private slots:
    void placesNewOrdersOnlyWhenNewestFirstWithoutSearch()
    {
        OrderFilter filter;
        QVERIFY(filter.placesNewOrdersLocally());
        filter.sortField = QStringLiteral("created_at");
        QVERIFY(filter.placesNewOrdersLocally());
        filter.search = QStringLiteral("  ");
        QVERIFY(filter.placesNewOrdersLocally()); // blank search is no search
        filter.search = QStringLiteral("이어폰");
        QVERIFY(!filter.placesNewOrdersLocally());
        filter.search.clear();
        filter.descending = false;
        QVERIFY(!filter.placesNewOrdersLocally());
        filter.descending = true;
        filter.sortField = QStringLiteral("total_cents");
        QVERIFY(!filter.placesNewOrdersLocally());
    }

    void matchesByStatusSellerAndDay_data()
    {
        QTest::addColumn<QList<OrderStatus>>("statuses");
        QTest::addColumn<int>("fromDaysAgo"); // -1: none
        QTest::addColumn<int>("toDaysAgo");
        QTest::addColumn<qint64>("sellerId"); // 0: none
        QTest::addColumn<bool>("matches");
        QTest::newRow("no filter") << QList<OrderStatus>{} << -1 << -1 << qint64(0) << true;
        QTest::newRow("placed wanted") << QList<OrderStatus>{OrderStatus::Placed, OrderStatus::Paid} << -1 << -1
                                       << qint64(0) << true;
        QTest::newRow("only shipped") << QList<OrderStatus>{OrderStatus::Shipped} << -1 << -1 << qint64(0) << false;
        QTest::newRow("from today") << QList<OrderStatus>{} << 0 << -1 << qint64(0) << true;
        QTest::newRow("until yesterday") << QList<OrderStatus>{} << 7 << 1 << qint64(0) << false;
        QTest::newRow("same seller") << QList<OrderStatus>{} << -1 << -1 << qint64(3) << true;
        QTest::newRow("other seller") << QList<OrderStatus>{} << -1 << -1 << qint64(4) << false;
    }
    void matchesByStatusSellerAndDay()
    {
        QFETCH(QList<OrderStatus>, statuses);
        QFETCH(int, fromDaysAgo);
        QFETCH(int, toDaysAgo);
        QFETCH(qint64, sellerId);
        QFETCH(bool, matches);
        OrderFilter filter;
        filter.statuses = statuses;
        const QDate today = QDate::currentDate();
        if (fromDaysAgo >= 0) filter.createdFrom = today.addDays(-fromDaysAgo);
        if (toDaysAgo >= 0) filter.createdTo = today.addDays(-toDaysAgo);
        if (sellerId) filter.sellerId = sellerId;
        Order order;
        order.sellerId = 3;
        order.status = OrderStatus::Placed;
        order.createdAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(filter.matches(order), matches);
    }
};

QTEST_GUILESS_MAIN(TestOrderFilterLocal)
#include "TestOrderFilterLocal.moc"
