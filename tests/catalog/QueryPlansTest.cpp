// The catalog's queries on a realistic table (100,000 products): a search word uses the bigram
// GIN index (a two-syllable Korean word included), and a keyset page deep in any sort order reads
// as few rows as the first page, through the (column, id) index, without sorting. The SQL below is
// the shape ProductRepository builds; the API is queried too, so the results are checked as well.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <QUrl>

#include <memory>

using namespace md::test;

namespace {

constexpr int kProducts = 100000;
constexpr int kPage = 51; // a page of 50 plus the row that tells whether another page follows

std::string encode(const std::string& value)
{
    return QUrl::toPercentEncoding(QString::fromStdString(value)).toStdString();
}

std::string quoted(const std::string& text)
{
    std::string literal = "'";
    for (char c : text)
        literal += c == '\'' ? std::string("''") : std::string(1, c);
    return literal + "'";
}

// Every node of an EXPLAIN (FORMAT JSON) plan, depth first.
void collectNodes(const nlohmann::json& node, std::vector<nlohmann::json>& nodes)
{
    nodes.push_back(node);
    if (node.contains("Plans"))
        for (const auto& child : node["Plans"])
            collectNodes(child, nodes);
}

// The items of a list response. (A range-for over response.json()["items"] would iterate a
// member of a temporary that is already destroyed.)
nlohmann::json itemsOf(const HttpResponse& response)
{
    return response.json()["items"];
}

} // namespace

class QueryPlansTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        const std::string a = std::to_string(m_stack.fixtures().sellerAId());
        const std::string b = std::to_string(m_stack.fixtures().sellerBId());
        // Titles from common words; every 2000th product is a '자켓', so the word is rare enough
        // that the index, not a scan, is the right plan.
        m_stack.database().execute(
            "INSERT INTO products (seller_id, sku, title, description, category, price_cents, status, created_at, "
            "updated_at) SELECT CASE WHEN g % 2 = 0 THEN " +
            a + " ELSE " + b +
            " END, 'P-' || g, "
            "(ARRAY['겨울','여름','데일리','베이직'])[1 + g % 4] || ' ' || "
            "(CASE WHEN g % 2000 = 0 THEN '자켓' ELSE (ARRAY['셔츠','바지','니트','코트','가방','모자'])[1 + (g / 4) % "
            "6] END)"
            " || ' ' || g, 'item ' || md5(g::text), (ARRAY['outer','tops','bags'])[1 + g % 3], (g * 7919) % 500000, "
            "CASE WHEN g % 10 = 0 THEN 'draft' ELSE 'active' END, now() - (g || ' seconds')::interval, "
            "now() - ((g * 31 % " +
            std::to_string(kProducts) +
            ") || ' seconds')::interval "
            "FROM generate_series(1, " +
            std::to_string(kProducts) + ") g");
        m_stack.database().execute("ANALYZE products");
    }

    void aRareKoreanWordUsesTheBigramIndex()
    {
        const auto plan =
            explain("SELECT p.id FROM products p WHERE true AND p.search_grams @> md_search_grams('자켓') "
                    "AND p.search_document LIKE '%' || lower('자켓') || '%' ORDER BY p.id DESC LIMIT 51");
        QVERIFY2(usesIndex(plan, "products_search"), plan.dump(1).c_str());

        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse found = admin.get("/api/v1/products?limit=500&q=" + encode("자켓"));
        QVERIFY2(found.status == 200, found.describe().c_str());
        QCOMPARE(found.json()["items"].size(), std::size_t(kProducts / 2000));
        for (const auto& item : itemsOf(found))
            QVERIFY(item["title"].get<std::string>().find("자켓") != std::string::npos);
    }

    void severalRareWordsUseTheIndexToo()
    {
        const auto plan = explain(
            "SELECT p.id FROM products p WHERE true AND p.search_grams @> md_search_grams('자켓') AND "
            "p.search_document LIKE '%' || lower('자켓') || '%' AND p.search_grams @> md_search_grams('2000') AND "
            "p.search_document LIKE '%' || lower('2000') || '%' ORDER BY p.title ASC, p.id ASC LIMIT 51");
        QVERIFY2(usesIndex(plan, "products_search"), plan.dump(1).c_str());
        HttpResponse found =
            m_stack.fixtures().client(Role::Admin).get("/api/v1/products?sort=title&q=" + encode("자켓 2000"));
        QVERIFY2(found.status == 200, found.describe().c_str());
        QVERIFY(!found.json()["items"].empty());
    }

    void aDeepPageCostsWhatTheFirstPageCosts_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("type");
        QTest::newRow("title") << "title"
                               << "products_title"
                               << "text";
        QTest::newRow("price_cents") << "price_cents"
                                     << "products_price"
                                     << "bigint";
        QTest::newRow("created_at") << "created_at"
                                    << "products_created"
                                    << "timestamptz";
        QTest::newRow("updated_at") << "updated_at"
                                    << "products_updated"
                                    << "timestamptz";
        QTest::newRow("sku") << "sku"
                             << "products_sku"
                             << "text";
    }
    void aDeepPageCostsWhatTheFirstPageCosts()
    {
        QFETCH(QString, column);
        QFETCH(QString, index);
        QFETCH(QString, type);
        const std::string c = column.toStdString();
        for (bool descending : {false, true}) {
            const std::string direction = descending ? " DESC" : " ASC";
            const std::string comparison = descending ? " < " : " > ";
            // The position 90% of the way through the list, as a cursor would carry it.
            // (Qualified names: an unqualified ORDER BY would sort by the text output column.)
            auto position = m_stack.database().execute(
                "SELECT p." + c + "::text AS value, p.id FROM products p ORDER BY p." + c + direction + ", p.id" +
                direction + " OFFSET " + std::to_string(kProducts * 9 / 10) + " LIMIT 1")[0];
            const std::string value = quoted(position[0].as<std::string>());
            const std::string page = "SELECT p.id FROM products p WHERE true AND (p." + c + ", p.id)" + comparison +
                                     "(" + value + "::" + type.toStdString() + ", " + position[1].as<std::string>() +
                                     "::bigint) ORDER BY p." + c + direction + ", p.id" + direction + " LIMIT " +
                                     std::to_string(kPage);
            const auto plan = explain(page, true);
            QVERIFY2(usesIndex(plan, index.toStdString()), plan.dump(1).c_str());
            QVERIFY2(!hasNode(plan, "Sort"), plan.dump(1).c_str());
            // The index scan stops after one page: page N reads what page 1 reads.
            QCOMPARE(scanRows(plan, index.toStdString()), static_cast<long long>(kPage));
        }
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    nlohmann::json explain(const std::string& sql, bool analyze = false)
    {
        const std::string options = analyze ? "(ANALYZE, FORMAT JSON)" : "(FORMAT JSON)";
        return nlohmann::json::parse(m_stack.database().scalar("EXPLAIN " + options + " " + sql))[0]["Plan"];
    }

    static bool usesIndex(const nlohmann::json& plan, const std::string& index)
    {
        std::vector<nlohmann::json> nodes;
        collectNodes(plan, nodes);
        for (const auto& node : nodes)
            if (node.value("Index Name", std::string()) == index) return true;
        return false;
    }

    static bool hasNode(const nlohmann::json& plan, const std::string& type)
    {
        std::vector<nlohmann::json> nodes;
        collectNodes(plan, nodes);
        for (const auto& node : nodes)
            if (node.value("Node Type", std::string()) == type) return true;
        return false;
    }

    static long long scanRows(const nlohmann::json& plan, const std::string& index)
    {
        std::vector<nlohmann::json> nodes;
        collectNodes(plan, nodes);
        for (const auto& node : nodes)
            if (node.value("Index Name", std::string()) == index) return node.value("Actual Rows", -1LL);
        return -1;
    }

    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(QueryPlansTest)
#include "QueryPlansTest.moc"
