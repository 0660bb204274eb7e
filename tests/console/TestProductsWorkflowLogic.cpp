// The pure logic behind the products workflows, offline: percent and amount price changes with
// their rounding rule, percentage parsing, the import report (accepted and 422 import_rejected),
// its error table, CSV record counting in arbitrary chunks, and the plan of a bulk change.

#include "models/catalog/CsvText.h"
#include "models/catalog/ImportErrorTableModel.h"
#include "models/catalog/ImportReport.h"
#include "models/catalog/PriceChange.h"
#include "models/catalog/ProductBulkUpdater.h"
#include "models/catalog/ProductDiff.h"
#include "models/catalog/ProductImportJob.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QtTest>

using namespace md::models;

class TestProductsWorkflowLogic : public QObject {
    Q_OBJECT
private slots:
    void percentRoundsHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("basisPoints");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("+10% exact") << qint64(12000) << qint64(1000) << qint64(13200);
        QTest::newRow("-10% exact") << qint64(12000) << qint64(-1000) << qint64(10800);
        QTest::newRow("+10% half rounds up") << qint64(19995) << qint64(1000) << qint64(21995);       // 21994.5
        QTest::newRow("-10% half rounds away") << qint64(19995) << qint64(-1000) << qint64(17996);    // 17995.5
        QTest::newRow("+10% below half rounds down") << qint64(1234) << qint64(1000) << qint64(1357); // 1357.4
        QTest::newRow("+7.5%") << qint64(999) << qint64(750) << qint64(1074);                         // 1073.925
        QTest::newRow("-33.33%") << qint64(10000) << qint64(-3333) << qint64(6667);
        QTest::newRow("-0.01% of 1 won") << qint64(1) << qint64(-1) << qint64(1); // 0.9999
        QTest::newRow("-100% is free") << qint64(5000) << qint64(-10000) << qint64(0);
        QTest::newRow("0 stays 0") << qint64(0) << qint64(5000) << qint64(0);
    }
    void percentRoundsHalfAwayFromZero()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, basisPoints);
        QFETCH(qint64, expected);
        QCOMPARE(applyPriceChange(price, PriceChange::byPercent(basisPoints)), std::optional<qint64>(expected));
    }

    void amountChangesAndRefusesNegativePrices()
    {
        QCOMPARE(applyPriceChange(12000, PriceChange::byAmount(1000)), std::optional<qint64>(13000));
        QCOMPARE(applyPriceChange(12000, PriceChange::byAmount(-12000)), std::optional<qint64>(0));
        QCOMPARE(applyPriceChange(12000, PriceChange::byAmount(-12001)), std::nullopt);
        QCOMPARE(applyPriceChange(std::numeric_limits<qint64>::max(), PriceChange::byAmount(1)), std::nullopt);
        QCOMPARE(applyPriceChange(std::numeric_limits<qint64>::max(), PriceChange::byPercent(1000)), std::nullopt);
    }

    void parsesPercentages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1 = refused
        QTest::newRow("integer") << QStringLiteral("10") << qint64(1000);
        QTest::newRow("plus and sign") << QStringLiteral("+12.25 %") << qint64(1225);
        QTest::newRow("minus one decimal") << QStringLiteral("-7.5") << qint64(-750);
        QTest::newRow("comma decimal") << QStringLiteral("2,5%") << qint64(250);
        QTest::newRow("three decimals") << QStringLiteral("1.234") << qint64(-1);
        QTest::newRow("below -100%") << QStringLiteral("-100.01") << qint64(-1);
        QTest::newRow("-100%") << QStringLiteral("-100") << qint64(-10000);
        QTest::newRow("text") << QStringLiteral("십") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void parsesPercentages()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = parsePercentBasisPoints(text);
        if (expected == -1)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed, std::optional<qint64>(expected));
    }

    void parsesAnAcceptedReport()
    {
        const QByteArray body = R"({"created":2,"updated":1,"unchanged":3,"failed":0,"errors":[],
                                    "errors_truncated":false,"dry_run":true,"partial":false})";
        QString error;
        const auto report = parseImportReport(QJsonDocument::fromJson(body).object(), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->created, 2);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->unchanged, 3);
        QVERIFY(report->dryRun);
        QVERIFY(!report->hasErrors());
    }

    void readsTheReportOfARejectedImport()
    {
        const QByteArray body = R"({"error":{"code":"import_rejected","message":"2 rows have errors",
            "details":{"created":0,"updated":0,"unchanged":0,"failed":2,"errors_truncated":false,"dry_run":true,
            "partial":false,"errors":[{"row":3,"field":"price_cents","message":"must be a whole number ≥ 0"},
                                      {"row":5,"field":null,"message":"열이 너무 많습니다"}]}}})";
        const ApiError error = ApiError::fromHttpResponse(422, body);
        const auto report = importReportFromError(error);
        QVERIFY(report);
        QCOMPARE(report->failed, 2);
        QCOMPARE(report->errors.size(), 2);
        QCOMPARE(report->errors.at(0),
                 (ImportRowError{3, QStringLiteral("price_cents"), QStringLiteral("must be a whole number ≥ 0")}));
        QCOMPARE(report->errors.at(1).field, QString());
        QCOMPARE(report->errors.at(1).message, QStringLiteral("열이 너무 많습니다"));

        ApiError other = error;
        other.code = QStringLiteral("validation_failed");
        QVERIFY(!importReportFromError(other));
        QVERIFY(!parseImportReport(QJsonDocument::fromJson(R"({"errors":[{"field":"x"}]})").object()));
        QVERIFY(!parseImportReport(QJsonDocument::fromJson(R"({"created":"two"})").object()));
    }

    void errorTableSortsByLine()
    {
        ImportErrorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setErrors({{7, QStringLiteral("title"), QStringLiteral("is empty")},
                         {3, QString(), QStringLiteral("bad row")},
                         {7, QStringLiteral("sku"), QStringLiteral("missing")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.affectedRows(), 2);
        QCOMPARE(model.index(0, ImportErrorTableModel::RowColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, ImportErrorTableModel::FieldColumn).data().toString(), QStringLiteral("(whole row)"));
        QCOMPARE(model.index(1, ImportErrorTableModel::FieldColumn).data().toString(), QStringLiteral("title"));
        QCOMPARE(model.index(2, ImportErrorTableModel::MessageColumn).data().toString(), QStringLiteral("missing"));
    }

    void countsRecordsInAnyChunking()
    {
        const QByteArray csv = "\xEF\xBB\xBFsku,title,description\r\n"
                               "A-1,\"겨울 자켓\",\"two\r\nlines, and \"\"quotes\"\"\"\r\n"
                               "A-2,조끼,\r\n"
                               "A-3,\"no newline at end\",x";
        for (int chunk : {1, 2, 3, 7, 1000}) {
            CsvRecordCounter counter;
            for (qsizetype at = 0; at < csv.size(); at += chunk)
                counter.feed(QByteArrayView(csv).sliced(at, std::min<qsizetype>(chunk, csv.size() - at)));
            QCOMPARE(counter.records(), qint64(4));
        }
    }

    void checksFilesBeforeUpload()
    {
        const QByteArray korean = QStringLiteral("sku,title\nK-1,한글 상품\nK-2,두 번째\n").toUtf8();
        CsvFileCheck check = checkCsvForImport(korean);
        QVERIFY(check.ok());
        QCOMPARE(check.dataRows, qint64(2));
        QVERIFY(!check.byteOrderMark);
        check = checkCsvForImport("\xEF\xBB\xBF" + korean);
        QVERIFY(check.ok());
        QVERIFY(check.byteOrderMark);
        QCOMPARE(check.dataRows, qint64(2));
        QVERIFY(!checkCsvForImport(QByteArray()).ok());
        QVERIFY(!checkCsvForImport("sku,title\r\n").ok());
        QVERIFY(!checkCsvForImport("sku,title\nK-1,\xB0\xA1\xB3\xAA\n").ok()); // EUC-KR, not UTF-8
    }

    void importModesMapToTheQuery()
    {
        QCOMPARE(ProductImportJob::queryFor(ProductImportJob::Mode::DryRun, std::nullopt).toString(),
                 QStringLiteral("dry_run=true"));
        QCOMPARE(ProductImportJob::queryFor(ProductImportJob::Mode::Import, std::nullopt).toString(), QString());
        QCOMPARE(ProductImportJob::queryFor(ProductImportJob::Mode::ImportValidRowsOnly, 4).toString(),
                 QStringLiteral("partial=true&seller_id=4"));
    }

    void plansBulkChanges()
    {
        Product product;
        product.id = 9;
        product.priceCents = 19995;
        product.status = ProductStatus::Draft;
        auto draft = plannedDraft(product, BulkChange::changePrice(PriceChange::byPercent(1000)));
        QVERIFY(draft);
        QCOMPARE(draft->priceCents, qint64(21995));
        QCOMPARE(productPatchBody(ProductDraft::fromProduct(product), *draft),
                 QJsonObject({{QStringLiteral("price_cents"), 21995}}));
        draft = plannedDraft(product, BulkChange::setStatus(ProductStatus::Active));
        QCOMPARE(productPatchBody(ProductDraft::fromProduct(product), *draft),
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("active")}}));
        QString whyNot;
        QVERIFY(!plannedDraft(product, BulkChange::changePrice(PriceChange::byAmount(-20000)), &whyNot));
        QVERIFY(!whyNot.isEmpty());

        ApiError conflict;
        conflict.httpStatus = 412;
        QVERIFY(bulkFailureText(conflict).contains(QStringLiteral("someone else")));
        ApiError invalid;
        invalid.httpStatus = 422;
        invalid.fieldErrors.insert(QStringLiteral("price_cents"), QStringLiteral("too large"));
        QCOMPARE(bulkFailureText(invalid), QStringLiteral("Refused: price_cents: too large"));
    }

    void conflictDifferencesAndOverwrite()
    {
        ProductDraft original;
        original.sku = QStringLiteral("A-1");
        original.title = QStringLiteral("원래 이름");
        original.category = QStringLiteral("생활");
        original.priceCents = 5000;
        ProductDraft mine = original;
        mine.title = QStringLiteral("내 이름");
        mine.category = QStringLiteral("주방");
        ProductDraft theirs = original;
        theirs.title = QStringLiteral("그들의 이름");
        theirs.priceCents = 7000;
        theirs.category = QStringLiteral("주방"); // same as mine: not a difference

        const QList<FieldDifference> differences = productDifferences(original, mine, theirs);
        QCOMPARE(differences.size(), 2);
        QCOMPARE(differences.at(0).field, QStringLiteral("title"));
        QVERIFY(differences.at(0).conflicts());
        QCOMPARE(differences.at(1).field, QStringLiteral("price_cents"));
        QVERIFY(!differences.at(1).changedByMe);
        QVERIFY(differences.at(1).changedByThem);
        QVERIFY(!differences.at(1).conflicts());

        const ProductDraft merged = applyEdits(original, mine, theirs);
        QCOMPARE(merged.title, QStringLiteral("내 이름")); // mine wins where both changed
        QCOMPARE(merged.priceCents, qint64(7000));         // their other change survives
        QCOMPARE(merged.category, QStringLiteral("주방"));
        QCOMPARE(productPatchBody(theirs, merged), QJsonObject({{QStringLiteral("title"), QStringLiteral("내 이름")}}));
    }
};

QTEST_GUILESS_MAIN(TestProductsWorkflowLogic)
#include "TestProductsWorkflowLogic.moc"
