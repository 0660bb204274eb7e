// Product lists: keyset pagination through a few thousand products in every sort order (each row
// exactly once, in the order the database defines, with many ties on the sort value), the
// caller's scope (a seller sees only their own, a customer only active products), the filters,
// and search, Korean included: a two-syllable word such as '자켓' must find every title with it.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <QUrl>

#include <memory>
#include <set>
#include <vector>

using namespace md::test;

namespace {

std::string encode(const std::string& value)
{
    return QUrl::toPercentEncoding(QString::fromStdString(value)).toStdString();
}

std::vector<long long> idsOf(const nlohmann::json& items)
{
    std::vector<long long> ids;
    for (const auto& item : items)
        ids.push_back(item["id"].get<long long>());
    return ids;
}

std::vector<long long> idsFrom(const pqxx::result& result)
{
    std::vector<long long> ids;
    for (const auto& row : result)
        ids.push_back(row[0].as<long long>());
    return ids;
}

// The items of a list response. (A range-for over response.json()["items"] would iterate a
// member of a temporary that is already destroyed.)
nlohmann::json itemsOf(const HttpResponse& response)
{
    return response.json()["items"];
}

} // namespace

class ListingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());

        // 3000 products for seller A and 1000 for seller B, straight into the table (the API is
        // not what is under test here). Titles, prices and categories repeat, and all rows of one
        // statement share created_at, so every order has long runs of ties for the id to break.
        const std::string a = std::to_string(m_stack.fixtures().sellerAId());
        const std::string b = std::to_string(m_stack.fixtures().sellerBId());
        m_stack.database().execute(
            "INSERT INTO products (seller_id, sku, title, description, category, price_cents, status, updated_at) "
            "SELECT CASE WHEN g % 4 = 0 THEN " +
            b + " ELSE " + a +
            " END, 'GEN-' || g, "
            "(ARRAY['겨울 자켓','여름 셔츠','Leather Jacket','가방','나시 티','다운 패딩','Zip hoodie','자켓'])[1 + g "
            "% 8]"
            " || CASE WHEN g % 3 = 0 THEN ' ' || (g % 17) ELSE '' END, "
            "'설명 ' || g, (ARRAY['outer','tops','잡화'])[1 + g % 3], (g % 40) * 1000, "
            "CASE WHEN g % 5 = 0 THEN 'draft' WHEN g % 11 = 0 THEN 'archived' ELSE 'active' END, "
            "now() - ((g % 300) || ' minutes')::interval "
            "FROM generate_series(1, 4000) g");
        m_stack.database().execute("ANALYZE products");
    }

    void pagesThroughEverySortOrderExactlyOnce_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("orderBy");
        for (const char* field : {"id", "title", "price_cents", "created_at", "updated_at", "sku"}) {
            const QString name = QString::fromLatin1(field);
            QTest::newRow(field) << name << (name == "id" ? "id" : name + ", id");
            QTest::newRow(("-" + name).toLatin1().constData())
                << "-" + name << (name == "id" ? "id DESC" : name + " DESC, id DESC");
        }
    }
    void pagesThroughEverySortOrderExactlyOnce()
    {
        QFETCH(QString, sort);
        QFETCH(QString, orderBy);
        const auto expected =
            idsFrom(m_stack.database().execute("SELECT id FROM products ORDER BY " + orderBy.toStdString()));
        QVERIFY(expected.size() >= 4000);

        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        std::vector<long long> seen;
        std::string cursor;
        int pages = 0;
        for (; pages < 100; ++pages) {
            std::string target = "/api/v1/products?limit=237&sort=" + sort.toStdString();
            if (!cursor.empty()) target += "&cursor=" + encode(cursor);
            HttpResponse page = admin.get(target);
            QVERIFY2(page.status == 200, page.describe().c_str());
            auto ids = idsOf(page.json()["items"]);
            QVERIFY(ids.size() <= 237);
            seen.insert(seen.end(), ids.begin(), ids.end());
            if (page.json()["next_cursor"].is_null()) break;
            QCOMPARE(ids.size(), std::size_t(237)); // only the last page is short
            cursor = page.json()["next_cursor"].get<std::string>();
        }
        QCOMPARE(seen.size(), expected.size());
        QVERIFY(seen == expected);
    }

    void koreanTitlesSortInDictionaryOrder()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        for (const char* title : {"하늘", "가방끈", "나무", "다리미", "apple", "Zebra"}) {
            m_stack.fixtures().createProduct(Role::SellerA, {{"title", std::string(title) + " 정렬확인"}});
        }
        HttpResponse sorted = admin.get("/api/v1/products?sort=title&q=" + encode("정렬확인"));
        QVERIFY2(sorted.status == 200, sorted.describe().c_str());
        std::vector<std::string> titles;
        for (const auto& item : itemsOf(sorted))
            titles.push_back(item["title"].get<std::string>());
        // Code point order: capitals, then lower case, then Hangul in 가나다 order.
        QCOMPARE(titles, (std::vector<std::string>{"Zebra 정렬확인", "apple 정렬확인", "가방끈 정렬확인",
                                                   "나무 정렬확인", "다리미 정렬확인", "하늘 정렬확인"}));
    }

    void aSellerListsOnlyTheirOwnProducts()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerB);
        const auto expected =
            idsFrom(m_stack.database().execute("SELECT id FROM products WHERE seller_id = " +
                                               std::to_string(m_stack.fixtures().sellerBId()) + " ORDER BY id DESC"));
        std::vector<long long> seen;
        std::string cursor;
        for (int pages = 0; pages < 10; ++pages) {
            HttpResponse page =
                seller.get("/api/v1/products?limit=500" + (cursor.empty() ? "" : "&cursor=" + encode(cursor)));
            QVERIFY2(page.status == 200, page.describe().c_str());
            for (const auto& item : itemsOf(page))
                QCOMPARE(item["seller_id"].get<long long>(), m_stack.fixtures().sellerBId());
            auto ids = idsOf(page.json()["items"]);
            seen.insert(seen.end(), ids.begin(), ids.end());
            if (page.json()["next_cursor"].is_null()) break;
            cursor = page.json()["next_cursor"].get<std::string>();
        }
        QVERIFY(seen == expected);
        // Asking for another seller's products finds nothing rather than failing.
        HttpResponse other = seller.get("/api/v1/products?seller_id=" + std::to_string(m_stack.fixtures().sellerAId()));
        QVERIFY2(other.status == 200, other.describe().c_str());
        QVERIFY(other.json()["items"].empty());
        QVERIFY(other.json()["next_cursor"].is_null());
    }

    void customersListOnlyActiveProducts()
    {
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        HttpResponse page = customer.get("/api/v1/products?limit=500&sort=sku");
        QVERIFY2(page.status == 200, page.describe().c_str());
        QCOMPARE(page.json()["items"].size(), std::size_t(500));
        for (const auto& item : itemsOf(page))
            QCOMPARE(item["status"].get<std::string>(), std::string("active"));
        HttpResponse drafts = customer.get("/api/v1/products?status=draft");
        QVERIFY2(drafts.status == 200, drafts.describe().c_str());
        QVERIFY(drafts.json()["items"].empty());
    }

    void staffFilterBySellerStatusCategoryAndUpdatedSince()
    {
        HttpClient support = m_stack.fixtures().client(Role::Support);
        const std::string b = std::to_string(m_stack.fixtures().sellerBId());
        HttpResponse page =
            support.get("/api/v1/products?limit=500&seller_id=" + b + "&status=draft&category=" + encode("잡화"));
        QVERIFY2(page.status == 200, page.describe().c_str());
        const auto expected =
            idsFrom(m_stack.database().execute("SELECT id FROM products WHERE seller_id = " + b +
                                               " AND status = 'draft' AND category = '잡화' ORDER BY id DESC"));
        QVERIFY(!expected.empty());
        QVERIFY(idsOf(page.json()["items"]) == expected);

        const std::string since = m_stack.database().scalar(
            "SELECT to_char((now() - interval '10 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
        HttpResponse recent = support.get("/api/v1/products?limit=500&sort=updated_at&updated_since=" + encode(since));
        QVERIFY2(recent.status == 200, recent.describe().c_str());
        const auto recentExpected = idsFrom(m_stack.database().execute(
            "SELECT id FROM products WHERE updated_at >= '" + since + "'::timestamptz ORDER BY updated_at, id"));
        QVERIFY(!recentExpected.empty() && recentExpected.size() < 4000);
        QVERIFY(idsOf(recent.json()["items"]) == recentExpected);
    }

    void searchFindsTwoSyllableKoreanWords()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        const auto expected = idsFrom(m_stack.database().execute(
            "SELECT id FROM products WHERE lower(title || ' ' || sku || ' ' || category || ' ' || description) "
            "LIKE '%자켓%' ORDER BY id DESC"));
        QVERIFY(expected.size() > 500);
        std::vector<long long> seen;
        std::string cursor;
        for (int pages = 0; pages < 20; ++pages) {
            HttpResponse page = admin.get("/api/v1/products?limit=300&q=" + encode("자켓") +
                                          (cursor.empty() ? "" : "&cursor=" + encode(cursor)));
            QVERIFY2(page.status == 200, page.describe().c_str());
            for (const auto& item : itemsOf(page))
                QVERIFY(item["title"].get<std::string>().find("자켓") != std::string::npos);
            auto ids = idsOf(page.json()["items"]);
            seen.insert(seen.end(), ids.begin(), ids.end());
            if (page.json()["next_cursor"].is_null()) break;
            cursor = page.json()["next_cursor"].get<std::string>();
        }
        QVERIFY(seen == expected);
    }

    void searchCombinesWordsAndIgnoresCase()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        auto count = [&](const std::string& q) {
            HttpResponse page = admin.get("/api/v1/products?limit=500&q=" + encode(q));
            if (page.status != 200) qWarning() << page.describe().c_str();
            return page.json()["items"].size();
        };
        // The meaning of q, spelt out in SQL: every word occurs somewhere in the product's text.
        auto oracle = [&](const std::vector<std::string>& words) {
            std::string sql = "SELECT count(*) FROM products WHERE true";
            for (const auto& word : words)
                sql += " AND lower(title || ' ' || sku || ' ' || category || ' ' || description) LIKE '%' || lower('" +
                       word + "') || '%'";
            return std::stoul(m_stack.database().scalar(sql));
        };
        for (const std::vector<std::string>& words : std::vector<std::vector<std::string>>{{"LEATHER", "jacket", "16"},
                                                                                           {"겨울", "자켓", "7"},
                                                                                           {"gen-1234"},
                                                                                           {"잡화", "가방"},
                                                                                           {"다운", "패딩", "1"}}) {
            std::string q;
            for (const auto& word : words)
                q += (q.empty() ? "" : " ") + word;
            const auto expected = oracle(words);
            QVERIFY2(expected > 0 && expected < 500, q.c_str());
            QCOMPARE(count(q), expected);
        }
        QCOMPARE(count("자켓 셔츠"), std::size_t(0)); // every word must match
        m_stack.fixtures().createProduct(Role::SellerB, {{"title", "캡 모자"}});
        QCOMPARE(count("캡"), std::size_t(1)); // one character: no bigram to use, LIKE alone decides
        // LIKE wildcards in q are ordinary characters: they match only text that contains them
        // (fixture skus such as FX-seller_a-1 have an underscore), not everything.
        auto containing = [&](const std::string& character) {
            return std::stoul(m_stack.database().scalar(
                "SELECT count(*) FROM products WHERE strpos(title || ' ' || sku || ' ' || category || ' ' || "
                "description, '" +
                character + "') > 0"));
        };
        QCOMPARE(count("%"), std::size_t(0));
        QCOMPARE(containing("%"), 0UL);
        QCOMPARE(count("_"), containing("_"));
        QVERIFY(containing("_") < 100);
        m_stack.fixtures().createProduct(Role::SellerA, {{"title", "세일 50% 할인"}});
        QCOMPARE(count("50%"), std::size_t(1));
        QCOMPARE(count("%할인"), std::size_t(0));
    }

    void invalidParametersAreRefused()
    {
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        for (const char* query :
             {"limit=0", "limit=501", "sort=colour", "sort=-", "status=sold", "updated_since=yesterday"}) {
            HttpResponse response = admin.get(std::string("/api/v1/products?") + query);
            QVERIFY2(response.status == 422, response.describe().c_str());
            QVERIFY(!response.json()["error"]["details"]["fields"].empty());
        }
        QCOMPARE(admin.get("/api/v1/products?limit=many").status, 400);
        QCOMPARE(admin.get("/api/v1/products?cursor=garbage!").status, 400);
        HttpResponse first = admin.get("/api/v1/products?sort=title&limit=2");
        const std::string cursor = first.json()["next_cursor"].get<std::string>();
        HttpResponse mixed = admin.get("/api/v1/products?sort=price_cents&cursor=" + encode(cursor));
        QVERIFY2(mixed.status == 400, mixed.describe().c_str());
        QCOMPARE(mixed.errorCode(), std::string("invalid_cursor"));
        HttpResponse defaults = admin.get("/api/v1/products");
        QCOMPARE(defaults.json()["items"].size(), std::size_t(50));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(ListingTest)
#include "ListingTest.moc"
