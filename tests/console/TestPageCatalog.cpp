// The main window's pages per role, checked without a window: which pages each role gets and in
// which order, where it lands after signing in, and the one shortcut table built from them (every
// page has a "go to" key, every window action its keys, and no key does two things).

#include "app/PageCatalog.h"
#include "app/ShortcutsDialog.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using md::app::PageCatalog;
using md::app::PageDescriptor;
using md::app::ShortcutEntry;
using md::models::Role;

namespace {

const QString kProducts = QStringLiteral("productsPage");
const QString kOrders = QStringLiteral("ordersPage");
const QString kInventory = QStringLiteral("inventoryPage");
const QStringList kOperations{QStringLiteral("deploymentsPage"), QStringLiteral("dashboardPage"),
                              QStringLiteral("alertsPage")};
const QString kPeople = QStringLiteral("peoplePage");

void addRoles()
{
    QTest::addColumn<int>("role");
    QTest::newRow("admin") << int(Role::Admin);
    QTest::newRow("seller") << int(Role::Seller);
    QTest::newRow("support") << int(Role::Support);
    QTest::newRow("operator") << int(Role::Operator);
    QTest::newRow("customer") << int(Role::Customer);
}

} // namespace

class TestPageCatalog : public QObject {
    Q_OBJECT
private slots:
    void pagesAndLandingPerRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QString>("landing");
        const QStringList commerce{kProducts, kOrders, kInventory};
        QTest::newRow("admin") << int(Role::Admin) << commerce + kOperations + QStringList{kPeople} << kProducts;
        QTest::newRow("seller") << int(Role::Seller) << commerce << kProducts;
        QTest::newRow("support") << int(Role::Support) << commerce << kOrders;
        QTest::newRow("operator") << int(Role::Operator) << commerce + kOperations << kOperations.first();
        QTest::newRow("customer") << int(Role::Customer) << QStringList() << QString(); // not a console user
    }
    void pagesAndLandingPerRole()
    {
        QFETCH(int, role);
        QFETCH(QStringList, pages);
        QFETCH(QString, landing);
        const PageCatalog catalog{Role(role)};
        QCOMPARE(catalog.role(), Role(role));
        QCOMPARE(catalog.pageNames(), pages);
        QCOMPARE(catalog.landingPage(), landing);
        QCOMPARE(catalog.contains(landing), !landing.isEmpty());
        QCOMPARE(catalog.indexOf(QStringLiteral("noSuchPage")), -1);

        for (int position = 0; position < catalog.pages().size(); ++position) {
            const PageDescriptor& page = catalog.pages().at(position);
            QCOMPARE(catalog.indexOf(page.name), position);
            QVERIFY2(!page.title.isEmpty(), qPrintable(page.name));
            QVERIFY2(QFile::exists(page.icon), qPrintable(page.icon));
            QVERIFY2(page.create && page.reload, qPrintable(page.name));
            // Ctrl+1 opens the first page, Ctrl+2 the second …
            QCOMPARE(page.shortcut, QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + position)));
        }
        // Only Products and People create something (Ctrl+N there opens a new product when the role may;
        // a new user or seller on People, depending on the tab).
        for (const PageDescriptor& page : catalog.pages())
            QCOMPARE(bool(page.createNew), page.name == kProducts || page.name == kPeople);
    }

    void shortcutsAreCompleteAndUnique_data() { addRoles(); }
    void shortcutsAreCompleteAndUnique()
    {
        QFETCH(int, role);
        const PageCatalog catalog{Role(role)};
        const QList<ShortcutEntry> entries = md::app::consoleShortcuts(catalog);

        QSet<QString> ids;
        QHash<QKeySequence, QString> owners;
        for (const ShortcutEntry& entry : entries) {
            QVERIFY(!entry.action.isEmpty());
            QVERIFY2(!entry.keys.isEmpty(), qPrintable(entry.action));
            if (!entry.id.isEmpty()) {
                QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
                ids.insert(entry.id);
            }
            for (const QKeySequence& key : entry.keys) {
                QVERIFY2(!key.isEmpty(), qPrintable(entry.action));
                QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1 both for \"%2\" and \"%3\"")
                                                               .arg(key.toString(), owners.value(key), entry.action)));
                owners.insert(key, entry.action);
            }
        }

        // Every action of the window that has keys, whatever the role.
        for (const char* id : {"searchAction", "newAction", "reloadAction", "shortcutsAction", "quitAction"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
        // And one entry per page, with the page's key and title.
        for (const PageDescriptor& page : catalog.pages()) {
            const QString id = QStringLiteral("goToAction_") + page.name;
            QVERIFY2(ids.contains(id), qPrintable(id));
            const auto entry = std::find_if(entries.begin(), entries.end(),
                                            [&id](const ShortcutEntry& candidate) { return candidate.id == id; });
            QCOMPARE(entry->keys, QList<QKeySequence>{page.shortcut});
            QVERIFY2(entry->action.contains(page.title), qPrintable(entry->action));
        }
        // Nothing else: the form keys (no id) and the window's actions above.
        QCOMPARE(ids.size(), 5 + catalog.pages().size());
        for (const QKeySequence& key :
             {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)})
            QVERIFY2(owners.contains(key), qPrintable(key.toString()));
    }
};

QTEST_MAIN(TestPageCatalog)
#include "TestPageCatalog.moc"
