// What clients put into lists, on every list endpoint: one page limit (1 to 500, else 422 naming
// `limit`; not a number, 400), timestamps in query parameters must be real moments (422 naming the
// parameter otherwise, never a 500 from PostgreSQL), LIKE's `%`, `_` and `\` in `q` match only
// themselves, and a cursor that was tampered with in any way (base64, JSON, field count, types,
// huge numbers, a timestamp that is no date) is 400 invalid_cursor. Valid RFC 3339 that PostgreSQL itself would refuse (offsets past
// ±15:59, a leap second with a fraction) is accepted: the server hands PostgreSQL only its own
// canonical UTC form. The server answers /healthz/live after every row.

#include "support/KubeSimProcess.h"
#include "support/ServerStack.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QDir>
#include <QUrl>
#include <QtTest>

using namespace md::test;

namespace {

// A list of the API with the sort its cursor is issued for.
struct ListEndpoint {
    std::string name;
    std::string path; // with "?" and at least one parameter; the cursor is appended
    std::string cursor; // a real next_cursor of this list, taken in initTestCase
};

std::string base64Url(const std::string& bytes)
{
    return QByteArray::fromStdString(bytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

nlohmann::json decodeCursor(const std::string& cursor)
{
    return nlohmann::json::parse(
        QByteArray::fromBase64(QByteArray::fromStdString(cursor), QByteArray::Base64UrlEncoding).toStdString());
}

std::string withParameter(const std::string& path, const std::string& name, const std::string& value)
{
    return path + (path.find('?') == std::string::npos ? "?" : "&") + name + "=" +
           QUrl::toPercentEncoding(QString::fromStdString(value)).toStdString();
}

bool isTimestamp(const nlohmann::json& value)
{
    return value.is_string() && value.get<std::string>().size() >= 20 && value.get<std::string>()[4] == '-' &&
           value.get<std::string>()[10] == 'T';
}

} // namespace

class ListInputTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A cluster for the deployments list (the Kubernetes API test server).
        MD_REQUIRE(m_sim.start());
        const QString work =
            TestPaths::workDirectory() + "/list-input-" + QString::number(QCoreApplication::applicationPid());
        QDir().mkpath(work);
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_RATE_LIMIT_RPS", "0"},
                               {"MARKETDESK_KUBE_MODE", "kubeconfig"},
                               {"MARKETDESK_KUBECONFIG", m_sim.writeKubeconfig(work + "/kubeconfig")},
                               {"MARKETDESK_KUBE_NAMESPACE", "marketplace"},
                               // Not a Prometheus: every metrics row below must be refused before the
                               // server asks it anything (a request that got through would fail with 502).
                               {"MARKETDESK_PROMETHEUS_URL", m_sim.baseUrl()}};
        MD_REQUIRE(m_stack.start(options));

        // Two of everything, so each list has a second page and issues a cursor.
        Fixtures& fixtures = m_stack.fixtures();
        for (int i = 0; i < 2; ++i) {
            nlohmann::json product;
            MD_REQUIRE(product = fixtures.createProduct(Role::SellerA, {{"title", "List input " + std::to_string(i)}}));
            m_product = product["id"].get<long long>();
            MD_REQUIRE(fixtures.setStock(Role::SellerA, m_product, 10 + i));
            MD_REQUIRE(fixtures.setStock(Role::SellerA, m_product, 20 + i)); // a second movement
            HttpResponse order = fixtures.client(Role::CustomerA)
                                     .post("/api/v1/orders", {{"items", {{{"product_id", m_product}, {"quantity", 1}}}},
                                                              {"shipping_address", {{"name", "김민수"},
                                                                                    {"phone", "010-1234-5678"},
                                                                                    {"line1", "세종대로 110"},
                                                                                    {"city", "서울"},
                                                                                    {"postal_code", "04524"}}}});
            QVERIFY2(order.status == 201, order.describe().c_str());
        }
        HttpClient admin = fixtures.client(Role::Admin);
        // Text holding LIKE's wildcards and its escape character, on every list that searches: a
        // product (and so its stock row and an order of it), a user and a seller.
        // A product and its order without any of them too (fixture skus hold an underscore).
        const std::string wild = "50%_off \\ 특가";
        for (const nlohmann::json& fields : {nlohmann::json{{"title", "할인 " + wild}},
                                             nlohmann::json{{"title", "평범한 상품"}, {"sku", "PLAIN-1"}}}) {
            nlohmann::json product;
            MD_REQUIRE(product = fixtures.createProduct(Role::SellerB, fields));
            MD_REQUIRE(fixtures.setStock(Role::SellerB, product["id"].get<long long>(), 5));
            HttpResponse order =
                fixtures.client(Role::CustomerB)
                    .post("/api/v1/orders",
                          {{"items", {{{"product_id", product["id"]}, {"quantity", 1}}}},
                           {"shipping_address",
                            {{"name", "이영희"}, {"phone", "010-2222-3333"}, {"line1", "중앙대로 1"}, {"city", "부산"},
                             {"postal_code", "48058"}}}});
            QVERIFY2(order.status == 201, order.describe().c_str());
        }
        HttpResponse wildUser = admin.post("/api/v1/users", {{"email", "wild.card@test.marketdesk.kr"},
                                                              {"password", Fixtures::password()},
                                                              {"role", "customer"},
                                                              {"display_name", "고객 " + wild}});
        QVERIFY2(wildUser.status == 201, wildUser.describe().c_str());
        HttpResponse wildSeller = admin.post("/api/v1/sellers", {{"name", "상점 " + wild}});
        QVERIFY2(wildSeller.status == 201, wildSeller.describe().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(admin.get("/api/v1/ops/deployments?limit=1").status == 200, 20000);

        const std::string movements = "/api/v1/inventory/" + std::to_string(m_product) + "/movements?limit=1";
        m_lists = {{"products by id", "/api/v1/products?limit=1", ""},
                   {"products by title", "/api/v1/products?limit=1&sort=title", ""},
                   {"products by price", "/api/v1/products?limit=1&sort=-price_cents", ""},
                   {"products by created_at", "/api/v1/products?limit=1&sort=created_at", ""},
                   {"products by updated_at", "/api/v1/products?limit=1&sort=-updated_at", ""},
                   {"products by sku", "/api/v1/products?limit=1&sort=sku", ""},
                   {"orders by created_at", "/api/v1/orders?limit=1", ""},
                   {"orders by total", "/api/v1/orders?limit=1&sort=total_cents", ""},
                   {"orders by id", "/api/v1/orders?limit=1&sort=-id", ""},
                   {"inventory by product", "/api/v1/inventory?limit=1", ""},
                   {"inventory by available", "/api/v1/inventory?limit=1&sort=available", ""},
                   {"inventory by sku", "/api/v1/inventory?limit=1&sort=-sku", ""},
                   {"movements", movements, ""},
                   {"users by id", "/api/v1/users?limit=1", ""},
                   {"users by email", "/api/v1/users?limit=1&sort=email", ""},
                   {"users by created_at", "/api/v1/users?limit=1&sort=-created_at", ""},
                   {"sellers", "/api/v1/sellers?limit=1", ""},
                   {"deployments", "/api/v1/ops/deployments?limit=1", ""}};
        for (ListEndpoint& list : m_lists) {
            HttpResponse first = admin.get(list.path);
            QVERIFY2(first.status == 200 && first.json()["next_cursor"].is_string(),
                     (list.name + ": " + first.describe()).c_str());
            list.cursor = first.json()["next_cursor"].get<std::string>();
        }
        // The export pages through the product list, and takes its cursor.
        m_lists.push_back({"product export", "/api/v1/products/export?sort=sku", m_lists[5].cursor});
    }

    // After every row: the process lives and answers.
    void cleanup()
    {
        QVERIFY2(m_stack.server().isRunning(), "the server process died");
        HttpResponse live = m_stack.server().client().get("/healthz/live");
        QVERIFY2(live.status == 200, live.describe().c_str());
    }

    void tamperedCursorsAreInvalidCursor_data()
    {
        QTest::addColumn<int>("list");
        QTest::addColumn<QByteArray>("cursor");
        QTest::addColumn<int>("expected"); // 200 for tampering that still names a real position

        for (std::size_t index = 0; index < m_lists.size(); ++index) {
            const ListEndpoint& list = m_lists[index];
            const nlohmann::json document = decodeCursor(list.cursor);
            const nlohmann::json& position = document["p"];
            auto row = [&](const char* what, const std::string& cursor, int expected = 400) {
                QTest::addRow("%s: %s", list.name.c_str(), what)
                    << static_cast<int>(index) << QByteArray::fromStdString(cursor) << expected;
            };
            auto withPosition = [&](const nlohmann::json& changed) {
                nlohmann::json tampered = document;
                tampered["p"] = changed;
                return base64Url(tampered.dump());
            };
            // Raw text: the JSON of the position with one value replaced verbatim (numbers that
            // nlohmann_json could not even write).
            auto withRawValue = [&](std::size_t at, const std::string& raw) {
                std::string values;
                for (std::size_t i = 0; i < position.size(); ++i)
                    values += (i ? "," : "") + (i == at ? raw : position[i].dump());
                return base64Url(R"({"s":)" + document["s"].dump() + R"(,"p":[)" + values + "]}");
            };
            const std::size_t last = position.size() - 1;

            row("untouched", list.cursor, 200);
            row("not base64url", "!!!" + list.cursor);
            row("base64 of no JSON", base64Url("garbage"));
            row("a JSON array", base64Url("[1,2]"));
            row("without a position", base64Url(nlohmann::json{{"s", document["s"]}}.dump()));
            row("another sort", base64Url(nlohmann::json{{"s", "colour"}, {"p", position}}.dump()));
            row("one value fewer", withPosition(nlohmann::json(position.begin(), position.end() - 1)));
            nlohmann::json more = position;
            more.push_back(1);
            row("one value more", withPosition(more));
            row("too long", std::string(5000, 'A'));
            if (position[last].is_number_integer()) {
                nlohmann::json asText = position;
                asText[last] = std::to_string(position[last].get<long long>());
                row("id as text", withPosition(asText));
                row("id beyond bigint", withRawValue(last, "9223372036854775808"));
                row("id beyond 64 bits", withRawValue(last, "99999999999999999999999"));
                row("id 1e999", withRawValue(last, "1e999"));
                row("id a fraction", withRawValue(last, "1.5"));
                row("id null", withRawValue(last, "null"));
            }
            if (position.size() < 2) continue;
            if (isTimestamp(position[0])) {
                for (const char* bad : {"2024-02-30T00:00:00Z", "2023-02-29T12:00:00Z", "2024-04-31T00:00:00Z",
                                        "2024-01-01T24:00:00Z", "2024-01-01T00:00:00+24:00", "0000-01-01T00:00:00Z",
                                        "yesterday"}) {
                    nlohmann::json changed = position;
                    changed[0] = bad;
                    row(("timestamp " + std::string(bad)).c_str(), withPosition(changed));
                }
                nlohmann::json number = position;
                number[0] = 20240101;
                row("timestamp as a number", withPosition(number));
                // RFC 3339 allows these; PostgreSQL's own parser would refuse them (a 500 before).
                for (const char* good : {"2024-01-01T00:00:00+16:00", "2016-12-31T23:59:60.5Z"}) {
                    nlohmann::json changed = position;
                    changed[0] = good;
                    row(("timestamp " + std::string(good)).c_str(), withPosition(changed), 200);
                }
            } else if (position[0].is_string()) {
                row("text with NUL", withRawValue(0, R"("a\u0000b")"));
                row("object for text", withRawValue(0, R"({"a":1})"));
            } else {
                row("value as text", withRawValue(0, R"("12")"));
                // inventory's `available` is a 32-bit integer column; bigint columns take it.
                const bool narrow = list.name == "inventory by available";
                row("value beyond 32 bits", withRawValue(0, "3000000000"), narrow ? 400 : 200);
                row("value beyond bigint", withRawValue(0, "9223372036854775808"));
            }
        }
    }

    void tamperedCursorsAreInvalidCursor()
    {
        QFETCH(int, list);
        QFETCH(QByteArray, cursor);
        QFETCH(int, expected);
        const ListEndpoint& endpoint = m_lists[static_cast<std::size_t>(list)];
        HttpResponse response =
            m_stack.fixtures().client(Role::Admin).get(withParameter(endpoint.path, "cursor", cursor.toStdString()));
        QVERIFY2(response.status == expected, response.describe().c_str());
        if (expected == 400) {
            QCOMPARE(response.errorCode(), std::string("invalid_cursor"));
            QCOMPARE(response.json()["error"]["details"]["parameter"], nlohmann::json("cursor"));
        }
    }

    void timestampParametersAreRealMoments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");

        const char* bad[] = {"2024-02-30T00:00:00Z",      "2023-02-29T00:00:00Z",      "1900-02-29T00:00:00Z",
                             "2024-04-31T10:00:00Z",      "2024-13-01T00:00:00Z",      "2024-01-01T24:00:00Z",
                             "2024-01-01T00:60:00Z",      "2024-01-01T00:00:61Z",      "2024-01-01T00:00:00+24:00",
                             "2024-01-01T00:00:00+09:60", "0000-01-01T00:00:00Z",      "2024-01-01T00:00:00",
                             "2024-01-01",                "2024-01-01T00:00:00.Z",     "yesterday"};
        // RFC 3339 moments PostgreSQL's parser would refuse or misread: accepted all the same.
        const char* good[] = {"2024-01-01T00:00:00+16:00", "2024-01-01T00:00:00-23:59", "2016-12-31T23:59:60Z",
                              "2016-12-31T23:59:60.5Z", "2024-02-29T00:00:00Z", "2024-01-01T00:00:00.123456789Z",
                              "2024-01-01 00:00:00z"};
        const struct {
            const char* path;
            const char* parameter;
            bool answersGood; // false: a valid value goes on to Prometheus (not here), so only bad rows
        } parameters[] = {{"/api/v1/products", "updated_since", true},
                          {"/api/v1/products/export", "updated_since", true},
                          {"/api/v1/orders", "created_from", true},
                          {"/api/v1/orders", "created_to", true},
                          {"/api/v1/ops/metrics/query_range?query=up&end=60&step=15", "start", false},
                          {"/api/v1/ops/metrics/query?query=up", "time", false}};
        for (const auto& target : parameters) {
            for (const char* value : bad)
                QTest::addRow("%s %s=%s", target.path, target.parameter, value)
                    << target.path << target.parameter << value << 422;
            if (!target.answersGood) continue;
            for (const char* value : good)
                QTest::addRow("%s %s=%s", target.path, target.parameter, value)
                    << target.path << target.parameter << value << 200;
        }
    }

    void timestampParametersAreRealMoments()
    {
        QFETCH(QString, path);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(int, expected);
        HttpResponse response = m_stack.fixtures().client(Role::Admin).get(
            withParameter(path.toStdString(), parameter.toStdString(), value.toStdString()));
        QVERIFY2(response.status == expected, response.describe().c_str());
        if (expected == 422) {
            QCOMPARE(response.errorCode(), std::string("validation_failed"));
            QVERIFY2(response.json()["error"]["details"]["fields"].contains(parameter.toStdString()),
                     response.describe().c_str());
        }
    }

    // One page limit on every list, the export included (API.md "Lists"): a number outside 1 to 500
    // is refused with 422 naming `limit` (never served as a shorter page), not a number is 400.
    void everyListHasOneLimitPolicy_data()
    {
        QTest::addColumn<int>("list");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const struct {
            const char* limit;
            int status;
            const char* code;
        } values[] = {{"0", 422, "validation_failed"},       {"-1", 422, "validation_failed"},
                      {"501", 422, "validation_failed"},     {"100000", 422, "validation_failed"},
                      {"ten", 400, "invalid_parameter"},     {"1.5", 400, "invalid_parameter"},
                      {"500", 200, ""}};
        // One row per endpoint: products, orders, inventory, movements, users, sellers, deployments, export.
        for (int list : {0, 6, 9, 12, 13, 16, 17, 18}) {
            for (const auto& value : values)
                QTest::addRow("%s limit=%s", m_lists[static_cast<std::size_t>(list)].name.c_str(), value.limit)
                    << list << value.limit << value.status << value.code;
        }
    }

    void everyListHasOneLimitPolicy()
    {
        QFETCH(int, list);
        QFETCH(QString, limit);
        QFETCH(int, status);
        QFETCH(QString, code);
        const ListEndpoint& endpoint = m_lists[static_cast<std::size_t>(list)];
        // A repeated parameter keeps its last value, so this overrides the path's own limit.
        HttpResponse response =
            m_stack.fixtures().client(Role::Admin).get(withParameter(endpoint.path, "limit", limit.toStdString()));
        QVERIFY2(response.status == status, response.describe().c_str());
        if (status == 422) {
            QCOMPARE(response.errorCode(), code.toStdString());
            QVERIFY2(response.json()["error"]["details"]["fields"].contains("limit"), response.describe().c_str());
        } else if (status == 400) {
            QCOMPARE(response.errorCode(), code.toStdString());
            QCOMPARE(response.json()["error"]["details"]["parameter"], nlohmann::json("limit"));
        }
    }

    // `%`, `_` and `\` in q match themselves on every list that searches: a list finds exactly the
    // rows whose text holds the character (counted by SQL here), never every row (an unescaped `%`
    // or `_`) or an error (a pattern ending in an unescaped `\`).
    void searchWildcardsAreLiteralOnEveryList_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("holding"); // SQL counting the rows whose text holds :c
        QTest::addColumn<QString>("all");     // SQL counting every row of the list
        const struct {
            const char* path;
            const char* holding;
            const char* all;
        } lists[] = {
            {"/api/v1/products?limit=500", "SELECT count(*) FROM products WHERE strpos(search_document, :c) > 0",
             "SELECT count(*) FROM products"},
            {"/api/v1/inventory?limit=500",
             "SELECT count(*) FROM inventory i JOIN products p ON p.id = i.product_id "
             "WHERE strpos(p.search_document, :c) > 0",
             "SELECT count(*) FROM inventory"},
            {"/api/v1/orders?limit=500",
             "SELECT count(*) FROM orders o WHERE EXISTS (SELECT 1 FROM order_items i JOIN products p ON p.id = "
             "i.product_id WHERE i.order_id = o.id AND strpos(lower(p.title || ' ' || p.sku), :c) > 0) "
             "OR strpos(lower(o.customer_email), :c) = 1 OR strpos(o.number, :c) = 1",
             "SELECT count(*) FROM orders"},
            {"/api/v1/users?limit=500",
             "SELECT count(*) FROM users WHERE strpos(lower(email), :c) > 0 OR strpos(lower(display_name), :c) > 0",
             "SELECT count(*) FROM users"},
            {"/api/v1/sellers?limit=500", "SELECT count(*) FROM sellers WHERE strpos(lower(name), :c) > 0",
             "SELECT count(*) FROM sellers"}};
        for (const auto& list : lists) {
            for (const char* character : {"%", "_", "\\", "%%", "50%_"})
                QTest::addRow("%s q=%s", list.path, character)
                    << QString(list.path) + "&q=" + QUrl::toPercentEncoding(character)
                    << QString(list.holding).replace(":c", QString("'") + character + "'") << QString(list.all);
        }
    }

    void searchWildcardsAreLiteralOnEveryList()
    {
        QFETCH(QString, path);
        QFETCH(QString, holding);
        QFETCH(QString, all);
        HttpResponse response = m_stack.fixtures().client(Role::Admin).get(path.toStdString());
        QVERIFY2(response.status == 200, response.describe().c_str());
        const long long expected = std::stoll(m_stack.database().scalar(holding.toStdString()));
        QCOMPARE(static_cast<long long>(response.items().size()), expected);
        // The data holds rows without the character, so a wildcard taken as such would find more.
        QVERIFY(expected < std::stoll(m_stack.database().scalar(all.toStdString())));
    }

    // The canonical form is the same moment: an offset filter finds what its UTC form finds.
    void offsetsMeanTheSameMoment()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse utc = admin.get("/api/v1/orders?limit=500&created_from=2000-01-01T00:00:00Z");
        HttpResponse far =
            admin.get(withParameter("/api/v1/orders?limit=500", "created_from", "2000-01-01T23:30:00+23:30"));
        QVERIFY2(utc.status == 200 && far.status == 200, far.describe().c_str());
        QCOMPARE(far.items().size(), utc.items().size());
        QVERIFY(!utc.items().empty());
        HttpResponse future = admin.get(withParameter("/api/v1/orders", "created_from", "9999-12-31T23:59:59Z"));
        QVERIFY2(future.status == 200 && future.items().empty(), future.describe().c_str());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    KubeSimProcess m_sim;
    ServerStack m_stack;
    long long m_product = 0;
    std::vector<ListEndpoint> m_lists;
};

QTEST_GUILESS_MAIN(ListInputTest)
#include "ListInputTest.moc"
