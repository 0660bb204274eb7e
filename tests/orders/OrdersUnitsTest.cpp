// The pure parts of orders: the lifecycle table, what each step does to stock, and the checks on
// request bodies and query values, without a database or a server.

#include "core/DomainError.h"
#include "core/Rfc3339.h"
#include "orders/OrderNumber.h"
#include "orders/OrderStateMachine.h"
#include "orders/OrderStockEffects.h"
#include "orders/PlaceOrderRequest.h"
#include "orders/RefundRequest.h"
#include "orders/RequestFingerprint.h"
#include "orders/TransitionRequest.h"

#include <QtTest>

using namespace md;
using namespace md::orders;

namespace {

OrderStatus status(const QString& name)
{
    return *orderStatusFromString(name.toStdString());
}

// The 422 field names of a request that is expected to be refused.
template <typename Parse> nlohmann::json refusedFields(Parse&& parse)
{
    try {
        parse();
    } catch (const DomainError& error) {
        if (error.kind() == ErrorKind::Validation) return error.details()["fields"];
        return {{"kind", "not a validation error"}};
    }
    return nlohmann::json::object();
}

} // namespace

class OrdersUnitsTest : public QObject {
    Q_OBJECT

private slots:
    void transitionTable_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const QStringList states = {"placed", "paid", "shipped", "delivered", "cancelled", "refunded"};
        const QSet<QString> allowed = {"placed>paid", "placed>cancelled", "paid>shipped", "paid>cancelled",
                                       "shipped>delivered"};
        for (const auto& from : states)
            for (const auto& to : states)
                QTest::newRow(qPrintable(from + ">" + to)) << from << to << allowed.contains(from + ">" + to);
    }

    void transitionTable()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(OrderStateMachine::canTransition(status(from), status(to)), allowed);
        const auto list = OrderStateMachine::allowedTransitions(status(from));
        QCOMPARE(std::find(list.begin(), list.end(), status(to)) != list.end(), allowed);
    }

    void refundRules()
    {
        QVERIFY(!OrderStateMachine::canRefund(OrderStatus::Placed));
        QVERIFY(OrderStateMachine::canRefund(OrderStatus::Paid));
        QVERIFY(OrderStateMachine::canRefund(OrderStatus::Shipped));
        QVERIFY(OrderStateMachine::canRefund(OrderStatus::Delivered));
        QVERIFY(!OrderStateMachine::canRefund(OrderStatus::Cancelled));
        QVERIFY(!OrderStateMachine::canRefund(OrderStatus::Refunded));
        QVERIFY(OrderStateMachine::statusAfterRefund(OrderStatus::Paid, 999, 1000) == OrderStatus::Paid);
        QVERIFY(OrderStateMachine::statusAfterRefund(OrderStatus::Paid, 1000, 1000) == OrderStatus::Refunded);
        QVERIFY(OrderStateMachine::statusAfterRefund(OrderStatus::Delivered, 1000, 1000) == OrderStatus::Refunded);
        QVERIFY(!OrderStateMachine::canRestock(OrderStatus::Paid));
        QVERIFY(OrderStateMachine::canRestock(OrderStatus::Shipped));
        QVERIFY(OrderStateMachine::canRestock(OrderStatus::Delivered));
        QVERIFY(OrderStateMachine::requiresShipment(OrderStatus::Shipped));
    }

    void stockEffects()
    {
        const std::vector<OrderLine> lines = {{3, 2, 0}, {7, 5, 0}};
        using Moves = std::vector<inventory::StockMove>;
        QVERIFY(OrderStockEffects::ofTransition(OrderStatus::Placed, OrderStatus::Cancelled, lines) == (Moves{{3, 0, -2}, {7, 0, -5}}));
        QVERIFY(OrderStockEffects::ofTransition(OrderStatus::Paid, OrderStatus::Cancelled, lines) == (Moves{{3, 0, -2}, {7, 0, -5}}));
        QVERIFY(OrderStockEffects::ofTransition(OrderStatus::Paid, OrderStatus::Shipped, lines) == (Moves{{3, -2, -2}, {7, -5, -5}}));
        QVERIFY(OrderStockEffects::ofTransition(OrderStatus::Placed, OrderStatus::Paid, lines).empty());
        QVERIFY(OrderStockEffects::ofTransition(OrderStatus::Shipped, OrderStatus::Delivered, lines).empty());
        QVERIFY(OrderStockEffects::ofFullRefund(OrderStatus::Paid, lines) == (Moves{{3, 0, -2}, {7, 0, -5}}));
        QVERIFY(OrderStockEffects::ofFullRefund(OrderStatus::Shipped, lines).empty());
        QVERIFY(OrderStockEffects::ofFullRefund(OrderStatus::Delivered, lines).empty());
        QVERIFY(OrderStockEffects::ofRestock({{7, 1, 0}}) == (Moves{{7, 1, 0}}));
        QCOMPARE(OrderLine({7, 5, 2}).restockable(), 3LL);
    }

    void placeRequestMergesRepeatedProducts()
    {
        auto request = PlaceOrderRequest::fromJson(
            {{"items", {{{"product_id", 9}, {"quantity", 2}}, {{"product_id", 4}, {"quantity", 1}}, {{"product_id", 9}, {"quantity", 3}}}},
             {"shipping_address",
              {{"name", " 김민수 "}, {"phone", "+82 10-1234-5678"}, {"line1", "테헤란로 1"}, {"city", "서울"},
               {"postal_code", "06236"}, {"country", "kr"}, {"building", "A동"}}}});
        QCOMPARE(request.lines.size(), std::size_t(2));
        QCOMPARE(request.lines[0].productId, 4LL);
        QCOMPARE(request.lines[1].productId, 9LL);
        QCOMPARE(request.lines[1].quantity, 5LL);
        QCOMPARE(request.shippingAddress["name"].get<std::string>(), std::string("김민수"));
        QCOMPARE(request.shippingAddress["country"].get<std::string>(), std::string("KR"));
        QCOMPARE(request.shippingAddress["building"].get<std::string>(), std::string("A동"));
    }

    void placeRequestRefusals_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        const QString address = R"("shipping_address":{"name":"a","phone":"010","line1":"b","city":"c","postal_code":"1"})";
        QTest::newRow("no items") << "{" + address + "}" << "items";
        QTest::newRow("empty items") << R"({"items":[],)" + address + "}" << "items";
        QTest::newRow("quantity 0") << R"({"items":[{"product_id":1,"quantity":0}],)" + address + "}"
                                    << "items[0].quantity";
        QTest::newRow("quantity 1001") << R"({"items":[{"product_id":1,"quantity":1001}],)" + address + "}"
                                       << "items[0].quantity";
        QTest::newRow("merged over 1000") << R"({"items":[{"product_id":1,"quantity":600},{"product_id":1,"quantity":500}],)" +
                                                 address + "}"
                                          << "items[1].quantity";
        QTest::newRow("bad product id") << R"({"items":[{"product_id":-2,"quantity":1}],)" + address + "}"
                                        << "items[0].product_id";
        QTest::newRow("line not object") << R"({"items":[5],)" + address + "}" << "items[0]";
        QTest::newRow("no address") << R"({"items":[{"product_id":1,"quantity":1}]})" << "shipping_address";
        QTest::newRow("no city") << R"({"items":[{"product_id":1,"quantity":1}],"shipping_address":{"name":"a","phone":"010","line1":"b","postal_code":"1"}})"
                                 << "shipping_address.city";
        QTest::newRow("bad phone") << R"({"items":[{"product_id":1,"quantity":1}],"shipping_address":{"name":"a","phone":"call me","line1":"b","city":"c","postal_code":"1"}})"
                                   << "shipping_address.phone";
        QTest::newRow("bad country") << R"({"items":[{"product_id":1,"quantity":1}],"shipping_address":{"name":"a","phone":"010","line1":"b","city":"c","postal_code":"1","country":"KOR"}})"
                                     << "shipping_address.country";
        QTest::newRow("unknown field") << R"({"items":[{"product_id":1,"quantity":1}],"coupon":"X",)" + address + "}"
                                       << "coupon";
    }

    void placeRequestRefusals()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        auto fields = refusedFields([&] { PlaceOrderRequest::fromJson(nlohmann::json::parse(body.toStdString())); });
        QVERIFY2(fields.contains(field.toStdString()), fields.dump().c_str());
    }

    void transitionRequestNeedsWhatTheTargetNeeds()
    {
        QVERIFY(refusedFields([] { TransitionRequest::fromJson({{"to", "shipped"}}); }).contains("carrier"));
        QVERIFY(refusedFields([] { TransitionRequest::fromJson({{"to", "shipped"}, {"carrier", "CJ"}}); })
                    .contains("tracking_number"));
        // A reason is optional (API.md); when given it is checked.
        QVERIFY(!TransitionRequest::fromJson({{"to", "cancelled"}}).reason);
        QVERIFY(refusedFields([] { TransitionRequest::fromJson({{"to", "cancelled"}, {"reason", 5}}); })
                    .contains("reason"));
        QVERIFY(refusedFields([] { TransitionRequest::fromJson({{"to", "refunded"}}); }).contains("to"));
        QVERIFY(refusedFields([] { TransitionRequest::fromJson({{"to", "placed"}}); }).contains("to"));
        QVERIFY(refusedFields([] { TransitionRequest::fromJson({{"to", "lost"}}); }).contains("to"));
        auto shipped = TransitionRequest::fromJson({{"to", "shipped"}, {"carrier", "CJ대한통운"}, {"tracking_number", "1234"}});
        QVERIFY(shipped.to == OrderStatus::Shipped);
        QCOMPARE(*shipped.carrier, std::string("CJ대한통운"));
        // A carrier sent with another target is not recorded.
        auto paid = TransitionRequest::fromJson({{"to", "paid"}, {"carrier", "CJ"}});
        QVERIFY(!paid.carrier);
    }

    // The target is read on its own for the state check, which comes before the body is judged.
    void requestedTargetIgnoresTheRestOfTheBody()
    {
        QVERIFY(TransitionRequest::requestedTarget({{"to", "shipped"}, {"bogus", 1}}) == OrderStatus::Shipped);
        QVERIFY(TransitionRequest::requestedTarget({{"to", "cancelled"}, {"reason", 5}}) == OrderStatus::Cancelled);
        QVERIFY(!TransitionRequest::requestedTarget({{"to", "refunded"}}));
        QVERIFY(!TransitionRequest::requestedTarget({{"to", "placed"}}));
        QVERIFY(!TransitionRequest::requestedTarget({{"to", 3}}));
        QVERIFY(!TransitionRequest::requestedTarget(nlohmann::json::array({"paid"})));
        QVERIFY(!TransitionRequest::requestedTarget(nlohmann::json::object()));
    }

    void refundRequestChecks()
    {
        auto refund = RefundRequest::fromJson(
            {{"amount_cents", 500}, {"reason", "파손"}, {"restock", {{{"product_id", 9}, {"quantity", 1}}, {{"product_id", 2}, {"quantity", 2}}}}});
        QCOMPARE(refund.amountCents, 500LL);
        QCOMPARE(refund.restock.front().productId, 2LL);
        QVERIFY(refusedFields([] { RefundRequest::fromJson({{"amount_cents", 0}, {"reason", "x"}}); }).contains("amount_cents"));
        QVERIFY(refusedFields([] { RefundRequest::fromJson({{"amount_cents", 1}}); }).contains("reason"));
        QVERIFY(refusedFields([] {
                    RefundRequest::fromJson({{"amount_cents", 1}, {"reason", "x"},
                                             {"restock", {{{"product_id", 2}, {"quantity", 1}}, {{"product_id", 2}, {"quantity", 1}}}}});
                }).contains("restock[1].product_id"));
    }

    // core/Rfc3339, the one reader of client timestamps (query parameters and cursors of every list,
    // the metrics endpoints). "" as normal form: refused.
    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normal");
        QTest::newRow("utc") << "2026-01-31T09:00:00Z" << "2026-01-31T09:00:00.000000Z";
        QTest::newRow("fraction") << "2026-01-31T09:00:00.123456Z" << "2026-01-31T09:00:00.123456Z";
        QTest::newRow("one digit") << "2026-01-31T09:00:00.5Z" << "2026-01-31T09:00:00.500000Z";
        QTest::newRow("nanoseconds round") << "2026-01-31T09:00:00.1234565Z" << "2026-01-31T09:00:00.123457Z";
        QTest::newRow("rounds into the next day") << "2026-12-31T23:59:59.9999999Z" << "2027-01-01T00:00:00.000000Z";
        QTest::newRow("offset") << "2026-01-31T09:00:00+09:00" << "2026-01-31T00:00:00.000000Z";
        QTest::newRow("negative offset across a month")
            << "2026-01-31T22:30:00-05:30" << "2026-02-01T04:00:00.000000Z";
        // PostgreSQL refuses offsets beyond 15:59; RFC 3339 allows up to 23:59, so they are converted.
        QTest::newRow("offset 23:59") << "2026-01-01T00:00:00+23:59" << "2025-12-31T00:01:00.000000Z";
        QTest::newRow("lower-case t and z") << "2026-01-31t09:00:00z" << "2026-01-31T09:00:00.000000Z";
        QTest::newRow("space for T") << "2026-01-31 09:00:00Z" << "2026-01-31T09:00:00.000000Z";
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << "2024-02-29T00:00:00.000000Z";
        QTest::newRow("leap day of 2000") << "2000-02-29T00:00:00Z" << "2000-02-29T00:00:00.000000Z";
        QTest::newRow("leap second") << "2016-12-31T23:59:60Z" << "2017-01-01T00:00:00.000000Z";
        QTest::newRow("leap second with a fraction") << "2016-12-31T23:59:60.5Z" << "2017-01-01T00:00:00.500000Z";
        QTest::newRow("first moment") << "0001-01-01T00:00:00Z" << "0001-01-01T00:00:00.000000Z";
        QTest::newRow("last second") << "9999-12-31T23:59:59Z" << "9999-12-31T23:59:59.000000Z";
        QTest::newRow("before the epoch") << "1969-12-31T23:59:59.25Z" << "1969-12-31T23:59:59.250000Z";
        QTest::newRow("no leap day") << "2026-02-29T00:00:00Z" << "";
        QTest::newRow("no leap day in 1900") << "1900-02-29T00:00:00Z" << "";
        QTest::newRow("february 30th") << "2024-02-30T00:00:00Z" << "";
        QTest::newRow("april 31st") << "2024-04-31T00:00:00Z" << "";
        QTest::newRow("month 13") << "2024-13-01T00:00:00Z" << "";
        QTest::newRow("month 0") << "2024-00-01T00:00:00Z" << "";
        QTest::newRow("day 0") << "2024-01-00T00:00:00Z" << "";
        QTest::newRow("year 0") << "0000-01-01T00:00:00Z" << "";
        QTest::newRow("before year 1 in UTC") << "0001-01-01T00:00:00+01:00" << "";
        QTest::newRow("after year 9999 in UTC") << "9999-12-31T23:00:00-05:00" << "";
        QTest::newRow("hour 24") << "2026-01-31T24:00:00Z" << "";
        QTest::newRow("minute 60") << "2026-01-31T09:60:00Z" << "";
        QTest::newRow("second 61") << "2026-01-31T09:00:61Z" << "";
        QTest::newRow("offset hour 24") << "2026-01-31T09:00:00+24:00" << "";
        QTest::newRow("offset minute 60") << "2026-01-31T09:00:00+09:60" << "";
        QTest::newRow("offset without colon") << "2026-01-31T09:00:00+0900" << "";
        QTest::newRow("short offset") << "2026-01-31T09:00:00+09" << "";
        QTest::newRow("empty fraction") << "2026-01-31T09:00:00.Z" << "";
        QTest::newRow("ten fraction digits") << "2026-01-31T09:00:00.1234567890Z" << "";
        QTest::newRow("date only") << "2026-01-31" << "";
        QTest::newRow("no zone") << "2026-01-31T09:00:00" << "";
        QTest::newRow("one-digit day") << "2026-01-1T09:00:00Z" << "";
        QTest::newRow("five-digit year") << "12026-01-31T09:00:00Z" << "";
        QTest::newRow("signed year") << "+2026-01-31T09:00:00Z" << "";
        QTest::newRow("words") << "yesterday" << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("trailing") << "2026-01-31T09:00:00Zx" << "";
        QTest::newRow("leading space") << " 2026-01-31T09:00:00Z" << "";
    }

    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(QString, normal);
        const auto normalized = Rfc3339::normalized(text.toStdString());
        QCOMPARE(Rfc3339::isTimestamp(text.toStdString()), !normal.isEmpty());
        QCOMPARE(QString::fromStdString(normalized.value_or("")), normal);
    }

    void fingerprintIgnoresKeyOrderButNotContent()
    {
        auto a = RequestFingerprint::of("POST", "/api/v1/orders", nlohmann::json::parse(R"({"a":1,"b":[1,2]})"));
        auto b = RequestFingerprint::of("POST", "/api/v1/orders", nlohmann::json::parse(R"({ "b" : [1,2], "a" : 1 })"));
        auto c = RequestFingerprint::of("POST", "/api/v1/orders", nlohmann::json::parse(R"({"a":1,"b":[2,1]})"));
        auto d = RequestFingerprint::of("POST", "/api/v1/orders/2/refunds", nlohmann::json::parse(R"({"a":1,"b":[1,2]})"));
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a != d);
        QCOMPARE(a.size(), std::size_t(64));
    }

    void orderNumbersPadTheIdToSevenDigits()
    {
        // The format md_place_orders writes (the demo seed's test checks the two agree on real rows).
        QCOMPARE(orderNumber("20261208", 4711), std::string("MD-20261208-0004711"));
        QCOMPARE(orderNumber("20261208", 12345678), std::string("MD-20261208-12345678"));
    }

    void statusNamesFollowTheEnum()
    {
        QCOMPARE(orderStatusNames().size(), std::size_t(6));
        for (std::string_view name : orderStatusNames()) QCOMPARE(toString(orderStatusFromString(name).value()), name);
    }
};

QTEST_GUILESS_MAIN(OrdersUnitsTest)
#include "OrdersUnitsTest.moc"
