// POST /api/v1/orders/{id}/refunds: partial and full refunds, the order becoming `refunded` when
// refunds reach the total, never more than the total, refunds before payment refused, the
// reservation released by a full refund before shipping, restock lines (only after shipping, at
// most what was shipped and not restocked yet), Idempotency-Key, and who may refund.

#include "orders/OrderTestKit.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;
using namespace md::test::orders;

class RefundsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(
            m_jacket =
                m_stack.fixtures().createProduct(Role::SellerA, {{"price_cents", 30000}})["id"].get<long long>());
        MD_REQUIRE(m_socks =
                       m_stack.fixtures().createProduct(Role::SellerA, {{"price_cents", 5000}})["id"].get<long long>());
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, m_jacket, 1000));
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, m_socks, 1000));
    }

    void noRefundBeforePayment()
    {
        long long id = place({{m_jacket, 1}});
        HttpResponse response = refund(id, 1000, "early");
        QCOMPARE(response.status, 409);
        QCOMPARE(response.errorCode(), std::string("invalid_transition"));
        QCOMPARE(response.json()["error"]["details"]["from"].get<std::string>(), std::string("placed"));
        QCOMPARE(response.json()["error"]["details"]["to"].get<std::string>(), std::string("refunded"));
        QCOMPARE(count("refunds WHERE order_id = " + std::to_string(id)), 0);
    }

    void partialThenFullRefundBeforeShipping()
    {
        const std::string before = stock(m_jacket);
        long long id = place({{m_jacket, 2}}); // 60000
        QCOMPARE(transition(support(), id, "paid").status, 200);

        HttpResponse partial = refund(id, 10000, "가격 조정");
        QVERIFY2(partial.status == 201, partial.describe().c_str());
        QCOMPARE(partial.json()["status"].get<std::string>(), std::string("paid"));
        QCOMPARE(partial.json()["refunded_cents"].get<long long>(), 10000LL);
        QCOMPARE(partial.json()["refunds"].size(), std::size_t(1));
        QCOMPARE(partial.json()["refunds"][0]["amount_cents"].get<long long>(), 10000LL);
        QCOMPARE(partial.json()["refunds"][0]["reason"].get<std::string>(), std::string("가격 조정"));
        QCOMPARE(partial.json()["refunds"][0]["actor"].get<std::string>(),
                 m_stack.fixtures().member(Role::Support).email);
        QCOMPARE(stock(m_jacket), plus(before, 0, 2)); // money only

        HttpResponse tooMuch = refund(id, 50001, "too much");
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(tooMuch.errorCode(), std::string("refund_exceeds_total"));
        QCOMPARE(tooMuch.json()["error"]["details"]["refundable_cents"].get<long long>(), 50000LL);
        QCOMPARE(tooMuch.json()["error"]["details"]["total_cents"].get<long long>(), 60000LL);

        HttpResponse rest = refund(id, 50000, "주문 취소");
        QVERIFY2(rest.status == 201, rest.describe().c_str());
        QCOMPARE(rest.json()["status"].get<std::string>(), std::string("refunded"));
        QCOMPARE(rest.json()["refunded_cents"].get<long long>(), 60000LL);
        // Refunded in full before shipping: the reservation is released.
        QCOMPARE(stock(m_jacket), before);
        QCOMPARE(
            m_stack.database().scalar("SELECT reserved_delta FROM inventory_movements WHERE reason = 'order_refunded' "
                                      "AND order_id = " +
                                      std::to_string(id)),
            std::string("-2"));
        auto events = rest.json()["events"];
        QCOMPARE(events.back()["type"].get<std::string>(), std::string("refund"));
        QCOMPARE(events.back()["from_status"].get<std::string>(), std::string("paid"));
        QCOMPARE(events.back()["to_status"].get<std::string>(), std::string("refunded"));

        HttpResponse after = refund(id, 1, "more");
        QCOMPARE(after.status, 409);
        QCOMPARE(after.errorCode(), std::string("invalid_transition"));
        QCOMPARE(transition(support(), id, "shipped", {{"carrier", "CJ"}, {"tracking_number", "1"}}).status, 409);
        QCOMPARE(count("audit_log WHERE action = 'order.refund' AND entity_id = '" + std::to_string(id) + "'"), 2);
    }

    void restockAfterShipping()
    {
        const std::string jacketBefore = stock(m_jacket);
        const std::string socksBefore = stock(m_socks);
        long long id = place({{m_jacket, 2}, {m_socks, 3}}); // 60000 + 15000
        QCOMPARE(transition(support(), id, "paid").status, 200);
        HttpResponse early = refund(id, 5000, "return", {{{"product_id", m_socks}, {"quantity", 1}}});
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), std::string("restock_not_shipped"));
        QCOMPARE(transition(support(), id, "shipped", {{"carrier", "한진택배"}, {"tracking_number", "9"}}).status, 200);
        QCOMPARE(stock(m_socks), plus(socksBefore, -3, 0));

        HttpResponse returned = refund(id, 10000, "두 켤레 반품", {{{"product_id", m_socks}, {"quantity", 2}}});
        QVERIFY2(returned.status == 201, returned.describe().c_str());
        QCOMPARE(returned.json()["status"].get<std::string>(), std::string("shipped"));
        QCOMPARE(stock(m_socks), plus(socksBefore, -1, 0));
        QCOMPARE(stock(m_jacket), plus(jacketBefore, -2, 0));
        bool sawSocks = false;
        const auto returnedOrder = returned.json();
        for (const auto& item : returnedOrder["items"])
            if (item["product_id"].get<long long>() == m_socks) {
                sawSocks = true;
                QCOMPARE(item["restocked_quantity"].get<long long>(), 2LL);
            }
        QVERIFY(sawSocks);
        QCOMPARE(returned.json()["refunds"][0]["restock"],
                 nlohmann::json::parse(R"([{"product_id":)" + std::to_string(m_socks) + R"(,"quantity":2}])"));

        // Only one pair is left to restock.
        HttpResponse tooMany = refund(id, 1000, "again", {{{"product_id", m_socks}, {"quantity", 2}}});
        QCOMPARE(tooMany.status, 409);
        QCOMPARE(tooMany.errorCode(), std::string("restock_exceeds_shipped"));
        QCOMPARE(tooMany.json()["error"]["details"]["lines"][0]["restockable"].get<long long>(), 1LL);
        long long stranger = m_stack.fixtures().createProduct(Role::SellerA)["id"].get<long long>();
        HttpResponse notOnOrder = refund(id, 1000, "again", {{{"product_id", stranger}, {"quantity", 1}}});
        QCOMPARE(notOnOrder.status, 422);
        QVERIFY(notOnOrder.json()["error"]["details"]["fields"].contains("restock[0].product_id"));
        QCOMPARE(stock(m_socks), plus(socksBefore, -1, 0));

        // Delivered, then refunded in full: stock moves only by the restock lines.
        QCOMPARE(transition(support(), id, "delivered").status, 200);
        HttpResponse rest = refund(id, 65000, "전액 환불", {{{"product_id", m_jacket}, {"quantity", 1}}});
        QVERIFY2(rest.status == 201, rest.describe().c_str());
        QCOMPARE(rest.json()["status"].get<std::string>(), std::string("refunded"));
        QCOMPARE(rest.json()["refunded_cents"].get<long long>(), 75000LL);
        QCOMPARE(stock(m_jacket), plus(jacketBefore, -1, 0));
        QCOMPARE(stock(m_socks), plus(socksBefore, -1, 0));
        QCOMPARE(m_stack.database().scalar(
                     "SELECT string_agg(reason || ':' || product_id || ':' || delta, ',' ORDER BY id) FROM "
                     "inventory_movements WHERE reason = 'refund_restock' AND order_id = " +
                     std::to_string(id)),
                 "refund_restock:" + std::to_string(m_socks) + ":2,refund_restock:" + std::to_string(m_jacket) + ":1");
    }

    void refusesInvalidRefunds_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero") << R"({"amount_cents":0,"reason":"x"})"
                              << "amount_cents";
        QTest::newRow("negative") << R"({"amount_cents":-5,"reason":"x"})"
                                  << "amount_cents";
        QTest::newRow("fraction") << R"({"amount_cents":1.5,"reason":"x"})"
                                  << "amount_cents";
        QTest::newRow("no reason") << R"({"amount_cents":100})"
                                   << "reason";
        QTest::newRow("restock not array") << R"({"amount_cents":100,"reason":"x","restock":5})"
                                           << "restock";
        QTest::newRow("restock quantity 0")
            << R"({"amount_cents":100,"reason":"x","restock":[{"product_id":1,"quantity":0}]})"
            << "restock[0].quantity";
        QTest::newRow("restock repeated")
            << R"({"amount_cents":100,"reason":"x","restock":[{"product_id":1,"quantity":1},{"product_id":1,"quantity":1}]})"
            << "restock[1].product_id";
    }

    void refusesInvalidRefunds()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        long long id = place({{m_socks, 1}});
        QCOMPARE(transition(support(), id, "paid").status, 200);
        HttpResponse response = support().request("POST", orderPath(id, "/refunds"), body.toStdString(),
                                                  {{"Content-Type", "application/json"}});
        QCOMPARE(response.status, 422);
        QVERIFY2(response.json()["error"]["details"]["fields"].contains(field.toStdString()),
                 response.describe().c_str());
    }

    void whoMayRefund()
    {
        long long id = place({{m_socks, 2}});
        QCOMPARE(transition(support(), id, "paid").status, 200);
        const nlohmann::json body = {{"amount_cents", 100}, {"reason", "x"}};
        QCOMPARE(m_stack.fixtures().client(Role::CustomerA).post(orderPath(id, "/refunds"), body).status, 403);
        QCOMPARE(m_stack.fixtures().client(Role::Operator).post(orderPath(id, "/refunds"), body).status, 403);
        QCOMPARE(m_stack.fixtures().client(Role::SellerB).post(orderPath(id, "/refunds"), body).status, 404);
        QCOMPARE(m_stack.fixtures().client(Role::Admin).post(orderPath(999999999, "/refunds"), body).status, 404);
        QCOMPARE(m_stack.fixtures().client(Role::SellerA).post(orderPath(id, "/refunds"), body).status, 201);
        QCOMPARE(m_stack.fixtures().client(Role::Admin).post(orderPath(id, "/refunds"), body).status, 201);
    }

    void idempotentRefunds()
    {
        long long id = place({{m_socks, 2}}); // 10000
        QCOMPARE(transition(support(), id, "paid").status, 200);
        HttpClient staff = support();
        const nlohmann::json body = {{"amount_cents", 4000}, {"reason", "쿠폰 누락"}};
        HttpResponse first = staff.post(orderPath(id, "/refunds"), body, {{"Idempotency-Key", "refund-1"}});
        QVERIFY2(first.status == 201, first.describe().c_str());
        HttpResponse repeat = staff.post(orderPath(id, "/refunds"), body, {{"Idempotency-Key", "refund-1"}});
        QCOMPARE(repeat.status, 201);
        QCOMPARE(repeat.body, first.body);
        QCOMPARE(repeat.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(m_stack.database().scalar("SELECT refunded_cents FROM orders WHERE id = " + std::to_string(id)),
                 std::string("4000"));
        HttpResponse reused = staff.post(orderPath(id, "/refunds"), {{"amount_cents", 4001}, {"reason", "x"}},
                                         {{"Idempotency-Key", "refund-1"}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), std::string("idempotency_key_reused"));
        // The same key on another order is another request.
        long long other = place({{m_socks, 1}});
        QCOMPARE(transition(support(), other, "paid").status, 200);
        QCOMPARE(staff.post(orderPath(other, "/refunds"), body, {{"Idempotency-Key", "refund-1"}}).status, 422);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    HttpClient support() { return m_stack.fixtures().client(Role::Support); }

    long long place(const std::vector<std::pair<long long, long long>>& lines)
    {
        HttpResponse response = m_stack.fixtures().client(Role::CustomerA).post("/api/v1/orders", orderBody(lines));
        if (response.status != 201) throw TestSetupError(QString::fromStdString("place: " + response.describe()));
        return response.json()["id"].get<long long>();
    }

    HttpResponse refund(long long id, long long amount, const std::string& reason,
                        const nlohmann::json& restock = nullptr)
    {
        nlohmann::json body = {{"amount_cents", amount}, {"reason", reason}};
        if (!restock.is_null()) body["restock"] = restock;
        return support().post(orderPath(id, "/refunds"), body);
    }

    int count(const std::string& fromWhere)
    {
        return std::stoi(m_stack.database().scalar("SELECT count(*) FROM " + fromWhere));
    }

    std::string stock(long long productId)
    {
        return m_stack.database().scalar("SELECT on_hand || '/' || reserved FROM inventory WHERE product_id = " +
                                         std::to_string(productId));
    }

    static std::string plus(const std::string& level, long long onHand, long long reserved)
    {
        auto slash = level.find('/');
        return std::to_string(std::stoll(level.substr(0, slash)) + onHand) + "/" +
               std::to_string(std::stoll(level.substr(slash + 1)) + reserved);
    }

    ServerStack m_stack;
    long long m_jacket = 0;
    long long m_socks = 0;
};

QTEST_GUILESS_MAIN(RefundsTest)
#include "RefundsTest.moc"
