// The shared readers and builders every feature uses, without a server: query parameters (one
// rule for malformed and unacceptable values, one page limit), the JSON body reader, UTF-8 text,
// LIKE patterns and SQL parameters, keyset sorts and pages. The endpoints that use them are tested
// black-box in their feature folders.

#include "core/DomainError.h"
#include "core/JsonFields.h"
#include "core/Page.h"
#include "core/QueryParameters.h"
#include "core/Utf8.h"
#include "db/KeysetSort.h"
#include "db/SqlParams.h"

#include <QtTest>

#include <array>
#include <functional>

using namespace md;

namespace {

// The code of the DomainError a call throws, or "" when it throws none.
std::string errorCodeOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const DomainError& error) {
        return error.code();
    }
    return {};
}

// details.fields of the validation error a call throws, or null.
nlohmann::json fieldsOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const DomainError& error) {
        if (error.kind() == ErrorKind::Validation) return error.details()["fields"];
    }
    return nullptr;
}

std::string repeated(const std::string& text, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

struct TestSortColumns {
    enum class Field { Id, Name, CreatedAt };
    static constexpr std::string_view kTieBreaker = "t.id";
    static constexpr std::string_view kDefault = "-id";
    static constexpr std::array<db::SortColumn<Field>, 3> kColumns{{
        {Field::Id, "id", "t.id", KeysetCursor::Value::BigInt},
        {Field::Name, "name", "lower(t.name)", KeysetCursor::Value::Text},
        {Field::CreatedAt, "created_at", "t.created_at", KeysetCursor::Value::Timestamp},
    }};
};
using TestSort = db::KeysetSort<TestSortColumns>;

struct Named {
    long long id;
    nlohmann::json toJson() const { return {{"id", id}}; }
};

} // namespace

class CoreUnitsTest : public QObject {
    Q_OBJECT

private slots:
    void pageLimitIsOnePolicyForEveryList_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("code");    // "" when accepted
        QTest::addColumn<long long>("served"); // when accepted
        QTest::newRow("absent") << QString() << "" << 50LL;
        QTest::newRow("empty") << "" << "" << 50LL;
        QTest::newRow("one") << "1" << "" << 1LL;
        QTest::newRow("maximum") << "500" << "" << 500LL;
        QTest::newRow("zero") << "0" << "validation_failed" << 0LL;
        QTest::newRow("negative") << "-5" << "validation_failed" << 0LL;
        QTest::newRow("one over") << "501" << "validation_failed" << 0LL;
        QTest::newRow("far over: refused, not capped") << "100000" << "validation_failed" << 0LL;
        QTest::newRow("not a number") << "ten" << "invalid_parameter" << 0LL;
        QTest::newRow("beyond 64 bits") << "99999999999999999999" << "invalid_parameter" << 0LL;
    }

    void pageLimitIsOnePolicyForEveryList()
    {
        QFETCH(QString, limit);
        QFETCH(QString, code);
        QFETCH(long long, served);
        std::map<std::string, std::string> parameters;
        if (!limit.isNull()) parameters["limit"] = limit.toStdString();
        long long read = 0;
        QCOMPARE(QString::fromStdString(errorCodeOf([&] { read = QueryParameters::pageLimitOf(parameters); })), code);
        if (code.isEmpty()) QCOMPARE(read, served);
        if (code == "validation_failed") {
            const auto fields = fieldsOf([&] { QueryParameters::pageLimitOf(parameters); });
            QCOMPARE(fields["limit"].get<std::string>(), std::string("must be between 1 and 500"));
        }
    }

    void malformedIsAtOnceUnacceptableIsCollected()
    {
        // A value that is not of its type answers 400 at once; values of the right type that are
        // not acceptable are collected into one 422 naming each.
        const std::map<std::string, std::string> parameters = {
            {"limit", "0"},           {"status", "sold"},      {"from", "2024-02-30T00:00:00Z"},
            {"seller_id", "0"},       {"flag", "maybe"},       {"count", "12x"},
            {"q", repeated("가", 201)}, {"words", "a b c d e f g h i"}};
        QueryParameters read(parameters);
        QCOMPARE(errorCodeOf([&] { read.boolean("flag"); }), std::string("invalid_parameter"));
        QCOMPARE(errorCodeOf([&] { read.integer("count"); }), std::string("invalid_parameter"));
        QCOMPARE(read.pageLimit(), QueryParameters::kDefaultPageLimit);
        QVERIFY(!read.oneOf("status", {"draft", "active"}));
        QVERIFY(!read.rfc3339("from"));
        QVERIFY(!read.id("seller_id"));
        QVERIFY(!read.search("q"));
        QVERIFY(read.words("words").empty());
        const auto fields = fieldsOf([&] { read.throwIfInvalid(); });
        for (const char* name : {"limit", "status", "from", "seller_id", "q", "words"})
            QVERIFY2(fields.contains(name), name);
        QCOMPARE(fields.size(), std::size_t(6));
        QCOMPARE(fields["status"].get<std::string>(), std::string("must be one of draft, active"));
        try {
            read.integer("count");
        } catch (const DomainError& error) {
            QCOMPARE(error.kind(), ErrorKind::BadRequest);
            QCOMPARE(error.details()["parameter"].get<std::string>(), std::string("count"));
        }
    }

    void acceptableValuesAreRead()
    {
        const std::map<std::string, std::string> parameters = {
            {"flag", "1"},  {"off", "false"}, {"seller_id", "7"}, {"from", "2024-05-01T09:00:00+09:00"},
            {"status", " paid, cancelled,paid "}, {"empty", ""}, {"q", "  겨울\t 자켓  "},
            {"long", repeated("가", 200)},
        };
        QueryParameters read(parameters);
        QCOMPARE(read.boolean("flag").value(), true);
        QCOMPARE(read.boolean("off").value(), false);
        QCOMPARE(read.id("seller_id").value(), 7LL);
        QCOMPARE(read.rfc3339("from").value(), std::string("2024-05-01T00:00:00.000000Z"));
        QCOMPARE(read.someOf("status", {"placed", "paid", "cancelled"}), (std::vector<std::string>{"paid", "cancelled"}));
        QVERIFY(!read.text("empty") && !read.integer("empty") && !read.boolean("empty"));
        QVERIFY(!read.text("absent"));
        QCOMPARE(read.search("q").value(), std::string("겨울\t 자켓"));
        QCOMPARE(read.words("q"), (std::vector<std::string>{"겨울", "자켓"}));
        QCOMPARE(read.search("long").value(), repeated("가", 200)); // 600 bytes, 200 characters
        QCOMPARE(read.sort<TestSort>("sort", TestSort::byDefault()).name(), std::string("-id"));
        QCOMPARE(errorCodeOf([&] { read.throwIfInvalid(); }), std::string());
    }

    void searchRefusesWhatIsNotText()
    {
        const std::map<std::string, std::string> parameters = {{"q", "\xC0\xAF"}, {"blank", "   "}};
        QueryParameters read(parameters);
        QVERIFY(!read.search("blank"));
        QVERIFY(!read.search("q"));
        QCOMPARE(fieldsOf([&] { read.throwIfInvalid(); })["q"].get<std::string>(), std::string("is not valid UTF-8"));
    }

    void sortIsReadAndRefusedByName()
    {
        const std::map<std::string, std::string> parameters = {{"sort", "-name"}, {"other", "colour"}};
        QueryParameters read(parameters);
        QCOMPARE(read.sort<TestSort>("sort", TestSort::byDefault()).name(), std::string("-name"));
        QCOMPARE(read.sort<TestSort>("other", TestSort::byDefault()).name(), std::string("-id"));
        QCOMPARE(fieldsOf([&] { read.throwIfInvalid(); })["other"].get<std::string>(),
                 std::string("must be one of id, name, created_at (prefix - for descending)"));
    }

    void jsonFieldsCollectEveryProblem()
    {
        const nlohmann::json body = {{"a", "text"}, {"b", nullptr},  {"c", 5},         {"d", true},
                                     {"e", "  padded "}, {"f", "   "}, {"g", std::string("x\0y", 3)},
                                     {"h", 18446744073709551615ULL}, {"zzz", 1}};
        JsonFields fields(body);
        QCOMPARE(fields.string("a", true).value(), std::string("text"));
        QVERIFY(!fields.string("missing", false));
        QVERIFY(!fields.string("missing", true));
        QVERIFY(!fields.string("b", false)); // null reads as absent...
        QVERIFY(fields.isNull("b") && !fields.has("b"));
        QVERIFY(!fields.nullableInteger("nothing").has_value());
        auto null = fields.nullableInteger("b"); // ...except where null means something
        QVERIFY(null.has_value() && !null->has_value());
        QCOMPARE(fields.nullableInteger("c").value().value(), 5LL);
        QVERIFY(!fields.boolean("c"));
        QCOMPARE(fields.boolean("d").value(), true);
        QCOMPARE(fields.text("e", true, 1, 6).value(), std::string("padded"));
        QVERIFY(!fields.text("f", true, 1, 10));
        QVERIFY(!fields.text("g", true, 1, 10));
        QVERIFY(!fields.integer("h", true));
        QVERIFY(!fields.integer("c", true, 6, 10));
        fields.rejectUnknown({"a", "b", "c", "d", "e", "f", "g", "h"});
        const auto& errors = fields.errors();
        for (const char* name : {"missing", "c", "f", "g", "h", "zzz"}) QVERIFY2(errors.contains(name), name);
        QCOMPARE(errors.size(), std::size_t(6));
        QCOMPARE(errors["missing"].get<std::string>(), std::string("is required"));
        QCOMPARE(errors["c"].get<std::string>(), std::string("must be true or false")); // the first problem stays
        QCOMPARE(errors["f"].get<std::string>(), std::string("must not be empty"));
        QCOMPARE(errors["zzz"].get<std::string>(), std::string("is not a field of this resource"));
        QCOMPARE(errorCodeOf([&] { fields.throwIfInvalid(); }), std::string("validation_failed"));
        QCOMPARE(errorCodeOf([] { JsonFields notAnObject(nlohmann::json::array()); }), std::string("malformed_body"));
    }

    void jsonFieldsCountCharactersNotBytes()
    {
        const nlohmann::json body = {{"name", repeated("가", 100)}, {"longer", repeated("가", 101)}};
        JsonFields fields(body);
        QVERIFY(fields.text("name", true, 1, 100)); // 300 bytes
        QVERIFY(!fields.text("longer", true, 1, 100));
        QCOMPARE(fields.errors()["longer"].get<std::string>(), std::string("must be 1 to 100 characters long"));
    }

    void nestedObjectsReportUnderTheirPath()
    {
        const nlohmann::json body = {{"items", {{{"quantity", 0}}, 5}}};
        JsonFields fields(body);
        const auto* items = fields.array("items", true);
        QVERIFY(items);
        JsonFields line(fields, (*items)[0], "items[0].");
        QVERIFY(!line.integer("quantity", true, 1, 10));
        QVERIFY(!line.integer("product_id", true, 1, 10));
        line.rejectUnknown({"product_id", "quantity"});
        fields.reject("items[1]", "must be an object");
        const auto fieldsThrown = fieldsOf([&] { fields.throwIfInvalid(); });
        QCOMPARE(fieldsThrown.size(), std::size_t(3));
        for (const char* name : {"items[0].quantity", "items[0].product_id", "items[1]"})
            QVERIFY2(fieldsThrown.contains(name), name);
    }

    void utf8TextIsTrimmedAndCounted()
    {
        QCOMPARE(Utf8::trimmed(" \t\r\n\f\va b \n"), std::string("a b"));
        QCOMPARE(Utf8::trimmed("   "), std::string());
        QCOMPARE(Utf8::length("겨울 자켓"), std::size_t(5));
        QVERIFY(Utf8::isValid("겨울"));
        QVERIFY(!Utf8::isValid("\xED\xA0\x80")); // a surrogate
    }

    void likePatternsTakeWildcardsLiterally()
    {
        QCOMPARE(db::SqlParams::escapeLike("50%_a\\b"), std::string("50\\%\\_a\\\\b"));
        QCOMPARE(db::SqlParams::containsPattern("%"), std::string("%\\%%"));
        QCOMPARE(db::SqlParams::prefixPattern("MD-2024_"), std::string("MD-2024\\_%"));
        db::SqlParams params;
        QCOMPARE(params.add(std::string("a")), std::string("$1"));
        QCOMPARE(params.add(42LL), std::string("$2"));
        QCOMPARE(params.add(std::nullopt), std::string("$3"));
    }

    void keysetSortsParseAndBuildTheirSql()
    {
        QVERIFY(!TestSort::parse("colour"));
        QVERIFY(!TestSort::parse("-"));
        QVERIFY(!TestSort::parse(""));
        QCOMPARE(TestSort::parse("+name")->name(), std::string("name"));
        const TestSort byName = *TestSort::parse("-name");
        QVERIFY(byName.descending() && !byName.isTieBreaker());
        QVERIFY(byName.cursorShape() == (KeysetCursor::Shape{KeysetCursor::Value::Text, KeysetCursor::Value::BigInt}));
        QCOMPARE(byName.orderBySql(), std::string(" ORDER BY lower(t.name) DESC, t.id DESC"));
        const KeysetCursor after =
            KeysetCursor::decode(KeysetCursor(byName.name(), {"kim", 9}).encode(), byName.name(), byName.cursorShape());
        db::SqlParams params;
        params.add(std::string("earlier filter"));
        QCOMPARE(byName.afterSql(after, params), std::string(" AND (lower(t.name), t.id) < ($3::text, $2::bigint)"));

        const TestSort byId = *TestSort::parse("id");
        QVERIFY(byId.isTieBreaker());
        QVERIFY(byId.cursorShape() == KeysetCursor::Shape{KeysetCursor::Value::BigInt});
        QCOMPARE(byId.orderBySql(), std::string(" ORDER BY t.id ASC"));
        db::SqlParams idParams;
        QCOMPARE(byId.afterSql(KeysetCursor("id", {9}), idParams), std::string(" AND t.id > $1::bigint"));
        QCOMPARE(TestSort::parse("created_at")->afterSql(KeysetCursor("created_at", {"2024-05-01T09:00:00+09:00", 3}),
                                                        idParams),
                 std::string(" AND (t.created_at, t.id) > ($3::timestamptz, $2::bigint)"));
    }

    void pagesKeepTheLimitAndPointPastTheLastItem()
    {
        auto cursorOf = [](const Named& item) { return "after-" + std::to_string(item.id); };
        const auto more = Page<Named>::fromRows({{1}, {2}, {3}}, 2, cursorOf);
        QCOMPARE(more.items.size(), std::size_t(2));
        QCOMPARE(more.nextCursor.value(), std::string("after-2"));
        const auto last = Page<Named>::fromRows({{1}, {2}}, 2, cursorOf);
        QVERIFY(!last.nextCursor);
        QCOMPARE(more.toJson(), nlohmann::json::parse(R"({"items":[{"id":1},{"id":2}],"next_cursor":"after-2"})"));
        QCOMPARE(last.toJson()["next_cursor"], nlohmann::json(nullptr));
        const auto texts = Page<Named>::fromRows({{1}, {2}, {3}}, 2, cursorOf).map([](Named&& item) {
            return std::to_string(item.id);
        });
        QCOMPARE(texts.items, (std::vector<std::string>{"1", "2"}));
        QCOMPARE(texts.nextCursor.value(), std::string("after-2"));
    }
};

QTEST_GUILESS_MAIN(CoreUnitsTest)
#include "CoreUnitsTest.moc"
