// The inventory endpoints: stock levels (scope, search, low-stock filter, sort and keyset pages),
// adjustments (the on_hand >= reserved rule, If-Match, history and audit), the low-stock threshold,
// the movement history, and the inventory.low_stock event published when available stock crosses
// the threshold.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <QUrl>

#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace md::test;

namespace {

std::string encode(const std::string& value)
{
    return QUrl::toPercentEncoding(QString::fromStdString(value)).toStdString();
}

std::string path(long long productId, const std::string& suffix = "")
{
    return "/api/v1/inventory/" + std::to_string(productId) + suffix;
}

nlohmann::json address()
{
    return {{"name", "김민수"},
            {"phone", "010-1234-5678"},
            {"line1", "서울특별시 강남구 테헤란로 1"},
            {"city", "서울"},
            {"postal_code", "06236"}};
}

std::set<long long> productIdsOf(const nlohmann::json& items)
{
    std::set<long long> ids;
    for (const auto& item : items)
        ids.insert(item["product_id"].get<long long>());
    return ids;
}

} // namespace

class InventoryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(m_jacket =
                       m_stack.fixtures()
                           .createProduct(Role::SellerA, {{"sku", "INV-JACKET"}, {"title", "겨울 자켓 블랙"}})["id"]
                           .get<long long>());
        MD_REQUIRE(m_shirt = m_stack.fixtures()
                                 .createProduct(Role::SellerA, {{"sku", "INV-SHIRT"}, {"title", "Linen shirt"}})["id"]
                                 .get<long long>());
        MD_REQUIRE(m_otherSellers =
                       m_stack.fixtures()
                           .createProduct(Role::SellerB, {{"sku", "INV-B"}, {"title", "Seller B mug"}})["id"]
                           .get<long long>());
        // Seller B's products for the paging tests, with repeated stock levels (ties to break).
        for (int i = 0; i < 7; ++i) {
            MD_REQUIRE({
                long long id =
                    m_stack.fixtures().createProduct(Role::SellerB, {{"sku", "INV-PAGE-" + std::to_string(i)}})["id"];
                m_stack.fixtures().setStock(Role::SellerB, id, i % 3);
            });
        }
    }

    void listShowsEachRoleItsScope()
    {
        HttpResponse own = m_stack.fixtures().client(Role::SellerA).get("/api/v1/inventory?limit=500");
        QVERIFY2(own.status == 200, own.describe().c_str());
        auto ids = productIdsOf(own.items());
        QVERIFY(ids.count(m_jacket) && ids.count(m_shirt));
        QVERIFY(!ids.count(m_otherSellers));
        for (const auto& item : own.items()) {
            for (const char* field :
                 {"product_id", "sku", "title", "on_hand", "reserved", "available", "low_stock_threshold", "version"})
                QVERIFY2(item.contains(field), field);
            QCOMPARE(item["available"].get<long long>(),
                     item["on_hand"].get<long long>() - item["reserved"].get<long long>());
            QCOMPARE(item["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        }
        QVERIFY(own.json()["next_cursor"].is_null());

        HttpResponse sellerB = m_stack.fixtures().client(Role::SellerB).get("/api/v1/inventory?limit=500");
        for (const auto& item : sellerB.items())
            QCOMPARE(item["seller_id"].get<long long>(), m_stack.fixtures().sellerBId());
        QVERIFY(productIdsOf(sellerB.items()).count(m_otherSellers));

        for (Role staff : {Role::Admin, Role::Support, Role::Operator}) {
            HttpResponse all = m_stack.fixtures().client(staff).get("/api/v1/inventory?limit=500");
            QVERIFY2(all.status == 200, all.describe().c_str());
            auto staffIds = productIdsOf(all.items());
            QVERIFY(staffIds.count(m_jacket) && staffIds.count(m_otherSellers));
        }
        HttpResponse filtered =
            m_stack.fixtures()
                .client(Role::Support)
                .get("/api/v1/inventory?seller_id=" + std::to_string(m_stack.fixtures().sellerBId()));
        QCOMPARE(productIdsOf(filtered.items()), productIdsOf(sellerB.items()));

        QCOMPARE(m_stack.fixtures().client(Role::CustomerA).get("/api/v1/inventory").status, 403);
        QCOMPARE(m_stack.fixtures().anonymousClient().get("/api/v1/inventory").status, 401);
    }

    void listSearchesTitleAndSkuInKorean()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse korean = seller.get("/api/v1/inventory?q=" + encode("자켓"));
        QVERIFY2(korean.status == 200, korean.describe().c_str());
        QCOMPARE(productIdsOf(korean.items()), std::set<long long>{m_jacket});
        QCOMPARE(productIdsOf(seller.get("/api/v1/inventory?q=inv-shirt").items()), std::set<long long>{m_shirt});
        QCOMPARE(productIdsOf(seller.get("/api/v1/inventory?q=" + encode("자켓 블랙")).items()),
                 std::set<long long>{m_jacket});
        QVERIFY(seller.get("/api/v1/inventory?q=" + encode("없는상품")).items().empty());
        // Seller B never finds seller A's products, whatever the words.
        QVERIFY(m_stack.fixtures().client(Role::SellerB).get("/api/v1/inventory?q=" + encode("자켓")).items().empty());
    }

    void lowStockFilterAndSortByAvailable()
    {
        long long low = m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-LOW"}})["id"].get<long long>();
        long long plenty =
            m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-PLENTY"}})["id"].get<long long>();
        m_stack.fixtures().setStock(Role::SellerA, low, 2);
        m_stack.fixtures().setStock(Role::SellerA, plenty, 500);
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse lowOnly = seller.get("/api/v1/inventory?low_stock=true&limit=500");
        QVERIFY2(lowOnly.status == 200, lowOnly.describe().c_str());
        auto ids = productIdsOf(lowOnly.items());
        QVERIFY(ids.count(low));
        QVERIFY(!ids.count(plenty));
        for (const auto& item : lowOnly.items())
            QVERIFY(item["available"].get<long long>() <= item["low_stock_threshold"].get<long long>());

        HttpResponse byAvailable = seller.get("/api/v1/inventory?sort=-available&limit=500");
        auto items = byAvailable.items();
        QVERIFY(items.size() >= 2);
        QCOMPARE(items[0]["product_id"].get<long long>(), plenty);
        for (std::size_t i = 1; i < items.size(); ++i)
            QVERIFY(items[i - 1]["available"].get<long long>() >= items[i]["available"].get<long long>());
    }

    void listPagesWithKeysetCursors_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::newRow("product_id") << "product_id";
        QTest::newRow("-product_id") << "-product_id";
        QTest::newRow("available") << "available";
        QTest::newRow("-sku") << "-sku";
    }

    void listPagesWithKeysetCursors()
    {
        QFETCH(QString, sort);
        HttpClient seller = m_stack.fixtures().client(Role::SellerB);
        HttpResponse whole = seller.get("/api/v1/inventory?limit=500&sort=" + sort.toStdString());
        std::vector<long long> expected;
        for (const auto& item : whole.items())
            expected.push_back(item["product_id"].get<long long>());
        QVERIFY(expected.size() >= 8);

        std::vector<long long> paged;
        std::string cursor;
        for (int page = 0; page < 20; ++page) {
            std::string target = "/api/v1/inventory?limit=3&sort=" + sort.toStdString();
            if (!cursor.empty()) target += "&cursor=" + encode(cursor);
            HttpResponse response = seller.get(target);
            QVERIFY2(response.status == 200, response.describe().c_str());
            for (const auto& item : response.items())
                paged.push_back(item["product_id"].get<long long>());
            if (response.json()["next_cursor"].is_null()) break;
            cursor = response.json()["next_cursor"].get<std::string>();
        }
        QCOMPARE(paged, expected);
    }

    void listRejectsBadParameters()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse limit = seller.get("/api/v1/inventory?limit=501");
        QCOMPARE(limit.status, 422);
        QVERIFY(limit.json()["error"]["details"]["fields"].contains("limit"));
        QCOMPARE(seller.get("/api/v1/inventory?limit=ten").status, 400);
        QCOMPARE(seller.get("/api/v1/inventory?low_stock=maybe").status, 400);
        QCOMPARE(seller.get("/api/v1/inventory?sort=title").status, 422);
        HttpResponse cursor = seller.get("/api/v1/inventory?cursor=not-a-cursor");
        QCOMPARE(cursor.status, 400);
        QCOMPARE(cursor.errorCode(), std::string("invalid_cursor"));
        // A cursor from one sort order is refused by another.
        HttpResponse first = seller.get("/api/v1/inventory?limit=1&sort=sku");
        QVERIFY(!first.json()["next_cursor"].is_null());
        QCOMPARE(seller
                     .get("/api/v1/inventory?sort=available&cursor=" +
                          encode(first.json()["next_cursor"].get<std::string>()))
                     .status,
                 400);
    }

    void getShowsOneLevelWithETag()
    {
        HttpResponse level = m_stack.fixtures().client(Role::SellerA).get(path(m_jacket));
        QVERIFY2(level.status == 200, level.describe().c_str());
        QCOMPARE(level.json()["product_id"].get<long long>(), m_jacket);
        QCOMPARE(level.json()["title"].get<std::string>(), std::string("겨울 자켓 블랙"));
        QCOMPARE(level.header("ETag"), "\"" + std::to_string(level.json()["version"].get<long long>()) + "\"");
        QCOMPARE(m_stack.fixtures().client(Role::Support).get(path(m_jacket)).status, 200);
        QCOMPARE(m_stack.fixtures().client(Role::SellerB).get(path(m_jacket)).status, 404);
        QCOMPARE(m_stack.fixtures().client(Role::SellerA).get(path(999999)).status, 404);
        QCOMPARE(m_stack.fixtures().client(Role::SellerA).get("/api/v1/inventory/abc").status, 404);
        QCOMPARE(m_stack.fixtures().client(Role::CustomerA).get(path(m_jacket)).status, 403);
    }

    void adjustmentChangesOnHandAndIsRecorded()
    {
        long long product =
            m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-ADJ"}})["id"].get<long long>();
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse added =
            seller.post(path(product, "/adjustments"), {{"delta", 12}, {"reason", "입고 (공급사 배송)"}});
        QVERIFY2(added.status == 200, added.describe().c_str());
        QCOMPARE(added.json()["on_hand"].get<long long>(), 12LL);
        QCOMPARE(added.json()["available"].get<long long>(), 12LL);
        QCOMPARE(added.header("ETag"), "\"" + std::to_string(added.json()["version"].get<long long>()) + "\"");

        HttpResponse removed = m_stack.fixtures()
                                   .client(Role::Admin)
                                   .post(path(product, "/adjustments"), {{"delta", -5}, {"reason", "breakage"}});
        QVERIFY2(removed.status == 200, removed.describe().c_str());
        QCOMPARE(removed.json()["on_hand"].get<long long>(), 7LL);

        HttpResponse history = seller.get(path(product, "/movements"));
        QVERIFY2(history.status == 200, history.describe().c_str());
        auto items = history.items();
        QCOMPARE(items.size(), std::size_t(2));
        QCOMPARE(items[0]["delta"].get<long long>(), -5LL); // newest first
        QCOMPARE(items[0]["actor"].get<std::string>(), m_stack.fixtures().member(Role::Admin).email);
        QCOMPARE(items[1]["delta"].get<long long>(), 12LL);
        QCOMPARE(items[1]["reason"].get<std::string>(), std::string("입고 (공급사 배송)"));
        QCOMPARE(items[1]["actor"].get<std::string>(), m_stack.fixtures().member(Role::SellerA).email);
        QVERIFY(items[1]["order_id"].is_null());
        QCOMPARE(items[1]["reserved_delta"].get<long long>(), 0LL);

        QCOMPARE(m_stack.database().scalar(
                     "SELECT count(*) FROM audit_log WHERE action = 'inventory.adjust' AND entity_id = '" +
                     std::to_string(product) + "'"),
                 std::string("2"));
    }

    void adjustmentMayNotGoBelowReserved()
    {
        long long product =
            m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-RESERVED"}})["id"].get<long long>();
        m_stack.fixtures().setStock(Role::SellerA, product, 5);
        HttpResponse order = m_stack.fixtures()
                                 .client(Role::CustomerA)
                                 .post("/api/v1/orders", {{"items", {{{"product_id", product}, {"quantity", 3}}}},
                                                          {"shipping_address", address()}});
        QVERIFY2(order.status == 201, order.describe().c_str());

        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse tooMuch = seller.post(path(product, "/adjustments"), {{"delta", -3}, {"reason", "count"}});
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(tooMuch.errorCode(), std::string("insufficient_stock"));
        QCOMPARE(tooMuch.json()["error"]["details"]["on_hand"].get<long long>(), 5LL);
        QCOMPARE(tooMuch.json()["error"]["details"]["reserved"].get<long long>(), 3LL);
        HttpResponse exact = seller.post(path(product, "/adjustments"), {{"delta", -2}, {"reason", "count"}});
        QVERIFY2(exact.status == 200, exact.describe().c_str());
        QCOMPARE(exact.json()["available"].get<long long>(), 0LL);
        QCOMPARE(seller.post(path(product, "/adjustments"), {{"delta", -1}, {"reason", "count"}}).status, 409);
        QCOMPARE(m_stack.database().scalar("SELECT on_hand || '/' || reserved FROM inventory WHERE product_id = " +
                                           std::to_string(product)),
                 std::string("3/3"));

        // The reservation's movement names the order.
        auto movements = seller.get(path(product, "/movements")).items();
        bool sawOrder = false;
        for (const auto& movement : movements) {
            if (!movement["order_id"].is_null()) {
                sawOrder = true;
                QCOMPARE(movement["order_id"].get<long long>(), order.json()["id"].get<long long>());
                QCOMPARE(movement["reserved_delta"].get<long long>(), 3LL);
                QCOMPARE(movement["delta"].get<long long>(), 0LL);
                QCOMPARE(movement["reason"].get<std::string>(), std::string("order_placed"));
            }
        }
        QVERIFY(sawOrder);
        // on_hand can never go negative either.
        long long empty =
            m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-EMPTY"}})["id"].get<long long>();
        QCOMPARE(seller.post(path(empty, "/adjustments"), {{"delta", -1}, {"reason", "count"}}).status, 409);
    }

    void adjustmentRefusals_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const int sellerA = int(Role::SellerA);
        QTest::newRow("zero delta") << sellerA << R"({"delta":0,"reason":"x"})" << 422 << "delta";
        QTest::newRow("fractional delta") << sellerA << R"({"delta":1.5,"reason":"x"})" << 422 << "delta";
        QTest::newRow("delta as text") << sellerA << R"({"delta":"3","reason":"x"})" << 422 << "delta";
        QTest::newRow("missing delta") << sellerA << R"({"reason":"x"})" << 422 << "delta";
        QTest::newRow("missing reason") << sellerA << R"({"delta":1})" << 422 << "reason";
        QTest::newRow("blank reason") << sellerA << R"({"delta":1,"reason":"   "})" << 422 << "reason";
        QTest::newRow("reason too long") << sellerA << QString(R"({"delta":1,"reason":"%1"})").arg(QString(501, 'x'))
                                         << 422 << "reason";
        QTest::newRow("unknown field") << sellerA << R"({"delta":1,"reason":"x","on_hand":5})" << 422 << "on_hand";
        QTest::newRow("not an object") << sellerA << R"([1,2])" << 400 << "";
        QTest::newRow("customer") << int(Role::CustomerA) << R"({"delta":1,"reason":"x"})" << 403 << "";
        QTest::newRow("support") << int(Role::Support) << R"({"delta":1,"reason":"x"})" << 403 << "";
        QTest::newRow("operator") << int(Role::Operator) << R"({"delta":1,"reason":"x"})" << 403 << "";
        QTest::newRow("other seller") << int(Role::SellerB) << R"({"delta":1,"reason":"x"})" << 404 << "";
    }

    void adjustmentRefusals()
    {
        QFETCH(int, role);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const std::string before =
            m_stack.database().scalar("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(m_shirt));
        HttpClient client = m_stack.fixtures().client(static_cast<Role>(role));
        HttpResponse response = client.request("POST", path(m_shirt, "/adjustments"), body.toStdString(),
                                               {{"Content-Type", "application/json"}});
        QVERIFY2(response.status == status, response.describe().c_str());
        if (!field.isEmpty()) QVERIFY(response.json()["error"]["details"]["fields"].contains(field.toStdString()));
        QCOMPARE(
            m_stack.database().scalar("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(m_shirt)),
            before);
    }

    void adjustmentHonoursIfMatchAndContentType()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse current = seller.get(path(m_shirt));
        const long long version = current.json()["version"].get<long long>();
        HttpResponse stale = seller.post(path(m_shirt, "/adjustments"), {{"delta", 1}, {"reason", "x"}},
                                         {{"If-Match", "\"" + std::to_string(version - 1) + "\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json()["error"]["details"]["current_version"].get<long long>(), version);
        HttpResponse fresh = seller.post(path(m_shirt, "/adjustments"), {{"delta", 1}, {"reason", "x"}},
                                         {{"If-Match", "\"" + std::to_string(version) + "\""}});
        QVERIFY2(fresh.status == 200, fresh.describe().c_str());
        QCOMPARE(fresh.json()["version"].get<long long>(), version + 1);
        QCOMPARE(
            seller.request("POST", path(m_shirt, "/adjustments"), "delta=1", {{"Content-Type", "text/plain"}}).status,
            415);
        QCOMPARE(
            seller.request("POST", path(m_shirt, "/adjustments"), "{\"delta\":", {{"Content-Type", "application/json"}})
                .status,
            400);
        QCOMPARE(seller.post(path(999999, "/adjustments"), {{"delta", 1}, {"reason", "x"}}).status, 404);
    }

    void thresholdChangesWithIfMatch()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse current = seller.get(path(m_jacket));
        const long long version = current.json()["version"].get<long long>();
        HttpResponse stale = seller.patch(path(m_jacket), {{"low_stock_threshold", 9}},
                                          {{"If-Match", "\"" + std::to_string(version + 7) + "\""}});
        QCOMPARE(stale.status, 412);
        HttpResponse changed = seller.patch(path(m_jacket), {{"low_stock_threshold", 9}},
                                            {{"If-Match", "\"" + std::to_string(version) + "\""}});
        QVERIFY2(changed.status == 200, changed.describe().c_str());
        QCOMPARE(changed.json()["low_stock_threshold"].get<long long>(), 9LL);
        QCOMPARE(changed.json()["version"].get<long long>(), version + 1);
        QCOMPARE(changed.header("ETag"), "\"" + std::to_string(version + 1) + "\"");
        // Without If-Match the change simply applies.
        QCOMPARE(seller.patch(path(m_jacket), {{"low_stock_threshold", 4}}).status, 200);

        QCOMPARE(seller.patch(path(m_jacket), {{"low_stock_threshold", -1}}).status, 422);
        QCOMPARE(seller.patch(path(m_jacket), {{"low_stock_threshold", 3}, {"on_hand", 100}}).status, 422);
        QCOMPARE(seller.patch(path(m_jacket), nlohmann::json::object()).status, 422);
        QCOMPARE(m_stack.fixtures().client(Role::SellerB).patch(path(m_jacket), {{"low_stock_threshold", 3}}).status,
                 404);
        QCOMPARE(m_stack.fixtures().client(Role::Support).patch(path(m_jacket), {{"low_stock_threshold", 3}}).status,
                 403);
        QCOMPARE(m_stack.database().scalar("SELECT low_stock_threshold FROM inventory WHERE product_id = " +
                                           std::to_string(m_jacket)),
                 std::string("4"));
        QCOMPARE(m_stack.database().scalar("SELECT count(*) > 0 FROM audit_log WHERE action = 'inventory.update'"),
                 std::string("t"));
    }

    void lowStockEventWhenAvailableCrossesTheThreshold()
    {
        long long product =
            m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-EVENT"}})["id"].get<long long>();
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        QCOMPARE(seller.patch(path(product), {{"low_stock_threshold", 5}}).status, 200);
        m_stack.fixtures().setStock(Role::SellerA, product, 20);
        const std::string count = "SELECT count(*) FROM events WHERE type = 'inventory.low_stock' AND "
                                  "(payload->>'product_id')::bigint = " +
                                  std::to_string(product);
        QCOMPARE(m_stack.database().scalar(count), std::string("0"));

        QCOMPARE(seller.post(path(product, "/adjustments"), {{"delta", -14}, {"reason", "count"}}).status, 200); // 6
        QCOMPARE(m_stack.database().scalar(count), std::string("0"));
        QCOMPARE(seller.post(path(product, "/adjustments"), {{"delta", -2}, {"reason", "count"}}).status, 200); // 4
        QCOMPARE(m_stack.database().scalar(count), std::string("1"));
        auto payload = nlohmann::json::parse(
            m_stack.database().scalar("SELECT payload::text FROM events WHERE type = 'inventory.low_stock' AND "
                                      "(payload->>'product_id')::bigint = " +
                                      std::to_string(product)));
        QCOMPARE(payload["available"].get<long long>(), 4LL);
        QCOMPARE(payload["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        QCOMPARE(m_stack.database().scalar("SELECT seller_id FROM events WHERE type = 'inventory.low_stock' AND "
                                           "(payload->>'product_id')::bigint = " +
                                           std::to_string(product)),
                 std::to_string(m_stack.fixtures().sellerAId()));
        // Still low: no new event. Back above and down again: a second one; an order reserving the
        // last units above the threshold announces it too.
        QCOMPARE(seller.post(path(product, "/adjustments"), {{"delta", -1}, {"reason", "count"}}).status, 200);
        QCOMPARE(m_stack.database().scalar(count), std::string("1"));
        QCOMPARE(seller.post(path(product, "/adjustments"), {{"delta", 10}, {"reason", "count"}}).status, 200); // 13
        HttpResponse order = m_stack.fixtures()
                                 .client(Role::CustomerB)
                                 .post("/api/v1/orders", {{"items", {{{"product_id", product}, {"quantity", 9}}}},
                                                          {"shipping_address", address()}});
        QVERIFY2(order.status == 201, order.describe().c_str());
        QCOMPARE(m_stack.database().scalar(count), std::string("2"));
        // Raising the threshold over the available stock is a crossing as well.
        QCOMPARE(seller.post(path(product, "/adjustments"), {{"delta", 10}, {"reason", "count"}}).status, 200); // 14
        QCOMPARE(seller.patch(path(product), {{"low_stock_threshold", 20}}).status, 200);
        QCOMPARE(m_stack.database().scalar(count), std::string("3"));
    }

    void movementsPageNewestFirst()
    {
        long long product =
            m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-HISTORY"}})["id"].get<long long>();
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        for (int i = 1; i <= 7; ++i)
            QCOMPARE(seller.post(path(product, "/adjustments"), {{"delta", i}, {"reason", "step " + std::to_string(i)}})
                         .status,
                     200);
        std::vector<long long> deltas;
        std::string cursor;
        for (int page = 0; page < 10; ++page) {
            std::string target = path(product, "/movements?limit=3");
            if (!cursor.empty()) target += "&cursor=" + encode(cursor);
            HttpResponse response = seller.get(target);
            QVERIFY2(response.status == 200, response.describe().c_str());
            QVERIFY(response.items().size() <= 3);
            for (const auto& item : response.items())
                deltas.push_back(item["delta"].get<long long>());
            if (response.json()["next_cursor"].is_null()) break;
            cursor = response.json()["next_cursor"].get<std::string>();
        }
        QCOMPARE(deltas, (std::vector<long long>{7, 6, 5, 4, 3, 2, 1}));

        QCOMPARE(m_stack.fixtures().client(Role::Operator).get(path(product, "/movements")).status, 200);
        QCOMPARE(m_stack.fixtures().client(Role::SellerB).get(path(product, "/movements")).status, 404);
        QCOMPARE(m_stack.fixtures().client(Role::CustomerA).get(path(product, "/movements")).status, 403);
        QCOMPARE(seller.get(path(999999, "/movements")).status, 404);
        QCOMPARE(seller.get(path(product, "/movements?limit=0")).status, 422);
        QCOMPARE(seller.get(path(product, "/movements?cursor=zzz")).status, 400);
        // Movements for a product with no history yet: an empty page, not 404.
        long long fresh =
            m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "INV-FRESH"}})["id"].get<long long>();
        HttpResponse none = seller.get(path(fresh, "/movements"));
        QCOMPARE(none.status, 200);
        QVERIFY(none.items().empty());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
    long long m_jacket = 0;
    long long m_shirt = 0;
    long long m_otherSellers = 0;
};

QTEST_GUILESS_MAIN(InventoryTest)
#include "InventoryTest.moc"
