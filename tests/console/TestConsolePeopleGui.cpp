// The People page driven like an administrator would, against the real server with a hundred
// thousand users in the database: only admins get the page; search by e-mail and by Korean name
// (one page loaded, the rest left on the server); a seller created, then a seller user tied to it
// through the seller picker (bad input shown under its fields and nothing created; a taken e-mail
// shown under the e-mail); a role changed, the user disabled (their token refused at once, checked
// with a direct HTTP call), re-enabled, and given a new password that is shown once, signs in, and
// appears in no log or audit row (the old one no longer signs in); someone else's change meanwhile
// keeps the form's edits; moving away from unsaved edits asks; an admin's own row is protected; and
// the retry banner when the server is down.

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/MainWindow.h"
#include "models/people/SellerListModel.h"
#include "models/people/UserListModel.h"
#include "support/ServerStack.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/people/CreateSellerDialog.h"
#include "ui/people/CreateUserDialog.h"
#include "ui/people/PasswordRevealDialog.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/SellerPicker.h"
#include "ui/people/SellersPanel.h"
#include "ui/people/UserDetailPane.h"
#include "ui/people/UsersPanel.h"
#include "widgets/ErrorBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace md::test;
using UserRole = md::models::Role; // md::test::Role names the test cast
using md::models::UserListModel;
using md::ui::UserDetailPane;
using md::ui::UsersPanel;

namespace {

// Everything the console logs while a test runs (every md.* category at debug level included), so a
// test can show what was never written down.
QStringList g_consoleLog;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_consoleLog.append(message);
    if (g_previousHandler) g_previousHandler(type, context, message);
}

struct ConsoleLogRecorder {
    ConsoleLogRecorder()
    {
        g_consoleLog.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("md.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }
    ~ConsoleLogRecorder()
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }
    bool contains(const QString& text) const
    {
        return std::any_of(g_consoleLog.begin(), g_consoleLog.end(),
                           [&text](const QString& line) { return line.contains(text); });
    }
};

constexpr int kBulkUsers = 100000;
const std::string kTargetPassword = "target-password-1";

// The visible dialog of type T under `parent`, once it appears.
template <typename T> T* visibleDialog(QWidget* parent)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (T* dialog : parent->findChildren<T*>())
                if (dialog->isVisible()) found = dialog;
            return found != nullptr;
        },
        5000);
    return shown ? found : nullptr;
}

// Clicks a row of a table or list where a person would.
void clickRow(QAbstractItemView* view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void chooseRole(QComboBox* combo, UserRole role)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(role)));
}

// Types into a search field and presses Enter (no waiting for the debounce).
void search(QLineEdit* field, const QString& text)
{
    replaceText(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestConsolePeopleGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Formats as the Korean console does.
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        MD_REQUIRE(m_stack.start());
        // Bulk accounts straight into the table: the page must cope with a marketplace this size.
        MD_REQUIRE(m_stack.database().execute(
            "INSERT INTO users (email, password_hash, role, display_name) "
            "SELECT 'bulk' || g || '@load.marketdesk.kr', 'not-a-hash', 'customer', '고객 ' || g "
            "FROM generate_series(1, " +
            std::to_string(kBulkUsers) + ") AS g"));
        QVERIFY(m_settingsDir.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
        m_admin = m_stack.fixtures().member(Role::Admin);
    }

    void onlyAdminsHaveThePage()
    {
        for (Role role : {Role::SellerA, Role::Support, Role::Operator}) {
            md::models::ApiClient client;
            const auto user =
                signIn(client, m_stack.server(), m_stack.fixtures().member(role).email, Fixtures::password());
            QVERIFY(user);
            md::app::MainWindow window(md::ui::PageContext{&client, *user, nullptr, m_settings.get()});
            QVERIFY2(!window.pageNames().contains(QStringLiteral("peoplePage")),
                     qPrintable(window.pageNames().join(QLatin1Char(','))));
        }
        auto window = openWindow();
        QVERIFY(window->pageNames().contains(QStringLiteral("peoplePage")));
        QVERIFY(window->showPage(QStringLiteral("peoplePage")));
        QVERIFY(qobject_cast<md::ui::PeoplePage*>(window->currentPage()));
    }

    void searchesAHundredThousandUsers()
    {
        auto window = openWindow();
        UsersPanel* users = peoplePage(*window)->usersPanel();
        UserListModel* model = users->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 15000);
        // One page of the 100,000+ on screen; the rest stays on the server until scrolled to.
        QCOMPARE(model->rowCount(), model->fetcher()->pageSize());
        QVERIFY(model->hasMore());
        QVERIFY(child<QLabel>(users, "userStatusLine")->text().contains(QString::number(model->rowCount())));

        auto* searchField = child<QLineEdit>(users, "userSearch");
        search(searchField, QStringLiteral("SELLER.B@test"));
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rows().first().email, QString::fromStdString(m_stack.fixtures().member(Role::SellerB).email));
        QCOMPARE(model->index(0, UserListModel::SellerColumn).data().toString(),
                 QStringLiteral("Seller B Busan Goods"));
        QCOMPARE(model->index(0, UserListModel::RoleColumn).data().toString(), md::models::roleLabel(UserRole::Seller));

        search(searchField, QStringLiteral("고객 77777")); // typed through the input method
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rows().first().displayName, QStringLiteral("고객 77777"));

        search(searchField, QStringLiteral("no-such-person-xyz"));
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 0);
        auto* empty = child<QLabel>(child<QTableView>(users, "userTable"), "emptyStateOverlay");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), UsersPanel::tr("No users match these filters."));

        // Role and status filters combine with the search on the server.
        search(searchField, QStringLiteral("test.marketdesk.kr"));
        chooseRole(child<QComboBox>(users, "userRoleFilter"), UserRole::Seller);
        QVERIFY(waitUntilIdle(*model));
        QCOMPARE(model->rowCount(), 2);
        for (const auto& user : model->rows())
            QCOMPARE(user.role, UserRole::Seller);
    }

    void createsASellerAndASellerUserTiedToIt()
    {
        ScriptedConfirmation confirmations;
        auto window = openWindow();
        md::ui::PeoplePage* page = peoplePage(*window);
        const QString sellerName = QStringLiteral("부산 바다상회 7");

        // Sellers tab: an empty name is refused in the form; a name creates the seller.
        auto* tabs = child<QTabWidget>(page, "peopleTabs");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentWidget(), page->sellersPanel());
        QVERIFY(click(child<QPushButton>(page->sellersPanel(), "newSellerButton")));
        QPointer<md::ui::CreateSellerDialog> sellerDialog =
            visibleDialog<md::ui::CreateSellerDialog>(page->sellersPanel());
        QVERIFY(sellerDialog);
        QVERIFY(click(child<QPushButton>(sellerDialog, "createSellerButton")));
        QVERIFY(!sellerDialog->fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(child<QLabel>(sellerDialog, "nameError")->isVisible());
        typeText(child<QLineEdit>(sellerDialog, "sellerNameEdit"), sellerName);
        QVERIFY(click(child<QPushButton>(sellerDialog, "createSellerButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!sellerDialog || !sellerDialog->isVisible(), 10000);
        const std::string sellerId =
            m_stack.database().scalar("SELECT id FROM sellers WHERE name = '" + sellerName.toStdString() + "'");
        QVERIFY(!sellerId.empty());
        QTRY_VERIFY_WITH_TIMEOUT(page->sellersPanel()->model()->indexOfSeller(std::stoll(sellerId)).isValid(), 10000);

        // Users tab: every bad field is shown under its field at once, and nothing is sent.
        page->showUsers();
        UsersPanel* users = page->usersPanel();
        QVERIFY(click(child<QPushButton>(users, "newUserButton")));
        QPointer<md::ui::CreateUserDialog> dialog = visibleDialog<md::ui::CreateUserDialog>(users);
        QVERIFY(dialog);
        auto* picker = child<md::ui::SellerPicker>(dialog, "sellerPicker");
        QVERIFY(!picker->isVisible()); // only for the seller role
        typeText(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("not-an-email"));
        typeText(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("short"));
        typeText(child<QLineEdit>(dialog, "displayNameEdit"), QStringLiteral("바다 담당자"));
        chooseRole(child<QComboBox>(dialog, "roleCombo"), UserRole::Seller);
        QVERIFY(picker->isVisible());
        QVERIFY(click(child<QPushButton>(dialog, "createUserButton")));
        QVERIFY(child<QLabel>(dialog, "emailError")->isVisible());
        QVERIFY(child<QLabel>(dialog, "passwordError")->isVisible());
        QVERIFY(child<QLabel>(dialog, "seller_idError")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "roleError")->isVisible());
        QTest::qWait(0);
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM users WHERE email = 'not-an-email'"),
                 std::string("0"));
        QVERIFY(dialog->isVisible());

        // Fixed: a real address, a generated password, the new seller picked by name.
        const QString email = QStringLiteral("sea.manager@test.marketdesk.kr");
        replaceText(child<QLineEdit>(dialog, "emailEdit"), email);
        QVERIFY(click(child<QPushButton>(dialog, "generatePasswordButton")));
        const QString password = child<QLineEdit>(dialog, "passwordEdit")->text();
        QCOMPARE(password.size(), 20);
        QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Normal); // readable to pass on
        search(child<QLineEdit>(picker, "sellerPickerSearch"), QStringLiteral("바다상회 7"));
        QTRY_VERIFY_WITH_TIMEOUT(!picker->model()->isLoading() && picker->model()->rowCount() == 1, 10000);
        clickRow(child<QListView>(picker, "sellerPickerList"), 0);
        QCOMPARE(picker->sellerId(), std::optional<qint64>(std::stoll(sellerId)));
        QVERIFY(child<QLabel>(picker, "sellerPickerChoice")->text().contains(sellerName));
        QVERIFY(click(child<QPushButton>(dialog, "createUserButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

        const std::string where = " FROM users WHERE email = '" + email.toStdString() + "'";
        QCOMPARE(m_stack.database().scalar("SELECT role || '|' || seller_id || '|' || display_name" + where),
                 "seller|" + sellerId + "|바다 담당자");
        QCOMPARE(users->detailPane()->user()->email, email); // shown at once
        HttpClient anonymous = m_stack.fixtures().anonymousClient();
        QCOMPARE(
            anonymous.post("/api/v1/auth/login", {{"email", email.toStdString()}, {"password", password.toStdString()}})
                .status,
            200);

        // The same address again: the server's 409 lands under the e-mail; still one user.
        QVERIFY(click(child<QPushButton>(users, "newUserButton")));
        dialog = visibleDialog<md::ui::CreateUserDialog>(users);
        QVERIFY(dialog);
        typeText(child<QLineEdit>(dialog, "emailEdit"), email.toUpper());
        typeText(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("another-long-password"));
        chooseRole(child<QComboBox>(dialog, "roleCombo"), UserRole::Support);
        QVERIFY(click(child<QPushButton>(dialog, "createUserButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("email")).isEmpty(), 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM users WHERE lower(email) = lower('" +
                                           email.toStdString() + "')"),
                 std::string("1"));
        // Closing with entries asks; discarding creates nothing.
        confirmations.nextAnswers = {true};
        QVERIFY(click(child<QPushButton>(dialog, "cancelButton")));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(confirmations.askedIds(), QStringList{QStringLiteral("discardEditsDialog")});
    }

    void changesRoleDisablesReenablesAndResetsThePassword()
    {
        ScriptedConfirmation confirmations;
        const std::string email = "target.person@test.marketdesk.kr";
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post(
            "/api/v1/users",
            {{"email", email}, {"password", kTargetPassword}, {"role", "customer"}, {"display_name", "대상 고객"}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        const long long id = created.json()["id"].get<long long>();
        const std::string where = " FROM users WHERE id = " + std::to_string(id);
        std::string token = login(email, kTargetPassword);
        QVERIFY(!token.empty());

        auto window = openWindow();
        UsersPanel* users = peoplePage(*window)->usersPanel();
        UserDetailPane* pane = selectUser(users, QString::fromStdString(email));
        QVERIFY(pane);
        QCOMPARE(child<QLabel>(pane, "userNameLabel")->text(), QStringLiteral("대상 고객"));

        // Role: customer → support, confirmed with what it does; their token is refused right after.
        chooseRole(child<QComboBox>(pane, "roleCombo"), UserRole::Support);
        QVERIFY(pane->hasUnsavedEdits());
        QVERIFY(!child<QPushButton>(pane, "disableUserButton")->isEnabled()); // save or revert first
        QVERIFY(click(child<QPushButton>(pane, "saveUserButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack.database().scalar("SELECT role" + where), std::string("support"), 10000);
        QCOMPARE(confirmations.askedIds().last(), QStringLiteral("confirmRoleChange"));
        QVERIFY(confirmations.asked.last().text.contains(md::models::roleLabel(UserRole::Support)));
        QTRY_COMPARE(rowOf(users, id, UserListModel::RoleColumn), md::models::roleLabel(UserRole::Support));
        QCOMPARE(me(token), 401);
        token = login(email, kTargetPassword);

        // Disable: the confirmation says sessions end at once, and they do.
        QTRY_VERIFY(child<QPushButton>(pane, "disableUserButton")->isEnabled());
        QVERIFY(click(child<QPushButton>(pane, "disableUserButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack.database().scalar("SELECT disabled" + where), std::string("t"), 10000);
        QCOMPARE(confirmations.askedIds().last(), QStringLiteral("confirmDisableUser"));
        QVERIFY(confirmations.asked.last().destructive);
        QCOMPARE(me(token), 401); // refused at once: a direct call with the token they held
        QVERIFY(login(email, kTargetPassword).empty());
        QTRY_COMPARE(rowOf(users, id, UserListModel::StatusColumn, UserListModel::StatusCodeRole),
                     QStringLiteral("disabled"));
        QCOMPARE(child<QLabel>(pane, "userStatusLabel")->text(), md::models::userStatusLabel(true));

        // Re-enable: they sign in again with their password.
        QTRY_VERIFY(child<QPushButton>(pane, "disableUserButton")->isEnabled());
        QVERIFY(click(child<QPushButton>(pane, "disableUserButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack.database().scalar("SELECT disabled" + where), std::string("f"), 10000);
        QCOMPARE(confirmations.askedIds().last(), QStringLiteral("confirmEnableUser"));
        token = login(email, kTargetPassword);
        QVERIFY(!token.empty());
        QCOMPARE(me(token), 200);

        // Reset password: shown once, signs in; the old one and the old session no longer work.
        ConsoleLogRecorder consoleLog;
        const std::string hashBefore = m_stack.database().scalar("SELECT password_hash" + where);
        QTRY_VERIFY(child<QPushButton>(pane, "resetPasswordButton")->isEnabled());
        QVERIFY(click(child<QPushButton>(pane, "resetPasswordButton")));
        QPointer<md::ui::PasswordRevealDialog> reveal = visibleDialog<md::ui::PasswordRevealDialog>(pane);
        QVERIFY(reveal);
        QCOMPARE(confirmations.askedIds().last(), QStringLiteral("confirmResetPassword"));
        QVERIFY(child<QLabel>(reveal, "shownOnceLabel")->isVisible());
        const QString newPassword = child<QLineEdit>(reveal, "newPasswordEdit")->text();
        QCOMPARE(newPassword.size(), 20);
        QVERIFY(click(child<QPushButton>(reveal, "copyPasswordButton")));
        QCOMPARE(QGuiApplication::clipboard()->text(), newPassword);
        auto* shown = child<QLineEdit>(reveal, "newPasswordEdit");
        connect(shown, &QLineEdit::textChanged, this, [this](const QString& text) { m_lastRevealText = text; });
        QVERIFY(click(child<QPushButton>(reveal, "closePasswordButton")));
        QTRY_VERIFY(!reveal || !reveal->isVisible());
        QVERIFY(m_lastRevealText.isEmpty()); // the field was cleared as the dialog closed
        QVERIFY(m_stack.database().scalar("SELECT password_hash" + where) != hashBefore);
        QCOMPARE(me(token), 401);
        QVERIFY(login(email, kTargetPassword).empty());
        QVERIFY(!login(email, newPassword.toStdString()).empty());

        // Never written down: not in the server's log, not in the audit trail.
        QVERIFY(!m_stack.server().logText().contains(newPassword));
        qInfo("console log recorder check");
        QVERIFY(consoleLog.contains(QStringLiteral("console log recorder check"))); // it does record
        QVERIFY(!consoleLog.contains(newPassword));
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM audit_log WHERE coalesce(before::text, '') || "
                                           "coalesce(after::text, '') LIKE '%" +
                                           newPassword.toStdString() + "%'"),
                 std::string("0"));
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM audit_log WHERE action = 'user.update' AND "
                                           "entity_id = '" +
                                           std::to_string(id) + "' AND (after->>'password_changed')::boolean"),
                 std::string("1"));
    }

    void someoneElsesChangeKeepsTheEdits()
    {
        ScriptedConfirmation confirmations;
        const std::string email = "conflict.person@test.marketdesk.kr";
        HttpClient admin = m_stack.fixtures().client(Role::Admin);
        HttpResponse created = admin.post(
            "/api/v1/users",
            {{"email", email}, {"password", kTargetPassword}, {"role", "customer"}, {"display_name", "처음"}});
        QVERIFY2(created.status == 201, created.describe().c_str());
        const long long id = created.json()["id"].get<long long>();
        const std::string where = " FROM users WHERE id = " + std::to_string(id);

        auto window = openWindow();
        UsersPanel* users = peoplePage(*window)->usersPanel();
        UserDetailPane* pane = selectUser(users, QString::fromStdString(email));
        QVERIFY(pane);
        auto* name = child<QLineEdit>(pane, "displayNameEdit");
        replaceText(name, QStringLiteral("콘솔에서 고침"));

        // Moving to another user with the edit unsaved asks; keeping it keeps the pane as it was.
        auto* table = child<QTableView>(users, "userTable");
        search(child<QLineEdit>(users, "userSearch"), QStringLiteral("test.marketdesk.kr"));
        QVERIFY(waitUntilIdle(*users->model()));
        const int other = users->model()->indexOfUser(m_admin.userId).row();
        QVERIFY(other >= 0);
        confirmations.nextAnswers = {false};
        clickRow(table, other);
        QTRY_COMPARE(confirmations.asked.size(), 1);
        QCOMPARE(confirmations.askedIds().last(), QStringLiteral("discardEditsDialog"));
        QTest::qWait(0);
        QCOMPARE(pane->userId(), id);
        QCOMPARE(name->text(), QStringLiteral("콘솔에서 고침"));

        // Someone else renames them meanwhile: the save answers 412, the pane shows the latest
        // version and keeps what was typed; saving again writes it.
        QCOMPARE(admin.patch("/api/v1/users/" + std::to_string(id), {{"display_name", "다른 관리자가 고침"}}).status,
                 200);
        QVERIFY(click(child<QPushButton>(pane, "saveUserButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->generalError().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->user()->displayName, QStringLiteral("다른 관리자가 고침"), 10000);
        QCOMPARE(name->text(), QStringLiteral("콘솔에서 고침"));
        QCOMPARE(m_stack.database().scalar("SELECT display_name" + where), std::string("다른 관리자가 고침"));
        QVERIFY(click(child<QPushButton>(pane, "saveUserButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack.database().scalar("SELECT display_name" + where),
                                  std::string("콘솔에서 고침"), 10000);
        QTRY_VERIFY(!pane->hasUnsavedEdits());
        QCOMPARE(confirmations.asked.size(), 1); // a name change ends no session: no question

        // The administrator's own row: role and access cannot be changed from here.
        clickRow(table, users->model()->indexOfUser(m_admin.userId).row());
        QTRY_COMPARE(pane->userId(), m_admin.userId);
        QVERIFY(child<QLabel>(pane, "selfNoteLabel")->isVisible());
        QVERIFY(!child<QComboBox>(pane, "roleCombo")->isEnabled());
        QVERIFY(!child<QPushButton>(pane, "disableUserButton")->isEnabled());
        QVERIFY(!child<QPushButton>(pane, "resetPasswordButton")->isEnabled());
    }

    // Last: it stops the server.
    void serverDownShowsTheRetryBanner()
    {
        auto window = openWindow();
        UsersPanel* users = peoplePage(*window)->usersPanel();
        UserListModel* model = users->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 15000);
        QCOMPARE(m_stack.server().stop(), 0);
        QVERIFY(click(child<QPushButton>(users, "userRefreshButton")));
        md::widgets::ErrorBanner* banner = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((banner = visibleBanner(users)) != nullptr, 20000);
        QVERIFY2(banner->message().startsWith(QStringLiteral("Users could not be loaded.")),
                 qPrintable(banner->message()));
        MD_REQUIRE(m_stack.server().restart());
        if (banner->isVisible()) click(child<QPushButton>(banner, "errorBannerRetry"));
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading() && model->rowCount() > 0, 20000);
        QTRY_VERIFY(!visibleBanner(users));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    std::unique_ptr<md::app::MainWindow> openWindow()
    {
        md::models::ApiClient* client = new md::models::ApiClient(this);
        const auto user = signIn(*client, m_stack.server(), m_admin.email, Fixtures::password());
        if (!user) return nullptr;
        auto window =
            std::make_unique<md::app::MainWindow>(md::ui::PageContext{client, *user, nullptr, m_settings.get()});
        connect(window.get(), &QObject::destroyed, client, &QObject::deleteLater);
        window->resize(1200, 760);
        window->show();
        return window;
    }

    static md::ui::PeoplePage* peoplePage(md::app::MainWindow& window)
    {
        if (!window.showPage(QStringLiteral("peoplePage"))) return nullptr;
        return qobject_cast<md::ui::PeoplePage*>(window.currentPage());
    }

    // Searches for `email`, clicks the user's row and returns the pane once it shows them.
    static UserDetailPane* selectUser(UsersPanel* users, const QString& email)
    {
        search(child<QLineEdit>(users, "userSearch"), email);
        if (!waitUntilIdle(*users->model()) || users->model()->rowCount() != 1) return nullptr;
        clickRow(child<QTableView>(users, "userTable"), 0);
        UserDetailPane* pane = users->detailPane();
        return QTest::qWaitFor([&] { return pane->user() && pane->user()->email == email; }, 5000) ? pane : nullptr;
    }

    static QString rowOf(UsersPanel* users, long long id, int column, int role = Qt::DisplayRole)
    {
        const QModelIndex index = users->model()->indexOfUser(id);
        return index.isValid() ? users->model()->index(index.row(), column).data(role).toString() : QString();
    }

    static md::widgets::ErrorBanner* visibleBanner(QWidget* parent)
    {
        for (auto* banner : parent->findChildren<md::widgets::ErrorBanner*>())
            if (banner->isVisible()) return banner;
        return nullptr;
    }

    // An access token for email/password through the API, or "" when the sign-in is refused.
    std::string login(const std::string& email, const std::string& password)
    {
        HttpClient client = m_stack.fixtures().anonymousClient();
        HttpResponse response = client.post("/api/v1/auth/login", {{"email", email}, {"password", password}});
        return response.status == 200 ? response.json()["access_token"].get<std::string>() : std::string();
    }

    // GET /api/v1/me with `token`: what the server makes of a session the person holds.
    int me(const std::string& token) { return m_stack.server().client(token).get("/api/v1/me").status; }

    ServerStack m_stack;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
    CastMember m_admin;
    QString m_lastRevealText = QStringLiteral("unset");
};

QTEST_MAIN(TestConsolePeopleGui)
#include "TestConsolePeopleGui.moc"
