// POST /api/v1/orders: a placed order (prices frozen, totals, number, stock reserved, timeline,
// audit, event, metric), every refusal (validation, unavailable products, mixed sellers, stock for
// all lines or none, roles), placing on someone's behalf, Idempotency-Key, and who may read an order.

#include "orders/OrderTestKit.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <QRegularExpression>

#include <memory>

using namespace md::test;
using namespace md::test::orders;

class PlacementTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_stack.start()); }

    void placesAnOrder()
    {
        long long jacket = product(Role::SellerA, {{"title", "겨울 자켓"}, {"price_cents", 39000}}, 10);
        long long shirt = product(Role::SellerA, {{"title", "Oxford shirt"}, {"price_cents", 15000}}, 10);
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        const double placedBefore = metricValue(customer, "orders_placed_total");

        // The jacket twice: repeated products are merged into one line.
        nlohmann::json body = orderBody({{jacket, 1}, {shirt, 1}, {jacket, 1}});
        HttpResponse response = customer.post("/api/v1/orders", body);
        QVERIFY2(response.status == 201, response.describe().c_str());
        const auto order = response.json();
        const long long id = order["id"].get<long long>();
        QCOMPARE(response.header("Location"), orderPath(id));
        QCOMPARE(response.header("ETag"), std::string("\"1\""));
        QVERIFY(QRegularExpression("^MD-\\d{8}-\\d{7,}$").match(QString::fromStdString(order["number"])).hasMatch());
        QCOMPARE(order["status"].get<std::string>(), std::string("placed"));
        QCOMPARE(order["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        QCOMPARE(order["customer_user_id"].get<long long>(), m_stack.fixtures().member(Role::CustomerA).userId);
        QCOMPARE(order["customer_email"].get<std::string>(), m_stack.fixtures().member(Role::CustomerA).email);
        QCOMPARE(order["currency"].get<std::string>(), std::string("KRW"));
        QCOMPARE(order["subtotal_cents"].get<long long>(), 2 * 39000LL + 15000LL);
        QCOMPARE(order["total_cents"].get<long long>(), 2 * 39000LL + 15000LL);
        QCOMPARE(order["refunded_cents"].get<long long>(), 0LL);
        QCOMPARE(order["item_count"].get<long long>(), 3LL);
        QCOMPARE(order["version"].get<long long>(), 1LL);
        QCOMPARE(order["shipping_address"]["line1"].get<std::string>(), std::string("서울특별시 강남구 테헤란로 152"));
        QCOMPARE(order["shipping_address"]["name"].get<std::string>(), std::string("김민수"));
        QCOMPARE(order["items"].size(), std::size_t(2));
        QCOMPARE(order["items"][0]["product_id"].get<long long>(), jacket);
        QCOMPARE(order["items"][0]["quantity"].get<long long>(), 2LL);
        QCOMPARE(order["items"][0]["unit_price_cents"].get<long long>(), 39000LL);
        QCOMPARE(order["items"][0]["line_total_cents"].get<long long>(), 78000LL);
        QCOMPARE(order["items"][0]["title"].get<std::string>(), std::string("겨울 자켓"));
        QCOMPARE(order["events"].size(), std::size_t(1));
        QCOMPARE(order["events"][0]["type"].get<std::string>(), std::string("created"));
        QCOMPARE(order["events"][0]["to_status"].get<std::string>(), std::string("placed"));
        QVERIFY(order["notes"].empty());
        QVERIFY(order["refunds"].empty());

        // Stock: reserved, on_hand untouched, one movement per product naming the order.
        QCOMPARE(stock(jacket), std::string("10/2"));
        QCOMPARE(stock(shirt), std::string("10/1"));
        QCOMPARE(m_stack.database().scalar(
                     "SELECT string_agg(product_id || ':' || reserved_delta || ':' || delta || ':' || reason, ',' "
                     "ORDER BY product_id) FROM inventory_movements WHERE order_id = " +
                     std::to_string(id)),
                 std::to_string(jacket) + ":2:0:order_placed," + std::to_string(shirt) + ":1:0:order_placed");
        QCOMPARE(m_stack.database().scalar(
                     "SELECT count(*) FROM audit_log WHERE action = 'order.create' AND entity_id = '" +
                     std::to_string(id) +
                     "' AND actor_user_id = " + std::to_string(m_stack.fixtures().member(Role::CustomerA).userId)),
                 std::string("1"));
        QCOMPARE(m_stack.database().scalar(
                     "SELECT (payload->>'number') = '" + order["number"].get<std::string>() +
                     "' AND seller_id = " + std::to_string(m_stack.fixtures().sellerAId()) +
                     " FROM events WHERE type = 'order.created' AND (payload->>'id')::bigint = " + std::to_string(id)),
                 std::string("t"));
        QCOMPARE(metricValue(customer, "orders_placed_total"), placedBefore + 1);

        // Prices are frozen: a later price change does not touch the order.
        HttpResponse repriced = m_stack.fixtures()
                                    .client(Role::SellerA)
                                    .patch("/api/v1/products/" + std::to_string(jacket), {{"price_cents", 99000}});
        QVERIFY2(repriced.status == 200, repriced.describe().c_str());
        HttpResponse again = customer.get(orderPath(id));
        QCOMPARE(again.json()["items"][0]["unit_price_cents"].get<long long>(), 39000LL);
        QCOMPARE(again.json()["total_cents"].get<long long>(), 93000LL);
    }

    void responseIsTheOrderAsReadBack()
    {
        long long mug = product(Role::SellerB, {{"title", "머그컵"}}, 5);
        for (Role role : {Role::CustomerB, Role::Admin}) {
            HttpClient client = m_stack.fixtures().client(role);
            HttpResponse placed = client.post("/api/v1/orders", orderBody({{mug, 1}}));
            QVERIFY2(placed.status == 201, placed.describe().c_str());
            HttpResponse read = client.get(placed.header("Location"));
            QVERIFY2(read.status == 200, read.describe().c_str());
            QCOMPARE(read.json(), placed.json());
            QCOMPARE(read.header("ETag"), placed.header("ETag"));
        }
        // Staff see who did what; the customer's own view leaves the staff out.
        HttpResponse staffView = m_stack.fixtures()
                                     .client(Role::Support)
                                     .get(orderPath(m_stack.fixtures()
                                                        .client(Role::CustomerB)
                                                        .post("/api/v1/orders", orderBody({{mug, 1}}))
                                                        .json()["id"]));
        QCOMPARE(staffView.json()["events"][0]["actor"].get<std::string>(),
                 m_stack.fixtures().member(Role::CustomerB).email);
    }

    void refusesInvalidBodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        const std::string address = shippingAddress().dump();
        auto with = [&](const std::string& items) {
            return QString::fromStdString(R"({"items":)" + items + R"(,"shipping_address":)" + address + "}");
        };
        QTest::newRow("empty items") << with("[]") << "items";
        QTest::newRow("items not an array") << with("{}") << "items";
        QTest::newRow("quantity 0") << with(R"([{"product_id":1,"quantity":0}])") << "items[0].quantity";
        QTest::newRow("quantity 1001") << with(R"([{"product_id":1,"quantity":1001}])") << "items[0].quantity";
        QTest::newRow("quantity text") << with(R"([{"product_id":1,"quantity":"2"}])") << "items[0].quantity";
        QTest::newRow("no product") << with(R"([{"quantity":1}])") << "items[0].product_id";
        QTest::newRow("no address") << R"({"items":[{"product_id":1,"quantity":1}]})"
                                    << "shipping_address";
        QTest::newRow("empty name")
            << R"({"items":[{"product_id":1,"quantity":1}],"shipping_address":{"name":" ","phone":"010","line1":"a","city":"b","postal_code":"1"}})"
            << "shipping_address.name";
        QTest::newRow("no postal code")
            << R"({"items":[{"product_id":1,"quantity":1}],"shipping_address":{"name":"a","phone":"010","line1":"a","city":"b"}})"
            << "shipping_address.postal_code";
        QTest::newRow("unknown field")
            << with(R"([{"product_id":1,"quantity":1}])").replace("{\"items\"", "{\"gift\":true,\"items\"") << "gift";
    }

    void refusesInvalidBodies()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        HttpResponse response =
            customer.request("POST", "/api/v1/orders", body.toStdString(), {{"Content-Type", "application/json"}});
        QCOMPARE(response.status, 422);
        QCOMPARE(response.errorCode(), std::string("validation_failed"));
        QVERIFY2(response.json()["error"]["details"]["fields"].contains(field.toStdString()),
                 response.describe().c_str());
    }

    void refusesMalformedRequests()
    {
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        QCOMPARE(customer.request("POST", "/api/v1/orders", "[]", {{"Content-Type", "application/json"}}).status, 400);
        QCOMPARE(
            customer.request("POST", "/api/v1/orders", "{\"items\":", {{"Content-Type", "application/json"}}).status,
            400);
        QCOMPARE(customer.request("POST", "/api/v1/orders", "items=1", {{"Content-Type", "text/plain"}}).status, 415);
    }

    void refusesUnavailableProducts()
    {
        long long active = product(Role::SellerA, {}, 10);
        long long draft = product(Role::SellerA, {{"status", "draft"}}, 10);
        long long archived = product(Role::SellerA, {}, 10);
        QCOMPARE(m_stack.fixtures().client(Role::SellerA).del("/api/v1/products/" + std::to_string(archived)).status /
                     100,
                 2);
        HttpResponse response =
            m_stack.fixtures()
                .client(Role::CustomerA)
                .post("/api/v1/orders", orderBody({{active, 1}, {draft, 1}, {archived, 1}, {987654321, 1}}));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.errorCode(), std::string("product_unavailable"));
        QCOMPARE(response.json()["error"]["details"]["product_ids"], nlohmann::json({draft, archived, 987654321LL}));
        QCOMPARE(stock(active), std::string("10/0"));
    }

    void refusesMixedSellers()
    {
        long long fromA = product(Role::SellerA, {}, 10);
        long long fromB = product(Role::SellerB, {}, 10);
        HttpResponse response =
            m_stack.fixtures().client(Role::CustomerA).post("/api/v1/orders", orderBody({{fromA, 1}, {fromB, 1}}));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.errorCode(), std::string("mixed_sellers"));
        QCOMPARE(stock(fromA), std::string("10/0"));
        QCOMPARE(stock(fromB), std::string("10/0"));
    }

    void reservesAllLinesOrNone()
    {
        long long plenty = product(Role::SellerA, {}, 10);
        long long scarce = product(Role::SellerA, {}, 2);
        long long none = product(Role::SellerA, {}, 0);
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        const std::string ordersBefore = m_stack.database().scalar("SELECT count(*) FROM orders");
        HttpResponse response = customer.post("/api/v1/orders", orderBody({{plenty, 5}, {scarce, 3}, {none, 1}}));
        QCOMPARE(response.status, 409);
        QCOMPARE(response.errorCode(), std::string("insufficient_stock"));
        auto lines = response.json()["error"]["details"]["lines"];
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines[0]["product_id"].get<long long>(), scarce);
        QCOMPARE(lines[0]["requested"].get<long long>(), 3LL);
        QCOMPARE(lines[0]["available"].get<long long>(), 2LL);
        QCOMPARE(lines[1]["product_id"].get<long long>(), none);
        QCOMPARE(lines[1]["available"].get<long long>(), 0LL);
        // Nothing was reserved, not even on the line that had enough.
        QCOMPARE(stock(plenty), std::string("10/0"));
        QCOMPARE(stock(scarce), std::string("2/0"));
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM orders"), ordersBefore);
        // Exactly what is there can be ordered.
        HttpResponse exact = customer.post("/api/v1/orders", orderBody({{plenty, 10}, {scarce, 2}}));
        QVERIFY2(exact.status == 201, exact.describe().c_str());
        QCOMPARE(stock(scarce), std::string("2/2"));
        QCOMPARE(customer.post("/api/v1/orders", orderBody({{scarce, 1}})).status, 409);
    }

    void onlyCustomersAndAdminsPlaceOrders()
    {
        long long item = product(Role::SellerA, {}, 10);
        for (Role role : {Role::SellerA, Role::SellerB, Role::Support, Role::Operator})
            QCOMPARE(m_stack.fixtures().client(role).post("/api/v1/orders", orderBody({{item, 1}})).status, 403);
        QCOMPARE(m_stack.fixtures().anonymousClient().post("/api/v1/orders", orderBody({{item, 1}})).status, 401);

        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse own = admin.post("/api/v1/orders", orderBody({{item, 1}}));
        QVERIFY2(own.status == 201, own.describe().c_str());
        QCOMPARE(own.json()["customer_user_id"].get<long long>(), m_stack.fixtures().member(Role::Admin).userId);

        // On a customer's behalf: the order is theirs.
        nlohmann::json body = orderBody({{item, 1}});
        body["customer_user_id"] = m_stack.fixtures().member(Role::CustomerB).userId;
        HttpResponse forCustomer = admin.post("/api/v1/orders", body);
        QVERIFY2(forCustomer.status == 201, forCustomer.describe().c_str());
        QCOMPARE(forCustomer.json()["customer_email"].get<std::string>(),
                 m_stack.fixtures().member(Role::CustomerB).email);
        QCOMPARE(m_stack.fixtures().client(Role::CustomerB).get(forCustomer.header("Location")).status, 200);
        QCOMPARE(m_stack.database().scalar(
                     "SELECT actor_user_id FROM audit_log WHERE action = 'order.create' AND entity_id = '" +
                     std::to_string(forCustomer.json()["id"].get<long long>()) + "'"),
                 std::to_string(m_stack.fixtures().member(Role::Admin).userId));

        // For someone without an account: only the e-mail address.
        nlohmann::json guest = orderBody({{item, 1}});
        guest["customer_email"] = "guest@example.kr";
        HttpResponse forGuest = admin.post("/api/v1/orders", guest);
        QVERIFY2(forGuest.status == 201, forGuest.describe().c_str());
        QVERIFY(forGuest.json()["customer_user_id"].is_null());

        nlohmann::json unknown = orderBody({{item, 1}});
        unknown["customer_user_id"] = m_stack.fixtures().member(Role::SellerA).userId; // not a customer
        QCOMPARE(admin.post("/api/v1/orders", unknown).status, 422);
        QCOMPARE(m_stack.fixtures().client(Role::CustomerA).post("/api/v1/orders", body).status, 403);
    }

    void idempotencyKeyReplaysTheFirstAnswer()
    {
        long long item = product(Role::SellerA, {}, 10);
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        nlohmann::json body = orderBody({{item, 2}});
        HttpResponse first = customer.post("/api/v1/orders", body, {{"Idempotency-Key", "checkout-7f3a"}});
        QVERIFY2(first.status == 201, first.describe().c_str());
        QVERIFY(!first.hasHeader("Idempotent-Replayed"));
        // The same request again, keys in another order: the same answer, nothing new.
        HttpResponse repeat =
            customer.request("POST", "/api/v1/orders", nlohmann::json::parse(body.dump()).dump(2),
                             {{"Content-Type", "application/json"}, {"Idempotency-Key", "checkout-7f3a"}});
        QCOMPARE(repeat.status, 201);
        QCOMPARE(repeat.body, first.body);
        QCOMPARE(repeat.header("Location"), first.header("Location"));
        QCOMPARE(repeat.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(stock(item), std::string("10/2"));
        QCOMPARE(
            m_stack.database().scalar("SELECT count(*) FROM order_items WHERE product_id = " + std::to_string(item)),
            std::string("1"));

        HttpResponse reused =
            customer.post("/api/v1/orders", orderBody({{item, 3}}), {{"Idempotency-Key", "checkout-7f3a"}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), std::string("idempotency_key_reused"));
        QCOMPARE(stock(item), std::string("10/2"));

        // Keys belong to their user: another customer's identical key is another order.
        HttpResponse otherUser = m_stack.fixtures()
                                     .client(Role::CustomerB)
                                     .post("/api/v1/orders", body, {{"Idempotency-Key", "checkout-7f3a"}});
        QCOMPARE(otherUser.status, 201);
        QVERIFY(otherUser.json()["id"] != first.json()["id"]);

        QCOMPARE(customer.post("/api/v1/orders", body, {{"Idempotency-Key", std::string(256, 'k')}}).status, 400);
    }

    void aFailedRequestIsNotRemembered()
    {
        long long item = product(Role::SellerA, {}, 1);
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        nlohmann::json body = orderBody({{item, 3}});
        QCOMPARE(customer.post("/api/v1/orders", body, {{"Idempotency-Key", "retry-after-restock"}}).status, 409);
        m_stack.fixtures().setStock(Role::SellerA, item, 5);
        HttpResponse retried = customer.post("/api/v1/orders", body, {{"Idempotency-Key", "retry-after-restock"}});
        QVERIFY2(retried.status == 201, retried.describe().c_str());
        QVERIFY(!retried.hasHeader("Idempotent-Replayed"));
    }

    void ordersAreVisibleOnlyToThoseConcerned()
    {
        long long item = product(Role::SellerA, {}, 5);
        HttpResponse placed = m_stack.fixtures().client(Role::CustomerA).post("/api/v1/orders", orderBody({{item, 1}}));
        QVERIFY2(placed.status == 201, placed.describe().c_str());
        const std::string target = placed.header("Location");
        for (Role role : {Role::CustomerA, Role::SellerA, Role::Support, Role::Operator, Role::Admin})
            QVERIFY2(m_stack.fixtures().client(role).get(target).status == 200, Fixtures::roleTag(role).c_str());
        for (Role role : {Role::CustomerB, Role::SellerB})
            QCOMPARE(m_stack.fixtures().client(role).get(target).status, 404);
        QCOMPARE(m_stack.fixtures().anonymousClient().get(target).status, 401);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin.get("/api/v1/orders/999999999").status, 404);
        QCOMPARE(admin.get("/api/v1/orders/abc").status, 404);
        QCOMPARE(admin.get("/api/v1/orders/-1").status, 404);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    long long product(Role owner, nlohmann::json fields, long long onHand)
    {
        long long id = m_stack.fixtures().createProduct(owner, fields)["id"].get<long long>();
        if (onHand > 0) m_stack.fixtures().setStock(owner, id, onHand);
        return id;
    }

    std::string stock(long long productId)
    {
        return m_stack.database().scalar("SELECT on_hand || '/' || reserved FROM inventory WHERE product_id = " +
                                         std::to_string(productId));
    }

    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(PlacementTest)
#include "PlacementTest.moc"
