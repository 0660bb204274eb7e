// User administration (admin only): list with keyset pagination and filters, read with ETag,
// create with validation and duplicate detection, change with If-Match, audit rows; and the
// create-user command, which shares the rules.

#include "support/ServerCommand.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>
#include <set>

using namespace md::test;

namespace {

constexpr const char* kPassword = "users-test-password";

std::string userPath(long long id)
{
    return "/api/v1/users/" + std::to_string(id);
}

} // namespace

class UsersTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_stack.start()); }

    void onlyAdminsManageUsers()
    {
        const long long someone = m_stack.fixtures().member(Role::CustomerA).userId;
        for (Role role : {Role::SellerA, Role::Support, Role::Operator, Role::CustomerA}) {
            HttpClient client = m_stack.fixtures().client(role);
            QCOMPARE(client.get("/api/v1/users").status, 403);
            QCOMPARE(client.get(userPath(someone)).status, 403);
            QCOMPARE(
                client.post("/api/v1/users", {{"email", "x@y.kr"}, {"password", kPassword}, {"role", "admin"}}).status,
                403);
            QCOMPARE(client.patch(userPath(someone), {{"role", "admin"}}).status, 403);
        }
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        QCOMPARE(anonymous.get("/api/v1/users").status, 401);
        QCOMPARE(anonymous.post("/api/v1/users", {{"email", "x@y.kr"}}).status, 401);
        QCOMPARE(anonymous.patch(userPath(someone), {{"role", "admin"}}).status, 401);
    }

    void createAnswers201WithLocationAndAudits()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post("/api/v1/users", {{"email", "New.Person@test.marketdesk.kr"},
                                                            {"password", kPassword},
                                                            {"role", "support"},
                                                            {"display_name", "  홍길동 "}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        const auto user = created.json();
        const long long id = user["id"].get<long long>();
        QCOMPARE(created.header("Location"), userPath(id));
        QCOMPARE(created.header("ETag"), std::string("\"1\""));
        QCOMPARE(user["email"].get<std::string>(), std::string("New.Person@test.marketdesk.kr"));
        QCOMPARE(user["display_name"].get<std::string>(), std::string("홍길동"));
        QCOMPARE(user["role"].get<std::string>(), std::string("support"));
        QVERIFY(user["seller_id"].is_null());
        QCOMPARE(user["disabled"].get<bool>(), false);
        QCOMPARE(user["version"].get<long long>(), 1LL);
        QVERIFY(user.contains("created_at") && user.contains("updated_at"));
        QVERIFY(created.body.find("password") == std::string::npos);

        QVERIFY(m_stack.database()
                    .scalar("SELECT password_hash FROM users WHERE id = " + std::to_string(id))
                    .rfind("$argon2id$", 0) == 0);
        const std::string audit = m_stack.database().scalar(
            "SELECT actor_email || '|' || after::text FROM audit_log WHERE action = 'user.create' AND entity_id = '" +
            std::to_string(id) + "'");
        QVERIFY2(audit.rfind(m_stack.fixtures().member(Role::Admin).email + "|", 0) == 0, audit.c_str());
        QVERIFY2(audit.find("argon2") == std::string::npos && audit.find(kPassword) == std::string::npos,
                 audit.c_str());

        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse login =
            client.post("/api/v1/auth/login", {{"email", "new.person@test.marketdesk.kr"}, {"password", kPassword}});
        QVERIFY2(login.status == 200, login.describe().c_str());
    }

    void createSellerUser()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post("/api/v1/users", {{"email", "seller.new@test.marketdesk.kr"},
                                                            {"password", kPassword},
                                                            {"role", "seller"},
                                                            {"seller_id", m_stack.fixtures().sellerBId()}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        QCOMPARE(created.json()["seller_id"].get<long long>(), m_stack.fixtures().sellerBId());
    }

    void createValidates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray pw = QByteArray("\"password\":\"") + kPassword + "\"";
        QTest::newRow("email without @") << ("{\"email\":\"nobody\"," + pw + ",\"role\":\"admin\"}") << "email";
        QTest::newRow("email without domain dot") << ("{\"email\":\"a@b\"," + pw + ",\"role\":\"admin\"}") << "email";
        QTest::newRow("email with space") << ("{\"email\":\"a b@c.kr\"," + pw + ",\"role\":\"admin\"}") << "email";
        QTest::newRow("email missing") << ("{" + pw + ",\"role\":\"admin\"}") << "email";
        QTest::newRow("password 9 characters")
            << QByteArray(R"({"email":"v1@test.marketdesk.kr","password":"123456789","role":"admin"})") << "password";
        QTest::newRow("password missing")
            << QByteArray(R"({"email":"v2@test.marketdesk.kr","role":"admin"})") << "password";
        QTest::newRow("unknown role") << ("{\"email\":\"v3@test.marketdesk.kr\"," + pw + ",\"role\":\"root\"}")
                                      << "role";
        QTest::newRow("role missing") << ("{\"email\":\"v4@test.marketdesk.kr\"," + pw + "}") << "role";
        QTest::newRow("seller without seller_id")
            << ("{\"email\":\"v5@test.marketdesk.kr\"," + pw + ",\"role\":\"seller\"}") << "seller_id";
        QTest::newRow("seller with unknown seller")
            << ("{\"email\":\"v6@test.marketdesk.kr\"," + pw + ",\"role\":\"seller\",\"seller_id\":987654}")
            << "seller_id";
        QTest::newRow("customer with seller_id")
            << ("{\"email\":\"v7@test.marketdesk.kr\"," + pw + ",\"role\":\"customer\",\"seller_id\":1}")
            << "seller_id";
        QTest::newRow("display name too long")
            << ("{\"email\":\"v8@test.marketdesk.kr\"," + pw + ",\"role\":\"admin\",\"display_name\":\"" +
                QByteArray(201, 'n') + "\"}")
            << "display_name";
        QTest::newRow("unknown field") << ("{\"email\":\"v9@test.marketdesk.kr\"," + pw +
                                           ",\"role\":\"admin\",\"admin\":true}")
                                       << "admin";
        QTest::newRow("role not a string")
            << ("{\"email\":\"v10@test.marketdesk.kr\"," + pw + ",\"role\":1}") << "role";
    }

    void createValidates()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const std::string before = m_stack.database().scalar("SELECT count(*) FROM users");
        HttpResponse response =
            admin.request("POST", "/api/v1/users", body.toStdString(), {{"Content-Type", "application/json"}});
        QVERIFY2(response.status == 422, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("validation_failed"));
        QVERIFY2(response.json()["error"]["details"]["fields"].contains(field.toStdString()),
                 response.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM users"), before);
    }

    void koreanPasswordsCountCharacters()
    {
        // Ten Hangul syllables are ten characters (thirty bytes), so this is long enough; nine are not.
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse nine = admin.post(
            "/api/v1/users",
            {{"email", "hangul9@test.marketdesk.kr"}, {"password", "가나다라마바사아자"}, {"role", "customer"}});
        QCOMPARE(nine.status, 422);
        HttpResponse ten = admin.post(
            "/api/v1/users",
            {{"email", "hangul10@test.marketdesk.kr"}, {"password", "가나다라마바사아자차"}, {"role", "customer"}});
        QVERIFY2(ten.status == 201, ten.describe().c_str());
        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(client
                     .post("/api/v1/auth/login",
                           {{"email", "hangul10@test.marketdesk.kr"}, {"password", "가나다라마바사아자차"}})
                     .status,
                 200);
    }

    void duplicateEmailIsAConflict()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin
                     .post("/api/v1/users",
                           {{"email", "twice@test.marketdesk.kr"}, {"password", kPassword}, {"role", "customer"}})
                     .status,
                 201);
        HttpResponse again = admin.post(
            "/api/v1/users", {{"email", "TWICE@test.marketdesk.kr"}, {"password", kPassword}, {"role", "operator"}});
        QVERIFY2(again.status == 409, again.describe().c_str());
        QCOMPARE(again.errorCode(), std::string("duplicate_email"));
    }

    void createRefusesMalformedBodies()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin.request("POST", "/api/v1/users", "{", {{"Content-Type", "application/json"}}).status, 400);
        QCOMPARE(admin.request("POST", "/api/v1/users", "[]", {{"Content-Type", "application/json"}}).status, 400);
        QCOMPARE(admin.request("POST", "/api/v1/users", "a=b", {{"Content-Type", "text/plain"}}).status, 415);
    }

    void getAnswersTheUserWithAnETag()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const CastMember& seller = m_stack.fixtures().member(Role::SellerA);
        HttpResponse response = admin.get(userPath(seller.userId));
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.json()["email"].get<std::string>(), seller.email);
        QCOMPARE(response.json()["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        QCOMPARE(response.header("ETag"), "\"" + std::to_string(response.json()["version"].get<long long>()) + "\"");
        QVERIFY(response.body.find("password") == std::string::npos);
        QCOMPARE(admin.get(userPath(99999999)).status, 404);
        QCOMPARE(admin.get("/api/v1/users/abc").status, 404);
    }

    // A seller user carries their seller's name, wherever the User resource is answered; it follows
    // the user's seller and is null for every other role.
    void sellerNameComesWithTheUser()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const std::string sellerA = "Seller A 서울상회";
        const CastMember& member = m_stack.fixtures().member(Role::SellerA);
        HttpResponse one = admin.get(userPath(member.userId));
        QVERIFY2(one.status == 200, one.describe().c_str());
        QVERIFY2(one.json().value("seller_name", nlohmann::json()).is_string(), one.body.c_str());
        QCOMPARE(one.json()["seller_name"].get<std::string>(), sellerA);
        HttpResponse listed = admin.get("/api/v1/users?q=seller.a%40test&limit=500");
        QCOMPARE(listed.items().size(), std::size_t(1));
        QCOMPARE(listed.items()[0]["seller_name"].get<std::string>(), sellerA);
        HttpResponse staff = admin.get(userPath(m_stack.fixtures().member(Role::Support).userId));
        QVERIFY(staff.json().contains("seller_name") && staff.json()["seller_name"].is_null());

        HttpResponse created = admin.post("/api/v1/users", {{"email", "seller.name@test.marketdesk.kr"},
                                                            {"password", kPassword},
                                                            {"role", "seller"},
                                                            {"seller_id", m_stack.fixtures().sellerAId()}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        QCOMPARE(created.json()["seller_name"].get<std::string>(), sellerA);
        const long long id = created.json()["id"].get<long long>();
        HttpResponse moved = admin.patch(userPath(id), {{"seller_id", m_stack.fixtures().sellerBId()}});
        QVERIFY2(moved.status == 200, moved.describe().c_str());
        QCOMPARE(moved.json()["seller_name"].get<std::string>(), std::string("Seller B Busan Goods"));
        HttpResponse support = admin.patch(userPath(id), {{"role", "support"}});
        QVERIFY2(support.status == 200, support.describe().c_str());
        QVERIFY(support.json()["seller_id"].is_null() && support.json()["seller_name"].is_null());
    }

    void listPagesThroughEveryUserOnce()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const long long total = std::stoll(m_stack.database().scalar("SELECT count(*) FROM users"));
        std::set<long long> seen;
        long long previous = 0;
        std::string cursor;
        int pages = 0;
        do {
            HttpResponse page = admin.get("/api/v1/users?limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor));
            QVERIFY2(page.status == 200, page.describe().c_str());
            QVERIFY(page.json()["items"].size() <= 2);
            const nlohmann::json pageItems = page.json()["items"];
            for (const auto& user : pageItems) {
                const long long id = user["id"].get<long long>();
                QVERIFY(id > previous); // default order: id ascending
                previous = id;
                QVERIFY(seen.insert(id).second);
                QVERIFY(!user.contains("password_hash"));
            }
            cursor = page.json()["next_cursor"].is_null() ? "" : page.json()["next_cursor"].get<std::string>();
            QVERIFY(++pages < 1000);
        } while (!cursor.empty());
        QCOMPARE(static_cast<long long>(seen.size()), total);
    }

    void listSortsAndPagesDescending()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        for (const std::string sort : {"-id", "email", "-email", "created_at", "-created_at"}) {
            std::vector<long long> paged;
            std::string cursor;
            do {
                HttpResponse page =
                    admin.get("/api/v1/users?limit=3&sort=" + sort + (cursor.empty() ? "" : "&cursor=" + cursor));
                QVERIFY2(page.status == 200, page.describe().c_str());
                const nlohmann::json pageItems = page.json()["items"];
                for (const auto& user : pageItems)
                    paged.push_back(user["id"].get<long long>());
                cursor = page.json()["next_cursor"].is_null() ? "" : page.json()["next_cursor"].get<std::string>();
                QVERIFY(paged.size() < 10000);
            } while (!cursor.empty());
            HttpResponse whole = admin.get("/api/v1/users?limit=500&sort=" + sort);
            std::vector<long long> expected;
            const nlohmann::json wholeItems = whole.json()["items"];
            for (const auto& user : wholeItems)
                expected.push_back(user["id"].get<long long>());
            QCOMPARE(paged, expected);
            if (sort == "-id") QVERIFY(std::is_sorted(expected.rbegin(), expected.rend()));
        }
    }

    void listFilters()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse sellers = admin.get("/api/v1/users?role=seller&limit=500");
        QVERIFY2(sellers.status == 200, sellers.describe().c_str());
        QVERIFY(sellers.json()["items"].size() >= 2);
        const nlohmann::json sellersItems = sellers.json()["items"];
        for (const auto& user : sellersItems)
            QCOMPARE(user["role"].get<std::string>(), std::string("seller"));

        HttpResponse created = admin.post("/api/v1/users", {{"email", "filter.me@test.marketdesk.kr"},
                                                            {"password", kPassword},
                                                            {"role", "customer"},
                                                            {"display_name", "박_영희 100%"}});
        QCOMPARE(created.status, 201);
        const long long id = created.json()["id"].get<long long>();
        QCOMPARE(admin.patch(userPath(id), {{"disabled", true}}).status, 200);

        HttpResponse disabled = admin.get("/api/v1/users?disabled=true&limit=500");
        QVERIFY2(disabled.status == 200, disabled.describe().c_str());
        QVERIFY(!disabled.json()["items"].empty());
        const nlohmann::json disabledItems = disabled.json()["items"];
        for (const auto& user : disabledItems)
            QCOMPARE(user["disabled"].get<bool>(), true);
        HttpResponse enabled = admin.get("/api/v1/users?disabled=false&limit=500");
        const nlohmann::json enabledItems = enabled.json()["items"];
        for (const auto& user : enabledItems)
            QVERIFY(user["id"].get<long long>() != id);

        // q matches e-mail or display name, case-insensitively; LIKE wildcards are literal.
        HttpResponse byName = admin.get("/api/v1/users?q=%EC%98%81%ED%9D%AC"); // 영희
        QCOMPARE(byName.json()["items"].size(), std::size_t(1));
        QCOMPARE(byName.json()["items"][0]["id"].get<long long>(), id);
        HttpResponse byEmail = admin.get("/api/v1/users?q=FILTER.ME");
        QCOMPARE(byEmail.json()["items"].size(), std::size_t(1));
        HttpResponse percent = admin.get("/api/v1/users?q=100%25");
        QCOMPARE(percent.json()["items"].size(), std::size_t(1));
        HttpResponse underscore = admin.get("/api/v1/users?q=%EB%B0%95_");
        QCOMPARE(underscore.json()["items"].size(), std::size_t(1));
        HttpResponse wildcardOnly = admin.get("/api/v1/users?q=%25%25%25");
        QCOMPARE(wildcardOnly.json()["items"].size(), std::size_t(0));
        HttpResponse combined = admin.get("/api/v1/users?q=filter&role=admin");
        QCOMPARE(combined.json()["items"].size(), std::size_t(0));
    }

    void listRefusesBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field"); // named in details (fields for 422, parameter for 400)
        // Not of its type: 400. Of its type but not acceptable: 422 (API.md "Lists").
        QTest::newRow("limit zero") << "limit=0" << 422 << "limit";
        QTest::newRow("limit negative") << "limit=-5" << 422 << "limit";
        QTest::newRow("limit above the maximum") << "limit=501" << 422 << "limit";
        QTest::newRow("limit text") << "limit=ten" << 400 << "limit";
        QTest::newRow("unknown role") << "role=king" << 422 << "role";
        QTest::newRow("disabled not boolean") << "disabled=maybe" << 400 << "disabled";
        QTest::newRow("unknown sort") << "sort=password_hash" << 422 << "sort";
        QTest::newRow("search too long") << "q=" + QString(201, 'x') << 422 << "q";
        QTest::newRow("search not UTF-8") << "q=%C0%AF" << 422 << "q";
        QTest::newRow("garbage cursor") << "cursor=%%%" << 400 << "";
        QTest::newRow("not base64 json") << "cursor=bm90LWpzb24" << 400 << "cursor";
    }

    void listRefusesBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, field);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse response = admin.get("/api/v1/users?" + query.toStdString());
        QVERIFY2(response.status == status, response.describe().c_str());
        const nlohmann::json details = response.json()["error"]["details"];
        if (status == 422) QVERIFY2(details["fields"].contains(field.toStdString()), response.describe().c_str());
        if (status == 400 && !field.isEmpty())
            QCOMPARE(details["parameter"], nlohmann::json(field.toStdString()));
    }

    void cursorBelongsToItsSortOrder()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse page = admin.get("/api/v1/users?limit=1&sort=email");
        QVERIFY(!page.json()["next_cursor"].is_null());
        HttpResponse mixed =
            admin.get("/api/v1/users?limit=1&sort=id&cursor=" + page.json()["next_cursor"].get<std::string>());
        QVERIFY2(mixed.status == 400, mixed.describe().c_str());
        QCOMPARE(mixed.errorCode(), std::string("invalid_cursor"));
    }

    void listLimitDefaultsAndRefusesMore()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        for (int i = 0; i < 55; ++i) {
            m_stack.database().execute("INSERT INTO users (email, password_hash, role) VALUES ('bulk" +
                                       std::to_string(i) +
                                       "@test.marketdesk.kr', 'x', 'customer') ON CONFLICT DO NOTHING");
        }
        HttpResponse byDefault = admin.get("/api/v1/users");
        QCOMPARE(byDefault.json()["items"].size(), std::size_t(50));
        QVERIFY(!byDefault.json()["next_cursor"].is_null());
        // More than 500 is refused, not served as 500: a client must not take a short page for all.
        HttpResponse tooMany = admin.get("/api/v1/users?limit=100000");
        QVERIFY2(tooMany.status == 422, tooMany.describe().c_str());
        QVERIFY(tooMany.json()["error"]["details"]["fields"].contains("limit"));
        HttpResponse most = admin.get("/api/v1/users?limit=500");
        QVERIFY2(most.status == 200, most.describe().c_str());
        QVERIFY(most.json()["items"].size() > 50);
    }

    void patchChangesWithOptimisticConcurrency()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post(
            "/api/v1/users", {{"email", "patch.me@test.marketdesk.kr"}, {"password", kPassword}, {"role", "customer"}});
        const long long id = created.json()["id"].get<long long>();

        HttpResponse renamed = admin.patch(userPath(id), {{"display_name", "이순신"}}, {{"If-Match", "\"1\""}});
        QVERIFY2(renamed.status == 200, renamed.describe().c_str());
        QCOMPARE(renamed.json()["display_name"].get<std::string>(), std::string("이순신"));
        QCOMPARE(renamed.json()["version"].get<long long>(), 2LL);
        QCOMPARE(renamed.header("ETag"), std::string("\"2\""));

        HttpResponse stale = admin.patch(userPath(id), {{"display_name", "lost update"}}, {{"If-Match", "\"1\""}});
        QVERIFY2(stale.status == 412, stale.describe().c_str());
        QCOMPARE(stale.errorCode(), std::string("version_mismatch"));
        QCOMPARE(stale.json()["error"]["details"]["current_version"].get<long long>(), 2LL);
        HttpResponse staleBody = admin.patch(userPath(id), {{"display_name", "lost update"}, {"version", 1}});
        QCOMPARE(staleBody.status, 412);
        QCOMPARE(admin.get(userPath(id)).json()["display_name"].get<std::string>(), std::string("이순신"));

        HttpResponse badIfMatch = admin.patch(userPath(id), {{"display_name", "x"}}, {{"If-Match", "yesterday"}});
        QCOMPARE(badIfMatch.status, 400);

        HttpResponse promoted = admin.patch(
            userPath(id), {{"role", "seller"}, {"seller_id", m_stack.fixtures().sellerAId()}}, {{"If-Match", "\"2\""}});
        QVERIFY2(promoted.status == 200, promoted.describe().c_str());
        QCOMPARE(promoted.json()["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        // Leaving the seller role drops the seller.
        HttpResponse demoted = admin.patch(userPath(id), {{"role", "support"}});
        QVERIFY2(demoted.status == 200, demoted.describe().c_str());
        QVERIFY(demoted.json()["seller_id"].is_null());

        const std::string audit = m_stack.database().scalar(
            "SELECT coalesce(before->>'display_name', '') || '|' || (after->>'display_name') FROM audit_log "
            "WHERE action = 'user.update' AND entity_id = '" +
            std::to_string(id) + "' ORDER BY id LIMIT 1");
        QCOMPARE(audit, std::string("|이순신"));
        QCOMPARE(
            m_stack.database().scalar("SELECT count(*) FROM audit_log WHERE action = 'user.update' AND entity_id = '" +
                                      std::to_string(id) + "'"),
            std::string("3"));
    }

    void patchValidates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QByteArray("{}") << "body";
        QTest::newRow("unknown role") << QByteArray(R"({"role":"root"})") << "role";
        QTest::newRow("null role") << QByteArray(R"({"role":null})") << "role";
        QTest::newRow("seller without seller_id") << QByteArray(R"({"role":"seller"})") << "seller_id";
        QTest::newRow("seller_id on a customer") << QByteArray(R"({"seller_id":1})") << "seller_id";
        QTest::newRow("unknown seller") << QByteArray(R"({"role":"seller","seller_id":987654})") << "seller_id";
        QTest::newRow("short password") << QByteArray(R"({"password":"short"})") << "password";
        QTest::newRow("disabled not boolean") << QByteArray(R"({"disabled":"yes"})") << "disabled";
        QTest::newRow("email cannot change") << QByteArray(R"({"email":"other@test.marketdesk.kr"})") << "email";
    }

    void patchValidates()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const long long id = m_stack.fixtures().member(Role::CustomerB).userId;
        const std::string version =
            m_stack.database().scalar("SELECT version FROM users WHERE id = " + std::to_string(id));
        HttpResponse response =
            admin.request("PATCH", userPath(id), body.toStdString(), {{"Content-Type", "application/json"}});
        QVERIFY2(response.status == 422, response.describe().c_str());
        QVERIFY2(response.json()["error"]["details"]["fields"].contains(field.toStdString()),
                 response.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT version FROM users WHERE id = " + std::to_string(id)), version);
    }

    void patchUnknownUserIs404()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        QCOMPARE(admin.patch(userPath(99999999), {{"display_name", "x"}}).status, 404);
    }

    void adminCannotLockThemselvesOut()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const long long self = m_stack.fixtures().member(Role::Admin).userId;
        HttpResponse disable = admin.patch(userPath(self), {{"disabled", true}});
        QVERIFY2(disable.status == 409, disable.describe().c_str());
        QCOMPARE(disable.errorCode(), std::string("cannot_lock_out_self"));
        QCOMPARE(admin.patch(userPath(self), {{"role", "support"}}).status, 409);
        QCOMPARE(admin.patch(userPath(self), {{"display_name", "관리자"}}).status, 200);
    }

    void createUserCommandSharesTheRules()
    {
        const QMap<QString, QString> environment{
            {"MARKETDESK_DATABASE_URL", QString::fromStdString(m_stack.database().url())}};
        ProcessResult created = ServerCommand::run(
            {"create-user", "--email", "cli.user@test.marketdesk.kr", "--role", "seller", "--seller-id",
             QString::number(m_stack.fixtures().sellerAId()), "--display-name", "명령줄"},
            environment, "cli-password-123\n");
        QVERIFY2(created.exitCode == 0, qPrintable(created.standardError));
        QVERIFY(created.standardOutput.contains("created user"));
        QCOMPARE(
            m_stack.database().scalar("SELECT role || '|' || seller_id || '|' || display_name FROM users WHERE email = "
                                      "'cli.user@test.marketdesk.kr'"),
            "seller|" + std::to_string(m_stack.fixtures().sellerAId()) + "|명령줄");
        QCOMPARE(m_stack.database().scalar(
                     "SELECT actor_email FROM audit_log WHERE action = 'user.create' AND after->>'email' = "
                     "'cli.user@test.marketdesk.kr'"),
                 std::string("system:cli"));
        HttpClient client = m_stack.fixtures().anonymousClient();
        QCOMPARE(client
                     .post("/api/v1/auth/login",
                           {{"email", "cli.user@test.marketdesk.kr"}, {"password", "cli-password-123"}})
                     .status,
                 200);

        ProcessResult invalid =
            ServerCommand::run({"create-user", "--email", "not-an-email", "--role", "seller"}, environment, "short\n");
        QVERIFY(invalid.exitCode != 0);
        QVERIFY2(invalid.standardError.contains("email") && invalid.standardError.contains("password") &&
                     invalid.standardError.contains("seller_id"),
                 qPrintable(invalid.standardError));

        ProcessResult duplicate =
            ServerCommand::run({"create-user", "--email", "CLI.user@test.marketdesk.kr", "--role", "admin"},
                               environment, "cli-password-123\n");
        QVERIFY(duplicate.exitCode != 0);
        QVERIFY2(duplicate.standardError.contains("already exists"), qPrintable(duplicate.standardError));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(UsersTest)
#include "UsersTest.moc"
