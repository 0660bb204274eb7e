// OrderListModel and OrderService against the real server: paging, the status multi-filter,
// search, server-side sort, a filter change while a page is in flight, and the order actions
// (transitions, refunds with an Idempotency-Key, notes) as the detail pane uses them.

#include "ConsoleTestSupport.h"

#include "models/orders/OrderListModel.h"
#include "models/orders/OrderService.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace md::test;
using md::models::Order;
using md::models::OrderDetail;
using md::models::OrderFilter;
using md::models::OrderListModel;
using md::models::OrderStatus;

namespace {

constexpr int OrderCount = 40;

} // namespace

class TestOrderListModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());

        nlohmann::json tea, jacket;
        MD_REQUIRE(
            tea = m_stack.fixtures().createProduct(Role::SellerA, {{"title", "제주 녹차"}, {"price_cents", 15000}}));
        MD_REQUIRE(jacket = m_stack.fixtures().createProduct(Role::SellerA,
                                                             {{"title", "겨울 자켓"}, {"price_cents", 129000}}));
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, tea["id"].get<long long>(), 10000));
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, jacket["id"].get<long long>(), 10000));

        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        for (int i = 0; i < OrderCount; ++i) {
            nlohmann::json items = nlohmann::json::array({{{"product_id", tea["id"]}, {"quantity", 1 + i % 3}}});
            if (i % 4 == 0) items.push_back({{"product_id", jacket["id"]}, {"quantity", 1}});
            HttpResponse placed = customer.post("/api/v1/orders", {{"items", items},
                                                                   {"shipping_address",
                                                                    {{"name", "홍길동"},
                                                                     {"phone", "010-1234-5678"},
                                                                     {"postal_code", "06236"},
                                                                     {"city", "서울특별시 강남구"},
                                                                     {"line1", "테헤란로 123"}}}});
            QVERIFY2(placed.status == 201, placed.describe().c_str());
            m_orderIds.append(placed.json()["id"].get<long long>());
            m_numbers.append(QString::fromStdString(placed.json()["number"].get<std::string>()));
        }
        // Some history: support takes payments and cancels a few.
        HttpClient support = m_stack.fixtures().client(Role::Support);
        for (int i = 0; i < 12; ++i) {
            HttpResponse paid =
                support.post("/api/v1/orders/" + std::to_string(m_orderIds[i]) + "/transitions", {{"to", "paid"}});
            QVERIFY2(paid.status == 200, paid.describe().c_str());
        }
        for (int i = 12; i < 17; ++i) {
            HttpResponse cancelled = support.post("/api/v1/orders/" + std::to_string(m_orderIds[i]) + "/transitions",
                                                  {{"to", "cancelled"}, {"reason", "고객 요청"}});
            QVERIFY2(cancelled.status == 200, cancelled.describe().c_str());
        }
        QVERIFY(
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(Role::Support).email, Fixtures::password()));
    }

    void init()
    {
        m_model = std::make_unique<OrderListModel>(&m_client);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void pagesNewestFirst()
    {
        m_model->fetcher()->setPageSize(7);
        OrderFilter filter;
        filter.sortField = QStringLiteral("created_at");
        m_model->setFilter(filter);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), OrderCount);
        QSet<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Order& order = m_model->rows().at(row);
            ids.insert(order.id);
            if (row > 0) QVERIFY(m_model->rows().at(row - 1).createdAt >= order.createdAt);
        }
        QCOMPARE(ids.size(), OrderCount);
        const QModelIndex total = m_model->index(0, OrderListModel::TotalColumn);
        QCOMPARE(total.data(OrderListModel::CurrencyRole).toString(), QStringLiteral("KRW"));
        QVERIFY(total.data().toLongLong() > 0);
    }

    void filtersBySeveralStatuses()
    {
        OrderFilter filter;
        filter.statuses = {OrderStatus::Paid, OrderStatus::Cancelled};
        m_model->setFilter(filter);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), 17);
        for (const Order& order : m_model->rows())
            QVERIFY(order.status == OrderStatus::Paid || order.status == OrderStatus::Cancelled);
    }

    void searchesByNumberAndCustomer()
    {
        OrderFilter filter;
        filter.search = m_numbers.at(5);
        m_model->setFilter(filter);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, OrderListModel::NumberColumn).data().toString(), m_numbers.at(5));

        filter.search = QString::fromStdString(m_stack.fixtures().member(Role::CustomerA).email);
        m_model->setFilter(filter);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), OrderCount);
    }

    void sortsByTotalOnTheServer()
    {
        m_model->fetcher()->setPageSize(9);
        m_model->sort(OrderListModel::TotalColumn, Qt::AscendingOrder);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), OrderCount);
        for (int row = 1; row < m_model->rowCount(); ++row)
            QVERIFY(m_model->rows().at(row - 1).totalCents <= m_model->rows().at(row).totalCents);
        QVERIFY(m_model->sortFieldFor(OrderListModel::CustomerColumn).isEmpty());
    }

    void filterChangeWhilePageInFlightLeavesNoStaleRows()
    {
        m_model->fetcher()->setPageSize(5);
        OrderFilter cancelled;
        cancelled.statuses = {OrderStatus::Cancelled};
        bool switched = false;
        whileNextPageInFlight(*m_model, [&] {
            m_model->setFilter(cancelled);
            switched = true;
        });
        m_model->setFilter(OrderFilter());
        QTRY_VERIFY_WITH_TIMEOUT(switched, 10000);
        QVERIFY(fetchAll(*m_model));
        QCOMPARE(m_model->rowCount(), 5);
        for (const Order& order : m_model->rows())
            QCOMPARE(order.status, OrderStatus::Cancelled);
    }

    void sellersSeeOnlyTheirOwnOrders()
    {
        md::models::ApiClient sellerB;
        QVERIFY(
            signIn(sellerB, m_stack.server(), m_stack.fixtures().member(Role::SellerB).email, Fixtures::password()));
        OrderListModel model(&sellerB);
        model.setFilter(OrderFilter());
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 0);
    }

    void detailAndActionsGoThroughTheServer()
    {
        md::models::OrderService service(&m_client);
        const qint64 orderId = m_orderIds.last(); // still placed
        auto run = [](auto start) {
            std::optional<md::models::ApiOutcome<OrderDetail>> outcome;
            QObject context;
            start(&context, [&outcome](md::models::ApiOutcome<OrderDetail> result) { outcome = std::move(result); });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000)) qWarning("no answer within 15 s");
            return outcome;
        };

        auto detail = run([&](QObject* context, auto done) { service.fetch(orderId, context, done); });
        QVERIFY(detail && detail->ok());
        QCOMPARE(detail->value->order.status, OrderStatus::Placed);
        QVERIFY(!detail->value->lines.isEmpty());
        QCOMPARE(md::models::formatShippingAddress(detail->value->order.shippingAddress),
                 (QStringList{QStringLiteral("홍길동 · 010-1234-5678"),
                              QStringLiteral("(06236) 서울특별시 강남구 테헤란로 123")}));
        QVERIFY(!detail->value->timeline.isEmpty());

        auto wrong = run([&](QObject* context, auto done) {
            service.transition(orderId, OrderStatus::Delivered, QString(), std::nullopt, context, done);
        });
        QVERIFY(wrong && !wrong->ok());
        QCOMPARE(wrong->error->httpStatus, 409);
        QCOMPARE(wrong->error->code, QStringLiteral("invalid_transition"));

        auto paid = run([&](QObject* context, auto done) {
            service.transition(orderId, OrderStatus::Paid, QString(), std::nullopt, context, done);
        });
        QVERIFY(paid && paid->ok());
        QCOMPARE(paid->value->order.status, OrderStatus::Paid);

        const qint64 refundAmount = 1000;
        const QByteArray key = "console-test-refund-1";
        for (int attempt = 0; attempt < 2; ++attempt) { // a retried refund with the same key pays once
            auto refunded = run([&](QObject* context, auto done) {
                service.refund(orderId, refundAmount, QStringLiteral("배송 지연 보상"), key, context, done);
            });
            QVERIFY(refunded && refunded->ok());
            QCOMPARE(refunded->value->order.refundedCents, refundAmount);
            QCOMPARE(refunded->value->refunds.size(), 1);
        }

        auto noted = run([&](QObject* context, auto done) {
            service.addNote(orderId, QStringLiteral("포장을 꼼꼼히 부탁드립니다"), context, done);
        });
        QVERIFY(noted);
        QVERIFY2(noted->ok(), qPrintable(noted->error->displayText()));
        QCOMPARE(noted->value->notes.last().body, QStringLiteral("포장을 꼼꼼히 부탁드립니다"));
        QCOMPARE(noted->value->notes.last().author,
                 QString::fromStdString(m_stack.fixtures().member(Role::Support).email));

        // The list row follows the detail without a reload.
        m_model->setFilter(OrderFilter());
        QVERIFY(waitUntilIdle(*m_model));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->updateOrder(noted->value->order);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->index(m_model->indexOfOrder(orderId).row(), OrderListModel::StatusColumn)
                     .data(OrderListModel::StatusCodeRole)
                     .toString(),
                 QStringLiteral("paid"));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
    QList<qint64> m_orderIds;
    QStringList m_numbers;
    md::models::ApiClient m_client;
    std::unique_ptr<OrderListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestOrderListModel)
#include "TestOrderListModel.moc"
