// The screenshot tour: the real console (sign-in dialog, then the main window signed in as the demo
// administrator) against the real server filled by `marketdesk-server seed-demo`, rendered page by
// page with QWidget::grab() in Korean and English, light and dark, to PNG files for the README.
//
// Output folder: $MARKETDESK_SCREENSHOT_DIR (scripts/screenshots.sh points it at docs/screenshots),
// otherwise <build>/test-work/screenshots. As a test it also proves every page fills with demo data
// in both languages; it is labelled `screenshots` (ctest -L screenshots).

#include "../ConsoleTestSupport.h"

#include "app/MainWindow.h"
#include "app/Theme.h"
#include "app/Translations.h"
#include "models/events/SseClient.h"
#include "models/orders/OrderListModel.h"
#include "models/paging/PagedTableModel.h"
#include "models/people/UserListModel.h"
#include "support/ServerCommand.h"
#include "support/TestDatabase.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/login/LoginDialog.h"
#include "ui/orders/OrderDetailPane.h"
#include "ui/orders/OrdersPage.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/UserDetailPane.h"
#include "ui/people/UsersPanel.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

using namespace md::test;

namespace {

const QSize kWindowSize(1280, 800);
const char* const kDemoAdmin = "admin@marketdesk.kr";
const char* const kDemoPassword = "marketdesk-demo"; // seed-demo's default password

// The console's own light and dark appearance (app/Theme.h), as the View menu applies it.
void applyTheme(const QString& theme)
{
    md::app::applyTheme(*qApp,
                        theme == QLatin1String("dark") ? md::app::ThemeChoice::Dark : md::app::ThemeChoice::Light);
}

// Replaces the installed translators with those of `language`, as a restart with that setting would.
void applyLanguage(const QString& language)
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // installTranslations keeps the system's formats for English; pin them so the files do not
    // depend on the machine that made them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    md::app::installTranslations(*qApp, language);
}

QString outputDirectory()
{
    const QString configured = qEnvironmentVariable("MARKETDESK_SCREENSHOT_DIR");
    return configured.isEmpty() ? QDir(TestPaths::workDirectory()).filePath(QStringLiteral("screenshots")) : configured;
}

// A page's table, by objectName.
QTableView* tableOf(QWidget* page, const char* name)
{
    return page->findChild<QTableView*>(QString::fromLatin1(name));
}

// Waits until the table's paged model has its first page, with rows, and nothing in flight.
bool waitForRows(QTableView* table)
{
    auto* model = qobject_cast<md::models::PagedTableModel*>(table ? table->model() : nullptr);
    if (!model) return false;
    return QTest::qWaitFor([&] { return model->hasLoadedFirstPage() && !model->isLoading() && model->rowCount() > 0; },
                           15000);
}

} // namespace

class ScreenshotTour : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        // Enough for full tables and a scroll bar, small enough to seed in a second or two.
        const ProcessResult seeded =
            ServerCommand::run({QStringLiteral("seed-demo"), QStringLiteral("--products"), QStringLiteral("600"),
                                QStringLiteral("--orders"), QStringLiteral("1500")},
                               {{QStringLiteral("MARKETDESK_DATABASE_URL"), QString::fromStdString(m_database->url())}},
                               {}, std::chrono::seconds(120));
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.standardError));
        m_server = std::make_unique<ServerProcess>(*m_database);
        MD_REQUIRE(m_server->start());

        m_directory = outputDirectory();
        QVERIFY2(QDir().mkpath(m_directory), qPrintable(m_directory));
        qInfo("screenshots go to %s", qPrintable(m_directory));
        // Hangul needs a font that has it; without one every Korean label would be boxes.
        const QStringList korean = QFontDatabase::families(QFontDatabase::Korean);
        QVERIFY2(!korean.isEmpty(), "no font with Hangul (install fonts-noto-cjk: scripts/install-deps.sh)");
    }

    void tour_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        for (const char* language : {"ko", "en"})
            for (const char* theme : {"light", "dark"})
                QTest::addRow("%s-%s", language, theme) << QString::fromLatin1(language) << QString::fromLatin1(theme);
    }

    void tour()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        applyLanguage(language);
        applyTheme(theme);
        const QString suffix = language + QLatin1Char('-') + theme;

        QTemporaryDir settingsDirectory;
        QVERIFY(settingsDirectory.isValid());
        md::ui::ConsoleSettings settings(std::make_unique<QSettings>(
            settingsDirectory.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
        settings.setLanguage(language);
        settings.setTheme(theme);

        md::models::ApiClient client;
        {
            md::models::Authenticator authenticator(&client);
            md::ui::LoginDialog dialog(&authenticator, &settings);
            dialog.setServerUrl(serverUrl(*m_server));
            dialog.setEmail(QString::fromLatin1(kDemoAdmin));
            dialog.setRememberAvailable(true, QString());
            auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
            QVERIFY(password);
            password->setText(QString::fromLatin1(kDemoPassword));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            password->deselect(); // focus selects it all; show it as typed instead
            save(&dialog, QStringLiteral("signin-") + suffix);
        }

        const auto user = signIn(client, *m_server, kDemoAdmin, kDemoPassword);
        QVERIFY(user);
        md::models::SseClient events(&client);
        md::ui::PageContext context{&client, *user, &events, &settings};
        md::app::MainWindow window(context);
        connect(&events, &md::models::SseClient::connectedChanged, &window, &md::app::MainWindow::setLiveConnected);
        events.start();
        window.resize(kWindowSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&] { return events.isConnected(); }, 10000));

        QVERIFY(window.showPage(QStringLiteral("productsPage")));
        QVERIFY(waitForRows(tableOf(window.currentPage(), "productTable")));
        save(&window, QStringLiteral("products-") + suffix);

        QVERIFY(window.showPage(QStringLiteral("ordersPage")));
        auto* orders = qobject_cast<md::ui::OrdersPage*>(window.currentPage());
        QVERIFY(orders);
        QTableView* orderTable = tableOf(orders, "orderTable");
        QVERIFY(waitForRows(orderTable));
        const int row = interestingOrderRow(*orders->model());
        orderTable->selectRow(row);
        const qint64 orderId =
            orders->model()->index(row, 0).data(md::models::OrderListModel::OrderIdRole).toLongLong();
        md::ui::OrderDetailPane* detail = orders->detailPane();
        QVERIFY(QTest::qWaitFor([&] { return detail->detail() && detail->detail()->order.id == orderId; }, 15000));
        save(&window, QStringLiteral("orders-") + suffix);

        QVERIFY(window.showPage(QStringLiteral("inventoryPage")));
        QTableView* stock = tableOf(window.currentPage(), "inventoryTable");
        QVERIFY(waitForRows(stock));
        auto* movements = window.currentPage()->findChild<QTableWidget*>(QStringLiteral("movementTable"));
        QVERIFY(movements);
        // The first rows (least available) can be products never stocked, with no history to show:
        // take the first of them that has some (a history arrives in well under the 3 s allowed).
        for (int stockRow = 0; stockRow < std::min(10, stock->model()->rowCount()); ++stockRow) {
            stock->selectRow(stockRow);
            if (QTest::qWaitFor([&] { return movements->rowCount() > 0; }, 3000)) break;
        }
        QVERIFY(movements->rowCount() > 0);
        save(&window, QStringLiteral("inventory-") + suffix);

        QVERIFY(window.showPage(QStringLiteral("peoplePage")));
        auto* people = qobject_cast<md::ui::PeoplePage*>(window.currentPage());
        QVERIFY(people);
        QTableView* userTable = tableOf(people, "userTable");
        QVERIFY(waitForRows(userTable));
        const int userRow = interestingUserRow(*people->usersPanel()->model(), user->id);
        userTable->selectRow(userRow);
        const qint64 userId = people->usersPanel()->model()->rows().at(userRow).id;
        QVERIFY(QTest::qWaitFor([&] { return people->usersPanel()->detailPane()->userId() == userId; }, 5000));
        save(&window, QStringLiteral("people-") + suffix);

        events.stop();
    }

private:
    // An order worth showing: several lines and a history (shipped or delivered), else the first.
    static int interestingOrderRow(const md::models::OrderListModel& model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto* order = model.rowAt(row);
            if (order->itemCount >= 2 && (order->status == md::models::OrderStatus::Shipped ||
                                          order->status == md::models::OrderStatus::Delivered))
                return row;
        }
        return 0;
    }

    // A user worth showing: someone else than the signed-in admin, with a name, preferably disabled
    // (the red badge), else the first such row.
    static int interestingUserRow(const md::models::UserListModel& model, qint64 signedIn)
    {
        int named = 0;
        for (int row = model.rowCount() - 1; row >= 0; --row) {
            const auto& account = model.rows().at(row);
            if (account.id == signedIn || account.displayName.isEmpty()) continue;
            named = row;
            if (account.disabled && row < 20) return row; // on screen without scrolling
        }
        return named;
    }

    void save(QWidget* widget, const QString& name)
    {
        // Let queued layout and paint requests (icons, elided texts, the detail pane) settle first.
        QTest::qWait(200);
        const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path, "PNG", 0), qPrintable(path)); // quality 0 = strongest compression
        qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    QString m_directory;
};

QTEST_MAIN(ScreenshotTour)
#include "ScreenshotTour.moc"
