// Hostile and careless input: malformed JSON, wrong types, oversized bodies and headers, deep
// nesting, invalid UTF-8, smuggling-shaped framing and SQL-looking text. Each gets a precise 4xx
// (or is stored verbatim), Korean text round-trips byte for byte, and after every case the server
// still answers /healthz/live.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

std::string validProductJson(const std::string& sku, const std::string& padding = {})
{
    return "{\"sku\":\"" + sku + "\",\"title\":\"Padded\",\"price_cents\":100,\"description\":\"" + padding + "\"}";
}

} // namespace

class BadInputTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.environment["MARKETDESK_RATE_LIMIT_RPS"] = "0";
        MD_REQUIRE(m_stack.start(options));
        MD_REQUIRE(m_sellerToken = m_stack.fixtures().token(Role::SellerA));
    }

    // After every case: the process lives and answers.
    void cleanup()
    {
        QVERIFY2(m_stack.server().isRunning(), "the server process died");
        HttpResponse live = m_stack.server().client().get("/healthz/live");
        QVERIFY2(live.status == 200, live.describe().c_str());
    }

    void malformedJsonIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"sku\": \"A\",");
        QTest::newRow("not json") << QByteArray("sku=A&title=B");
        QTest::newRow("trailing garbage") << QByteArray("{\"sku\":\"A\"} trailing");
        QTest::newRow("single quotes") << QByteArray("{'sku':'A'}");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("nul byte") << QByteArray("{\"sku\":\"A\0\"}", 13);
        QTest::newRow("lone surrogate escape") << QByteArray("{\"sku\":\"\\ud800\",\"title\":\"x\",\"price_cents\":1}");
    }

    void malformedJsonIs400()
    {
        QFETCH(QByteArray, body);
        HttpResponse response =
            seller().request("POST", "/api/v1/products", body.toStdString(), {{"Content-Type", "application/json"}});
        QVERIFY2(response.status == 400 || (body.isEmpty() && response.status == 422), response.describe().c_str());
        QVERIFY2(!response.errorCode().empty(), response.describe().c_str());

        HttpResponse login = m_stack.server().client().request("POST", "/api/v1/auth/login", body.toStdString(),
                                                               {{"Content-Type", "application/json"}});
        QVERIFY2(login.status == 400 || (body.isEmpty() && login.status == 422), login.describe().c_str());
    }

    void wrongTypesAreRejectedWithFieldDetails()
    {
        HttpResponse response = seller().post(
            "/api/v1/products", {{"sku", 123}, {"title", nlohmann::json::array()}, {"price_cents", "abc"}});
        QVERIFY2(response.status == 422 || response.status == 400, response.describe().c_str());
        if (response.status == 422) {
            auto fields = response.json()["error"]["details"]["fields"];
            QVERIFY2(fields.is_object() && fields.contains("price_cents"), response.describe().c_str());
        }
        HttpResponse array = seller().post("/api/v1/products", nlohmann::json::array({1, 2, 3}));
        QVERIFY2(array.status == 400 || array.status == 422, array.describe().c_str());
        HttpResponse negative = seller().post("/api/v1/inventory/1/adjustments", {{"delta", "ten"}, {"reason", 5}});
        QVERIFY2(negative.status == 400 || negative.status == 422 || negative.status == 404,
                 negative.describe().c_str());
    }

    void wrongContentTypeIs415()
    {
        HttpResponse response =
            seller().request("POST", "/api/v1/products", validProductJson("CT-1"), {{"Content-Type", "text/plain"}});
        QVERIFY2(response.status == 415, response.describe().c_str());
    }

    void bodyOverOneMebibyteIs413()
    {
        std::string body = validProductJson("BIG-1", std::string(kMiB, 'a'));
        HttpResponse response =
            seller().request("POST", "/api/v1/products", body, {{"Content-Type", "application/json"}});
        QVERIFY2(response.status == 413, response.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku = 'BIG-1'"), std::string("0"));
    }

    void chunkedBodyOverTheLimitIs413()
    {
        // Without a Content-Length the limit must be enforced while reading.
        std::string request = "POST /api/v1/products HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + m_sellerToken +
                              "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        const std::string piece(64 * 1024, 'b');
        char size[32];
        std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
        for (int i = 0; i < 20; ++i)
            request += size + piece + "\r\n";
        request += "0\r\n\r\n";
        HttpResponse response = seller().raw(request);
        QVERIFY2(response.status == 413, response.describe().c_str());
    }

    void csvImportAllowsMoreThanJsonButNotOver20Mebibytes()
    {
        std::string header = "sku,title,price_cents\n";
        // ~2 MiB of valid rows: over the JSON limit, under the CSV one.
        std::string medium = header;
        for (int row = 0; medium.size() < 2 * kMiB; ++row)
            medium +=
                "CSV-" + std::to_string(row) + ",Row " + std::to_string(row) + " " + std::string(100, 'x') + ",100\n";
        HttpResponse accepted =
            seller().request("POST", "/api/v1/products/import?dry_run=true", medium, {{"Content-Type", "text/csv"}});
        QVERIFY2(accepted.status == 200, accepted.describe().c_str());
        QVERIFY2(accepted.json().value("failed", -1) == 0, accepted.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'CSV-%'"),
                 std::string("0")); // dry run

        std::string huge = header + std::string(20 * kMiB, 'z');
        HttpResponse refused =
            seller().request("POST", "/api/v1/products/import?dry_run=true", huge, {{"Content-Type", "text/csv"}});
        QVERIFY2(refused.status == 413, refused.describe().c_str());
    }

    void deepNestingIs400()
    {
        const int depth = 10000;
        std::string nested = std::string(depth, '[') + std::string(depth, ']');
        std::string body =
            "{\"sku\":\"DEEP-1\",\"title\":\"Deep\",\"price_cents\":1,\"attributes\":{\"a\":" + nested + "}}";
        HttpResponse response =
            seller().request("POST", "/api/v1/products", body, {{"Content-Type", "application/json"}});
        QVERIFY2(response.status == 400, response.describe().c_str());

        // Login takes small bodies (16 KiB): nest less deeply, still far past any sane limit.
        const int loginDepth = 2000;
        std::string objects;
        for (int i = 0; i < loginDepth; ++i)
            objects += "{\"a\":";
        objects += "1" + std::string(loginDepth, '}');
        HttpResponse login = m_stack.server().client().request("POST", "/api/v1/auth/login", objects,
                                                               {{"Content-Type", "application/json"}});
        QVERIFY2(login.status == 400, login.describe().c_str());
    }

    void invalidUtf8Is400_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("lone continuation byte") << QByteArray("abc\x80");
        QTest::newRow("0xff") << QByteArray("\xff\xfe");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("truncated hangul") << QByteArray("\xea\xb0");
        QTest::newRow("surrogate encoded") << QByteArray("\xed\xa0\x80");
    }

    void invalidUtf8Is400()
    {
        QFETCH(QByteArray, text);
        std::string body = "{\"sku\":\"UTF-BAD\",\"title\":\"" + text.toStdString() + "\",\"price_cents\":1}";
        HttpResponse response =
            seller().request("POST", "/api/v1/products", body, {{"Content-Type", "application/json"}});
        QVERIFY2(response.status == 400, response.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku = 'UTF-BAD'"), std::string("0"));
    }

    void sqlLookingTextIsStoredVerbatim()
    {
        const std::string title = "'; DROP TABLE products; --";
        const std::string description = "\" OR 1=1 -- ; DELETE FROM users WHERE ''='";
        const std::string sku = "SQL-1";
        nlohmann::json created;
        MD_REQUIRE(created = m_stack.fixtures().createProduct(
                       Role::SellerA, {{"sku", sku}, {"title", title}, {"description", description}}));
        const std::string id = std::to_string(created["id"].get<long long>());
        HttpResponse read = seller().get("/api/v1/products/" + id);
        QVERIFY2(read.status == 200, read.describe().c_str());
        QCOMPARE(read.json()["title"].get<std::string>(), title);
        QCOMPARE(read.json()["description"].get<std::string>(), description);
        QCOMPARE(read.json()["sku"].get<std::string>(), sku);

        HttpResponse search = seller().get("/api/v1/products?q=%27%3B%20DROP%20TABLE%20products%3B%20--");
        QVERIFY2(search.status == 200, search.describe().c_str());
        HttpResponse sorted = seller().get("/api/v1/products?sort=title%3B%20DROP%20TABLE%20products");
        QVERIFY2(sorted.status == 400 || sorted.status == 422, sorted.describe().c_str());
        QVERIFY(m_stack.database().scalar("SELECT to_regclass('public.products') IS NOT NULL") == "t");
        QVERIFY(std::stoll(m_stack.database().scalar("SELECT count(*) FROM users")) >= 7);
    }

    void koreanTextRoundTripsByteForByte()
    {
        // Precomposed Hangul, decomposed jamo (NFD must not be normalised away), emoji, CJK punctuation.
        const std::string title = "겨울 패딩 자켓 — 남성용 (L) 👍";
        const std::string description = "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab 한글「테스트」 ㈜마켓 ① ＡＢＣ";
        nlohmann::json created;
        MD_REQUIRE(created = m_stack.fixtures().createProduct(
                       Role::SellerA,
                       {{"sku", "KO-1"}, {"title", title}, {"description", description}, {"category", "의류"}}));
        const std::string id = std::to_string(created["id"].get<long long>());
        QCOMPARE(created["title"].get<std::string>(), title);

        HttpResponse read = seller().get("/api/v1/products/" + id);
        QVERIFY2(read.status == 200, read.describe().c_str());
        QCOMPARE(read.json()["title"].get<std::string>(), title);
        QCOMPARE(read.json()["description"].get<std::string>(), description);
        QVERIFY(read.header("Content-Type").find("charset=utf-8") != std::string::npos);
        // The bytes in the database are the bytes we sent.
        QCOMPARE(m_stack.database().scalar(
                     "SELECT encode(convert_to(description, 'UTF8'), 'hex') FROM products WHERE id = " + id),
                 QByteArray::fromStdString(description).toHex().toStdString());

        HttpResponse search = seller().get("/api/v1/products?q=%EC%9E%90%EC%BC%93"); // q=자켓
        QVERIFY2(search.status == 200, search.describe().c_str());
        bool found = false;
        for (const auto& item : search.items())
            found = found || item.value("id", 0LL) == created["id"].get<long long>();
        QVERIFY2(found, search.describe().c_str());
    }

    void oversizedHeaderIsRefused()
    {
        HttpResponse response = seller().get("/api/v1/me", {{"X-Padding", std::string(32 * 1024, 'h')}});
        QVERIFY2(response.status == 431 || response.status == 413 || response.status == 400,
                 response.describe().c_str());

        std::string manyHeaders = "GET /healthz/live HTTP/1.1\r\nHost: test\r\n";
        for (int i = 0; i < 5000; ++i)
            manyHeaders += "X-H" + std::to_string(i) + ": v\r\n";
        manyHeaders += "\r\n";
        HttpResponse many = m_stack.server().client().raw(manyHeaders);
        QVERIFY2(many.status == 431 || many.status == 413 || many.status == 400, many.describe().c_str());
    }

    void hugeUrlIsRefused()
    {
        HttpResponse response = seller().get("/api/v1/products?q=" + std::string(200 * 1024, 'q'));
        QVERIFY2(response.status == 414 || response.status == 431 || response.status == 413 || response.status == 400,
                 response.describe().c_str());
    }

    void malformedFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("garbage request line") << QByteArray("HELLO\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        QTest::newRow("bad version") << QByteArray("GET /healthz/live HTTP/9.9\r\nHost: t\r\n\r\n");
        QTest::newRow("content-length and chunked")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                          "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("two content-lengths") << QByteArray(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
        QTest::newRow("negative content-length")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("bad chunk size") << QByteArray(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("GET /healthz/live HTTP/1.1\r\nHost t\r\n\r\n");
    }

    void malformedFramingIsRefused()
    {
        QFETCH(QByteArray, request);
        HttpResponse response = m_stack.server().client().raw(request.toStdString());
        // Either a 4xx answer or a closed connection; never a success, a 5xx or a hang.
        QVERIFY2(response.status == 0 || (response.status >= 400 && response.status < 500),
                 response.describe().c_str());
        QVERIFY2(response.transportError.find("timed out") == std::string::npos, response.describe().c_str());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    HttpClient seller() const { return m_stack.server().client(m_sellerToken); }

    ServerStack m_stack;
    std::string m_sellerToken;
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "BadInputTest.moc"
