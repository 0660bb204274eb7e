// CSV export and import: the export is a streamed, Excel-friendly CSV (byte order mark, CRLF,
// RFC 4180 quoting) of exactly what the caller may see; an import validates every row and reports
// each problem with its line and column; it is all-or-nothing unless partial=true, a dry run
// writes nothing, and importing an export changes nothing (no creates, no updates, no new
// versions), Korean text, quotes and line breaks included.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <chrono>
#include <memory>

using namespace md::test;

namespace {

const std::string kByteOrderMark = "\xEF\xBB\xBF";

HttpResponse importCsv(HttpClient& client, const std::string& csv, const std::string& query = {},
                       const std::string& contentType = "text/csv")
{
    return client.request("POST", "/api/v1/products/import" + query, csv, {{"Content-Type", contentType}});
}

// The errors of a report (a 200 body, or the details of a 422) as "row:field" strings.
std::vector<std::string> errorPlaces(const nlohmann::json& report)
{
    std::vector<std::string> places;
    for (const auto& error : report["errors"])
        places.push_back(std::to_string(error["row"].get<long long>()) + ":" +
                         (error["field"].is_null() ? std::string("-") : error["field"].get<std::string>()));
    return places;
}

std::string sellerRows(const std::string& prefix, int count)
{
    std::string csv = "sku,title,price_cents\r\n";
    for (int i = 0; i < count; ++i)
        csv += prefix + std::to_string(i) + ",대량 상품 " + std::to_string(i) + "," + std::to_string(1000 + i) + "\r\n";
    return csv;
}

} // namespace

class ImportExportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());

        m_stack.fixtures().createProduct(
            Role::SellerA, {{"sku", "RT-1"},
                            {"title", "겨울 \"패딩\", 자켓"},
                            {"description", "첫 줄\n둘째 줄, 쉼표 \"따옴표\"\r\n셋째"},
                            {"category", "아우터"},
                            {"compare_at_cents", 159000},
                            {"attributes", {{"색상", "검정"}, {"sizes", {"M", "L"}}, {"n", 1.5}}},
                            {"images", {"https://img.example.kr/a.jpg", "https://img.example.kr/b.jpg"}}});
        m_stack.fixtures().createProduct(Role::SellerA,
                                         {{"sku", "RT-2"}, {"title", " 앞뒤 공백 "}, {"status", "draft"}});
        m_stack.fixtures().createProduct(Role::SellerA,
                                         {{"sku", "RT-3"}, {"title", "=SUM(A1)"}, {"status", "archived"}});
        m_stack.fixtures().createProduct(Role::SellerB, {{"sku", "RT-B1"}, {"title", "다른 판매자"}});
    }

    void exportIsAStreamedCsvOfWhatTheCallerSees()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpStream stream = seller.openStream("GET", "/api/v1/products/export");
        QCOMPARE(stream.status(), 200);
        QCOMPARE(stream.header("Content-Type"), std::string("text/csv; charset=utf-8"));
        QVERIFY(stream.header("Content-Disposition").rfind("attachment", 0) == 0);
        QVERIFY(stream.chunked());
        const std::string body = stream.readToEnd(std::chrono::seconds(30));
        QVERIFY(stream.finished());
        QVERIFY(body.rfind(kByteOrderMark + "seller_id,sku,title,description,category,price_cents,compare_at_cents,"
                                            "currency,status,attributes,images\r\n",
                           0) == 0);
        QVERIFY(body.find("RT-1,\"겨울 \"\"패딩\"\", 자켓\"") != std::string::npos);
        QVERIFY(body.find("\"첫 줄\n둘째 줄, 쉼표 \"\"따옴표\"\"\r\n셋째\"") != std::string::npos);
        QVERIFY(body.find("https://img.example.kr/a.jpg https://img.example.kr/b.jpg") != std::string::npos);
        QVERIFY(body.find("RT-B1") == std::string::npos); // seller B's product is not seller A's to see

        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        HttpResponse visible = customer.get("/api/v1/products/export");
        QCOMPARE(visible.status, 200);
        QVERIFY(visible.body.find("RT-1,") != std::string::npos);
        QVERIFY(visible.body.find("RT-2,") == std::string::npos); // draft
        QVERIFY(visible.body.find("RT-3,") == std::string::npos); // archived

        HttpResponse filtered = m_stack.fixtures().client(Role::Admin).get("/api/v1/products/export?status=draft");
        QCOMPARE(filtered.status, 200);
        QVERIFY(filtered.body.find("RT-2,") != std::string::npos);
        QVERIFY(filtered.body.find("RT-1,") == std::string::npos);
        QCOMPARE(m_stack.fixtures().client(Role::Admin).get("/api/v1/products/export?status=gone").status, 422);
        QCOMPARE(m_stack.fixtures().anonymousClient().get("/api/v1/products/export").status, 401);
    }

    void exportThenImportChangesNothing()
    {
        for (Role role : {Role::SellerA, Role::Admin}) {
            HttpClient client = m_stack.fixtures().client(role);
            const std::string versionsBefore =
                m_stack.database().scalar("SELECT sum(version) || '/' || count(*) FROM products");
            HttpResponse exported = client.get("/api/v1/products/export");
            QCOMPARE(exported.status, 200);
            HttpResponse imported = importCsv(client, exported.body);
            QVERIFY2(imported.status == 200, imported.describe().c_str());
            const auto report = imported.json();
            QCOMPARE(report["created"].get<int>(), 0);
            QCOMPARE(report["updated"].get<int>(), 0);
            QCOMPARE(report["failed"].get<int>(), 0);
            QVERIFY(report["unchanged"].get<int>() >= 3);
            QCOMPARE(m_stack.database().scalar("SELECT sum(version) || '/' || count(*) FROM products"), versionsBefore);
        }
    }

    void importCreatesAndUpdatesByOwnSku()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        // Columns in any order, a byte order mark, LF line ends, a partial column set.
        const std::string csv = kByteOrderMark +
                                "title,price_cents,sku,status,attributes,images\n"
                                "새 상품 하나,1000,NEW-1,active,\"{\"\"소재\"\":\"\"면\"\"}\",https://x.kr/1.jpg\n"
                                "\"새 상품, 둘\",2000,NEW-2,,,\n"
                                "겨울 \"\"패딩\"\" 자켓 개정,129000,RT-1,active,{},\"[\"\"https://x.kr/j.jpg\"\"]\"\n";
        // (RT-1's title cell has stray quotes in an unquoted field: that row must fail.)
        HttpResponse rejected = importCsv(seller, csv);
        QVERIFY2(rejected.status == 422, rejected.describe().c_str());
        QCOMPARE(errorPlaces(rejected.json()["error"]["details"]), std::vector<std::string>{"4:title"});

        const std::string fixed =
            kByteOrderMark + "title,price_cents,sku,status,attributes,images\n"
                             "새 상품 하나,1000,NEW-1,active,\"{\"\"소재\"\":\"\"면\"\"}\",https://x.kr/1.jpg\n"
                             "\"새 상품, 둘\",2000,NEW-2,,,\n"
                             "\"겨울 \"\"패딩\"\" 자켓 개정\",129000,RT-1,active,{},\"[\"\"https://x.kr/j.jpg\"\"]\"\n";
        HttpResponse imported = importCsv(seller, fixed);
        QVERIFY2(imported.status == 200, imported.describe().c_str());
        QCOMPARE(imported.json()["created"].get<int>(), 2);
        QCOMPARE(imported.json()["updated"].get<int>(), 1);

        auto row = m_stack.database().execute("SELECT title, status, attributes::text, images::text, version, "
                                              "(SELECT count(*) FROM inventory i WHERE i.product_id = p.id) "
                                              "FROM products p WHERE sku = 'NEW-1'")[0];
        QCOMPARE(row[0].as<std::string>(), std::string("새 상품 하나"));
        QCOMPARE(row[1].as<std::string>(), std::string("active"));
        QCOMPARE(nlohmann::json::parse(row[2].as<std::string>()), (nlohmann::json{{"소재", "면"}}));
        QCOMPARE(nlohmann::json::parse(row[3].as<std::string>()), (nlohmann::json{"https://x.kr/1.jpg"}));
        QCOMPARE(row[4].as<int>(), 1);
        QCOMPARE(row[5].as<int>(), 1); // its inventory row
        QCOMPARE(m_stack.database().scalar("SELECT status FROM products WHERE sku = 'NEW-2'"), std::string("draft"));
        // RT-1 was updated once; the columns the file does not have kept their values.
        auto updated = m_stack.database().execute("SELECT title, version, description, compare_at_cents FROM products "
                                                  "WHERE sku = 'RT-1' AND seller_id = " +
                                                  std::to_string(m_stack.fixtures().sellerAId()))[0];
        QCOMPARE(updated[0].as<std::string>(), std::string("겨울 \"패딩\" 자켓 개정"));
        QCOMPARE(updated[1].as<int>(), 2);
        QCOMPARE(updated[2].as<std::string>(), std::string("첫 줄\n둘째 줄, 쉼표 \"따옴표\"\r\n셋째"));
        QCOMPARE(updated[3].as<long long>(), 159000LL);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM audit_log WHERE action = 'product.import'"),
                 std::string("1"));
        // The change is visible through the API at once.
        HttpResponse read = seller.get("/api/v1/products?q=" + std::string("%EA%B0%9C%EC%A0%95")); // 개정
        QCOMPARE(read.json()["items"].size(), std::size_t(1));
    }

    void dryRunReportsButWritesNothing()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const std::string before = m_stack.database().scalar("SELECT count(*) || '/' || sum(version) FROM products");
        const std::string csv = "sku,title,price_cents\r\nDRY-1,시험,100\r\nRT-2,앞뒤 공백 없음,12000\r\n";
        HttpResponse dry = importCsv(seller, csv, "?dry_run=true");
        QVERIFY2(dry.status == 200, dry.describe().c_str());
        QCOMPARE(dry.json()["created"].get<int>(), 1);
        QCOMPARE(dry.json()["updated"].get<int>(), 1);
        QCOMPARE(dry.json()["dry_run"].get<bool>(), true);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) || '/' || sum(version) FROM products"), before);
        // A dry run of a bad file answers like the real import would, and also writes nothing.
        HttpResponse dryBad = importCsv(seller, csv + "BAD SKU,x,1\r\n", "?dry_run=true");
        QVERIFY2(dryBad.status == 422, dryBad.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) || '/' || sum(version) FROM products"), before);
    }

    void oneBadRowStopsTheWholeImportUnlessPartial()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const std::string csv = "sku,title,price_cents,compare_at_cents,currency,description\r\n" // line 1
                                "AON-1,좋은 행 1,100,,KRW,\r\n"                                   // line 2
                                "AON-2,,100,,KRW,\r\n"                                            // 3: no title
                                "AON-3,좋은 행 3,100,,KRW,\"여러\r\n줄\r\n설명\"\r\n"             // 4-6
                                "AON-4,나쁜 가격,1.5,,won,\r\n"                                   // 7: two errors
                                "AON-5,좋은 행 5,100,-1,KRW,\r\n"                                 // 8
                                "AON-1,중복,100,,KRW,\r\n"                                        // 9: repeated sku
                                "AON-6,열이 모자람\r\n"                                           // 10
                                "AON-7,좋은 행 7,100,,KRW,\r\n";                                  // 11
        const std::string before = m_stack.database().scalar("SELECT count(*) FROM products");
        HttpResponse rejected = importCsv(seller, csv);
        QVERIFY2(rejected.status == 422, rejected.describe().c_str());
        QCOMPARE(rejected.errorCode(), std::string("import_rejected"));
        const auto report = rejected.json()["error"]["details"];
        QCOMPARE(errorPlaces(report), (std::vector<std::string>{"3:title", "7:price_cents", "7:currency",
                                                                "8:compare_at_cents", "9:sku", "10:-"}));
        QCOMPARE(report["failed"].get<int>(), 5);
        QCOMPARE(report["created"].get<int>(), 0);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products"), before);

        HttpResponse partial = importCsv(seller, csv, "?partial=true");
        QVERIFY2(partial.status == 200, partial.describe().c_str());
        QCOMPARE(partial.json()["created"].get<int>(), 3); // AON-1, AON-3, AON-7
        QCOMPARE(partial.json()["failed"].get<int>(), 5);
        QCOMPARE(errorPlaces(partial.json()).size(), std::size_t(6));
        QCOMPARE(
            m_stack.database().scalar("SELECT string_agg(sku, ',' ORDER BY sku) FROM products WHERE sku LIKE 'AON-%'"),
            std::string("AON-1,AON-3,AON-7"));
        QCOMPARE(m_stack.database().scalar("SELECT description FROM products WHERE sku = 'AON-3'"),
                 std::string("여러\r\n줄\r\n설명"));
    }

    void malformedCellsAreReportedWithTheirPlace()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const std::string csv = "sku,title,price_cents,attributes,images\r\n"
                                "MAL-1,\xC3\x28 깨진 글자,100,,\r\n" // 2: invalid UTF-8
                                "MAL-2,ok,100,[1],\r\n"              // 3: attributes not an object
                                "MAL-3,ok,100,,ftp://x.kr/a.jpg\r\n" // 4: not an http(s) URL
                                "MAL-4,ok,100,,\r\n"                 // 5: fine
                                "MAL-5,\"never closed,100,,\r\n";    // 6: unclosed quote to the end
        HttpResponse rejected = importCsv(seller, csv);
        QVERIFY2(rejected.status == 422, rejected.describe().c_str());
        const auto places = errorPlaces(rejected.json()["error"]["details"]);
        QCOMPARE(places, (std::vector<std::string>{"2:title", "3:attributes", "4:images", "6:title", "6:-"}));
    }

    void sellerColumnRules()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const std::string a = std::to_string(m_stack.fixtures().sellerAId());
        const std::string b = std::to_string(m_stack.fixtures().sellerBId());
        HttpResponse mine =
            importCsv(seller, "seller_id,sku,title,price_cents\r\n" + a + ",SC-1,내 것,1\r\n,SC-2,빈 칸,1\r\n");
        QVERIFY2(mine.status == 200, mine.describe().c_str());
        QCOMPARE(mine.json()["created"].get<int>(), 2);
        HttpResponse theirs = importCsv(seller, "seller_id,sku,title,price_cents\r\n" + b + ",SC-3,남의 것,1\r\n");
        QVERIFY2(theirs.status == 422, theirs.describe().c_str());
        QCOMPARE(errorPlaces(theirs.json()["error"]["details"]), std::vector<std::string>{"2:seller_id"});
        QCOMPARE(importCsv(seller, "sku,title,price_cents\r\nSC-4,x,1\r\n", "?seller_id=" + b).status, 403);

        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse noSeller = importCsv(admin, "sku,title,price_cents\r\nSC-5,관리자,1\r\n");
        QVERIFY2(noSeller.status == 422, noSeller.describe().c_str());
        QCOMPARE(errorPlaces(noSeller.json()["error"]["details"]), std::vector<std::string>{"2:seller_id"});
        HttpResponse unknownSeller = importCsv(admin, "seller_id,sku,title,price_cents\r\n987654,SC-5,관리자,1\r\n");
        QCOMPARE(errorPlaces(unknownSeller.json()["error"]["details"]), std::vector<std::string>{"2:seller_id"});
        HttpResponse named = importCsv(admin, "sku,title,price_cents\r\nSC-5,관리자,1\r\n", "?seller_id=" + b);
        QVERIFY2(named.status == 200, named.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT seller_id FROM products WHERE sku = 'SC-5'"), b);
        // The same sku for two sellers in one admin file is fine.
        HttpResponse both =
            importCsv(admin, "seller_id,sku,title,price_cents\r\n" + a + ",SC-6,a,1\r\n" + b + ",SC-6,b,1\r\n");
        QVERIFY2(both.status == 200, both.describe().c_str());
        QCOMPARE(both.json()["created"].get<int>(), 2);
    }

    void unusableFilesAreRefused()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse unknownColumn = importCsv(seller, "sku,title,price_cents,colour\r\nX-1,t,1,red\r\n");
        QVERIFY2(unknownColumn.status == 422, unknownColumn.describe().c_str());
        QCOMPARE(errorPlaces(unknownColumn.json()["error"]["details"]), std::vector<std::string>{"1:colour"});
        HttpResponse noSku = importCsv(seller, "title,price_cents\r\nt,1\r\n");
        QCOMPARE(errorPlaces(noSku.json()["error"]["details"]), std::vector<std::string>{"1:sku"});
        HttpResponse empty = importCsv(seller, "");
        QVERIFY2(empty.status == 422, empty.describe().c_str());
        QCOMPARE(importCsv(seller, "sku,title,price_cents\r\n", "").json()["created"].get<int>(), 0);

        QCOMPARE(importCsv(seller, "sku\r\nX\r\n", "", "application/json").status, 415);
        QCOMPARE(importCsv(seller, "sku\r\nX\r\n", "", "text/csv; charset=iso-8859-1").status, 415);
        QCOMPARE(importCsv(seller, "sku\r\nX\r\n", "", "text/plain").status, 415);
        QCOMPARE(importCsv(seller, "sku,title,price_cents\r\nCS-1,t,1\r\n", "", "text/csv; charset=UTF-8").status, 200);
        QCOMPARE(importCsv(seller, "sku\r\nX\r\n", "?dry_run=maybe").status, 400);

        for (Role role : {Role::Support, Role::Operator, Role::CustomerA}) {
            HttpClient client = m_stack.fixtures().client(role);
            QCOMPARE(importCsv(client, "sku,title,price_cents\r\nRO-1,t,1\r\n").status, 403);
        }
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        QCOMPARE(importCsv(anonymous, "sku\r\n").status, 401);
    }

    void twentyThousandRowsImportInOneGo()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerB);
        seller.setTimeout(std::chrono::seconds(240));
        const std::string csv = sellerRows("BULK-", 20000);
        QVERIFY(csv.size() < 20u * 1024 * 1024);
        const auto started = std::chrono::steady_clock::now();
        HttpResponse created = importCsv(seller, csv);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        QVERIFY2(created.status == 200, created.describe().c_str());
        QCOMPARE(created.json()["created"].get<int>(), 20000);
        qInfo("20000-row import took %.2f s", seconds);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products p JOIN inventory i ON i.product_id = p.id "
                                           "WHERE p.sku LIKE 'BULK-%'"),
                 std::string("20000"));

        HttpResponse again = importCsv(seller, csv);
        QVERIFY2(again.status == 200, again.describe().c_str());
        QCOMPARE(again.json()["unchanged"].get<int>(), 20000);
        QCOMPARE(again.json()["updated"].get<int>(), 0);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(ImportExportTest)
#include "ImportExportTest.moc"
