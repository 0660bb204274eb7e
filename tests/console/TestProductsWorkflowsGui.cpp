// The products workflows of the console driven through the real page and dialogs against the real
// server: CSV import (a dry run with row errors that changes nothing, then a clean import with
// Korean titles intact), CSV export of a filter (file content, a dry-run round trip, cancel leaves
// no file), create and edit with the server's 422 shown at the field, the 412 conflict dialog
// (reload and overwrite, checked on the server), duplicate and archive, and a bulk price change by
// percent on a multi-selection where one product was changed concurrently.
// Widgets are found by objectName; dialogs open window-modal with open(), so no nested event loop.

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "models/catalog/ImportErrorTableModel.h"
#include "models/catalog/ProductListModel.h"
#include "models/dto/Money.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/products/ProductBulkDialog.h"
#include "ui/products/ProductConflictDialog.h"
#include "ui/products/ProductEditorDialog.h"
#include "ui/products/ProductExportDialog.h"
#include "ui/products/ProductImportDialog.h"
#include "ui/products/ProductsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;
using md::models::ProductListModel;
using md::models::ProductStatus;

namespace {

// The dialog of type T the page (or a dialog of it) opened and shows now.
template <typename T> T* visibleDialog(QObject* parent)
{
    for (T* dialog : parent->findChildren<T*>())
        if (dialog->isVisible()) return dialog;
    return nullptr;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Saves what a dialog looks like when MD_SCREENSHOT_DIR is set (for reviewing the layout).
void screenshot(QWidget* widget, const char* name)
{
    const QString directory = qEnvironmentVariable("MD_SCREENSHOT_DIR");
    if (directory.isEmpty() || !widget) return;
    widget->grab().save(QDir(directory).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

} // namespace

class TestProductsWorkflowsGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        const char* titles[] = {"겨울 패딩 자켓", "제주 녹차 선물 세트", "무선 이어폰", "캠핑 의자"};
        for (int i = 0; i < 12; ++i) {
            nlohmann::json fields{{"title", std::string(titles[i % 4]) + " " + std::to_string(i)},
                                  {"status", i % 3 == 0 ? "draft" : "active"},
                                  {"category", i % 2 ? "의류" : "생활"}};
            MD_REQUIRE(m_stack.fixtures().createProduct(Role::SellerA, fields));
        }
        QVERIFY(m_files.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_files.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void importShowsRowErrorsThenImports()
    {
        auto page = makeProductsPage();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage(), 10000);
        const int before = page->model()->rowCount();

        // Line 1 is the header; the problems are on lines 3 and 5 (line 4 spans two lines of a quoted cell).
        const QByteArray bad = "\xEF\xBB\xBF"
                               "sku,title,category,price_cents,status\r\n"
                               "IMP-1,한글 가습기,생활,39000,active\r\n"
                               "IMP-2,무선 청소기,생활,열두만원,active\r\n"
                               "IMP-3,\"여러 줄\n제목\",생활,1000,draft\r\n"
                               "잘못된 SKU,이름,생활,1000,active\r\n";
        const QString badPath = m_files.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(badPath, bad));

        QVERIFY(click(child<QPushButton>(page.get(), "importProductsButton")));
        QPointer<md::ui::ProductImportDialog> dialog;
        QTRY_VERIFY(dialog = visibleDialog<md::ui::ProductImportDialog>(page.get()));
        replaceText(child<QLineEdit>(dialog, "importFileEdit"), badPath);
        QVERIFY(click(child<QPushButton>(dialog, "importCheckButton")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), md::ui::ProductImportDialog::ReviewStep, 15000);
        screenshot(dialog, "import-errors");

        const md::models::ImportErrorTableModel* errors = dialog->errorModel();
        QVERIFY(errors->rowCount() >= 2);
        QSet<QString> found;
        for (int row = 0; row < errors->rowCount(); ++row)
            found.insert(errors->index(row, 0).data().toString() + QLatin1Char(':') +
                         errors->index(row, 1).data().toString());
        QVERIFY2(found.contains(QStringLiteral("3:price_cents")), qPrintable(QStringList(found.values()).join(u' ')));
        QVERIFY2(found.contains(QStringLiteral("6:sku")), qPrintable(QStringList(found.values()).join(u' ')));
        QVERIFY(child<QTableView>(dialog, "importErrorTable")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "importStartButton")->isEnabled());
        QVERIFY(child<QCheckBox>(dialog, "importPartialCheck")->isVisible());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'IMP-%'"), std::string("0"));

        // Fixed file, no byte order mark this time.
        const QByteArray good = "sku,title,category,price_cents,status\n"
                                "IMP-1,한글 가습기,생활,39000,active\n"
                                "IMP-2,\"무선 청소기 \"\"프로\"\"\",생활,120000,active\n"
                                "IMP-3,\"여러 줄, 쉼표\",생활,1000,draft\n";
        const QString goodPath = m_files.filePath(QStringLiteral("good.csv"));
        QVERIFY(writeFile(goodPath, good));
        QVERIFY(click(child<QPushButton>(dialog, "importBackButton")));
        QCOMPARE(dialog->step(), md::ui::ProductImportDialog::ChooseFileStep);
        replaceText(child<QLineEdit>(dialog, "importFileEdit"), goodPath);
        QVERIFY(click(child<QPushButton>(dialog, "importCheckButton")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), md::ui::ProductImportDialog::ReviewStep, 15000);
        QVERIFY(dialog->lastReport() && dialog->lastReport()->dryRun);
        QCOMPARE(dialog->lastReport()->created, 3);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'IMP-%'"), std::string("0"));

        QVERIFY(click(child<QPushButton>(dialog, "importStartButton")));
        QCOMPARE(dialog->step(), md::ui::ProductImportDialog::ImportStep);
        auto* result = child<QLabel>(dialog, "importResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Imported")), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("3 new")), qPrintable(result->text()));
        screenshot(dialog, "import-done");
        QCOMPARE(m_stack.database().scalar(
                     "SELECT string_agg(title || '/' || price_cents || '/' || status, '|' ORDER BY sku) "
                     "FROM products WHERE sku LIKE 'IMP-%'"),
                 std::string("한글 가습기/39000/active|무선 청소기 \"프로\"/120000/active|여러 줄, 쉼표/1000/draft"));
        QVERIFY(click(child<QPushButton>(dialog, "importCloseButton")));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before + 3, 10000);
    }

    void exportWritesTheFilterAndCancelLeavesNoFile()
    {
        auto page = makeProductsPage();
        QVERIFY(page);
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage(), 10000);
        auto* status = child<QComboBox>(page.get(), "productStatusFilter");
        status->setCurrentIndex(status->findData(int(ProductStatus::Draft)));
        QTRY_COMPARE(model->filter().status, ProductStatus::Draft);
        QVERIFY(waitUntilIdle(*model));

        const QString path = m_files.filePath(QStringLiteral("drafts.csv"));
        QVERIFY(click(child<QPushButton>(page.get(), "exportProductsButton")));
        QPointer<QFileDialog> chooser;
        QTRY_VERIFY(chooser = visibleDialog<QFileDialog>(page.get()));
        QCOMPARE(chooser->objectName(), QStringLiteral("exportFileDialog"));
        chooser->selectFile(path);
        static_cast<QDialog*>(chooser.data())->accept(); // QFileDialog::accept() is protected; as a QDialog it is not
        QPointer<md::ui::ProductExportDialog> dialog;
        QTRY_VERIFY(dialog = visibleDialog<md::ui::ProductExportDialog>(page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->succeeded(), 15000);
        screenshot(dialog, "export-done");

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "seller_id,sku,title"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const std::string sellerA = std::to_string(m_stack.fixtures().sellerAId());
        const std::string drafts = m_stack.database().scalar(
            "SELECT count(*) FROM products WHERE status = 'draft' AND seller_id = " + sellerA);
        QCOMPARE(std::to_string(lines.size() - 1), drafts);
        QSet<QString> skus;
        for (const QString& line : lines.mid(1)) {
            QVERIFY2(line.contains(QStringLiteral(",draft,")), qPrintable(line));
            skus.insert(line.section(QLatin1Char(','), 1, 1));
        }
        const std::string expected =
            m_stack.database().scalar("SELECT string_agg(sku, ',' ORDER BY sku) FROM products WHERE "
                                      "status = 'draft' AND seller_id = " +
                                      sellerA);
        QStringList sorted(skus.begin(), skus.end());
        sorted.sort();
        QCOMPARE(sorted.join(QLatin1Char(',')).toStdString(), expected);
        QVERIFY(bytes.contains(QStringLiteral("겨울 패딩 자켓 0").toUtf8()));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("Saved %1 product").arg(lines.size() - 1)),
                 qPrintable(dialog->statusText()));

        // Round trip: the exported file imported as a dry run changes nothing.
        HttpClient seller = m_stack.fixtures().client(Role::SellerA);
        HttpResponse dryRun = seller.request("POST", "/api/v1/products/import?dry_run=true", bytes.toStdString(),
                                             {{"Content-Type", "text/csv; charset=utf-8"}});
        QVERIFY2(dryRun.status == 200, dryRun.describe().c_str());
        QCOMPARE(dryRun.json()["unchanged"].get<long long>(), static_cast<long long>(lines.size() - 1));
        QCOMPARE(dryRun.json()["created"].get<long long>() + dryRun.json()["updated"].get<long long>(), 0LL);
        QVERIFY(click(child<QPushButton>(dialog, "exportCloseButton")));

        // Cancelled at once: no file, no temporary file left behind.
        const QString cancelledPath = m_files.filePath(QStringLiteral("cancelled.csv"));
        const QStringList filesBefore = QDir(m_files.path()).entryList(QDir::Files);
        page->exportTo(cancelledPath);
        QTRY_VERIFY(dialog = visibleDialog<md::ui::ProductExportDialog>(page.get()));
        QVERIFY(dialog->isRunning());
        QVERIFY(click(child<QPushButton>(dialog, "exportCancelButton")));
        QVERIFY(!dialog->isRunning());
        QVERIFY(dialog->statusText().contains(QStringLiteral("no file was written")));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(cancelledPath));
        QCOMPARE(QDir(m_files.path()).entryList(QDir::Files), filesBefore);
        QVERIFY(click(child<QPushButton>(dialog, "exportCloseButton")));
    }

    void createAndEditShowTheServersFieldErrors()
    {
        auto page = makeProductsPage();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage(), 10000);

        QVERIFY(click(child<QPushButton>(page.get(), "newProductButton")));
        QPointer<md::ui::ProductEditorDialog> editor;
        QTRY_VERIFY(editor = visibleDialog<md::ui::ProductEditorDialog>(page.get()));
        replaceText(child<QLineEdit>(editor, "skuEdit"), QStringLiteral("NEW-1"));
        replaceText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("새 상품"));
        replaceText(child<QLineEdit>(editor, "priceEdit"), QStringLiteral("만원"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QVERIFY(!editor->fieldError(QStringLiteral("price_cents")).isEmpty()); // checked before sending
        QVERIFY(child<QLabel>(editor, "price_centsError")->isVisible());

        replaceText(child<QLineEdit>(editor, "priceEdit"), QStringLiteral("10,000"));
        replaceText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("   "));
        replaceText(child<QLineEdit>(editor, "categoryEdit"), QStringLiteral("생활"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QVERIFY(!editor->fieldError(QStringLiteral("title")).isEmpty()); // blank: refused locally
        replaceText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("새 상품"));
        replaceText(child<QLineEdit>(editor, "skuEdit"), QStringLiteral("NEW 1"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->fieldError(QStringLiteral("sku")).contains(QStringLiteral("may contain only")),
                                 10000);
        QVERIFY(editor->fieldError(QStringLiteral("price_cents")).isEmpty());
        screenshot(editor, "editor-422");
        replaceText(child<QLineEdit>(editor, "skuEdit"), QStringLiteral("NEW-1"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 10000);
        QCOMPARE(m_stack.database().scalar("SELECT title || '/' || price_cents FROM products WHERE sku = 'NEW-1'"),
                 std::string("새 상품/10000"));

        // Edit: the server's 422 lands at the SKU field; nothing is saved.
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfProduct(productIdOf("NEW-1")).isValid() && !model->isLoading(), 10000);
        selectOnly(page.get(), productIdOf("NEW-1"));
        QVERIFY(click(child<QPushButton>(page.get(), "editProductButton")));
        QTRY_VERIFY(editor = visibleDialog<md::ui::ProductEditorDialog>(page.get()));
        replaceText(child<QLineEdit>(editor, "skuEdit"), QStringLiteral("다른 SKU"));
        replaceText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("고친 상품"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->fieldError(QStringLiteral("sku")).isEmpty(), 10000);
        QVERIFY(child<QLabel>(editor, "skuError")->isVisible());
        QCOMPARE(m_stack.database().scalar("SELECT title FROM products WHERE sku = 'NEW-1'"), std::string("새 상품"));
        replaceText(child<QLineEdit>(editor, "skuEdit"), QStringLiteral("NEW-1"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 10000);
        QCOMPARE(m_stack.database().scalar("SELECT title FROM products WHERE sku = 'NEW-1'"), std::string("고친 상품"));
    }

    void conflictDialogReloadsAndOverwrites()
    {
        auto page = makeProductsPage();
        QVERIFY(page);
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage(), 10000);
        const nlohmann::json created = m_stack.fixtures().createProduct(
            Role::SellerA,
            {{"sku", "CONFLICT-1"}, {"title", "원래 이름"}, {"category", "생활"}, {"price_cents", 5000}});
        const qint64 productId = created["id"].get<qint64>();
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfProduct(productId).isValid() && !model->isLoading(), 10000);
        selectOnly(page.get(), productId);
        QVERIFY(click(child<QPushButton>(page.get(), "editProductButton")));
        QPointer<md::ui::ProductEditorDialog> editor;
        QTRY_VERIFY(editor = visibleDialog<md::ui::ProductEditorDialog>(page.get()));
        auto* title = child<QLineEdit>(editor, "titleEdit");
        replaceText(title, QStringLiteral("내 이름"));

        // A second client saves first: title and price.
        HttpClient other = m_stack.fixtures().client(Role::SellerA);
        const std::string path = "/api/v1/products/" + std::to_string(productId);
        HttpResponse theirs = other.patch(path, {{"title", "그들의 이름"}, {"price_cents", 7000}},
                                          {{"If-Match", "\"" + std::to_string(created["version"].get<int>()) + "\""}});
        QVERIFY2(theirs.status == 200, theirs.describe().c_str());

        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QPointer<md::ui::ProductConflictDialog> conflict;
        QTRY_VERIFY_WITH_TIMEOUT(conflict = visibleDialog<md::ui::ProductConflictDialog>(editor.data()), 10000);
        screenshot(conflict, "conflict");
        QCOMPARE(conflict->differences().size(), 2);
        const auto titleRow = conflict->differences().at(0);
        QCOMPARE(titleRow.field, QStringLiteral("title"));
        QCOMPARE(titleRow.mine, QStringLiteral("내 이름"));
        QCOMPARE(titleRow.theirs, QStringLiteral("그들의 이름"));
        QVERIFY(titleRow.conflicts());
        QCOMPARE(conflict->differences().at(1).field, QStringLiteral("price_cents"));
        QVERIFY(!conflict->differences().at(1).changedByMe);
        auto* table = child<QTableWidget>(conflict, "conflictTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("내 이름"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("그들의 이름"));

        QVERIFY(click(child<QPushButton>(conflict, "conflictReloadButton")));
        QTRY_COMPARE(title->text(), QStringLiteral("그들의 이름"));
        QVERIFY(child<QLineEdit>(editor, "priceEdit")->text().contains(QStringLiteral("7")));
        QVERIFY(editor->isVisible());
        QCOMPARE(m_stack.database().scalar("SELECT title || '/' || price_cents FROM products WHERE id = " +
                                           std::to_string(productId)),
                 std::string("그들의 이름/7000"));

        // I change the category; they change the title again; I overwrite: my category, their title.
        replaceText(child<QLineEdit>(editor, "categoryEdit"), QStringLiteral("주방"));
        const std::string version =
            m_stack.database().scalar("SELECT version FROM products WHERE id = " + std::to_string(productId));
        theirs = other.patch(path, {{"title", "그들의 두 번째 이름"}}, {{"If-Match", "\"" + version + "\""}});
        QVERIFY2(theirs.status == 200, theirs.describe().c_str());
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(conflict = visibleDialog<md::ui::ProductConflictDialog>(editor.data()), 10000);
        QVERIFY(click(child<QPushButton>(conflict, "conflictOverwriteButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 10000);
        QCOMPARE(m_stack.database().scalar(
                     "SELECT title || '/' || category || '/' || price_cents FROM products WHERE id = " +
                     std::to_string(productId)),
                 std::string("그들의 두 번째 이름/주방/7000"));
        QCOMPARE(std::stoi(
                     m_stack.database().scalar("SELECT version FROM products WHERE id = " + std::to_string(productId))),
                 std::stoi(version) + 2);
        QTRY_COMPARE(
            model->index(model->indexOfProduct(productId).row(), ProductListModel::CategoryColumn).data().toString(),
            QStringLiteral("주방"));
    }

    void duplicateAndArchive()
    {
        auto page = makeProductsPage();
        QVERIFY(page);
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage(), 10000);
        const nlohmann::json original = m_stack.fixtures().createProduct(
            Role::SellerA, {{"sku", "DUP-1"}, {"title", "복제할 상품"}, {"category", "생활"}, {"price_cents", 4500}});
        page->reload();
        const qint64 id = original["id"].get<qint64>();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfProduct(id).isValid() && !model->isLoading(), 10000);
        selectOnly(page.get(), id);
        QVERIFY(click(child<QPushButton>(page.get(), "duplicateProductButton")));
        QPointer<md::ui::ProductEditorDialog> editor;
        QTRY_VERIFY(editor = visibleDialog<md::ui::ProductEditorDialog>(page.get()));
        QCOMPARE(editor->mode(), md::ui::ProductEditorDialog::Mode::Create);
        QCOMPARE(child<QLineEdit>(editor, "skuEdit")->text(), QStringLiteral("DUP-1-COPY"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 10000);
        QCOMPARE(
            m_stack.database().scalar("SELECT title || '/' || price_cents || '/' || status || '/' || category FROM "
                                      "products WHERE sku = 'DUP-1-COPY'"),
            std::string("복제할 상품 (copy)/4500/draft/생활"));

        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfProduct(id).isValid() && !model->isLoading(), 10000);
        selectOnly(page.get(), id);
        QVERIFY(click(child<QPushButton>(page.get(), "archiveProductButton")));
        QPointer<QMessageBox> confirm;
        QTRY_VERIFY(confirm = page->findChild<QMessageBox*>(QStringLiteral("archiveConfirm")));
        QVERIFY(click(child<QPushButton>(confirm, "archiveConfirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_stack.database().scalar("SELECT status FROM products WHERE id = " + std::to_string(id)),
            std::string("archived"), 10000);
        QTRY_COMPARE(model->index(model->indexOfProduct(id).row(), 0).data(ProductListModel::StatusCodeRole).toString(),
                     QStringLiteral("archived"));
    }

    void bulkPercentChangeReportsEachProduct()
    {
        auto page = makeProductsPage();
        QVERIFY(page);
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage(), 10000);
        QList<qint64> ids;
        for (const auto& [sku, price] : std::vector<std::pair<std::string, int>>{
                 {"BULK-1", 19995}, {"BULK-2", 12000}, {"BULK-3", 1234}, {"BULK-4", 5000}}) {
            ids.append(m_stack.fixtures()
                           .createProduct(Role::SellerA, {{"sku", sku},
                                                          {"title", "묶음 " + sku},
                                                          {"category", "묶음변경"},
                                                          {"price_cents", price}})["id"]
                           .get<qint64>());
        }
        auto* category = child<QComboBox>(page.get(), "productCategoryFilter");
        category->lineEdit()->setText(QStringLiteral("묶음변경"));
        emit category->lineEdit()->editingFinished();
        QTRY_COMPARE(model->filter().category, QStringLiteral("묶음변경"));
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 4);
        auto* table = child<QTableView>(page.get(), "productTable");
        table->selectAll();
        QCOMPARE(table->selectionModel()->selectedRows().size(), 4);
        screenshot(page.get(), "page-multiselect");

        // Someone changes BULK-3 after the page loaded it: its PATCH will carry a stale version.
        HttpClient other = m_stack.fixtures().client(Role::SellerA);
        HttpResponse changed = other.patch("/api/v1/products/" + std::to_string(ids[2]), {{"title", "먼저 바뀜"}});
        QVERIFY2(changed.status == 200, changed.describe().c_str());

        QVERIFY(click(child<QPushButton>(page.get(), "bulkChangeButton")));
        QPointer<md::ui::ProductBulkDialog> dialog;
        QTRY_VERIFY(dialog = visibleDialog<md::ui::ProductBulkDialog>(page.get()));
        auto* action = child<QComboBox>(dialog, "bulkActionCombo");
        action->setCurrentIndex(action->findData(int(md::ui::ProductBulkDialog::PricePercentAction)));
        replaceText(child<QLineEdit>(dialog, "bulkValueEdit"), QStringLiteral("10"));
        auto* rows = child<QTableWidget>(dialog, "bulkTable");
        QMap<QString, int> rowOf;
        for (int row = 0; row < rows->rowCount(); ++row)
            rowOf.insert(rows->item(row, md::ui::ProductBulkDialog::SkuColumn)->text(), row);
        QCOMPARE(rowOf.size(), 4);
        QCOMPARE(rows->item(rowOf[QStringLiteral("BULK-1")], md::ui::ProductBulkDialog::AfterColumn)->text(),
                 md::models::formatMoney(21995, QStringLiteral("KRW"))); // 21,994.5 rounds up
        screenshot(dialog, "bulk-preview");

        QVERIFY(click(child<QPushButton>(dialog, "bulkApplyButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->updater()->isRunning(), 15000);
        screenshot(dialog, "bulk-result");
        using State = md::models::BulkItemResult::State;
        QCOMPARE(dialog->updater()->count(State::Changed), 3);
        QCOMPARE(dialog->updater()->count(State::Failed), 1);
        const QString failedText =
            rows->item(rowOf[QStringLiteral("BULK-3")], md::ui::ProductBulkDialog::ResultColumn)->text();
        QVERIFY2(failedText.contains(QStringLiteral("someone else")), qPrintable(failedText));
        QVERIFY(rows->item(rowOf[QStringLiteral("BULK-1")], md::ui::ProductBulkDialog::ResultColumn)
                    ->text()
                    .contains(QStringLiteral("Changed")));
        QVERIFY(child<QLabel>(dialog, "bulkSummaryLabel")->text().contains(QStringLiteral("1 failed")));
        QVERIFY(child<QLabel>(dialog, "bulkSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("BULK-3: Changed by someone else")));
        QCOMPARE(
            m_stack.database().scalar("SELECT string_agg(sku || '=' || price_cents, ',' ORDER BY sku) FROM products "
                                      "WHERE category = '묶음변경'"),
            std::string("BULK-1=21995,BULK-2=13200,BULK-3=1234,BULK-4=5500"));
        QTRY_COMPARE(model->index(model->indexOfProduct(ids[1]).row(), ProductListModel::PriceColumn)
                         .data(ProductListModel::MinorUnitsRole),
                     QVariant(qint64(13200)));
        QVERIFY(click(child<QPushButton>(dialog, "bulkCloseButton")));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    std::unique_ptr<md::ui::ProductsPage> makeProductsPage()
    {
        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password());
        if (!user) return nullptr;
        md::ui::PageContext context{&m_client, *user, nullptr, m_settings.get()};
        auto page = std::make_unique<md::ui::ProductsPage>(context);
        page->resize(1100, 640);
        page->show();
        return page;
    }

    qint64 productIdOf(const char* sku)
    {
        return std::stoll(m_stack.database().scalar(std::string("SELECT id FROM products WHERE sku = '") + sku + "'"));
    }

    void selectOnly(md::ui::ProductsPage* page, qint64 productId)
    {
        auto* table = child<QTableView>(page, "productTable");
        table->clearSelection();
        table->selectRow(page->model()->indexOfProduct(productId).row());
    }

    ServerStack m_stack;
    QTemporaryDir m_files;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
    md::models::ApiClient m_client;
};

QTEST_MAIN(TestProductsWorkflowsGui)
#include "TestProductsWorkflowsGui.moc"
