// Sellers: every staff role lists and reads them, a seller user only their own (another seller is
// 404, so existence does not leak), customers not at all; admins create them (audited).

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>
#include <set>

using namespace md::test;

namespace {

std::string sellerPath(long long id)
{
    return "/api/v1/sellers/" + std::to_string(id);
}

std::set<long long> idsOf(const nlohmann::json& items)
{
    std::set<long long> ids;
    for (const auto& item : items)
        ids.insert(item["id"].get<long long>());
    return ids;
}

} // namespace

class SellersTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_stack.start()); }

    void staffSeeEverySeller()
    {
        for (Role role : {Role::Admin, Role::Support, Role::Operator}) {
            HttpClient client = m_stack.fixtures().client(role);
            HttpResponse list = client.get("/api/v1/sellers?limit=500");
            QVERIFY2(list.status == 200, list.describe().c_str());
            auto ids = idsOf(list.json()["items"]);
            QVERIFY(ids.count(m_stack.fixtures().sellerAId()) && ids.count(m_stack.fixtures().sellerBId()));
            QVERIFY(list.json()["next_cursor"].is_null());
            HttpResponse one = client.get(sellerPath(m_stack.fixtures().sellerBId()));
            QVERIFY2(one.status == 200, one.describe().c_str());
            QCOMPARE(one.json()["id"].get<long long>(), m_stack.fixtures().sellerBId());
            QVERIFY(one.json().contains("name") && one.json().contains("created_at"));
        }
    }

    void aSellerSeesOnlyItsOwnSeller()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse list = seller.get("/api/v1/sellers");
        QVERIFY2(list.status == 200, list.describe().c_str());
        QCOMPARE(idsOf(list.json()["items"]), std::set<long long>{m_stack.fixtures().sellerAId()});
        QCOMPARE(seller.get(sellerPath(m_stack.fixtures().sellerAId())).status, 200);
        HttpResponse other = seller.get(sellerPath(m_stack.fixtures().sellerBId()));
        QVERIFY2(other.status == 404, other.describe().c_str());
        // The same answer as for a seller that does not exist at all.
        HttpResponse missing = seller.get(sellerPath(99999999));
        QCOMPARE(missing.status, 404);
        QCOMPARE(other.body, missing.body);
    }

    void customersAndAnonymousAreRefused()
    {
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        QCOMPARE(customer.get("/api/v1/sellers").status, 403);
        QCOMPARE(customer.get(sellerPath(m_stack.fixtures().sellerAId())).status, 403);
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        QCOMPARE(anonymous.get("/api/v1/sellers").status, 401);
        QCOMPARE(anonymous.get(sellerPath(m_stack.fixtures().sellerAId())).status, 401);
    }

    void unknownSellerIs404()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin.get(sellerPath(99999999)).status, 404);
        QCOMPARE(admin.get("/api/v1/sellers/zero").status, 404);
    }

    void adminCreatesSellers()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post("/api/v1/sellers", {{"name", "  서울 문구점  "}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        const long long id = created.json()["id"].get<long long>();
        QCOMPARE(created.header("Location"), sellerPath(id));
        QCOMPARE(created.json()["name"].get<std::string>(), std::string("서울 문구점"));
        HttpResponse read = admin.get(sellerPath(id));
        QCOMPARE(read.json()["name"].get<std::string>(), std::string("서울 문구점"));
        QCOMPARE(
            m_stack.database().scalar("SELECT actor_email || '|' || (after->>'name') FROM audit_log WHERE action = "
                                      "'seller.create' AND entity_id = '" +
                                      std::to_string(id) + "'"),
            m_stack.fixtures().member(Role::Admin).email + "|서울 문구점");
    }

    void createValidates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("empty name") << QByteArray(R"({"name":""})") << 422;
        QTest::newRow("blank name") << QByteArray(R"({"name":"   "})") << 422;
        QTest::newRow("no name") << QByteArray("{}") << 422;
        QTest::newRow("name not a string") << QByteArray(R"({"name":7})") << 422;
        QTest::newRow("name too long") << ("{\"name\":\"" + QByteArray(201, 'x') + "\"}") << 422;
        QTest::newRow("unknown field") << QByteArray(R"({"name":"ok","id":5})") << 422;
        QTest::newRow("not an object") << QByteArray(R"("name")") << 400;
    }

    void createValidates()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse response =
            admin.request("POST", "/api/v1/sellers", body.toStdString(), {{"Content-Type", "application/json"}});
        QVERIFY2(static_cast<int>(response.status) == status, response.describe().c_str());
    }

    void twoHundredKoreanCharactersAreAllowed()
    {
        std::string name;
        for (int i = 0; i < 200; ++i)
            name += "가";
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post("/api/v1/sellers", {{"name", name}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        QCOMPARE(created.json()["name"].get<std::string>(), name);
    }

    void onlyAdminsCreate()
    {
        for (Role role : {Role::SellerA, Role::Support, Role::Operator, Role::CustomerA}) {
            HttpClient client = m_stack.fixtures().client(role);
            QCOMPARE(client.post("/api/v1/sellers", {{"name", "nope"}}).status, 403);
        }
        QCOMPARE(m_stack.fixtures().anonymousClient().post("/api/v1/sellers", {{"name", "nope"}}).status, 401);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM sellers WHERE name = 'nope'"), std::string("0"));
    }

    void listPagesWithACursor()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(admin.post("/api/v1/sellers", {{"name", "page seller " + std::to_string(i)}}).status, 201);
        const long long total = std::stoll(m_stack.database().scalar("SELECT count(*) FROM sellers"));
        std::vector<long long> ids;
        std::string cursor;
        do {
            HttpResponse page = admin.get("/api/v1/sellers?limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor));
            QVERIFY2(page.status == 200, page.describe().c_str());
            const nlohmann::json pageItems = page.json()["items"];
            for (const auto& seller : pageItems)
                ids.push_back(seller["id"].get<long long>());
            cursor = page.json()["next_cursor"].is_null() ? "" : page.json()["next_cursor"].get<std::string>();
            QVERIFY(ids.size() < 10000);
        } while (!cursor.empty());
        QCOMPARE(static_cast<long long>(ids.size()), total);
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        HttpResponse search = admin.get("/api/v1/sellers?q=PAGE%20SELLER%202");
        QCOMPARE(search.json()["items"].size(), std::size_t(1));
        QCOMPARE(admin.get("/api/v1/sellers?cursor=garbage!").status, 400);
        // The limit policy of every list (API.md "Lists"): out of range 422, not a number 400.
        QCOMPARE(admin.get("/api/v1/sellers?limit=0").status, 422);
        QCOMPARE(admin.get("/api/v1/sellers?limit=501").status, 422);
        QCOMPARE(admin.get("/api/v1/sellers?limit=ten").status, 400);
        QCOMPARE(admin.get("/api/v1/sellers?q=" + std::string(201, 'x')).status, 422);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(SellersTest)
#include "SellersTest.moc"
