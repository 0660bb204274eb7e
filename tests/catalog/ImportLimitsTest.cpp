// What a CSV import may cost a server, and the limits that keep it so: a file of the largest size
// allowed (100,000 rows, ~15 MiB) is imported as a dry run, for real, as an update of every row and
// as an export read back, each while the server's peak resident memory stays under
// kPeakBoundMib (the shipped memory limit is 128 MiB); the row, column, field and record limits
// answer with errors that name them and change nothing; errors are cut at 1,000 with their count;
// imports beyond MARKETDESK_IMPORT_CONCURRENCY are refused with 429 and Retry-After, and a second
// import for a seller whose import is running with 409.

#include "support/ProcessMemory.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QScopeGuard>
#include <QtTest>
#include <pqxx/pqxx>

#include <atomic>
#include <chrono>
#include <thread>

using namespace md::test;

namespace {

// Half the replica's 128 MiB: an idle server is ~18 MiB, the upload ~15 MiB, the import's working
// set ~10 MiB; what is left is for the product cache and a second import (the default concurrency
// is 2). The code before imports were streamed peaked at 200-400 MiB on this file.
constexpr double kPeakBoundMib = 64.0;
constexpr int kLargeRows = 100000; // the row limit itself

HttpResponse importCsv(HttpClient& client, const std::string& csv, const std::string& query = {})
{
    return client.request("POST", "/api/v1/products/import" + query, csv, {{"Content-Type", "text/csv"}});
}

// Every column a seller imports, ~150 bytes a row; price_cents differs per variant so a second
// import updates every row.
std::string largeFile(const std::string& prefix, int rows, int priceOffset)
{
    std::string csv = "sku,title,description,category,price_cents,compare_at_cents,currency,status,attributes,images\r\n";
    csv.reserve(16u * 1024 * 1024);
    for (int i = 0; i < rows; ++i) {
        const std::string n = std::to_string(i);
        csv += prefix + n + ",대량 상품 " + n + ",\"설명, " + n + " — 무선 블루투스 이어폰\",생활," +
               std::to_string(1000 + i + priceOffset) +
               ",,KRW,active,\"{\"\"n\"\":" + n + "}\",https://img.example.kr/" + n + ".jpg\r\n";
    }
    return csv;
}

std::vector<std::string> errorPlaces(const nlohmann::json& report)
{
    std::vector<std::string> places;
    for (const auto& error : report["errors"])
        places.push_back(std::to_string(error["row"].get<long long>()) + ":" +
                         (error["field"].is_null() ? std::string("-") : error["field"].get<std::string>()));
    return places;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

} // namespace

class ImportLimitsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MD_REQUIRE(m_stack.start()); }

    void largeImportRunsInBoundedMemory()
    {
        if (kSanitized) QSKIP("AddressSanitizer's shadow memory makes resident sizes meaningless");
        // A server of its own: the peak then belongs to these imports alone.
        ServerProcess server(m_stack.database());
        MD_REQUIRE(server.start());
        HttpClient seller = server.client(m_stack.fixtures().token(Role::SellerB));
        seller.setTimeout(std::chrono::seconds(600));
        const std::string sellerB = std::to_string(m_stack.fixtures().sellerBId());
        const std::string csv = largeFile("BIG-", kLargeRows, 0);
        QVERIFY2(csv.size() > 14u * 1024 * 1024 && csv.size() < 20u * 1024 * 1024, std::to_string(csv.size()).c_str());
        const auto idle = ProcessMemory::of(server.pid());
        QVERIFY(idle);

        auto importMeasured = [&](const std::string& body, const std::string& query, const char* what) {
            const auto before = ProcessMemory::of(server.pid());
            QVERIFY(before && ProcessMemory::resetPeak(server.pid()));
            const auto started = std::chrono::steady_clock::now();
            HttpResponse response = importCsv(seller, body, query);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const auto memory = ProcessMemory::of(server.pid());
            QVERIFY(memory);
            qInfo("%s: %zu bytes, HTTP %d in %.1f s; server RSS %.1f MiB before, peak %.1f MiB (idle at start %.1f MiB)",
                  what, body.size(), response.status, seconds, before->residentMib(), memory->peakResidentMib(),
                  idle->residentMib());
            QVERIFY2(memory->peakResidentMib() < kPeakBoundMib,
                     (std::string(what) + ": peak RSS " + std::to_string(memory->peakResidentMib()) + " MiB").c_str());
            m_lastResponse = std::move(response);
        };

        importMeasured(csv, "?dry_run=true", "dry run");
        if (QTest::currentTestFailed()) return;
        QVERIFY2(m_lastResponse.status == 200, m_lastResponse.describe().c_str());
        QCOMPARE(m_lastResponse.json()["created"].get<int>(), kLargeRows);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'BIG-%'"), std::string("0"));

        importMeasured(csv, "", "import");
        if (QTest::currentTestFailed()) return;
        QVERIFY2(m_lastResponse.status == 200, m_lastResponse.describe().c_str());
        QCOMPARE(m_lastResponse.json()["created"].get<int>(), kLargeRows);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products p JOIN inventory i ON i.product_id = p.id "
                                           "WHERE p.sku LIKE 'BIG-%' AND p.seller_id = " +
                                           sellerB),
                 std::to_string(kLargeRows));
        // One audit entry for the whole import, written in batches but one all the same.
        const std::string created = m_lastResponse.header("X-Request-Id");
        QCOMPARE(m_stack.database().scalar("SELECT count(*) || '/' || max(jsonb_array_length(after->'created_ids')) || "
                                           "'/' || max(after->>'created') || '/' || max(actor_email) || '/' || "
                                           "max(entity_id) FROM audit_log WHERE action = 'product.import' AND "
                                           "entity_type = 'product_import' AND actor_user_id IS NOT NULL AND "
                                           "request_id = '" +
                                           created + "'"),
                 "1/" + std::to_string(kLargeRows) + "/" + std::to_string(kLargeRows) + "/" +
                     m_stack.fixtures().member(Role::SellerB).email + "/" + created);

        importMeasured(largeFile("BIG-", kLargeRows, 7), "", "update of every row");
        if (QTest::currentTestFailed()) return;
        QVERIFY2(m_lastResponse.status == 200, m_lastResponse.describe().c_str());
        QCOMPARE(m_lastResponse.json()["updated"].get<int>(), kLargeRows);
        const std::string updated = m_lastResponse.header("X-Request-Id");
        auto audit = m_stack.database().execute(
            "SELECT (SELECT count(*) FROM jsonb_object_keys(after->'changes')), before->(SELECT min(id)::text FROM "
            "products WHERE sku = 'BIG-0'), after->'changes'->(SELECT min(id)::text FROM products WHERE sku = 'BIG-0') "
            "FROM audit_log WHERE action = 'product.import' AND request_id = '" +
            updated + "'");
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0][0].as<int>(), kLargeRows);
        QCOMPARE(nlohmann::json::parse(audit[0][1].as<std::string>()), (nlohmann::json{{"price_cents", 1000}}));
        QCOMPARE(nlohmann::json::parse(audit[0][2].as<std::string>()), (nlohmann::json{{"price_cents", 1007}}));

        // Round trip: what the export says, imported back, changes nothing.
        HttpResponse exported = seller.get("/api/v1/products/export");
        QCOMPARE(exported.status, 200);
        const std::string versionsBefore = m_stack.database().scalar(
            "SELECT sum(version) || '/' || count(*) FROM products WHERE seller_id = " + sellerB);
        importMeasured(exported.body, "", "export read back");
        if (QTest::currentTestFailed()) return;
        QVERIFY2(m_lastResponse.status == 200, m_lastResponse.describe().c_str());
        QCOMPARE(m_lastResponse.json()["unchanged"].get<int>(), kLargeRows);
        QCOMPARE(m_lastResponse.json()["created"].get<int>() + m_lastResponse.json()["updated"].get<int>(), 0);
        QCOMPARE(m_stack.database().scalar("SELECT sum(version) || '/' || count(*) FROM products WHERE seller_id = " +
                                           sellerB),
                 versionsBefore);
        QCOMPARE(server.stop(), 0);
    }

    void aBadRowAfterWrittenBatchesRollsThemBack()
    {
        // Batches are written as the file is read; a bad row further on must still leave nothing.
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const std::string before = m_stack.database().scalar(
            "SELECT (SELECT count(*) FROM products) || '/' || (SELECT count(*) FROM inventory) || '/' || "
            "(SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM events)");
        std::string csv = "sku,title,price_cents\r\n";
        for (int i = 0; i < 3500; ++i) // four batches
            csv += "LATE-" + std::to_string(i) + ",t,1\r\n";
        csv += "LATE-BAD,t,-1\r\n";
        HttpResponse rejected = importCsv(seller, csv);
        QVERIFY2(rejected.status == 422, rejected.describe().c_str());
        const auto report = rejected.json()["error"]["details"];
        QCOMPARE(errorPlaces(report), std::vector<std::string>{"3502:price_cents"});
        QCOMPARE(report["created"].get<int>(), 0);
        QCOMPARE(report["failed"].get<int>(), 1);
        QCOMPARE(m_stack.database().scalar(
                     "SELECT (SELECT count(*) FROM products) || '/' || (SELECT count(*) FROM inventory) || '/' || "
                     "(SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM events)"),
                 before);
        HttpResponse partial = importCsv(seller, csv, "?partial=true");
        QVERIFY2(partial.status == 200, partial.describe().c_str());
        QCOMPARE(partial.json()["created"].get<int>(), 3500);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'LATE-%'"),
                 std::string("3500"));
    }

    void moreRowsThanTheLimitAreRefusedUpFront()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        seller.setTimeout(std::chrono::seconds(120));
        std::string csv = "sku,title,price_cents\r\n";
        for (int i = 0; i <= kLargeRows; ++i) // one row too many
            csv += "ROW-" + std::to_string(i) + ",t,1\r\n";
        for (const char* query : {"", "?partial=true", "?dry_run=true"}) {
            HttpResponse refused = importCsv(seller, csv, query);
            QVERIFY2(refused.status == 413, refused.describe().c_str());
            QCOMPARE(refused.errorCode(), std::string("too_many_rows"));
            QCOMPARE(refused.json()["error"]["details"]["limit_rows"].get<int>(), kLargeRows);
            QVERIFY(refused.json()["error"]["message"].get<std::string>().find("100000 rows") != std::string::npos);
        }
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'ROW-%'"), std::string("0"));
    }

    void aHeaderOverTheColumnLimitIsRefused()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        std::string header = "sku,title,price_cents";
        for (int i = 0; i < 97; ++i)
            header += ",extra" + std::to_string(i);
        HttpResponse refused = importCsv(seller, header + "\r\nCOL-1,t,1\r\n");
        QVERIFY2(refused.status == 422, refused.describe().c_str());
        QCOMPARE(refused.errorCode(), std::string("import_rejected"));
        const auto report = refused.json()["error"]["details"];
        QCOMPARE(report["errors"][0]["row"].get<int>(), 1);
        QVERIFY2(report["errors"][0]["message"].get<std::string>().find("100 columns; a file may have at most 64") !=
                     std::string::npos,
                 report.dump().c_str());
    }

    void fieldAndRecordLimitsAreErrorsOfTheirRow()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const std::string overField(128 * 1024 - 1, 'd'); // with its quotes one byte over the field limit
        const std::string bigField(120 * 1024, 'd');      // under it; five of them pass the record's limit
        const std::string csv = "sku,title,price_cents,description,category,currency\r\n"
                                "LIM-1,t,1,\"" + overField + "\",c,KRW\r\n" + // line 2
                                "LIM-2,t,1,ok,c,KRW\r\n" +                       // 3
                                "LIM-3," + bigField + "," + bigField + "," + bigField + "," + bigField + "," +
                                bigField + "\r\n" +              // 4
                                "LIM-4,t,1,ok,c,KRW\r\n";        // 5
        HttpResponse rejected = importCsv(seller, csv);
        QVERIFY2(rejected.status == 422, rejected.describe().c_str());
        const auto report = rejected.json()["error"]["details"];
        QCOMPARE(errorPlaces(report), (std::vector<std::string>{"2:description", "4:-"}));
        QVERIFY(report["errors"][0]["message"].get<std::string>().find("131072 bytes") != std::string::npos);
        QVERIFY(report["errors"][1]["message"].get<std::string>().find("524288 bytes") != std::string::npos);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'LIM-%'"), std::string("0"));

        HttpResponse partial = importCsv(seller, csv, "?partial=true");
        QVERIFY2(partial.status == 200, partial.describe().c_str());
        QCOMPARE(partial.json()["created"].get<int>(), 2);
        QCOMPARE(partial.json()["failed"].get<int>(), 2);
        QCOMPARE(m_stack.database().scalar("SELECT string_agg(sku, ',' ORDER BY sku) FROM products WHERE sku LIKE 'LIM-%'"),
                 std::string("LIM-2,LIM-4"));
    }

    void errorsAreCutAtTheLimitWithTheirCount()
    {
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        const std::string before = m_stack.database().scalar("SELECT count(*) || '/' || sum(version) FROM products");
        std::string csv = "sku,title,price_cents\r\nERR-OK,t,1\r\n";
        for (int i = 0; i < 5000; ++i)
            csv += "ERR " + std::to_string(i) + ",t,1.5\r\n"; // two errors each: sku and price_cents
        for (const char* query : {"", "?dry_run=true"}) {
            HttpResponse rejected = importCsv(seller, csv, query);
            QVERIFY2(rejected.status == 422, rejected.describe().c_str());
            const auto report = rejected.json()["error"]["details"];
            QCOMPARE(report["errors"].size(), std::size_t(1000));
            QCOMPARE(report["error_count"].get<int>(), 10000);
            QCOMPARE(report["errors_truncated"].get<bool>(), true);
            QCOMPARE(report["failed"].get<int>(), 5000);
            // The first thousand by line: rows 3 to 502, each cell's parse error before its rule's.
            QCOMPARE(errorPlaces(report).front(), std::string("3:price_cents"));
            QCOMPARE(errorPlaces(report)[1], std::string("3:sku"));
            QCOMPARE(errorPlaces(report).back(), std::string("502:sku"));
        }
        QCOMPARE(m_stack.database().scalar("SELECT count(*) || '/' || sum(version) FROM products"), before);
        HttpResponse partial = importCsv(seller, csv, "?partial=true");
        QVERIFY2(partial.status == 200, partial.describe().c_str());
        QCOMPARE(partial.json()["created"].get<int>(), 1);
        QCOMPARE(partial.json()["error_count"].get<int>(), 10000);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'ERR%'"), std::string("1"));
    }

    void importsBeyondTheConcurrencyLimitAreRefused()
    {
        ServerProcess server(m_stack.database());
        ServerProcess::Options options;
        // One import at a time; statements may wait long enough for the test to look at the server.
        options.environment = {{"MARKETDESK_IMPORT_CONCURRENCY", "1"}, {"MARKETDESK_STATEMENT_TIMEOUT_MS", "120000"}};
        MD_REQUIRE(server.start(options));
        const long long productId = m_stack.fixtures().createProduct(Role::SellerA, {{"sku", "GATE-1"}})["id"];

        // Lock the product's row from a transaction of the test's own, so seller A's import of it
        // waits inside the server, holding the one place.
        auto blocker = m_stack.database().connect();
        auto hold = std::make_unique<pqxx::work>(*blocker);
        hold->exec("SELECT 1 FROM products WHERE id = " + std::to_string(productId) + " FOR UPDATE");
        const std::string tokenA = m_stack.fixtures().token(Role::SellerA);
        std::atomic<int> firstStatus{-1};
        std::thread first([&] {
            HttpClient client = server.client(tokenA);
            client.setTimeout(std::chrono::seconds(120));
            firstStatus = importCsv(client, "sku,title,price_cents\r\nGATE-1,바뀐 제목,1\r\n").status;
        });
        // Whatever fails below, the row is released and the import thread joined.
        auto release = qScopeGuard([&] {
            hold.reset();
            if (first.joinable()) first.join();
        });
        auto waiting = [&] {
            return m_stack.database().scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                             "AND datname = current_database()") != "0";
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting(), 30000);

        HttpClient sellerB = server.client(m_stack.fixtures().token(Role::SellerB));
        HttpResponse busy = importCsv(sellerB, "sku,title,price_cents\r\nGATE-2,t,1\r\n", "?dry_run=true");
        // Seller A's own second import is turned away by the same place, before its seller lock.
        HttpClient sellerA = server.client(tokenA);
        HttpResponse busyToo = importCsv(sellerA, "sku,title,price_cents\r\nGATE-3,t,1\r\n");
        release.dismiss();
        hold.reset(); // rolls back: the import goes on
        first.join();
        QVERIFY2(busy.status == 429, busy.describe().c_str());
        QCOMPARE(busy.errorCode(), std::string("imports_busy"));
        QCOMPARE(busy.header("Retry-After"), std::string("5"));
        QCOMPARE(busy.json()["error"]["details"]["concurrent_imports"].get<int>(), 1);
        QCOMPARE(busyToo.status, 429);
        QCOMPARE(firstStatus.load(), 200);
        QCOMPARE(m_stack.database().scalar("SELECT title FROM products WHERE id = " + std::to_string(productId)),
                 std::string("바뀐 제목"));

        // The place is free again once the first import is done.
        HttpResponse after = importCsv(sellerB, "sku,title,price_cents\r\nGATE-2,t,1\r\n", "?dry_run=true");
        QVERIFY2(after.status == 200, after.describe().c_str());
        QCOMPARE(server.stop(), 0);
    }

    void aSecondImportForTheSameSellerIsTurnedAwayAtOnce()
    {
        // An import holds its sellers until it commits (so two imports cannot both create a sku);
        // another import for one of them, on any replica, gets 409 rather than waiting.
        const std::string sellerA = std::to_string(m_stack.fixtures().sellerAId());
        auto blocker = m_stack.database().connect();
        pqxx::work hold(*blocker);
        hold.exec("SELECT pg_advisory_xact_lock(1296319305, (" + sellerA + "::bigint % 2147483647)::integer)");
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse refused = importCsv(seller, "sku,title,price_cents\r\nHELD-1,t,1\r\n");
        QVERIFY2(refused.status == 409, refused.describe().c_str());
        QCOMPARE(refused.errorCode(), std::string("import_in_progress"));
        QCOMPARE(refused.json()["error"]["details"]["seller_id"].get<long long>(), m_stack.fixtures().sellerAId());
        // A dry run writes nothing and takes no lock.
        QCOMPARE(importCsv(seller, "sku,title,price_cents\r\nHELD-1,t,1\r\n", "?dry_run=true").status, 200);
        hold.abort();
        QCOMPARE(importCsv(seller, "sku,title,price_cents\r\nHELD-1,t,1\r\n").status, 200);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
    HttpResponse m_lastResponse;
};

QTEST_GUILESS_MAIN(ImportLimitsTest)
#include "ImportLimitsTest.moc"
