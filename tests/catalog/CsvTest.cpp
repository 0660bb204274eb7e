// The CSV reader and writer (RFC 4180 plus what spreadsheets do) and the product column mapping,
// without a server: quotes, embedded line breaks, CRLF/LF/CR, the byte order mark, invalid UTF-8,
// and the problems a broken file must report (with the line and field) rather than hide.

#include "catalog/ProductCsv.h"
#include "core/Utf8.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"

#include <QtTest>

#include <string>
#include <vector>

using md::CsvReader;
using md::CsvRecord;
using md::CsvWriter;
using md::catalog::Product;
using md::catalog::ProductCsv;
using md::Utf8;

namespace {

using Fields = std::vector<std::string>;

// A record with its fields copied: a CsvRecord's fields are views, valid until the reader's next
// record only.
struct OwnedRecord {
    std::size_t line = 0;
    Fields fields;
    std::size_t fieldCount = 0;
    std::vector<md::CsvProblem> problems;
};

OwnedRecord owned(const CsvRecord& record)
{
    return {record.line, Fields(record.fields.begin(), record.fields.end()), record.fieldCount, record.problems};
}

std::vector<OwnedRecord> readAll(std::string_view text, CsvReader::Limits limits = {})
{
    CsvReader reader(text, limits);
    std::vector<OwnedRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.push_back(owned(record));
    return records;
}

// A record as the reader would give it, for the column mapping.
CsvRecord recordOf(std::vector<std::string_view> fields)
{
    CsvRecord record;
    record.fields = std::move(fields);
    record.fieldCount = record.fields.size();
    return record;
}

} // namespace

Q_DECLARE_METATYPE(std::string)

class CsvTest : public QObject {
    Q_OBJECT

private slots:
    void readsPlainRecordsWithAnyLineEnding_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::newRow("LF") << std::string("a,b\n1,2\n");
        QTest::newRow("CRLF") << std::string("a,b\r\n1,2\r\n");
        QTest::newRow("CR") << std::string("a,b\r1,2\r");
        QTest::newRow("no final line break") << std::string("a,b\r\n1,2");
        QTest::newRow("blank lines") << std::string("\r\na,b\r\n\r\n\n1,2\r\n\r\n");
    }
    void readsPlainRecordsWithAnyLineEnding()
    {
        QFETCH(std::string, text);
        auto records = readAll(text);
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records[0].fields, (Fields{"a", "b"}));
        QCOMPARE(records[1].fields, (Fields{"1", "2"}));
        QVERIFY(records[0].problems.empty() && records[1].problems.empty());
    }

    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks()
    {
        auto records = readAll(
            "sku,title\r\n\"A,1\",\"He said \"\"hi\"\"\"\r\n\"B\",\"line one\r\nline two\nthree\"\r\nC,\"\"\r\n");
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[1].fields, (Fields{"A,1", "He said \"hi\""}));
        QCOMPARE(records[2].fields, (Fields{"B", "line one\r\nline two\nthree"}));
        QCOMPARE(records[3].fields, (Fields{"C", ""}));
        for (const auto& record : records)
            QVERIFY(record.problems.empty());
    }

    void reportsTheLineARecordStartsOn()
    {
        auto records = readAll("h1,h2\n\"x\ny\nz\",1\nnext,2\r\n\r\nlast,3");
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[0].line, std::size_t(1));
        QCOMPARE(records[1].line, std::size_t(2));
        QCOMPARE(records[2].line, std::size_t(5)); // the quoted field took lines 2-4
        QCOMPARE(records[3].line, std::size_t(7)); // line 6 was blank
    }

    void emptyAndTrailingFields()
    {
        auto records = readAll("a,,c,\n,\n");
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records[0].fields, (Fields{"a", "", "c", ""}));
        QCOMPARE(records[1].fields, (Fields{"", ""}));
        QCOMPARE(readAll("a,b,").front().fields, (Fields{"a", "b", ""}));
    }

    void skipsTheByteOrderMark()
    {
        CsvReader reader("\xEF\xBB\xBFsku,title\n1,겨울 자켓\n");
        CsvRecord record;
        QVERIFY(reader.next(record));
        QVERIFY(reader.hadByteOrderMark());
        QCOMPARE(owned(record).fields, (Fields{"sku", "title"}));
        QVERIFY(reader.next(record));
        QCOMPARE(owned(record).fields, (Fields{"1", "겨울 자켓"}));
        // Only at the very start: elsewhere it is data.
        auto records = readAll("a\n\xEF\xBB\xBF"
                               "b\n");
        QCOMPARE(records[1].fields.front(), std::string("\xEF\xBB\xBF"
                                                        "b"));
    }

    void koreanTextIsKeptByteForByte()
    {
        const std::string title = "겨울 패딩 자켓 — 네이비 (남성용) 👍";
        auto records = readAll("title\n\"" + title + "\"\n" + title + "\n");
        QCOMPARE(records[1].fields.front(), title);
        QCOMPARE(records[2].fields.front(), title);
    }

    void invalidUtf8IsAProblemOfItsField()
    {
        auto records = readAll("a,b,c\nok,\xC3\x28,fine\nok,\"\xED\xA0\x80\",\xF0\x9F\x98\n");
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[1].problems.size(), std::size_t(1));
        QCOMPARE(records[1].problems[0].field.value(), std::size_t(1));
        QVERIFY(records[1].problems[0].message.find("UTF-8") != std::string::npos);
        QCOMPARE(records[2].problems.size(), std::size_t(2)); // a surrogate and a truncated sequence
        QCOMPARE(records[2].problems[0].field.value(), std::size_t(1));
        QCOMPARE(records[2].problems[1].field.value(), std::size_t(2));
    }

    void strayAndUnclosedQuotesAreReported()
    {
        auto records = readAll("a,b\nab\"c,1\n\"x\"y,2\n\"never closed,3\n");
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[1].problems.size(), std::size_t(1));
        QCOMPARE(records[1].problems[0].field.value(), std::size_t(0));
        QCOMPARE(records[1].fields, (Fields{"ab\"c", "1"}));
        QCOMPARE(records[2].problems.size(), std::size_t(1));
        QCOMPARE(records[2].fields, (Fields{"xy", "2"}));
        QCOMPARE(records[3].problems.size(), std::size_t(1));
        QVERIFY(records[3].problems[0].message.find("never closed") != std::string::npos);
        QCOMPARE(records[3].line, std::size_t(4));
    }

    void fieldsAreViewsIntoTheTextUnlessEscaped()
    {
        const std::string text = "plain,\"quoted, with comma\",\"say \"\"hi\"\"\"\r\n";
        CsvReader reader(text);
        CsvRecord record;
        QVERIFY(reader.next(record));
        auto inText = [&](std::string_view field) {
            return field.data() >= text.data() && field.data() + field.size() <= text.data() + text.size();
        };
        QCOMPARE(owned(record).fields, (Fields{"plain", "quoted, with comma", "say \"hi\""}));
        QVERIFY(inText(record.fields[0]));
        QVERIFY(inText(record.fields[1])); // no copy of a field that needs no unescaping
        QVERIFY(!inText(record.fields[2]));
        QCOMPARE(record.offset, std::size_t(0));
        QCOMPARE(record.bytes, text.size() - 2); // the line break is not the record's
    }

    void fieldsPastTheLimitAreCountedButNotKept()
    {
        CsvReader::Limits limits;
        limits.maxFields = 3;
        auto records = readAll("a,b,c,d,\"e\"\"\",f\"g\n1,2,3\n", limits);
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records[0].fields, (Fields{"a", "b", "c"}));
        QCOMPARE(records[0].fieldCount, std::size_t(6));
        QVERIFY(records[0].problems.empty()); // the stray quote in a dropped field is not kept either
        QCOMPARE(records[1].fields, (Fields{"1", "2", "3"}));
        QCOMPARE(records[1].line, std::size_t(2));
    }

    void aFieldOverTheLimitIsDroppedWithAProblem()
    {
        CsvReader::Limits limits;
        limits.maxFieldBytes = 8;
        // Plain, quoted, escaped, and an unclosed quote that runs to the end of the file.
        auto records = readAll("ok,123456789,x\n\"1234567\",\"a\"\"b\"\"c\"\"d\"\n"
                               "12345678,\"never closed\nand longer than the limit",
                               limits);
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].fields, (Fields{"ok", "", "x"}));
        QCOMPARE(records[0].problems.size(), std::size_t(1));
        QCOMPARE(records[0].problems[0].field.value(), std::size_t(1));
        QVERIFY(records[0].problems[0].message.find("longer than 8 bytes") != std::string::npos);
        // 9 bytes with its quotes: over; the escaped field is 12 bytes in the file, 7 unescaped: over.
        QCOMPARE(records[1].fields, (Fields{"", ""}));
        QCOMPARE(records[1].problems.size(), std::size_t(2));
        QCOMPARE(records[2].fields, (Fields{"12345678", ""}));
        QCOMPARE(records[2].line, std::size_t(3));
        QVERIFY(records[2].problems.size() == 2); // never closed, and over the limit
    }

    void aRecordOverTheLimitIsCutWithOneProblem()
    {
        CsvReader::Limits limits;
        limits.maxRecordBytes = 16;
        auto records = readAll("a,b\n0123456789,0123456789,\"x\ny\",0123456789\nc,d\n", limits);
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[1].fields, (Fields{"0123456789"}));
        QCOMPARE(records[1].fieldCount, std::size_t(4));
        QCOMPARE(records[1].problems.size(), std::size_t(1));
        QVERIFY(!records[1].problems[0].field);
        QVERIFY(records[1].problems[0].message.find("longer than 16 bytes") != std::string::npos);
        QCOMPARE(records[2].fields, (Fields{"c", "d"}));
        QCOMPARE(records[2].line, std::size_t(4)); // the quoted line break still counted
    }

    void problemsPerRecordAreBounded()
    {
        std::string text;
        for (int i = 0; i < 10000; ++i)
            text += "a\"b,";
        text += "\xC3\n";
        auto records = readAll(text);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].fieldCount, std::size_t(10001));
        QCOMPARE(records[0].fields.size(), std::size_t(64));
        QCOMPARE(records[0].problems.size(), std::size_t(64));
    }

    void writerQuotesOnlyWhatNeedsIt()
    {
        std::string out;
        CsvWriter writer(out);
        writer.field("plain")
            .field("a,b")
            .field("say \"x\"")
            .field("two\nlines")
            .field("")
            .field(" padded")
            .field("한글");
        writer.endRecord();
        QCOMPARE(out, std::string("plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",,\" padded\",한글\r\n"));
    }

    void writerAndReaderRoundTrip()
    {
        const Fields original{"", "x", "a,\"b\"\r\nc", "  ", "겨울,자켓", "\"", ",", "\n"};
        std::string out;
        CsvWriter writer(out);
        for (const auto& field : original)
            writer.field(field);
        writer.endRecord();
        auto records = readAll(out);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].fields, original);
        QVERIFY(records[0].problems.empty());
    }

    void utf8Validation()
    {
        QVERIFY(Utf8::isValid(""));
        QVERIFY(Utf8::isValid("ascii"));
        QVERIFY(Utf8::isValid("자켓 \xF0\x9F\x91\x8D"));
        QVERIFY(!Utf8::isValid("\xC0\xAF"));         // overlong '/'
        QVERIFY(!Utf8::isValid("\xE0\x80\xAF"));     // overlong
        QVERIFY(!Utf8::isValid("\xED\xA0\x80"));     // surrogate
        QVERIFY(!Utf8::isValid("\xF4\x90\x80\x80")); // above U+10FFFF
        QVERIFY(!Utf8::isValid("\xEC\x9E"));         // truncated
        QVERIFY(!Utf8::isValid("\x80"));             // lone continuation
        QCOMPARE(Utf8::length("자켓"), std::size_t(2));
        QCOMPARE(Utf8::length("a자b\xF0\x9F\x91\x8D"), std::size_t(4));
    }

    void productRowsRoundTrip()
    {
        Product product;
        product.id = 7;
        product.sellerId = 3;
        product.sku = "JK-001";
        product.title = "겨울 \"패딩\", 자켓";
        product.description = "첫 줄\r\n둘째 줄, 쉼표";
        product.category = "outer";
        product.priceCents = 129000;
        product.compareAtCents = 159000;
        product.currency = "KRW";
        product.status = "active";
        product.attributes = {{"color", "검정"}, {"sizes", {"M", "L"}}};
        product.images = {"https://img.example.kr/a.jpg", "https://img.example.kr/b.jpg?w=1,2"};

        std::string csv = ProductCsv::header();
        ProductCsv::appendRow(csv, product);
        CsvReader reader(csv);
        CsvRecord header, row;
        QVERIFY(reader.next(header) && reader.next(row));
        std::vector<ProductCsv::CellError> errors;
        auto layout = ProductCsv::readHeader(header, errors);
        QVERIFY(layout && errors.empty());
        auto input = ProductCsv::readRow(*layout, row, errors);
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().message.c_str());
        Product parsed;
        input.applyTo(parsed);
        QVERIFY(parsed.sameContentAs(product));
        QCOMPARE(input.sellerId.value(), 3LL);
    }

    void headerIsMatchedByNameInAnyOrder()
    {
        std::vector<ProductCsv::CellError> errors;
        CsvRecord header = recordOf({"Price_Cents", " title ", "sku"});
        auto layout = ProductCsv::readHeader(header, errors);
        QVERIFY(layout && errors.empty());
        CsvRecord row = recordOf({"500", "모자", "HAT-1"});
        auto input = ProductCsv::readRow(*layout, row, errors);
        QVERIFY(errors.empty());
        QCOMPARE(input.title.value(), std::string("모자"));
        QCOMPARE(input.priceCents.value(), 500LL);
        QVERIFY(!input.currency && !input.status && !input.description);
    }

    void badHeadersAreRefused()
    {
        std::vector<ProductCsv::CellError> errors;
        CsvRecord header = recordOf({"sku", "title", "colour", "title"});
        QVERIFY(!ProductCsv::readHeader(header, errors));
        QCOMPARE(errors.size(), std::size_t(2));
        QCOMPARE(errors[0].field, std::string("colour"));
        QCOMPARE(errors[1].field, std::string("title"));
        errors.clear();
        header = recordOf({"title", "price_cents"});
        QVERIFY(!ProductCsv::readHeader(header, errors));
        QCOMPARE(errors.front().field, std::string("sku"));
    }

    void headerColumnsPastTheLimitAreRefusedByName()
    {
        std::string text = "sku";
        for (int i = 0; i < 99; ++i)
            text += ",c" + std::to_string(i);
        CsvReader reader(text);
        CsvRecord header;
        QVERIFY(reader.next(header));
        std::vector<ProductCsv::CellError> errors;
        QVERIFY(!ProductCsv::readHeader(header, errors));
        QCOMPARE(errors.front().field, std::string());
        QVERIFY2(errors.front().message.find("100 columns; a file may have at most 64") != std::string::npos,
                 errors.front().message.c_str());
        QCOMPARE(errors.size(), std::size_t(64)); // that one, and the 63 unknown names that were read
        // A long unknown name is quoted shortened.
        errors.clear();
        const std::string longName(5000, 'x');
        QVERIFY(!ProductCsv::readHeader(recordOf({"sku", longName}), errors));
        QCOMPARE(errors.front().field, std::string(64, 'x') + "...");
    }

    void badCellsNameTheirColumn()
    {
        std::vector<ProductCsv::CellError> errors;
        CsvRecord header = recordOf({"sku", "price_cents", "compare_at_cents", "attributes", "images", "seller_id"});
        auto layout = ProductCsv::readHeader(header, errors);
        QVERIFY(layout);
        CsvRecord row = recordOf({"A", "1,000", "x", "[1]", "[\"https://a.kr/x\"]", "-2"});
        ProductCsv::readRow(*layout, row, errors);
        std::vector<std::string> fields;
        for (const auto& error : errors)
            fields.push_back(error.field);
        QCOMPARE(fields, (Fields{"price_cents", "compare_at_cents", "attributes", "seller_id"}));
        errors.clear();
        row = recordOf({"A", "5"});
        ProductCsv::readRow(*layout, row, errors);
        QCOMPARE(errors.size(), std::size_t(1));
        QVERIFY(errors[0].message.find("fields") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "CsvTest.moc"
