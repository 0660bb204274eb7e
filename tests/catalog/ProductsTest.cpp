// Products one at a time (API.md "Catalog"): create, read, partial update with If-Match, archive,
// and every refusal: 401 without a token, 403 for read-only roles, 404 for another seller's
// product (the same answer as for one that does not exist), 409 duplicate_sku, 412 on a stale
// version (nothing changes), 415 for a non-JSON body, 422 naming every invalid field. Korean text
// must come back byte for byte, and every change must leave an audit row.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;

namespace {

std::string productPath(const nlohmann::json& product)
{
    return "/api/v1/products/" + std::to_string(product["id"].get<long long>());
}

std::string repeat(const std::string& text, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

} // namespace

class ProductsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_stack.start()); }

    void createReturnsTheProductWithLocationAndEtag()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const nlohmann::json body = {{"sku", "JK-001"},
                                     {"title", "겨울 패딩 자켓 — 네이비 👍"},
                                     {"description", "따뜻한\n패딩"},
                                     {"category", "아우터"},
                                     {"price_cents", 129000},
                                     {"compare_at_cents", 159000},
                                     {"status", "active"},
                                     {"attributes", {{"색상", "검정"}, {"sizes", {"M", "L"}}}},
                                     {"images", {"https://img.example.kr/jk-001.jpg"}}};
        HttpResponse created = seller.post("/api/v1/products", body);
        QVERIFY2(created.status == 201, created.describe().c_str());
        const auto product = created.json();
        QCOMPARE(created.header("Location"), productPath(product));
        QCOMPARE(created.header("ETag"), std::string("\"1\""));
        for (const char* field :
             {"id", "seller_id", "sku", "title", "description", "category", "price_cents", "compare_at_cents",
              "currency", "status", "attributes", "images", "version", "created_at", "updated_at"})
            QVERIFY2(product.contains(field), field);
        QCOMPARE(product.size(), std::size_t(15));
        QCOMPARE(product["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        QCOMPARE(product["title"].get<std::string>(), body["title"].get<std::string>());
        QCOMPARE(product["attributes"], body["attributes"]);
        QCOMPARE(product["currency"].get<std::string>(), std::string("KRW"));
        QCOMPARE(product["version"].get<int>(), 1);
        const std::string createdAt = product["created_at"].get<std::string>();
        QVERIFY2(createdAt.size() >= 20 && createdAt[10] == 'T' && createdAt.back() == 'Z', createdAt.c_str());
        // The raw bytes of the title are in the response body unescaped, as sent.
        QVERIFY(created.body.find("겨울 패딩 자켓 — 네이비 👍") != std::string::npos);

        // Its inventory row exists from the start, with nothing on hand.
        const std::string id = std::to_string(product["id"].get<long long>());
        QCOMPARE(m_stack.database().scalar("SELECT on_hand || '/' || reserved FROM inventory WHERE product_id = " + id),
                 std::string("0/0"));
        QCOMPARE(m_stack.database().scalar(
                     "SELECT count(*) FROM audit_log WHERE action = 'product.create' AND entity_id = '" + id + "'"),
                 std::string("1"));

        HttpResponse read = seller.get(productPath(product));
        QVERIFY2(read.status == 200, read.describe().c_str());
        QCOMPARE(read.json(), product);
        QCOMPARE(read.header("ETag"), std::string("\"1\""));
    }

    void defaultsApplyToOptionalFields()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse created =
            seller.post("/api/v1/products", {{"sku", "MIN-1"}, {"title", "모자"}, {"price_cents", 0}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        const auto product = created.json();
        QCOMPARE(product["status"].get<std::string>(), std::string("draft"));
        QCOMPARE(product["currency"].get<std::string>(), std::string("KRW"));
        QVERIFY(product["compare_at_cents"].is_null());
        QCOMPARE(product["attributes"], nlohmann::json::object());
        QCOMPARE(product["images"], nlohmann::json::array());
        QCOMPARE(product["description"].get<std::string>(), std::string());
    }

    void adminCreatesForANamedSeller()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse missing = admin.post("/api/v1/products", {{"sku", "ADM-1"}, {"title", "t"}, {"price_cents", 1}});
        QVERIFY2(missing.status == 422, missing.describe().c_str());
        QVERIFY(missing.json()["error"]["details"]["fields"].contains("seller_id"));
        HttpResponse unknown = admin.post(
            "/api/v1/products", {{"sku", "ADM-1"}, {"title", "t"}, {"price_cents", 1}, {"seller_id", 987654}});
        QVERIFY2(unknown.status == 422, unknown.describe().c_str());
        QVERIFY(unknown.json()["error"]["details"]["fields"].contains("seller_id"));
        HttpResponse created = admin.post(
            "/api/v1/products",
            {{"sku", "ADM-1"}, {"title", "t"}, {"price_cents", 1}, {"seller_id", m_stack.fixtures().sellerBId()}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        QCOMPARE(created.json()["seller_id"].get<long long>(), m_stack.fixtures().sellerBId());
    }

    void aSellerCannotCreateForAnotherSeller()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse other = seller.post(
            "/api/v1/products",
            {{"sku", "OTHER-1"}, {"title", "t"}, {"price_cents", 1}, {"seller_id", m_stack.fixtures().sellerBId()}});
        QVERIFY2(other.status == 403, other.describe().c_str());
        HttpResponse own = seller.post(
            "/api/v1/products",
            {{"sku", "OWN-1"}, {"title", "t"}, {"price_cents", 1}, {"seller_id", m_stack.fixtures().sellerAId()}});
        QVERIFY2(own.status == 201, own.describe().c_str());
    }

    void duplicateSkuIsAConflictPerSeller()
    {
        auto first = m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "DUP-1"}});
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse again =
            seller.post("/api/v1/products", {{"sku", "DUP-1"}, {"title", "again"}, {"price_cents", 5}});
        QVERIFY2(again.status == 409, again.describe().c_str());
        QCOMPARE(again.errorCode(), std::string("duplicate_sku"));
        // Another seller may use the same sku.
        auto otherSeller = m_stack.fixtures().createProduct(Role::SellerB, {{"sku", "DUP-1"}});
        QCOMPARE(otherSeller["sku"].get<std::string>(), std::string("DUP-1"));
        // Renaming a product to a taken sku is the same conflict, and changes nothing.
        auto second = m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "DUP-2"}});
        HttpResponse rename = seller.patch(productPath(second), {{"sku", "DUP-1"}});
        QVERIFY2(rename.status == 409, rename.describe().c_str());
        QCOMPARE(rename.errorCode(), std::string("duplicate_sku"));
        QCOMPARE(seller.get(productPath(second)).json()["sku"].get<std::string>(), std::string("DUP-2"));
    }

    void validationNamesEveryInvalidField()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse response = seller.post("/api/v1/products", {{"sku", "has space"},
                                                                 {"title", repeat("가", 201)},
                                                                 {"price_cents", -1},
                                                                 {"compare_at_cents", -2},
                                                                 {"currency", "won"},
                                                                 {"status", "sold"},
                                                                 {"attributes", {1, 2}},
                                                                 {"images", {"ftp://x.kr/a.jpg"}}});
        QVERIFY2(response.status == 422, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("validation_failed"));
        const auto fields = response.json()["error"]["details"]["fields"];
        for (const char* field :
             {"sku", "title", "price_cents", "compare_at_cents", "currency", "status", "attributes", "images"})
            QVERIFY2(fields.contains(field), field);

        // 200 Korean characters (600 bytes) are a valid title.
        HttpResponse longTitle =
            seller.post("/api/v1/products", {{"sku", "LONG-1"}, {"title", repeat("가", 200)}, {"price_cents", 1}});
        QVERIFY2(longTitle.status == 201, longTitle.describe().c_str());

        HttpResponse missing = seller.post("/api/v1/products", {{"title", "no sku"}});
        QVERIFY2(missing.status == 422, missing.describe().c_str());
        QVERIFY(missing.json()["error"]["details"]["fields"].contains("sku"));
        QVERIFY(missing.json()["error"]["details"]["fields"].contains("price_cents"));
    }

    void wrongJsonTypesAndUnknownFieldsAreNamed()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse response = seller.post("/api/v1/products", {{"sku", 12},
                                                                 {"title", {"a"}},
                                                                 {"price_cents", "1000"},
                                                                 {"compare_at_cents", 1.5},
                                                                 {"images", "https://x.kr/a.jpg"},
                                                                 {"pirce_cents", 1000}});
        QVERIFY2(response.status == 422, response.describe().c_str());
        const auto fields = response.json()["error"]["details"]["fields"];
        for (const char* field : {"sku", "title", "price_cents", "compare_at_cents", "images", "pirce_cents"})
            QVERIFY2(fields.contains(field), field);

        HttpResponse notObject = seller.post("/api/v1/products", nlohmann::json::array({1, 2}));
        QVERIFY2(notObject.status == 400, notObject.describe().c_str());
        HttpResponse malformed =
            seller.request("POST", "/api/v1/products", "{\"sku\":", {{"Content-Type", "application/json"}});
        QVERIFY2(malformed.status == 400, malformed.describe().c_str());
        HttpResponse wrongType = seller.request("POST", "/api/v1/products", "sku=A",
                                                {{"Content-Type", "application/x-www-form-urlencoded"}});
        QVERIFY2(wrongType.status == 415, wrongType.describe().c_str());
    }

    void patchChangesOnlyWhatIsSentAndBumpsTheVersion()
    {
        auto product =
            m_stack.fixtures().createProduct(Role::SellerA, {{"title", "봄 셔츠"}, {"compare_at_cents", 20000}});
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse patched = seller.patch(
            productPath(product), {{"price_cents", 9900}, {"compare_at_cents", nullptr}}, {{"If-Match", "\"1\""}});
        QVERIFY2(patched.status == 200, patched.describe().c_str());
        const auto after = patched.json();
        QCOMPARE(after["price_cents"].get<long long>(), 9900LL);
        QVERIFY(after["compare_at_cents"].is_null());
        QCOMPARE(after["title"].get<std::string>(), std::string("봄 셔츠"));
        QCOMPARE(after["version"].get<int>(), 2);
        QCOMPARE(patched.header("ETag"), std::string("\"2\""));
        QVERIFY(after["updated_at"].get<std::string>() >= product["updated_at"].get<std::string>());
        QCOMPARE(after["created_at"], product["created_at"]);

        // Without If-Match the update applies too.
        HttpResponse unconditional = seller.patch(productPath(product), {{"status", "draft"}});
        QVERIFY2(unconditional.status == 200, unconditional.describe().c_str());
        QCOMPARE(unconditional.json()["version"].get<int>(), 3);

        // A patch that changes nothing keeps the version; read-only fields are accepted and ignored.
        HttpResponse same = seller.patch(productPath(product), unconditional.json());
        QVERIFY2(same.status == 200, same.describe().c_str());
        QCOMPARE(same.json()["version"].get<int>(), 3);

        const std::string id = std::to_string(product["id"].get<long long>());
        QCOMPARE(m_stack.database().scalar(
                     "SELECT count(*) FROM audit_log WHERE action = 'product.update' AND entity_id = '" + id + "'"),
                 std::string("2"));
        QCOMPARE(
            m_stack.database().scalar("SELECT before->>'price_cents' || '>' || (after->>'price_cents') FROM audit_log "
                                      "WHERE action = 'product.update' AND entity_id = '" +
                                      id + "' ORDER BY id LIMIT 1"),
            std::string("12000>9900"));
    }

    void staleIfMatchIsRefusedAndChangesNothing()
    {
        auto product = m_stack.fixtures().createProduct(Role::SellerA);
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        QCOMPARE(seller.patch(productPath(product), {{"price_cents", 1}}).status, 200); // now version 2
        HttpResponse stale = seller.patch(productPath(product), {{"price_cents", 2}}, {{"If-Match", "\"1\""}});
        QVERIFY2(stale.status == 412, stale.describe().c_str());
        QCOMPARE(stale.json()["error"]["details"]["current_version"].get<int>(), 2);
        HttpResponse read = seller.get(productPath(product));
        QCOMPARE(read.json()["price_cents"].get<long long>(), 1LL);
        QCOMPARE(read.json()["version"].get<int>(), 2);
        HttpResponse staleDelete = seller.del(productPath(product), {{"If-Match", "\"1\""}});
        QVERIFY2(staleDelete.status == 412, staleDelete.describe().c_str());
        QCOMPARE(seller.get(productPath(product)).json()["status"].get<std::string>(), std::string("active"));
        HttpResponse garbage = seller.patch(productPath(product), {{"price_cents", 2}}, {{"If-Match", "abc"}});
        QVERIFY2(garbage.status == 400, garbage.describe().c_str());
    }

    void invalidPatchChangesNothing()
    {
        auto product = m_stack.fixtures().createProduct(Role::SellerA);
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse bad = seller.patch(productPath(product), {{"title", ""}, {"price_cents", 5}});
        QVERIFY2(bad.status == 422, bad.describe().c_str());
        QVERIFY(bad.json()["error"]["details"]["fields"].contains("title"));
        HttpResponse sellerChange = seller.patch(productPath(product), {{"seller_id", m_stack.fixtures().sellerBId()}});
        QVERIFY2(sellerChange.status == 422, sellerChange.describe().c_str());
        HttpResponse read = seller.get(productPath(product));
        QCOMPARE(read.json()["version"].get<int>(), 1);
        QCOMPARE(read.json()["price_cents"].get<long long>(), 12000LL);
    }

    void deleteArchivesAndNeverRemovesTheRow()
    {
        auto product = m_stack.fixtures().createProduct(Role::SellerA);
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse archived = seller.del(productPath(product), {{"If-Match", "\"1\""}});
        QVERIFY2(archived.status == 200, archived.describe().c_str());
        QCOMPARE(archived.json()["status"].get<std::string>(), std::string("archived"));
        QCOMPARE(archived.json()["version"].get<int>(), 2);
        // Archiving again is harmless and changes nothing.
        HttpResponse again = seller.del(productPath(product));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()["version"].get<int>(), 2);
        const std::string id = std::to_string(product["id"].get<long long>());
        QCOMPARE(m_stack.database().scalar("SELECT status FROM products WHERE id = " + id), std::string("archived"));
        QCOMPARE(m_stack.database().scalar(
                     "SELECT count(*) FROM audit_log WHERE action = 'product.archive' AND entity_id = '" + id + "'"),
                 std::string("1"));
        // Staff still read it; customers no longer see it.
        QCOMPARE(m_stack.fixtures().client(Role::Support).get(productPath(product)).status, 200);
        QCOMPARE(m_stack.fixtures().client(Role::CustomerA).get(productPath(product)).status, 404);
    }

    void anotherSellersProductIsNotFound()
    {
        auto product = m_stack.fixtures().createProduct(Role::SellerA, {{"status", "draft"}});
        HttpClient other = m_stack.fixtures().client(Role::SellerB);
        HttpResponse read = other.get(productPath(product));
        HttpResponse absent = other.get("/api/v1/products/999999999");
        QVERIFY2(read.status == 404, read.describe().c_str());
        QCOMPARE(absent.status, 404);
        QCOMPARE(read.body, absent.body); // nothing tells the two apart
        QCOMPARE(other.patch(productPath(product), {{"price_cents", 1}}).status, 404);
        QCOMPARE(other.del(productPath(product)).status, 404);
        QCOMPARE(m_stack.fixtures().client(Role::SellerA).get(productPath(product)).json()["version"].get<int>(), 1);
        QCOMPARE(other.get("/api/v1/products/abc").status, 404);
    }

    void customersSeeOnlyActiveProducts()
    {
        auto draft = m_stack.fixtures().createProduct(Role::SellerA, {{"status", "draft"}});
        auto active = m_stack.fixtures().createProduct(Role::SellerA, {{"status", "active"}});
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        QCOMPARE(customer.get(productPath(draft)).status, 404);
        QCOMPARE(customer.get(productPath(active)).status, 200);
        // Publishing it makes it visible at once (the cache is invalidated by the write).
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        QCOMPARE(seller.patch(productPath(draft), {{"status", "active"}}).status, 200);
        QCOMPARE(customer.get(productPath(draft)).status, 200);
    }

    void readOnlyRolesAndAnonymousCallersAreRefused()
    {
        auto product = m_stack.fixtures().createProduct(Role::SellerA);
        for (Role role : {Role::Support, Role::Operator, Role::CustomerA}) {
            HttpClient client = m_stack.fixtures().client(role);
            QCOMPARE(client.get(productPath(product)).status, 200);
            QCOMPARE(client.post("/api/v1/products", {{"sku", "RO-1"}, {"title", "t"}, {"price_cents", 1}}).status,
                     403);
            QCOMPARE(client.patch(productPath(product), {{"price_cents", 1}}).status, 403);
            QCOMPARE(client.del(productPath(product)).status, 403);
        }
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        QCOMPARE(anonymous.get(productPath(product)).status, 401);
        QCOMPARE(anonymous.get("/api/v1/products").status, 401);
        QCOMPARE(anonymous.post("/api/v1/products", {{"sku", "AN-1"}}).status, 401);
        QCOMPARE(anonymous.patch(productPath(product), {{"price_cents", 1}}).status, 401);
        QCOMPARE(anonymous.del(productPath(product)).status, 401);
        HttpClient forged = m_stack.fixtures().anonymousClient();
        forged.setBearerToken("not.a.token");
        QCOMPARE(forged.get(productPath(product)).status, 401);
    }

    void adminChangesAnySellersProduct()
    {
        auto product = m_stack.fixtures().createProduct(Role::SellerB);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse patched = admin.patch(productPath(product), {{"title", "관리자 수정"}});
        QVERIFY2(patched.status == 200, patched.describe().c_str());
        QCOMPARE(patched.json()["seller_id"].get<long long>(), m_stack.fixtures().sellerBId());
        QCOMPARE(admin.del(productPath(product)).json()["status"].get<std::string>(), std::string("archived"));
    }

    void conditionalGetAnswersNotModified()
    {
        auto product = m_stack.fixtures().createProduct(Role::SellerA);
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        HttpResponse first = customer.get(productPath(product));
        QCOMPARE(first.status, 200);
        HttpResponse cached = customer.get(productPath(product), {{"If-None-Match", first.header("ETag")}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.empty());
        QCOMPARE(customer.get(productPath(product), {{"If-None-Match", "\"999\""}}).status, 200);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(ProductsTest)
#include "ProductsTest.moc"
