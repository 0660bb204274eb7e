// Ownership across tenants: seller B can never read or change seller A's products, inventory or
// orders, and customer B never sees customer A's order. The answer is 404 (existence does not
// leak), lists simply do not contain the other tenant's rows, and nothing changes.

#include "MarketplaceScenario.h"

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <memory>

using namespace md::test;

class OwnershipTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        m_scenario = std::make_unique<MarketplaceScenario>(m_stack.fixtures());
        MD_REQUIRE(m_scenario->build());
        MD_REQUIRE(m_paidOrder = m_scenario->freshPaidOrder());
        // Seller B and customer B have rows of their own, so "not in the list" is never vacuous.
        nlohmann::json productB;
        MD_REQUIRE(productB = m_stack.fixtures().createProduct(Role::SellerB, {{"title", "Seller B product"}}));
        m_productB = productB["id"].get<long long>();
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerB, m_productB, 50));
        std::string customerBToken;
        MD_REQUIRE(customerBToken = m_stack.fixtures().token(Role::CustomerB));
        HttpResponse orderB =
            m_stack.server()
                .client(customerBToken)
                .post("/api/v1/orders", {{"items", {{{"product_id", m_productB}, {"quantity", 1}}}},
                                         {"shipping_address", MarketplaceScenario::shippingAddress()}});
        QVERIFY2(orderB.status == 201, orderB.describe().c_str());
        m_orderB = orderB.json()["id"].get<long long>();
        m_productBefore = productRow();
        m_orderBefore = orderRow();
    }

    void sellerBGetsNotFoundForSellerAsObjects_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("read product") << "GET"
                                      << "/api/v1/products/{product}" << QByteArray();
        QTest::newRow("patch product") << "PATCH"
                                       << "/api/v1/products/{product}" << QByteArray("{\"title\":\"stolen\"}");
        QTest::newRow("patch product with If-Match")
            << "PATCH"
            << "/api/v1/products/{product}#if-match" << QByteArray("{\"price_cents\":1}");
        QTest::newRow("delete product") << "DELETE"
                                        << "/api/v1/products/{product}" << QByteArray();
        QTest::newRow("read stock") << "GET"
                                    << "/api/v1/inventory/{product}" << QByteArray();
        QTest::newRow("adjust stock") << "POST"
                                      << "/api/v1/inventory/{product}/adjustments"
                                      << QByteArray("{\"delta\":-5,\"reason\":\"stolen\"}");
        QTest::newRow("read movements") << "GET"
                                        << "/api/v1/inventory/{product}/movements" << QByteArray();
        QTest::newRow("read order") << "GET"
                                    << "/api/v1/orders/{order}" << QByteArray();
        QTest::newRow("transition order")
            << "POST"
            << "/api/v1/orders/{order}/transitions" << QByteArray("{\"to\":\"cancelled\",\"reason\":\"stolen\"}");
        QTest::newRow("refund order") << "POST"
                                      << "/api/v1/orders/{paid_order}/refunds"
                                      << QByteArray("{\"amount_cents\":100,\"reason\":\"stolen\"}");
        QTest::newRow("note on order") << "POST"
                                       << "/api/v1/orders/{order}/notes" << QByteArray("{\"body\":\"stolen\"}");
    }

    void sellerBGetsNotFoundForSellerAsObjects()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        HttpHeaders headers{{"Content-Type", "application/json"}};
        if (path.endsWith(QLatin1String("#if-match"))) {
            path.chop(9);
            headers.emplace_back("If-Match", "\"1\"");
        }
        std::string token;
        MD_REQUIRE(token = m_stack.fixtures().token(Role::SellerB));
        HttpClient sellerB = m_stack.server().client(token);
        HttpResponse response = sellerB.request(method.toStdString(), expand(path), body.toStdString(), headers);
        QVERIFY2(response.status == 404, response.describe().c_str());
        QVERIFY2(response.body.find("Security scenario product") == std::string::npos, "the 404 leaks the product");
        verifyNothingChanged();
    }

    void customerBGetsNotFoundForCustomerAsOrder()
    {
        std::string token;
        MD_REQUIRE(token = m_stack.fixtures().token(Role::CustomerB));
        HttpClient customerB = m_stack.server().client(token);
        HttpResponse response = customerB.get(expand(QStringLiteral("/api/v1/orders/{order}")));
        QVERIFY2(response.status == 404, response.describe().c_str());
        HttpResponse list = customerB.get("/api/v1/orders?limit=500");
        QVERIFY2(list.status == 200, list.describe().c_str());
        QVERIFY2(containsId(list, "id", m_orderB), list.describe().c_str());
        for (const auto& item : list.items())
            QVERIFY(item.value("id", 0LL) != m_scenario->order());
        // Customers cannot act on orders at all.
        HttpResponse note = customerB.post(expand(QStringLiteral("/api/v1/orders/{order}/notes")), {{"body", "x"}});
        QVERIFY2(note.status == 403 || note.status == 404, note.describe().c_str());
        verifyNothingChanged();
    }

    void sellerBListsDoNotContainSellerAsRows()
    {
        std::string token;
        MD_REQUIRE(token = m_stack.fixtures().token(Role::SellerB));
        HttpClient sellerB = m_stack.server().client(token);
        const long long sellerA = m_stack.fixtures().sellerAId();

        HttpResponse products = sellerB.get("/api/v1/products?limit=500");
        QVERIFY2(products.status == 200, products.describe().c_str());
        QVERIFY2(containsId(products, "id", m_productB), products.describe().c_str());
        for (const auto& item : products.items())
            QVERIFY(item.value("seller_id", 0LL) != sellerA);

        // Asking for seller A explicitly must not widen the scope.
        HttpResponse filtered = sellerB.get("/api/v1/products?seller_id=" + std::to_string(sellerA));
        if (filtered.status == 200)
            for (const auto& item : filtered.items())
                QVERIFY(item.value("seller_id", 0LL) != sellerA);
        else
            QVERIFY2(filtered.status == 400 || filtered.status == 403 || filtered.status == 422,
                     filtered.describe().c_str());

        HttpResponse inventory = sellerB.get("/api/v1/inventory?limit=500");
        QVERIFY2(inventory.status == 200, inventory.describe().c_str());
        QVERIFY2(containsId(inventory, "product_id", m_productB), inventory.describe().c_str());
        for (const auto& item : inventory.items())
            QVERIFY(item.value("product_id", 0LL) != m_scenario->product());

        HttpResponse orders = sellerB.get("/api/v1/orders?limit=500");
        QVERIFY2(orders.status == 200, orders.describe().c_str());
        QVERIFY2(containsId(orders, "id", m_orderB), orders.describe().c_str());
        for (const auto& item : orders.items()) {
            QVERIFY(item.value("id", 0LL) != m_scenario->order());
            QVERIFY(item.value("id", 0LL) != m_paidOrder);
        }

        HttpResponse exported = sellerB.get("/api/v1/products/export");
        QVERIFY2(exported.status == 200, exported.describe().c_str());
        QVERIFY2(exported.body.find(m_scenario->productSku()) == std::string::npos,
                 "seller B's export has seller A's sku");
        QVERIFY2(exported.body.find("Seller B product") != std::string::npos, exported.describe().c_str());
    }

    void sellerBCannotCreateOrImportForSellerA()
    {
        std::string token;
        MD_REQUIRE(token = m_stack.fixtures().token(Role::SellerB));
        HttpClient sellerB = m_stack.server().client(token);
        const std::string sellerA = std::to_string(m_stack.fixtures().sellerAId());
        HttpResponse created = sellerB.post("/api/v1/products", {{"seller_id", m_stack.fixtures().sellerAId()},
                                                                 {"sku", "PLANTED-1"},
                                                                 {"title", "Planted"},
                                                                 {"price_cents", 1}});
        QVERIFY2(created.status == 403 || created.status == 422, created.describe().c_str());

        HttpResponse imported = sellerB.request(
            "POST", "/api/v1/products/import?partial=true",
            "seller_id,sku,title,price_cents\n" + sellerA + ",PLANTED-2,Planted,1\n", {{"Content-Type", "text/csv"}});
        QVERIFY2(imported.status == 403 || imported.status == 422 ||
                     (imported.status == 200 && imported.json().value("created", -1) == 0),
                 imported.describe().c_str());
        QCOMPARE(m_stack.database().scalar("SELECT count(*) FROM products WHERE sku LIKE 'PLANTED-%'"),
                 std::string("0"));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    static bool containsId(const HttpResponse& list, const char* field, long long id)
    {
        for (const auto& item : list.items())
            if (item.value(field, 0LL) == id) return true;
        return false;
    }

    std::string expand(const QString& path) const
    {
        QString result = path;
        result.replace(QLatin1String("{product}"), QString::number(m_scenario->product()));
        result.replace(QLatin1String("{order}"), QString::number(m_scenario->order()));
        result.replace(QLatin1String("{paid_order}"), QString::number(m_paidOrder));
        return result.toStdString();
    }

    std::string productRow()
    {
        return m_stack.database().scalar(
            "SELECT row_to_json(x)::text FROM (SELECT p.title, p.price_cents, p.status, p.version, "
            "i.on_hand, i.reserved, i.version AS stock_version FROM products p JOIN inventory i "
            "ON i.product_id = p.id WHERE p.id = " +
            std::to_string(m_scenario->product()) + ") x");
    }

    std::string orderRow()
    {
        return m_stack.database().scalar(
            "SELECT json_agg(x ORDER BY x.id)::text FROM (SELECT o.id, o.status, o.version, "
            "(SELECT count(*) FROM order_notes n WHERE n.order_id = o.id) AS notes, "
            "(SELECT count(*) FROM refunds r WHERE r.order_id = o.id) AS refunds FROM orders o WHERE o.id IN (" +
            std::to_string(m_scenario->order()) + "," + std::to_string(m_paidOrder) + ")) x");
    }

    void verifyNothingChanged()
    {
        QCOMPARE(productRow(), m_productBefore);
        QCOMPARE(orderRow(), m_orderBefore);
    }

    ServerStack m_stack;
    std::unique_ptr<MarketplaceScenario> m_scenario;
    long long m_paidOrder = 0;
    long long m_productB = 0;
    long long m_orderB = 0;
    std::string m_productBefore;
    std::string m_orderBefore;
};

QTEST_GUILESS_MAIN(OwnershipTest)
#include "OwnershipTest.moc"
