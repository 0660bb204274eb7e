// The order lifecycle through POST /api/v1/orders/{id}/transitions: placed -> paid -> shipped ->
// delivered with what each step does to stock, cancelling (the reservation is released), every
// refused move (409 invalid_transition with the allowed targets), what shipping and cancelling
// need, If-Match, who may move whose orders, and notes with their visibility.

#include "orders/OrderTestKit.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;
using namespace md::test::orders;

class LifecycleTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(m_product = m_stack.fixtures()
                                   .createProduct(Role::SellerA, {{"title", "겨울 자켓"}, {"price_cents", 30000}})["id"]
                                   .get<long long>());
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, m_product, 1000));
    }

    void fullLifecycleMovesStockAtShipping()
    {
        const std::string before = stock();
        long long id = place(3);
        QCOMPARE(stock(), plus(before, 0, 3));
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);

        // Recording the payment is support's (or an admin's); the seller ships.
        HttpResponse paid = transition(m_stack.fixtures().client(Role::Support), id, "paid");
        QVERIFY2(paid.status == 200, paid.describe().c_str());
        QCOMPARE(paid.json()["status"].get<std::string>(), std::string("paid"));
        QVERIFY(paid.json()["paid_at"].is_string());
        QCOMPARE(paid.json()["version"].get<long long>(), 2LL);
        QCOMPARE(paid.header("ETag"), std::string("\"2\""));
        QCOMPARE(stock(), plus(before, 0, 3)); // paying moves no stock

        HttpResponse noCarrier = transition(seller, id, "shipped");
        QCOMPARE(noCarrier.status, 422);
        QVERIFY(noCarrier.json()["error"]["details"]["fields"].contains("carrier"));
        QVERIFY(noCarrier.json()["error"]["details"]["fields"].contains("tracking_number"));

        HttpResponse shipped =
            transition(seller, id, "shipped", {{"carrier", "CJ대한통운"}, {"tracking_number", "6543-2100-7788"}});
        QVERIFY2(shipped.status == 200, shipped.describe().c_str());
        QCOMPARE(shipped.json()["carrier"].get<std::string>(), std::string("CJ대한통운"));
        QCOMPARE(shipped.json()["tracking_number"].get<std::string>(), std::string("6543-2100-7788"));
        QVERIFY(shipped.json()["shipped_at"].is_string());
        // The goods left: on_hand and reserved both drop; what is available does not change.
        QCOMPARE(stock(), plus(before, -3, 0));

        HttpResponse delivered = transition(m_stack.fixtures().client(Role::Support), id, "delivered");
        QVERIFY2(delivered.status == 200, delivered.describe().c_str());
        QCOMPARE(delivered.json()["status"].get<std::string>(), std::string("delivered"));
        QVERIFY(delivered.json()["delivered_at"].is_string());
        QCOMPARE(stock(), plus(before, -3, 0));

        // The timeline, oldest first, with who did each step.
        HttpResponse read = m_stack.fixtures().client(Role::Admin).get(orderPath(id));
        auto events = read.json()["events"];
        QCOMPARE(events.size(), std::size_t(4));
        const char* expected[][3] = {{"created", "", "placed"},
                                     {"transition", "placed", "paid"},
                                     {"transition", "paid", "shipped"},
                                     {"transition", "shipped", "delivered"}};
        for (std::size_t i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i]["type"].get<std::string>(), std::string(expected[i][0]));
            QCOMPARE(events[i]["to_status"].get<std::string>(), std::string(expected[i][2]));
            if (i > 0) {
                QCOMPARE(events[i]["from_status"].get<std::string>(), std::string(expected[i][1]));
                QVERIFY(events[i]["id"].get<long long>() > events[i - 1]["id"].get<long long>());
            }
        }
        QCOMPARE(events[1]["actor"].get<std::string>(), m_stack.fixtures().member(Role::Support).email);
        QCOMPARE(events[2]["actor"].get<std::string>(), m_stack.fixtures().member(Role::SellerA).email);
        QCOMPARE(events[3]["actor"].get<std::string>(), m_stack.fixtures().member(Role::Support).email);
        QCOMPARE(events[2]["data"]["carrier"].get<std::string>(), std::string("CJ대한통운"));
        QCOMPARE(read.json()["version"].get<long long>(), 4LL);
        QCOMPARE(m_stack.database().scalar(
                     "SELECT string_agg(reason || ':' || delta || ':' || reserved_delta, ',' ORDER BY id) "
                     "FROM inventory_movements WHERE order_id = " +
                     std::to_string(id)),
                 std::string("order_placed:0:3,order_shipped:-3:-3"));
        QCOMPARE(m_stack.database().scalar(
                     "SELECT count(*) FROM audit_log WHERE action = 'order.transition' AND entity_id = '" +
                     std::to_string(id) + "'"),
                 std::string("3"));
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM events WHERE type = 'order.updated' AND "
                                           "(payload->>'id')::bigint = " +
                                           std::to_string(id)),
                 std::string("3"));
    }

    void cancellingReleasesTheReservation_data()
    {
        QTest::addColumn<bool>("payFirst");
        QTest::newRow("placed") << false;
        QTest::newRow("paid") << true;
    }

    void cancellingReleasesTheReservation()
    {
        QFETCH(bool, payFirst);
        const std::string before = stock();
        long long id = place(4);
        HttpClient support = m_stack.fixtures().client(Role::Support);
        if (payFirst) QCOMPARE(transition(support, id, "paid").status, 200);
        HttpResponse tooLong = transition(support, id, "cancelled", {{"reason", std::string(501, 'x')}});
        QCOMPARE(tooLong.status, 422);
        QVERIFY(tooLong.json()["error"]["details"]["fields"].contains("reason"));
        QCOMPARE(stock(), plus(before, 0, 4));

        HttpResponse cancelled = transition(support, id, "cancelled", {{"reason", "고객 요청"}});
        QVERIFY2(cancelled.status == 200, cancelled.describe().c_str());
        QCOMPARE(cancelled.json()["status"].get<std::string>(), std::string("cancelled"));
        QCOMPARE(cancelled.json()["cancel_reason"].get<std::string>(), std::string("고객 요청"));
        QVERIFY(cancelled.json()["cancelled_at"].is_string());
        QCOMPARE(stock(), before);
        QCOMPARE(
            m_stack.database().scalar("SELECT reserved_delta FROM inventory_movements WHERE reason = 'order_cancelled' "
                                      "AND order_id = " +
                                      std::to_string(id)),
            std::string("-4"));
        // Final: nothing moves it any more.
        HttpResponse again = transition(support, id, "paid");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json()["error"]["details"]["allowed"], nlohmann::json::array());
    }

    void refusedMovesNameTheAllowedOnes_data()
    {
        QTest::addColumn<QStringList>("path"); // transitions applied first
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("placed to shipped") << QStringList{} << "shipped" << QStringList{"paid", "cancelled"};
        QTest::newRow("placed to delivered") << QStringList{} << "delivered" << QStringList{"paid", "cancelled"};
        QTest::newRow("paid to paid") << QStringList{"paid"} << "paid" << QStringList{"shipped", "cancelled"};
        QTest::newRow("paid to delivered") << QStringList{"paid"} << "delivered" << QStringList{"shipped", "cancelled"};
        QTest::newRow("shipped to cancelled")
            << QStringList{"paid", "shipped"} << "cancelled" << QStringList{"delivered"};
        QTest::newRow("shipped to paid") << QStringList{"paid", "shipped"} << "paid" << QStringList{"delivered"};
        QTest::newRow("delivered to cancelled")
            << QStringList{"paid", "shipped", "delivered"} << "cancelled" << QStringList{};
    }

    void refusedMovesNameTheAllowedOnes()
    {
        QFETCH(QStringList, path);
        QFETCH(QString, to);
        QFETCH(QStringList, allowed);
        long long id = place(1);
        HttpClient seller = m_stack.fixtures().client(Role::Support); // support may make every move
        const nlohmann::json shipping = {{"carrier", "CJ"}, {"tracking_number", "1"}, {"reason", "test"}};
        QString current = "placed";
        for (const auto& step : path) {
            QCOMPARE(transition(seller, id, step.toStdString(), shipping).status, 200);
            current = step;
        }
        const std::string versionBefore =
            m_stack.database().scalar("SELECT version FROM orders WHERE id = " + std::to_string(id));
        HttpResponse refused = transition(seller, id, to.toStdString(), shipping);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), std::string("invalid_transition"));
        auto details = refused.json()["error"]["details"];
        QCOMPARE(details["from"].get<std::string>(), current.toStdString());
        QCOMPARE(details["to"].get<std::string>(), to.toStdString());
        nlohmann::json expected = nlohmann::json::array();
        for (const auto& name : allowed)
            expected.push_back(name.toStdString());
        QCOMPARE(details["allowed"], expected);
        QCOMPARE(m_stack.database().scalar("SELECT version FROM orders WHERE id = " + std::to_string(id)),
                 versionBefore);
    }

    void refusesTargetsThatAreNotTransitions()
    {
        long long id = place(1);
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        for (const char* target : {"refunded", "placed", "lost"}) {
            HttpResponse response = transition(seller, id, target);
            QCOMPARE(response.status, 422);
            QVERIFY(response.json()["error"]["details"]["fields"].contains("to"));
        }
        QCOMPARE(seller.post(orderPath(id, "/transitions"), nlohmann::json::object()).status, 422);
        QCOMPARE(seller.request("POST", orderPath(id, "/transitions"), "paid", {{"Content-Type", "text/plain"}}).status,
                 415);
    }

    void ifMatchGuardsTransitions()
    {
        long long id = place(1);
        HttpClient seller = m_stack.fixtures().client(Role::Support);
        HttpResponse stale = seller.post(orderPath(id, "/transitions"), {{"to", "paid"}}, {{"If-Match", "\"7\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json()["error"]["details"]["current_version"].get<long long>(), 1LL);
        QCOMPARE(m_stack.database().scalar("SELECT status FROM orders WHERE id = " + std::to_string(id)),
                 std::string("placed"));
        HttpResponse fresh = seller.post(orderPath(id, "/transitions"), {{"to", "paid"}}, {{"If-Match", "\"1\""}});
        QVERIFY2(fresh.status == 200, fresh.describe().c_str());
        QCOMPARE(seller
                     .post(orderPath(id, "/transitions"),
                           {{"to", "shipped"}, {"carrier", "CJ"}, {"tracking_number", "1"}}, {{"If-Match", "three"}})
                     .status,
                 400);
    }

    void whoMayMoveWhichOrder()
    {
        long long id = place(1);
        QCOMPARE(transition(m_stack.fixtures().client(Role::CustomerA), id, "paid").status, 403);
        QCOMPARE(transition(m_stack.fixtures().client(Role::Operator), id, "paid").status, 403);
        QCOMPARE(transition(m_stack.fixtures().anonymousClient(), id, "paid").status, 401);
        QCOMPARE(transition(m_stack.fixtures().client(Role::SellerB), id, "paid").status, 404);
        QCOMPARE(transition(m_stack.fixtures().client(Role::Admin), 999999999, "paid").status, 404);
        // The seller sees the order but may not record its payment (support and admins do).
        HttpResponse sellerPays = transition(m_stack.fixtures().client(Role::SellerA), id, "paid");
        QCOMPARE(sellerPays.status, 403);
        QCOMPARE(sellerPays.errorCode(), std::string("forbidden"));
        QCOMPARE(m_stack.database().scalar("SELECT status FROM orders WHERE id = " + std::to_string(id)),
                 std::string("placed"));
        QCOMPARE(transition(m_stack.fixtures().client(Role::Admin), id, "paid").status, 200);
    }

    void notesAreForTheStaff()
    {
        long long id = place(1);
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse note = seller.post(orderPath(id, "/notes"), {{"body", "포장 시 완충재 추가 요청\n두 번째 줄"}});
        QVERIFY2(note.status == 201, note.describe().c_str());
        QCOMPARE(note.json()["body"].get<std::string>(), std::string("포장 시 완충재 추가 요청\n두 번째 줄"));
        QCOMPARE(note.json()["author"].get<std::string>(), m_stack.fixtures().member(Role::SellerA).email);
        QCOMPARE(note.json()["order_id"].get<long long>(), id);
        QVERIFY(note.json()["created_at"].is_string());
        QCOMPARE(m_stack.fixtures()
                     .client(Role::Support)
                     .post(orderPath(id, "/notes"), {{"body", std::string(5000, 'n')}})
                     .status,
                 201);

        HttpResponse staff = m_stack.fixtures().client(Role::Admin).get(orderPath(id));
        QCOMPARE(staff.json()["notes"].size(), std::size_t(2));
        QCOMPARE(staff.json()["notes"][0]["id"], note.json()["id"]);
        QCOMPARE(staff.json()["events"].back()["type"].get<std::string>(), std::string("note"));
        QCOMPARE(staff.json()["version"].get<long long>(), 3LL);
        HttpResponse customer = m_stack.fixtures().client(Role::CustomerA).get(orderPath(id));
        QVERIFY(customer.json()["notes"].empty());
        const auto customerView = customer.json();
        for (const auto& event : customerView["events"]) {
            QVERIFY(event["type"].get<std::string>() != "note");
            QVERIFY(event["actor"].is_null());
        }

        QCOMPARE(seller.post(orderPath(id, "/notes"), {{"body", ""}}).status, 422);
        QCOMPARE(seller.post(orderPath(id, "/notes"), {{"body", std::string(5001, 'n')}}).status, 422);
        QCOMPARE(seller.post(orderPath(id, "/notes"), nlohmann::json::object()).status, 422);
        QCOMPARE(m_stack.fixtures().client(Role::CustomerA).post(orderPath(id, "/notes"), {{"body", "hi"}}).status,
                 403);
        QCOMPARE(m_stack.fixtures().client(Role::Operator).post(orderPath(id, "/notes"), {{"body", "hi"}}).status, 403);
        QCOMPARE(m_stack.fixtures().client(Role::SellerB).post(orderPath(id, "/notes"), {{"body", "hi"}}).status, 404);
        QCOMPARE(
            m_stack.database().scalar("SELECT count(*) FROM audit_log WHERE action = 'order.note' AND entity_id = '" +
                                      std::to_string(id) + "'"),
            std::string("2"));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    long long place(long long quantity)
    {
        HttpResponse response =
            m_stack.fixtures().client(Role::CustomerA).post("/api/v1/orders", orderBody({{m_product, quantity}}));
        if (response.status != 201) throw TestSetupError(QString::fromStdString("place: " + response.describe()));
        return response.json()["id"].get<long long>();
    }

    std::string stock()
    {
        return m_stack.database().scalar("SELECT on_hand || '/' || reserved FROM inventory WHERE product_id = " +
                                         std::to_string(m_product));
    }

    // "on_hand/reserved" moved by the given amounts.
    static std::string plus(const std::string& level, long long onHand, long long reserved)
    {
        auto slash = level.find('/');
        return std::to_string(std::stoll(level.substr(0, slash)) + onHand) + "/" +
               std::to_string(std::stoll(level.substr(slash + 1)) + reserved);
    }

    ServerStack m_stack;
    long long m_product = 0;
};

QTEST_GUILESS_MAIN(LifecycleTest)
#include "LifecycleTest.moc"
