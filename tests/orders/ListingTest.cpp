// GET /api/v1/orders: who sees which orders, the filters (status, several at once; q by order
// number, e-mail and product title/sku, Korean included; seller_id; created_from/created_to), the
// sort orders, and keyset pages that return every order exactly once in the order asked for. Also
// that the order JSON, built in PL/pgSQL (backend/orders/README.md), has the keys openapi.json says.

#include "orders/OrderTestKit.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <QUrl>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace md::test;
using namespace md::test::orders;

namespace {

std::string encode(const std::string& value)
{
    return QUrl::toPercentEncoding(QString::fromStdString(value)).toStdString();
}

std::set<long long> idsOf(const nlohmann::json& items)
{
    std::set<long long> ids;
    for (const auto& item : items)
        ids.insert(item["id"].get<long long>());
    return ids;
}

// A schema of the OpenAPI document with its $ref followed and its allOf parts merged: the keys it
// declares, the ones it requires, whether it allows others, and its array items.
struct SchemaShape {
    std::map<std::string, nlohmann::json> properties;
    std::set<std::string> required;
    bool open = false;
    nlohmann::json items; // for an array
};

SchemaShape shapeOf(const nlohmann::json& document, const nlohmann::json& schema)
{
    if (schema.contains("$ref")) {
        const std::string pointer = schema["$ref"].get<std::string>();
        return shapeOf(document, document.at(nlohmann::json::json_pointer(pointer.substr(1))));
    }
    SchemaShape shape;
    for (const auto& part : schema.value("allOf", nlohmann::json::array())) {
        SchemaShape merged = shapeOf(document, part);
        shape.properties.insert(merged.properties.begin(), merged.properties.end());
        shape.required.insert(merged.required.begin(), merged.required.end());
        shape.open = shape.open || merged.open;
        if (!merged.items.is_null()) shape.items = merged.items;
    }
    if (schema.contains("properties"))
        for (const auto& [name, property] : schema["properties"].items()) shape.properties[name] = property;
    for (const auto& name : schema.value("required", nlohmann::json::array()))
        shape.required.insert(name.get<std::string>());
    if (schema.contains("additionalProperties") && schema["additionalProperties"] != false) shape.open = true;
    if (schema.contains("items")) shape.items = schema["items"];
    return shape;
}

// Every key of value (recursively: objects and arrays of objects) that schema does not declare, and every
// key it requires that value lacks, as "path: problem".
void compareKeys(const nlohmann::json& document, const nlohmann::json& schema, const nlohmann::json& value,
                 const std::string& path, std::vector<std::string>& problems)
{
    const SchemaShape shape = shapeOf(document, schema);
    if (value.is_array()) {
        if (shape.items.is_null()) return;
        for (std::size_t i = 0; i < value.size(); ++i)
            compareKeys(document, shape.items, value[i], path + "[" + std::to_string(i) + "]", problems);
        return;
    }
    if (!value.is_object()) return;
    for (const auto& name : shape.required)
        if (!value.contains(name)) problems.push_back(path + "." + name + ": required by the schema, missing");
    for (const auto& [name, member] : value.items()) {
        auto declared = shape.properties.find(name);
        if (declared == shape.properties.end()) {
            if (!shape.open) problems.push_back(path + "." + name + ": not in the schema");
            continue;
        }
        compareKeys(document, declared->second, member, path + "." + name, problems);
    }
}

} // namespace

class ListingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        MD_REQUIRE(setUpOrders());
    }

    void eachRoleSeesItsOrders()
    {
        QCOMPARE(idsOf(list(Role::CustomerA, "limit=500")), m_byCustomerA);
        QCOMPARE(idsOf(list(Role::CustomerB, "limit=500")), m_byCustomerB);
        QCOMPARE(idsOf(list(Role::SellerA, "limit=500")), m_ofSellerA);
        QCOMPARE(idsOf(list(Role::SellerB, "limit=500")), m_ofSellerB);
        for (Role staff : {Role::Admin, Role::Support, Role::Operator})
            QCOMPARE(idsOf(list(staff, "limit=500")), m_all);
        QCOMPARE(m_stack.fixtures().anonymousClient().get("/api/v1/orders").status, 401);

        auto item = list(Role::Support, "limit=1")[0];
        for (const char* field : {"id", "number", "status", "seller_id", "customer_email", "total_cents",
                                  "refunded_cents", "currency", "item_count", "created_at", "updated_at", "version"})
            QVERIFY2(item.contains(field), field);
        QVERIFY(!item.contains("items"));
    }

    void filtersByStatus()
    {
        auto cancelled = list(Role::Support, "status=cancelled&limit=500");
        QCOMPARE(idsOf(cancelled), m_cancelled);
        auto several = list(Role::Support, "status=paid,cancelled&limit=500");
        std::set<long long> expected = m_cancelled;
        expected.insert(m_paid.begin(), m_paid.end());
        QCOMPARE(idsOf(several), expected);
        for (const auto& order : several)
            QVERIFY(order["status"] == "paid" || order["status"] == "cancelled");
        // A seller's filter stays within their own orders.
        for (const auto& order : list(Role::SellerB, "status=paid,cancelled,placed&limit=500"))
            QCOMPARE(order["seller_id"].get<long long>(), m_stack.fixtures().sellerBId());
    }

    void searchesNumberEmailAndProducts()
    {
        const std::string number =
            m_stack.database().scalar("SELECT number FROM orders WHERE id = " + std::to_string(m_sample));
        QCOMPARE(idsOf(list(Role::Support, "q=" + encode(number))), std::set<long long>{m_sample});
        std::string lower = number;
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        QCOMPARE(idsOf(list(Role::Support, "q=" + encode(lower))), std::set<long long>{m_sample});
        // A prefix of the number matches every order of that day (all of them here).
        QCOMPARE(idsOf(list(Role::Support, "q=" + encode(number.substr(0, 11)) + "&limit=500")), m_all);

        QCOMPARE(
            idsOf(list(Role::Support, "q=" + encode(m_stack.fixtures().member(Role::CustomerB).email) + "&limit=500")),
            m_byCustomerB);
        QCOMPARE(idsOf(list(Role::Support, "q=customer.b@&limit=500")), m_byCustomerB);

        QCOMPARE(idsOf(list(Role::Support, "q=" + encode("자켓") + "&limit=500")), m_withJacket);
        QCOMPARE(idsOf(list(Role::Support, "q=" + encode("겨울 자켓") + "&limit=500")), m_withJacket);
        QCOMPARE(idsOf(list(Role::Support, "q=LST-MUG&limit=500")), m_withMug);
        QVERIFY(list(Role::Support, "q=" + encode("존재하지않는상품")).empty());
        // Search never widens a scope.
        QVERIFY(list(Role::SellerB, "q=" + encode("자켓")).empty());
        QCOMPARE(idsOf(list(Role::CustomerA, "q=" + encode("자켓") + "&limit=500")), [&] {
            std::set<long long> mine;
            for (long long id : m_withJacket)
                if (m_byCustomerA.count(id)) mine.insert(id);
            return mine;
        }());
    }

    void filtersBySellerAndTime()
    {
        QCOMPARE(idsOf(list(Role::Admin, "seller_id=" + std::to_string(m_stack.fixtures().sellerBId()) + "&limit=500")),
                 m_ofSellerB);
        // A seller asking for another seller gets nothing of theirs.
        QVERIFY(list(Role::SellerA, "seller_id=" + std::to_string(m_stack.fixtures().sellerBId())).empty());

        // Move two orders into the past and ask for a window around them.
        m_stack.database().execute("UPDATE orders SET created_at = '2026-01-10T12:00:00Z' WHERE id = " +
                                   std::to_string(m_old1));
        m_stack.database().execute("UPDATE orders SET created_at = '2026-01-20T12:00:00Z' WHERE id = " +
                                   std::to_string(m_old2));
        QCOMPARE(idsOf(list(Role::Support, "created_from=2026-01-01T00:00:00Z&created_to=2026-02-01T00:00:00Z")),
                 (std::set<long long>{m_old1, m_old2}));
        QCOMPARE(idsOf(list(Role::Support, "created_from=2026-01-15T00:00:00%2B09:00&created_to=2026-02-01T00:00:00Z")),
                 std::set<long long>{m_old2});
        // created_to is exclusive.
        QCOMPARE(idsOf(list(Role::Support, "created_from=2026-01-01T00:00:00Z&created_to=2026-01-20T12:00:00Z")),
                 std::set<long long>{m_old1});
    }

    void pagesInEveryOrder_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::newRow("default") << "";
        QTest::newRow("created_at") << "created_at";
        QTest::newRow("-created_at") << "-created_at";
        QTest::newRow("total_cents") << "total_cents";
        QTest::newRow("-total_cents") << "-total_cents";
        QTest::newRow("id") << "id";
        QTest::newRow("-id") << "-id";
    }

    void pagesInEveryOrder()
    {
        QFETCH(QString, sort);
        const std::string sortParameter = sort.isEmpty() ? "" : "&sort=" + sort.toStdString();
        // The order the database defines, ties broken by id.
        std::string column = sort.isEmpty() ? "-created_at" : sort.toStdString();
        const bool descending = column[0] == '-';
        if (descending) column = column.substr(1);
        const std::string direction = descending ? " DESC" : " ASC";
        std::vector<long long> expected;
        for (const auto& row :
             m_stack.database().execute("SELECT id FROM orders ORDER BY " + column + direction + ", id" + direction))
            expected.push_back(row[0].as<long long>());

        std::vector<long long> paged;
        std::string cursor;
        HttpClient support = m_stack.fixtures().client(Role::Support);
        for (int page = 0; page < 50; ++page) {
            std::string target = "/api/v1/orders?limit=4" + sortParameter;
            if (!cursor.empty()) target += "&cursor=" + encode(cursor);
            HttpResponse response = support.get(target);
            QVERIFY2(response.status == 200, response.describe().c_str());
            QVERIFY(response.items().size() <= 4);
            for (const auto& item : response.items())
                paged.push_back(item["id"].get<long long>());
            if (response.json()["next_cursor"].is_null()) break;
            cursor = response.json()["next_cursor"].get<std::string>();
        }
        QCOMPARE(paged, expected);
    }

    void refusesBadParameters()
    {
        HttpClient support = m_stack.fixtures().client(Role::Support);
        for (const char* query : {"status=lost", "status=paid,lost", "sort=number", "limit=0", "limit=501",
                                  "created_from=yesterday", "created_to=2026-13-01T00:00:00Z"}) {
            HttpResponse response = support.get(std::string("/api/v1/orders?") + query);
            QVERIFY2(response.status == 422, (std::string(query) + ": " + response.describe()).c_str());
        }
        QCOMPARE(support.get("/api/v1/orders?limit=many").status, 400);
        QCOMPARE(support.get("/api/v1/orders?seller_id=x").status, 400);
        QCOMPARE(support.get("/api/v1/orders?cursor=garbage").status, 400);
        HttpResponse first = support.get("/api/v1/orders?limit=1&sort=total_cents");
        const std::string cursor = first.json()["next_cursor"].get<std::string>();
        HttpResponse wrongSort = support.get("/api/v1/orders?sort=-created_at&cursor=" + encode(cursor));
        QCOMPARE(wrongSort.status, 400);
        QCOMPARE(wrongSort.errorCode(), std::string("invalid_cursor"));
    }

    // The order JSON is built in PL/pgSQL (md_order_summary_json, md_order_json and their builders), so
    // a field renamed, added or dropped there must fail here until openapi.json says the same: a list
    // item against Order, a whole order (items, timeline, notes, refunds) against OrderDetail, for a
    // role that sees everything and one that sees no personal data.
    void orderJsonMatchesTheContract()
    {
        const nlohmann::json document = m_stack.server().client().get("/api/openapi.json").json();
        QVERIFY(document.is_object());
        const nlohmann::json order = {{"$ref", "#/components/schemas/Order"}};
        const nlohmann::json detail = {{"$ref", "#/components/schemas/OrderDetail"}};

        HttpClient support = m_stack.fixtures().client(Role::Support);
        const long long id = *m_paid.begin(); // paid: it can take a refund, and every array gets an element
        QCOMPARE(support.post(orderPath(id, "/notes"), {{"body", "포장 확인"}}).status, 201);
        QCOMPARE(support.post(orderPath(id, "/refunds"), {{"amount_cents", 100}, {"reason", "late"}}).status, 201);

        for (Role role : {Role::Support, Role::Operator}) {
            std::vector<std::string> problems;
            const nlohmann::json whole = m_stack.fixtures().client(role).get(orderPath(id)).json();
            for (const char* array : {"items", "events", "notes", "refunds"})
                QVERIFY2(whole.contains(array) && !whole[array].empty(), array);
            compareKeys(document, detail, whole, "order", problems);
            for (const auto& item : list(role, "limit=5")) compareKeys(document, order, item, "list item", problems);
            std::string all;
            for (const auto& problem : problems) all += "\n  " + problem;
            QVERIFY2(problems.empty(), all.c_str());
        }
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    nlohmann::json list(Role role, const std::string& query)
    {
        HttpResponse response = m_stack.fixtures().client(role).get("/api/v1/orders?" + query);
        if (response.status != 200) throw TestSetupError(QString::fromStdString(query + ": " + response.describe()));
        return response.items();
    }

    void setUpOrders()
    {
        long long jacket = m_stack.fixtures().createProduct(
            Role::SellerA, {{"sku", "LST-JACKET"}, {"title", "겨울 자켓 블랙"}, {"price_cents", 30000}})["id"];
        long long shirt = m_stack.fixtures().createProduct(
            Role::SellerA, {{"sku", "LST-SHIRT"}, {"title", "Oxford shirt"}, {"price_cents", 15000}})["id"];
        long long mug = m_stack.fixtures().createProduct(
            Role::SellerB, {{"sku", "LST-MUG"}, {"title", "머그컵"}, {"price_cents", 8000}})["id"];
        for (long long id : {jacket, shirt})
            m_stack.fixtures().setStock(Role::SellerA, id, 500);
        m_stack.fixtures().setStock(Role::SellerB, mug, 500);

        HttpClient support = m_stack.fixtures().client(Role::Support);
        for (int i = 0; i < 18; ++i) {
            const Role customer = i % 3 == 0 ? Role::CustomerB : Role::CustomerA;
            std::vector<std::pair<long long, long long>> lines;
            bool sellerB = i % 4 == 3;
            if (sellerB)
                lines = {{mug, 1 + i % 2}};
            else if (i % 2 == 0)
                lines = {{jacket, 1}, {shirt, 1 + i % 3}};
            else
                lines = {{shirt, 1 + i % 3}};
            HttpResponse placed = m_stack.fixtures().client(customer).post("/api/v1/orders", orderBody(lines));
            if (placed.status != 201) throw TestSetupError(QString::fromStdString(placed.describe()));
            long long id = placed.json()["id"];
            m_all.insert(id);
            (customer == Role::CustomerA ? m_byCustomerA : m_byCustomerB).insert(id);
            (sellerB ? m_ofSellerB : m_ofSellerA).insert(id);
            if (!sellerB && i % 2 == 0) m_withJacket.insert(id);
            if (sellerB) m_withMug.insert(id);
            if (i % 5 == 1) {
                transition(support, id, "cancelled", {{"reason", "test"}});
                m_cancelled.insert(id);
            } else if (i % 5 == 2) {
                transition(support, id, "paid");
                m_paid.insert(id);
            }
        }
        m_sample = *m_byCustomerB.begin();
        m_old1 = *m_ofSellerA.begin();
        m_old2 = *m_ofSellerB.begin();
        // Identical totals and creation times are common; make some so ties are exercised.
        m_stack.database().execute(
            "UPDATE orders SET created_at = (SELECT min(created_at) FROM orders) WHERE id % 3 = 0");
    }

    ServerStack m_stack;
    std::set<long long> m_all, m_byCustomerA, m_byCustomerB, m_ofSellerA, m_ofSellerB, m_withJacket, m_withMug,
        m_cancelled, m_paid;
    long long m_sample = 0, m_old1 = 0, m_old2 = 0;
};

QTEST_GUILESS_MAIN(ListingTest)
#include "ListingTest.moc"
