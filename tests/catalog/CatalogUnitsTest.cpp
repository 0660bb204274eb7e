// The catalog's pure parts without a server: keyset cursors, list parameters, product validation
// and JSON input typing, the access rules, the hot cache's eviction and stale-fill guard, and the
// bounded pieces of the CSV import (the sku set, the error cap, the import gate).

#include "catalog/ImportGate.h"
#include "catalog/ImportReport.h"
#include "catalog/ProductAccess.h"
#include "catalog/ProductCache.h"
#include "catalog/ProductInput.h"
#include "catalog/ProductQuery.h"
#include "catalog/ProductValidator.h"
#include "catalog/SellerSkuSet.h"
#include "core/Base64Url.h"
#include "core/DomainError.h"
#include "core/JsonFields.h"
#include "core/KeysetCursor.h"

#include <QtTest>

using namespace md;
using namespace md::catalog;

namespace {

std::shared_ptr<const CachedProduct> entry(long long id, long long version)
{
    auto product = std::make_shared<CachedProduct>();
    product->id = id;
    product->sellerId = 1;
    product->active = true;
    product->version = version;
    product->json = "{\"id\":" + std::to_string(id) + ",\"version\":" + std::to_string(version) + "}";
    product->etag = "\"" + std::to_string(version) + "\"";
    return product;
}

template <typename Function> ErrorKind kindOf(Function&& function)
{
    try {
        function();
    } catch (const DomainError& error) {
        return error.kind();
    }
    return ErrorKind::Internal; // "nothing thrown"
}

Product validProduct()
{
    Product product;
    product.sellerId = 1;
    product.sku = "JK-001";
    product.title = "겨울 자켓";
    product.priceCents = 1000;
    return product;
}

} // namespace

class CatalogUnitsTest : public QObject {
    Q_OBJECT

private slots:
    void cursorsRoundTripAndAreBoundToTheirSort()
    {
        KeysetCursor cursor("-title", {"겨울 자켓", 42});
        const std::string text = cursor.encode();
        QVERIFY(text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
                std::string::npos);
        const KeysetCursor::Shape titleShape{KeysetCursor::Value::Text, KeysetCursor::Value::BigInt};
        KeysetCursor decoded = KeysetCursor::decode(text, "-title", titleShape);
        QCOMPARE(decoded.textAt(0), std::string("겨울 자켓"));
        QCOMPARE(decoded.integerAt(1), 42LL);
        QCOMPARE(kindOf([&] { KeysetCursor::decode(text, "title", titleShape); }), ErrorKind::BadRequest);
        QCOMPARE(kindOf([&] { KeysetCursor::decode(text, "-title", {KeysetCursor::Value::Text}); }),
                 ErrorKind::BadRequest);
        QCOMPARE(kindOf([&] { KeysetCursor::decode("not*base64", "-title", titleShape); }), ErrorKind::BadRequest);
        QCOMPARE(kindOf([&] { KeysetCursor::decode("e30", "-title", titleShape); }), ErrorKind::BadRequest); // "{}"
        QCOMPARE(kindOf([&] { decoded.integerAt(0); }), ErrorKind::BadRequest);
        QCOMPARE(kindOf([&] { decoded.textAt(5); }), ErrorKind::BadRequest);
    }

    // decode() checks every value against the shape, so a tampered value never reaches SQL.
    void cursorValuesAreCheckedAtDecoding_data()
    {
        QTest::addColumn<QString>("position"); // the JSON of the position
        QTest::addColumn<int>("shape");        // 0: [timestamp, bigint]  1: [integer, bigint]  2: [text, bigint]
        QTest::addColumn<bool>("accepted");
        QTest::newRow("timestamp") << R"(["2024-02-29T10:00:00.123456Z",1])" << 0 << true;
        QTest::newRow("february 30th") << R"(["2024-02-30T00:00:00Z",1])" << 0 << false;
        QTest::newRow("february 29th of 2023") << R"(["2023-02-29T00:00:00Z",1])" << 0 << false;
        QTest::newRow("april 31st") << R"(["2024-04-31T00:00:00Z",1])" << 0 << false;
        QTest::newRow("hour 25") << R"(["2024-01-01T25:00:00Z",1])" << 0 << false;
        QTest::newRow("not a date") << R"(["yesterday",1])" << 0 << false;
        QTest::newRow("number for a timestamp") << R"([20240101,1])" << 0 << false;
        QTest::newRow("id as text") << R"(["2024-01-01T00:00:00Z","1"])" << 0 << false;
        QTest::newRow("id beyond bigint") << R"(["2024-01-01T00:00:00Z",9223372036854775808])" << 0 << false;
        QTest::newRow("id beyond uint64") << R"(["2024-01-01T00:00:00Z",99999999999999999999999])" << 0 << false;
        QTest::newRow("id a fraction") << R"(["2024-01-01T00:00:00Z",1.5])" << 0 << false;
        QTest::newRow("id 1e999") << R"(["2024-01-01T00:00:00Z",1e999])" << 0 << false;
        QTest::newRow("id null") << R"(["2024-01-01T00:00:00Z",null])" << 0 << false;
        QTest::newRow("integer") << R"([2147483647,1])" << 1 << true;
        QTest::newRow("integer beyond 32 bits") << R"([2147483648,1])" << 1 << false;
        QTest::newRow("integer below 32 bits") << R"([-2147483649,1])" << 1 << false;
        QTest::newRow("text") << R"(["겨울",-9223372036854775808])" << 2 << true;
        QTest::newRow("text with NUL") << R"(["a\u0000b",1])" << 2 << false;
        QTest::newRow("object for text") << R"([{"a":1},1])" << 2 << false;
        QTest::newRow("array for text") << R"([["a"],1])" << 2 << false;
    }

    void cursorValuesAreCheckedAtDecoding()
    {
        QFETCH(QString, position);
        QFETCH(int, shape);
        QFETCH(bool, accepted);
        using Value = KeysetCursor::Value;
        const KeysetCursor::Shape shapes[] = {{Value::Timestamp, Value::BigInt},
                                              {Value::Integer, Value::BigInt},
                                              {Value::Text, Value::BigInt}};
        // Encoded by hand, as a client tampering with a cursor would.
        const std::string text = md::base64UrlEncode(R"({"s":"x","p":)" + position.toStdString() + "}");
        const ErrorKind kind = kindOf([&] { KeysetCursor::decode(text, "x", shapes[shape]); });
        if (accepted)
            QCOMPARE(kind, ErrorKind::Internal); // kindOf's "nothing thrown"
        else
            QCOMPARE(kind, ErrorKind::BadRequest);
    }

    void listParameters()
    {
        ProductQuery defaults = ProductQuery::fromParameters({});
        QCOMPARE(defaults.limit, 50LL);
        QCOMPARE(defaults.sort.name(), std::string("-id"));
        ProductQuery query = ProductQuery::fromParameters({{"limit", "500"},
                                                           {"sort", "-price_cents"},
                                                           {"q", "  겨울   자켓 "},
                                                           {"status", "active"},
                                                           {"updated_since", "2024-05-01T09:00:00+09:00"},
                                                           {"seller_id", "3"}});
        QCOMPARE(query.limit, 500LL);
        QCOMPARE(query.sort.name(), std::string("-price_cents"));
        QCOMPARE(query.searchWords, (std::vector<std::string>{"겨울", "자켓"}));
        QCOMPARE(query.sellerId.value(), 3LL);
        for (const char* limit : {"0", "501", "-1"})
            QCOMPARE(kindOf([&] { ProductQuery::fromParameters({{"limit", limit}}); }), ErrorKind::Validation);
        QCOMPARE(kindOf([] { ProductQuery::fromParameters({{"limit", "ten"}}); }), ErrorKind::BadRequest);
        QCOMPARE(kindOf([] { ProductQuery::fromParameters({{"sort", "colour"}}); }), ErrorKind::Validation);
        QCOMPARE(kindOf([] { ProductQuery::fromParameters({{"status", "sold"}}); }), ErrorKind::Validation);
        QCOMPARE(kindOf([] { ProductQuery::fromParameters({{"updated_since", "yesterday"}}); }), ErrorKind::Validation);
        QCOMPARE(kindOf([] { ProductQuery::fromParameters({{"q", "\xFF"}}); }), ErrorKind::Validation);
    }

    void updatedSinceIsReadAsARealMomentInUtc()
    {
        // The parameter reaches SQL in the one canonical form core/Rfc3339 writes.
        QCOMPARE(ProductQuery::fromParameters({{"updated_since", "2024-05-01T09:00:00+09:00"}}).updatedSince.value(),
                 std::string("2024-05-01T00:00:00.000000Z"));
        for (const char* bad : {"2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z",
                                "2024-05-01T24:00:00Z", "2024-05-01T00:60:00Z", "2024-05-01T00:00:61Z",
                                "2024-05-01T00:00:00+24:00", "2024-05-01T00:00:00"})
            QVERIFY2(kindOf([&] { ProductQuery::fromParameters({{"updated_since", bad}}); }) == ErrorKind::Validation,
                     bad);
    }

    void titleLengthCountsCharacters()
    {
        Product product = validProduct();
        std::string title;
        for (int i = 0; i < 200; ++i)
            title += "가";
        product.title = title; // 600 bytes, 200 characters
        QVERIFY(ProductValidator::validate(product).empty());
        product.title += "나";
        QVERIFY(ProductValidator::validate(product).contains("title"));
        product.title = "";
        QVERIFY(ProductValidator::validate(product).contains("title"));
        product.title = "   ";
        QVERIFY(ProductValidator::validate(product).contains("title"));
        product.title = "two\nlines";
        QVERIFY(ProductValidator::validate(product).contains("title"));
    }

    void fieldRules()
    {
        Product product = validProduct();
        product.sku = std::string(65, 'A');
        product.priceCents = -1;
        product.compareAtCents = -5;
        product.currency = "krw";
        product.status = "sold";
        product.attributes = nlohmann::json::array();
        product.images = {"https://ok.kr/a.jpg", "ftp://no.kr/b.jpg"};
        const auto errors = ProductValidator::validate(product);
        for (const char* field :
             {"sku", "price_cents", "compare_at_cents", "currency", "status", "attributes", "images"})
            QVERIFY2(errors.contains(field), field);
        QVERIFY(!ProductValidator::checkSku("A-b_9.x"));
        QVERIFY(ProductValidator::checkSku("자켓"));
        QVERIFY(ProductValidator::checkSku("A B"));
        QVERIFY(ProductValidator::isImageUrl("HTTPS://cdn.example.kr/이미지.jpg"));
        QVERIFY(!ProductValidator::isImageUrl("https://"));
        QVERIFY(!ProductValidator::isImageUrl("https://a.kr/x y.jpg"));
        QVERIFY(!ProductValidator::isImageUrl("javascript:alert(1)"));
        QVERIFY(ProductValidator::checkAttributes({{"k", std::string("a\0b", 3)}}));
    }

    void jsonInputTypes()
    {
        const nlohmann::json body = {{"sku", 5},
                                     {"title", "자켓"},
                                     {"price_cents", 10.5},
                                     {"compare_at_cents", nullptr},
                                     {"attributes", "x"},
                                     {"images", nlohmann::json::array({1, 2})},
                                     {"id", 99},
                                     {"version", 3},
                                     {"pirce_cents", 1},
                                     {"category", nullptr}};
        JsonFields fields(body);
        auto input = ProductInput::fromJson(fields);
        QCOMPARE(fields.errors().size(), std::size_t(5));
        for (const char* field : {"sku", "price_cents", "attributes", "pirce_cents", "category"})
            QVERIFY2(fields.hasError(field), field);
        QVERIFY(input.compareAtCents.has_value() && !input.compareAtCents->has_value());
        QCOMPARE(input.title.value(), std::string("자켓"));
        const nlohmann::json huge = {{"price_cents", 18446744073709551615ULL}};
        JsonFields tooLarge(huge);
        ProductInput::fromJson(tooLarge);
        QVERIFY(tooLarge.hasError("price_cents"));
    }

    void accessRules()
    {
        Principal seller{10, Role::Seller, 1, "s@x.kr"};
        Principal customer{11, Role::Customer, std::nullopt, "c@x.kr"};
        Principal support{12, Role::Support, std::nullopt, "h@x.kr"};
        QVERIFY(ProductAccess::canView(seller, 1, false));
        QVERIFY(!ProductAccess::canView(seller, 2, true));
        QVERIFY(ProductAccess::canView(customer, 2, true));
        QVERIFY(!ProductAccess::canView(customer, 2, false));
        QVERIFY(ProductAccess::canView(support, 2, false));
        QVERIFY(!ProductAccess::canChange(support, 2));
        QVERIFY(ProductAccess::canChange(seller, 1));
        QVERIFY(!ProductAccess::canChange(seller, 2));
        QCOMPARE(ProductAccess::sellerForNewProduct(seller, std::nullopt).value(), 1LL);
        QCOMPARE(kindOf([&] { ProductAccess::sellerForNewProduct(seller, 2); }), ErrorKind::Forbidden);
        QVERIFY(!ProductAccess::sellerForNewProduct(Principal{1, Role::Admin, std::nullopt, "a@x.kr"}, std::nullopt));
    }

    void cacheEvictsTheLeastRecentlyUsed()
    {
        ProductCache cache(2);
        cache.insert(entry(1, 1), cache.ticket(1));
        cache.insert(entry(2, 1), cache.ticket(2));
        QVERIFY(cache.find(1)); // 2 is now the least recently used
        cache.insert(entry(3, 1), cache.ticket(3));
        QCOMPARE(cache.size(), std::size_t(2));
        QVERIFY(cache.find(1));
        QVERIFY(!cache.find(2));
        QVERIFY(cache.find(3));
        cache.insert(entry(3, 2), cache.ticket(3)); // replacing keeps the size
        QCOMPARE(cache.find(3)->version, 2LL);
        QCOMPARE(cache.size(), std::size_t(2));
    }

    void cacheRefusesAFillThatAnInvalidationOvertook()
    {
        ProductCache cache(10);
        // A reader takes its ticket, reads version 1; meanwhile a writer commits version 2 and
        // the invalidation arrives before the reader stores what it read.
        auto ticket = cache.ticket(5);
        cache.invalidate(5);
        cache.insert(entry(5, 1), ticket);
        QVERIFY(!cache.find(5));
        // The same after a full clear (the listener reconnected).
        ticket = cache.ticket(6);
        cache.clear();
        cache.insert(entry(6, 1), ticket);
        QVERIFY(!cache.find(6));
        // Invalidating another product does not stop this fill.
        ticket = cache.ticket(7);
        cache.invalidate(8);
        cache.insert(entry(7, 1), ticket);
        QVERIFY(cache.find(7));
        cache.invalidate(7);
        QVERIFY(!cache.find(7));
    }

    void aZeroCapacityCacheHoldsNothing()
    {
        ProductCache cache(0);
        cache.insert(entry(1, 1), cache.ticket(1));
        QVERIFY(!cache.find(1));
    }

    void skuSetFindsRepeatsPerSeller()
    {
        const std::string text = "A-1,A-1,B-2,A-1,a-1";
        const std::string_view file(text);
        SellerSkuSet set(file);
        QVERIFY(!set.insert(7, file.substr(0, 3), 2));
        QCOMPARE(set.insert(7, file.substr(4, 3), 5).value(), std::size_t(2)); // same bytes elsewhere
        QVERIFY(!set.insert(8, file.substr(4, 3), 6));                          // another seller
        QVERIFY(!set.insert(7, file.substr(8, 3), 7));
        QCOMPARE(set.insert(8, file.substr(12, 3), 9).value(), std::size_t(6));
        QVERIFY(!set.insert(7, file.substr(16, 3), 10)); // skus are case-sensitive
        QCOMPARE(set.size(), std::size_t(4));
        // Only views into the file: anything else is a programming error, not data.
        const std::string elsewhere = "A-1";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, set.insert(7, elsewhere, 11));
    }

    void skuSetGrowsAndStaysExact()
    {
        std::string text;
        std::vector<std::pair<std::size_t, std::size_t>> places;
        for (int i = 0; i < 50000; ++i) {
            const std::string sku = "SKU-" + std::to_string(i);
            places.emplace_back(text.size(), sku.size());
            text += sku + ",";
        }
        const std::string_view file(text);
        SellerSkuSet set(file);
        for (std::size_t i = 0; i < places.size(); ++i)
            QVERIFY(!set.insert(1, file.substr(places[i].first, places[i].second), i + 2));
        for (std::size_t i = 0; i < places.size(); i += 997)
            QCOMPARE(set.insert(1, file.substr(places[i].first, places[i].second), 1000000).value(), i + 2);
        QCOMPARE(set.size(), places.size());
        QVERIFY(set.memoryBytes() <= 64 * places.size());

        SellerSkuSet reserved(file);
        reserved.reserve(100000); // the import's row limit: 2^18 slots of 16 bytes
        QCOMPARE(reserved.memoryBytes(), std::size_t(4 * 1024 * 1024));
    }

    void importReportKeepsTheFirstErrorsByRow()
    {
        ImportReport report;
        const std::size_t cap = ImportReport::kMaxErrorsReported;
        // Later rows first, as a batch's database checks come after the next rows' cell checks.
        for (std::size_t row = 5 * cap; row > 1; --row)
            report.addError({row, "sku", "bad " + std::to_string(row)});
        report.addError({3, "title", "second error of row 3"});
        QCOMPARE(report.errorCount(), 5 * cap);
        QVERIFY(report.errorsTruncated());
        const auto errors = report.errors();
        QCOMPARE(errors.size(), cap);
        QCOMPARE(errors.front().row, std::size_t(2));
        QCOMPARE(errors[1].row, std::size_t(3));
        QCOMPARE(errors[1].field, std::string("sku"));
        QCOMPARE(errors[2].field, std::string("title")); // within a row, in the order they were added
        QCOMPARE(errors.back().row, cap);
        const nlohmann::json json = report.toJson();
        QCOMPARE(json["errors"].size(), cap);
        QCOMPARE(json["error_count"].get<std::size_t>(), 5 * cap);
        QCOMPARE(json["errors_truncated"].get<bool>(), true);

        ImportReport small;
        small.addError({4, "", "x"});
        QCOMPARE(small.toJson()["errors_truncated"].get<bool>(), false);
        QCOMPARE(small.toJson()["error_count"].get<int>(), 1);
    }

    void importGateHoldsAtMostItsCapacity()
    {
        ImportGate gate(2);
        auto first = gate.tryEnter();
        auto second = gate.tryEnter();
        QVERIFY(first && second);
        QVERIFY(!gate.tryEnter());
        second.reset();
        auto third = gate.tryEnter();
        QVERIFY(third);
        QVERIFY(!gate.tryEnter());
    }
};

QTEST_GUILESS_MAIN(CatalogUnitsTest)
#include "CatalogUnitsTest.moc"
