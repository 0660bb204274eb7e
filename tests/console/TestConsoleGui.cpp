// The console's GUI driven like a person would, against the real server: the sign-in dialog (wrong
// password, then right), the products page (search as you type, filters), the product editor
// (server field errors shown at their fields, duplicate SKU, the 412 conflict choice), and the main
// window's navigation by role. Widgets are found by objectName; QT_QPA_PLATFORM=offscreen.

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/MainWindow.h"
#include "models/catalog/ProductListModel.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/login/LoginDialog.h"
#include "ui/products/ProductEditorDialog.h"
#include "ui/products/ProductsPage.h"

#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;
using md::models::ProductListModel;
using md::models::ProductStatus;

class TestConsoleGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        const char* titles[] = {"겨울 패딩 자켓", "경량 패딩 조끼", "제주 녹차 선물 세트", "무선 이어폰", "캠핑 의자"};
        for (int i = 0; i < 25; ++i) {
            nlohmann::json fields{{"title", std::string(titles[i % 5]) + " " + std::to_string(i)},
                                  {"status", i % 3 == 0 ? "draft" : "active"},
                                  {"category", i % 2 ? "의류" : "생활"}};
            MD_REQUIRE(m_stack.fixtures().createProduct(Role::SellerA, fields));
        }
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void loginDialogRejectsWrongPasswordThenSignsIn()
    {
        md::models::ApiClient client;
        md::models::Authenticator authenticator(&client);
        md::ui::LoginDialog dialog(&authenticator, m_settings.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* server = child<QLineEdit>(&dialog, "serverUrlEdit");
        auto* email = child<QLineEdit>(&dialog, "emailEdit");
        auto* password = child<QLineEdit>(&dialog, "passwordEdit");
        auto* signIn = child<QPushButton>(&dialog, "signInButton");
        auto* error = child<QLabel>(&dialog, "loginErrorLabel");
        QVERIFY(server && email && password && signIn && error);

        const QString address = serverUrl(m_stack.server()).toString();
        replaceText(server, address);
        replaceText(email, QString::fromStdString(m_stack.fixtures().member(Role::SellerA).email));
        QVERIFY(click(signIn));
        QTRY_COMPARE(error->text(), QStringLiteral("Enter your password.")); // checked before any request

        replaceText(password, QStringLiteral("not-the-password"));
        QVERIFY(click(signIn));
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), QStringLiteral("The e-mail address or the password is wrong."), 10000);
        QVERIFY(dialog.isVisible());
        QVERIFY(client.accessToken().isEmpty());

        QSignalSpy signedIn(&dialog, &md::ui::LoginDialog::signedIn);
        replaceText(password, QString::fromStdString(Fixtures::password()));
        QVERIFY(click(signIn));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
        QCOMPARE(signedIn.first().first().value<md::models::User>().role, md::models::Role::Seller);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!client.accessToken().isEmpty());
        QCOMPARE(m_settings->serverUrl().toString(), address); // remembered for next time
        QCOMPARE(m_settings->lastEmail(), QString::fromStdString(m_stack.fixtures().member(Role::SellerA).email));
        QVERIFY(password->text().isEmpty());
    }

    void loginDialogRejectsAnInvalidAddressLocally()
    {
        md::models::ApiClient client;
        md::models::Authenticator authenticator(&client);
        md::ui::LoginDialog dialog(&authenticator, m_settings.get());
        dialog.show();
        replaceText(child<QLineEdit>(&dialog, "serverUrlEdit"), QStringLiteral("ftp://example.kr"));
        replaceText(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("x"));
        QSignalSpy busy(&authenticator, &md::models::Authenticator::busyChanged);
        QVERIFY(click(child<QPushButton>(&dialog, "signInButton")));
        QVERIFY(dialog.errorText().contains(QStringLiteral("ftp://example.kr")));
        QCOMPARE(busy.count(), 0); // nothing was sent
    }

    void productsPageSearchesAsYouTypeAndFilters()
    {
        auto page = makeProductsPage(Role::SellerA);
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage(), 10000);
        QCOMPARE(model->rowCount(), 25);

        auto* search = child<QLineEdit>(page.get(), "productSearch");
        QVERIFY(search);
        search->setFocus();
        typeText(search, QStringLiteral("패딩"));
        QCOMPARE(model->filter().search, QString()); // debounced: nothing sent while typing
        QTRY_COMPARE_WITH_TIMEOUT(model->filter().search, QStringLiteral("패딩"), 5000);
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 10);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(
                model->index(row, ProductListModel::TitleColumn).data().toString().contains(QStringLiteral("패딩")));

        auto* status = child<QComboBox>(page.get(), "productStatusFilter");
        QVERIFY(status);
        status->setCurrentIndex(status->findData(int(ProductStatus::Draft)));
        QTRY_COMPARE(model->filter().status, ProductStatus::Draft);
        QVERIFY(waitUntilIdle(*model));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(ProductListModel::StatusCodeRole).toString(), QStringLiteral("draft"));

        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Delete); // clearing shows everything at once, no debounce wait
        QCOMPARE(model->filter().search, QString());
    }

    void productEditorShowsServerErrorsAtTheirFields()
    {
        auto page = makeProductsPage(Role::SellerA);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedFirstPage(), 10000);
        QVERIFY(click(child<QPushButton>(page.get(), "newProductButton")));
        QPointer<md::ui::ProductEditorDialog> editor;
        QTRY_VERIFY((editor = page->findChild<md::ui::ProductEditorDialog*>()) && editor->isVisible());

        replaceText(child<QLineEdit>(editor, "skuEdit"),
                    QStringLiteral("새 상품 1")); // the server allows A-Z, digits, . _ -
        replaceText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("GUI로 만든 상품"));
        replaceText(child<QLineEdit>(editor, "priceEdit"), QStringLiteral("12,000"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->fieldError(QStringLiteral("sku")).isEmpty(), 10000);
        QVERIFY2(editor->fieldError(QStringLiteral("sku")).contains(QStringLiteral("may contain only")),
                 qPrintable(editor->fieldError(QStringLiteral("sku"))));
        QVERIFY(child<QLabel>(editor, "skuError")->isVisible());
        QVERIFY(editor->isVisible());

        const std::string existingSku = m_stack.database().scalar(
            "SELECT sku FROM products WHERE seller_id = " + std::to_string(m_stack.fixtures().sellerAId()) +
            " LIMIT 1");
        replaceText(child<QLineEdit>(editor, "skuEdit"), QString::fromStdString(existingSku));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_COMPARE_WITH_TIMEOUT(editor->fieldError(QStringLiteral("sku")),
                                  QStringLiteral("Another product of this seller already has this SKU."), 10000);

        replaceText(child<QLineEdit>(editor, "skuEdit"), QStringLiteral("GUI-NEW-1"));
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 10000);
        QCOMPARE(m_stack.database().scalar("SELECT title || '/' || price_cents FROM products WHERE sku = 'GUI-NEW-1'"),
                 std::string("GUI로 만든 상품/12000"));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 26 && !page->model()->isLoading(), 10000);
    }

    void conflictOffersReloadAndOverwrite()
    {
        auto page = makeProductsPage(Role::SellerA);
        ProductListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage(), 10000);
        auto* table = child<QTableView>(page.get(), "productTable");
        table->selectRow(0);
        const qint64 productId = model->rows().at(0).id;
        const int version = model->rows().at(0).version;

        QVERIFY(click(child<QPushButton>(page.get(), "editProductButton")));
        QPointer<md::ui::ProductEditorDialog> editor;
        QTRY_VERIFY((editor = page->findChild<md::ui::ProductEditorDialog*>()) && editor->isVisible());
        auto* title = child<QLineEdit>(editor, "titleEdit");
        replaceText(title, QStringLiteral("내가 고친 이름"));

        // Someone else saves first.
        HttpClient other = m_stack.fixtures().client(Role::SellerA);
        const std::string path = "/api/v1/products/" + std::to_string(productId);
        HttpResponse theirs = other.patch(path, {{"title", "다른 사람이 고친 이름"}},
                                          {{"If-Match", "\"" + std::to_string(version) + "\""}});
        QVERIFY2(theirs.status == 200, theirs.describe().c_str());

        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QPointer<QDialog> conflict;
        QTRY_VERIFY_WITH_TIMEOUT(
            (conflict = editor->findChild<QDialog*>(QStringLiteral("conflictDialog"))) && conflict->isVisible(), 10000);
        QVERIFY(click(child<QPushButton>(conflict, "conflictReloadButton")));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("다른 사람이 고친 이름"), 10000);
        QVERIFY(editor->isVisible());

        // Edit again; they save again; this time overwrite theirs.
        replaceText(title, QStringLiteral("결국 내 이름"));
        const std::string current =
            m_stack.database().scalar("SELECT version FROM products WHERE id = " + std::to_string(productId));
        theirs = other.patch(path, {{"category", "바뀐 분류"}}, {{"If-Match", "\"" + current + "\""}});
        QVERIFY2(theirs.status == 200, theirs.describe().c_str());
        QVERIFY(click(child<QPushButton>(editor, "saveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(
            (conflict = editor->findChild<QDialog*>(QStringLiteral("conflictDialog"))) && conflict->isVisible(), 10000);
        QVERIFY(click(child<QPushButton>(conflict, "conflictOverwriteButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), 10000);
        QCOMPARE(m_stack.database().scalar("SELECT title FROM products WHERE id = " + std::to_string(productId)),
                 std::string("결국 내 이름"));
        QTRY_COMPARE(model->index(0, ProductListModel::TitleColumn).data().toString(), QStringLiteral("결국 내 이름"));
    }

    void navigationShowsWhatTheRoleMayUse_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<bool>("mayCreateProducts");
        QTest::addColumn<QString>("landing"); // the page shown after signing in
        const QStringList all{QStringLiteral("productsPage"), QStringLiteral("ordersPage"),
                              QStringLiteral("inventoryPage")};
        QTest::newRow("seller") << int(Role::SellerA) << all << true << QStringLiteral("productsPage");
        QTest::newRow("support") << int(Role::Support) << all << false << QStringLiteral("ordersPage");
        const QStringList withOperations = all + QStringList{QStringLiteral("deploymentsPage"),
                                                             QStringLiteral("dashboardPage"),
                                                             QStringLiteral("alertsPage")};
        QTest::newRow("operator") << int(Role::Operator) << withOperations << false
                                  << QStringLiteral("deploymentsPage");
        QTest::newRow("admin") << int(Role::Admin) << withOperations + QStringList{QStringLiteral("peoplePage")}
                               << true << QStringLiteral("productsPage");
    }
    void navigationShowsWhatTheRoleMayUse()
    {
        QFETCH(int, role);
        QFETCH(QStringList, pages);
        QFETCH(bool, mayCreateProducts);
        QFETCH(QString, landing);
        md::models::ApiClient client;
        const auto user =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role(role)).email, Fixtures::password());
        QVERIFY(user);
        md::ui::PageContext context{&client, *user, nullptr, m_settings.get()};
        md::app::MainWindow window(context);
        window.show();
        QCOMPARE(window.pageNames(), pages);
        QCOMPARE(window.currentPage()->objectName(), landing);
        QVERIFY(window.showPage(QStringLiteral("productsPage")));
        auto* newProduct = child<QPushButton>(window.currentPage(), "newProductButton");
        QCOMPARE(newProduct->isVisible(), mayCreateProducts);
        QVERIFY(window.showPage(QStringLiteral("ordersPage")));
        QCOMPARE(window.currentPage()->objectName(), QStringLiteral("ordersPage"));
        QCOMPARE(window.showPage(QStringLiteral("deploymentsPage")), pages.contains(QStringLiteral("deploymentsPage")));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    std::unique_ptr<md::ui::ProductsPage> makeProductsPage(Role role)
    {
        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(role).email, Fixtures::password());
        if (!user) return nullptr;
        md::ui::PageContext context{&m_client, *user, nullptr, m_settings.get()};
        auto page = std::make_unique<md::ui::ProductsPage>(context);
        page->resize(1000, 600);
        page->show();
        return page;
    }

    ServerStack m_stack;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
    md::models::ApiClient m_client;
};

QTEST_MAIN(TestConsoleGui)
#include "TestConsoleGui.moc"
