// `marketdesk-server seed-demo`: it loads the documented marketplace (sellers, staff, customers,
// products, thirty days of orders in every state), the data is consistent with itself (reserved
// stock equals what open orders hold, movements add up to the levels, refunds to the refunded
// amounts, no negative stock), the accounts sign in with the demo password, a second run refuses
// and changes nothing, and the same seed gives the same data.

#include "support/ServerCommand.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;
using namespace std::chrono_literals;

namespace {

ProcessResult seedDemo(const TestDatabase& database, const QStringList& extra = {})
{
    return ServerCommand::run(QStringList{"seed-demo"} + extra,
                              {{"MARKETDESK_DATABASE_URL", QString::fromStdString(database.url())}}, {}, 300s);
}

long long count(TestDatabase& database, const std::string& sql) { return std::stoll(database.scalar(sql)); }

} // namespace

class SeedDemoTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_database = std::make_unique<TestDatabase>());
        m_result = seedDemo(*m_database);
        QVERIFY2(m_result.succeeded(), qPrintable(m_result.standardError));
    }

    void summaryNamesTheAccounts()
    {
        const QString out = m_result.standardOutput;
        for (const char* expected : {"admin@marketdesk.kr", "support@marketdesk.kr", "ops@marketdesk.kr",
                                     "seller1@marketdesk.kr", "seller8@marketdesk.kr", "marketdesk-demo", "3,000 products",
                                     "4,000 orders"})
            QVERIFY2(out.contains(QString::fromUtf8(expected)), qPrintable(out));
    }

    void loadsTheDocumentedMarketplace()
    {
        QCOMPARE(count(*m_database, "SELECT count(*) FROM sellers"), 8LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM users WHERE role = 'customer'"), 300LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM users WHERE role = 'seller'"), 8LL);
        QCOMPARE(m_database->scalar("SELECT string_agg(role, ',' ORDER BY role) FROM users WHERE email IN "
                                    "('admin@marketdesk.kr', 'support@marketdesk.kr', 'ops@marketdesk.kr')"),
                 std::string("admin,operator,support"));
        QCOMPARE(count(*m_database, "SELECT count(*) FROM products"), 3000LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders"), 4000LL);
        // Korean shop names, titles and customer names; the ten categories.
        QCOMPARE(m_database->scalar("SELECT name FROM sellers ORDER BY id LIMIT 1"), std::string("한빛패션"));
        QCOMPARE(count(*m_database, "SELECT count(*) FROM products WHERE title ~ '[가-힣]'"), 3000LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM users WHERE role = 'customer' AND display_name ~ '^[가-힣]{2,4}$'"),
                 300LL);
        QCOMPARE(count(*m_database, "SELECT count(DISTINCT category) FROM products"), 10LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM products WHERE category NOT IN ('패션의류', '뷰티', '식품', "
                                    "'가전디지털', '생활용품', '스포츠/레저', '도서', '완구/취미', '반려동물', '가구/인테리어')"),
                 0LL);
        // Every product status and every order state, with partial refunds and all four carriers.
        QCOMPARE(m_database->scalar("SELECT string_agg(DISTINCT status, ',') FROM products"),
                 std::string("active,archived,draft"));
        QCOMPARE(m_database->scalar("SELECT string_agg(DISTINCT status, ',') FROM orders"),
                 std::string("cancelled,delivered,paid,placed,refunded,shipped"));
        QVERIFY(count(*m_database, "SELECT count(*) FROM orders WHERE refunded_cents > 0 AND status <> 'refunded'") > 0);
        QCOMPARE(m_database->scalar("SELECT string_agg(DISTINCT carrier, ',' ORDER BY carrier) FROM orders"),
                 std::string("CJ대한통운,롯데택배,우체국택배,한진택배"));
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders WHERE status IN ('shipped', 'delivered') AND "
                                    "(carrier IS NULL OR tracking_number !~ '^[0-9]{12,13}$' OR shipped_at IS NULL)"),
                 0LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders WHERE status = 'cancelled' AND "
                                    "(cancel_reason IS NULL OR cancelled_at IS NULL)"),
                 0LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders WHERE created_at < now() - interval '31 days' "
                                    "OR created_at > now()"),
                 0LL);
        // Order numbers in the format the database gives orders it places (md_place_orders), written
        // by the seeder through orders/OrderNumber.
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders WHERE number <> 'MD-' || to_char(created_at AT TIME "
                                    "ZONE 'UTC', 'YYYYMMDD') || '-' || lpad(id::text, greatest(7, length(id::text)), '0')"),
                 0LL);
        QVERIFY(count(*m_database, "SELECT count(*) FROM order_notes") > 0);
        QVERIFY(count(*m_database, "SELECT count(*) FROM inventory WHERE on_hand = reserved") > 0); // sold out
    }

    void dataIsConsistent()
    {
        // Reserved stock is exactly what placed and paid orders hold.
        QCOMPARE(count(*m_database,
                       "SELECT count(*) FROM inventory i LEFT JOIN (SELECT oi.product_id, sum(oi.quantity) AS q "
                       "FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.status IN ('placed', 'paid') "
                       "GROUP BY oi.product_id) open ON open.product_id = i.product_id "
                       "WHERE i.reserved <> coalesce(open.q, 0)"),
                 0LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM inventory WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand"),
                 0LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM products p LEFT JOIN inventory i ON i.product_id = p.id "
                                    "WHERE i.product_id IS NULL"),
                 0LL);
        // The movement history adds up to the levels, and on_hand never went negative along the way.
        QCOMPARE(count(*m_database,
                       "SELECT count(*) FROM inventory i JOIN (SELECT product_id, sum(delta) AS d, "
                       "sum(reserved_delta) AS r FROM inventory_movements GROUP BY product_id) m USING (product_id) "
                       "WHERE m.d <> i.on_hand OR m.r <> i.reserved"),
                 0LL);
        QCOMPARE(count(*m_database,
                       "SELECT count(*) FROM (SELECT sum(delta) OVER w AS on_hand, sum(reserved_delta) OVER w AS reserved "
                       "FROM inventory_movements WINDOW w AS (PARTITION BY product_id ORDER BY id)) running "
                       "WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand"),
                 0LL);
        // Shipments took stock out once per shipped line.
        QCOMPARE(count(*m_database,
                       "SELECT count(*) FROM order_items oi JOIN orders o ON o.id = oi.order_id "
                       "WHERE o.shipped_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM inventory_movements m "
                       "WHERE m.order_id = o.id AND m.product_id = oi.product_id AND m.reason = 'order_shipped' "
                       "AND m.delta = -oi.quantity)"),
                 0LL);
        // Money: lines add up to the order, refunds to the refunded amount, refunded means all of it.
        QCOMPARE(count(*m_database,
                       "SELECT count(*) FROM orders o JOIN (SELECT order_id, sum(unit_price_cents * quantity) AS s "
                       "FROM order_items GROUP BY order_id) l ON l.order_id = o.id WHERE l.s <> o.subtotal_cents"),
                 0LL);
        QCOMPARE(count(*m_database,
                       "SELECT count(*) FROM orders o LEFT JOIN (SELECT order_id, sum(amount_cents) AS s FROM refunds "
                       "GROUP BY order_id) r ON r.order_id = o.id WHERE o.refunded_cents <> coalesce(r.s, 0)"),
                 0LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders WHERE (status = 'refunded') <> "
                                    "(refunded_cents > 0 AND refunded_cents = total_cents)"),
                 0LL);
        // One seller per order; prices frozen from that seller's products.
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders o JOIN order_items oi ON oi.order_id = o.id "
                                    "JOIN products p ON p.id = oi.product_id WHERE p.seller_id <> o.seller_id"),
                 0LL);
        // Timelines start with creation and are in time order.
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders o WHERE (SELECT type FROM order_events e "
                                    "WHERE e.order_id = o.id ORDER BY e.id LIMIT 1) IS DISTINCT FROM 'created'"),
                 0LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM (SELECT created_at < lag(created_at) OVER "
                                    "(PARTITION BY order_id ORDER BY id) AS backwards FROM order_events) t WHERE backwards"),
                 0LL);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders o WHERE status <> coalesce((SELECT to_status FROM "
                                    "order_events e WHERE e.order_id = o.id AND to_status IS NOT NULL ORDER BY id DESC "
                                    "LIMIT 1), '')"),
                 0LL);
        // New rows after the demo get fresh ids (the sequences were moved past the loaded ones).
        m_database->execute("INSERT INTO sellers (name) VALUES ('새 판매자')");
        QCOMPARE(count(*m_database, "SELECT max(id) FROM sellers"), 9LL);
        m_database->execute("DELETE FROM sellers WHERE id = 9");
    }

    void accountsSignInWithTheDemoPassword()
    {
        ServerProcess server(*m_database);
        MD_REQUIRE(server.start());
        HttpClient client = server.client();
        const std::string customer = m_database->scalar("SELECT email FROM users WHERE role = 'customer' AND NOT "
                                                        "disabled ORDER BY id LIMIT 1");
        for (const std::string& email : {std::string("admin@marketdesk.kr"), std::string("seller3@marketdesk.kr"), customer}) {
            HttpResponse login = client.post("/api/v1/auth/login", {{"email", email}, {"password", "marketdesk-demo"}});
            QVERIFY2(login.status == 200, (email + ": " + login.describe()).c_str());
        }
        HttpResponse wrong = client.post("/api/v1/auth/login", {{"email", "admin@marketdesk.kr"}, {"password", "wrong-password"}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(server.stop(), 0);
    }

    void secondRunRefusesAndChangesNothing()
    {
        const long long orders = count(*m_database, "SELECT count(*) FROM orders");
        ProcessResult again = seedDemo(*m_database);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.standardError.contains("already has sellers"), qPrintable(again.standardError));
        QCOMPARE(count(*m_database, "SELECT count(*) FROM orders"), orders);
        QCOMPARE(count(*m_database, "SELECT count(*) FROM sellers"), 8LL);
    }

    void sameSeedSameData()
    {
        // Small sizes, on two fresh databases; a staff account made beforehand is kept, not duplicated.
        TestDatabase first, second;
        first.execute("INSERT INTO users (email, password_hash, role, display_name) "
                      "VALUES ('admin@marketdesk.kr', 'x', 'admin', '기존 관리자')");
        const QStringList small = {"--products", "200", "--orders", "300", "--password", "another-password"};
        ProcessResult a = seedDemo(first, small), b = seedDemo(second, small);
        QVERIFY2(a.succeeded(), qPrintable(a.standardError));
        QVERIFY2(b.succeeded(), qPrintable(b.standardError));
        QVERIFY(a.standardOutput.contains("already existed"));
        QCOMPARE(count(first, "SELECT count(*) FROM users WHERE lower(email) = 'admin@marketdesk.kr'"), 1LL);
        QCOMPARE(first.scalar("SELECT password_hash FROM users WHERE email = 'admin@marketdesk.kr'"), std::string("x"));
        const std::string products =
            "SELECT md5(string_agg(sku || title || price_cents || status || category, ',' ORDER BY sku)) FROM products";
        // What was bought by whom; statuses are left out, since where "now" cuts an order's story
        // moves with the clock between the two runs.
        const std::string orders =
            "SELECT md5(string_agg(o.customer_email || ':' || o.subtotal_cents || ':' || i.skus, ',' ORDER BY o.id)) "
            "FROM orders o JOIN (SELECT order_id, string_agg(sku || 'x' || quantity, '+' ORDER BY id) AS skus "
            "FROM order_items GROUP BY order_id) i ON i.order_id = o.id";
        QCOMPARE(first.scalar(products), second.scalar(products));
        QCOMPARE(first.scalar(orders), second.scalar(orders));
        QCOMPARE(count(first, "SELECT count(*) FROM products"), 200LL);
        QCOMPARE(count(first, "SELECT count(*) FROM orders"), 300LL);
    }

    void refusesBadOptions()
    {
        TestDatabase database;
        for (const QStringList& arguments : {QStringList{"--products", "-1"}, QStringList{"--orders", "lots"},
                                             QStringList{"--password", "short"}}) {
            ProcessResult refused = seedDemo(database, arguments);
            QVERIFY2(refused.exitCode != 0, qPrintable(arguments.join(' ')));
            QVERIFY(!refused.standardError.isEmpty());
        }
        QCOMPARE(count(database, "SELECT count(*) FROM sellers"), 0LL);
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    ProcessResult m_result;
};

QTEST_GUILESS_MAIN(SeedDemoTest)
#include "SeedDemoTest.moc"
