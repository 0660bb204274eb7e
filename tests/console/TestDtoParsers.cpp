// Offline tests of the DTO parsers and request bodies: what the console accepts from the server,
// what it rejects (naming the field), and what it sends.

#include "TestJson.h"

#include "models/dto/InventoryItem.h"
#include "models/dto/InventoryMovement.h"
#include "models/dto/JsonReader.h"
#include "models/dto/Order.h"
#include "models/dto/OrderDetail.h"
#include "models/dto/Product.h"
#include "models/dto/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace md::models;

namespace {

const char* ProductJson =
    R"({)"
    R"("id": 42, "seller_id": 3, "sku": "JK-001", "title": "겨울 패딩 자켓", "description": "따뜻한 오리털",)"
    R"("category": "의류", "price_cents": 129000, "compare_at_cents": null, "currency": "KRW", "status": "active",)"
    R"("attributes": {"색상": "검정"}, "images": ["https://img.example.kr/1.jpg"], "version": 7,)"
    R"("created_at": "2024-11-01T09:00:00Z", "updated_at": "2024-11-02T10:30:00.123456Z")"
    R"(})";

} // namespace

class TestDtoParsers : public QObject {
    Q_OBJECT
private slots:
    void parsesProductWithKoreanText()
    {
        QString error;
        const auto product = parseProduct(json(ProductJson), &error);
        QVERIFY2(product, qPrintable(error));
        QCOMPARE(product->id, 42);
        QCOMPARE(product->sellerId, 3);
        QCOMPARE(product->title, QStringLiteral("겨울 패딩 자켓"));
        QCOMPARE(product->category, QStringLiteral("의류"));
        QCOMPARE(product->priceCents, 129000);
        QVERIFY(!product->compareAtCents);
        QCOMPARE(product->status, ProductStatus::Active);
        QCOMPARE(product->attributes.value(QStringLiteral("색상")).toString(), QStringLiteral("검정"));
        QCOMPARE(product->images, QStringList{QStringLiteral("https://img.example.kr/1.jpg")});
        QCOMPARE(product->version, 7);
        QCOMPARE(product->updatedAt, QDateTime(QDate(2024, 11, 2), QTime(10, 30, 0, 123), Qt::UTC));
    }

    void rejectsBrokenProduct_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("missing id") << "id" << QJsonValue(QJsonValue::Undefined) << "product.id: missing";
        QTest::newRow("fractional price")
            << "price_cents" << QJsonValue(12.5) << "product.price_cents: expected an integer";
        QTest::newRow("price as string") << "price_cents" << QJsonValue(QStringLiteral("1000"))
                                         << "product.price_cents: expected an integer";
        QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("deleted"))
                                        << "product.status: unknown status 'deleted'";
        QTest::newRow("bad timestamp") << "created_at" << QJsonValue(QStringLiteral("yesterday"))
                                       << "product.created_at: not an RFC 3339 timestamp: yesterday";
        QTest::newRow("images not strings")
            << "images" << QJsonValue(QJsonArray{1, 2}) << "product.images: expected an array of strings";
        QTest::newRow("title null") << "title" << QJsonValue(QJsonValue::Null) << "product.title: expected a string";
    }
    void rejectsBrokenProduct()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedError);
        QJsonObject object = json(ProductJson);
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        QString error;
        QVERIFY(!parseProduct(object, &error));
        QCOMPARE(error, expectedError);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2024, 5, 1), QTime(9, 30, 0), Qt::UTC);
        QTest::newRow("Z") << "2024-05-01T09:30:00Z" << base;
        QTest::newRow("milliseconds") << "2024-05-01T09:30:00.250Z" << base.addMSecs(250);
        QTest::newRow("microseconds") << "2024-05-01T09:30:00.250999Z" << base.addMSecs(250);
        QTest::newRow("offset") << "2024-05-01T18:30:00+09:00" << base;
        QTest::newRow("postgres text") << "2024-05-01 18:30:00.5+09" << base.addMSecs(500);
        QTest::newRow("no offset is UTC") << "2024-05-01T09:30:00" << base;
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseTimestamp(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void rejectsIntegersBeyondDoublePrecision()
    {
        QJsonObject object = json(ProductJson);
        object.insert(QStringLiteral("price_cents"), 1e17);
        QString error;
        QVERIFY(!parseProduct(object, &error));
        QVERIFY(error.contains(QStringLiteral("price_cents")));
    }

    void patchBodyCarriesOnlyChangedFields()
    {
        const Product product = *parseProduct(json(ProductJson));
        const ProductDraft original = ProductDraft::fromProduct(product);
        ProductDraft edited = original;
        QCOMPARE(productPatchBody(original, edited), QJsonObject());

        edited.title = QStringLiteral("겨울 롱패딩");
        edited.priceCents = 99000;
        edited.compareAtCents = 150000;
        QCOMPARE(productPatchBody(original, edited),
                 (QJsonObject{{QStringLiteral("title"), QStringLiteral("겨울 롱패딩")},
                              {QStringLiteral("price_cents"), 99000},
                              {QStringLiteral("compare_at_cents"), 150000}}));

        // Clearing compare-at sends an explicit null so the server removes it.
        ProductDraft withCompare = original;
        withCompare.compareAtCents = 150000;
        ProductDraft cleared = withCompare;
        cleared.compareAtCents.reset();
        const QJsonObject body = productPatchBody(withCompare, cleared);
        QVERIFY(body.contains(QStringLiteral("compare_at_cents")));
        QVERIFY(body.value(QStringLiteral("compare_at_cents")).isNull());
    }

    void createBodyHasEveryField()
    {
        ProductDraft draft;
        draft.sku = QStringLiteral("TEA-9");
        draft.title = QStringLiteral("제주 녹차");
        draft.priceCents = 15000;
        draft.status = ProductStatus::Active;
        const QJsonObject body = productCreateBody(draft);
        QCOMPARE(body.value(QStringLiteral("sku")).toString(), QStringLiteral("TEA-9"));
        QCOMPARE(body.value(QStringLiteral("title")).toString(), QStringLiteral("제주 녹차"));
        QCOMPARE(body.value(QStringLiteral("price_cents")).toInteger(), 15000);
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(body.value(QStringLiteral("currency")).toString(), QStringLiteral("KRW"));
        QVERIFY(!body.contains(QStringLiteral("seller_id")));
        QVERIFY(!body.contains(QStringLiteral("compare_at_cents")));
        draft.sellerId = 5;
        QCOMPARE(productCreateBody(draft).value(QStringLiteral("seller_id")).toInteger(), 5);
    }

    void parsesUser()
    {
        const auto seller =
            parseUser(json(R"({"id":9,"email":"s@x.kr","role":"seller","seller_id":3,"display_name":"김셀러"})"));
        QVERIFY(seller);
        QCOMPARE(seller->role, Role::Seller);
        QCOMPARE(seller->sellerId, 3);
        QCOMPARE(seller->preferredName(), QStringLiteral("김셀러"));
        const auto admin = parseUser(json(R"({"id":1,"email":"a@x.kr","role":"admin","seller_id":null})"));
        QVERIFY(admin);
        QVERIFY(!admin->sellerId);
        QCOMPARE(admin->preferredName(), QStringLiteral("a@x.kr"));
        QString error;
        QVERIFY(!parseUser(json(R"({"id":1,"email":"a@x.kr","role":"root"})"), &error));
        QCOMPARE(error, QStringLiteral("user.role: unknown role 'root'"));
    }

    void parsesInventory()
    {
        const auto item = parseInventoryItem(json(
            R"({"product_id":5,"sku":"A","title":"사과","on_hand":10,"reserved":7,"available":3,"low_stock_threshold":5,"version":2})"));
        QVERIFY(item);
        QCOMPARE(item->available, 3);
        QVERIFY(item->isLowStock());
        QString error;
        QVERIFY(!parseInventoryItem(
            json(
                R"({"product_id":5,"sku":"A","title":"사과","on_hand":1,"reserved":7,"available":0,"low_stock_threshold":5})"),
            &error));
        QVERIFY(error.contains(QStringLiteral("inconsistent stock")));

        const auto movement = parseInventoryMovement(json(
            R"({"id":3,"delta":-2,"reason":"파손","order_id":null,"actor":"s@x.kr","created_at":"2024-05-01T00:00:00Z"})"));
        QVERIFY(movement);
        QCOMPARE(movement->delta, -2);
        QCOMPARE(movement->reason, QStringLiteral("파손"));
        QCOMPARE(movement->actor, QStringLiteral("s@x.kr"));
        QVERIFY(!movement->orderId);
    }

    void parsesOrderDetail()
    {
        const auto detail = parseOrderDetail(json(
            R"({)"
            R"("id": 7, "number": "MD-20241102-0007", "seller_id": 3, "customer_email": "c@x.kr", "status": "paid",)"
            R"("currency": "KRW", "subtotal_cents": 30000, "total_cents": 30000, "refunded_cents": 5000,)"
            R"("shipping_address": {"name": "홍길동", "phone": "010-1234-5678", "postal_code": "06236",)"
            R"("city": "서울특별시 강남구", "line1": "테헤란로 123", "line2": "4층"},)"
            R"("version": 3, "created_at": "2024-11-02T01:00:00Z", "updated_at": "2024-11-02T02:00:00Z",)"
            R"("items": [{"product_id": 42, "sku": "JK-001", "title": "자켓", "unit_price_cents": 15000, "quantity": 2}],)"
            R"("events": [{"type": "created", "to_status": "placed", "created_at": "2024-11-02T01:00:00Z"},)"
            R"({"type": "transition", "from_status": "placed", "to_status": "paid",)"
            R"("actor": {"email": "support@x.kr"}, "created_at": "2024-11-02T02:00:00Z"}],)"
            R"("notes": [{"id": 1, "author": "support@x.kr", "body": "고객 요청으로 포장 강화", "created_at": "2024-11-02T02:10:00Z"}],)"
            R"("refunds": [{"id": 1, "amount_cents": 5000, "reason": "지연 보상", "created_at": "2024-11-02T02:20:00Z"}])"
            R"(})"));
        QVERIFY(detail);
        QCOMPARE(detail->order.status, OrderStatus::Paid);
        QCOMPARE(detail->order.refundableCents(), 25000);
        QCOMPARE(detail->order.itemCount, 1);
        QCOMPARE(detail->lines.size(), 1);
        QCOMPARE(detail->lines.first().lineTotalCents(), 30000);
        QCOMPARE(detail->timeline.size(), 2);
        QCOMPARE(detail->timeline.at(1).fromStatus, OrderStatus::Placed);
        QCOMPARE(detail->timeline.at(1).actor, QStringLiteral("support@x.kr"));
        QCOMPARE(detail->notes.first().body, QStringLiteral("고객 요청으로 포장 강화"));
        QCOMPARE(detail->refunds.first().amountCents, 5000);
        QCOMPARE(formatShippingAddress(detail->order.shippingAddress),
                 (QStringList{QStringLiteral("홍길동 · 010-1234-5678"),
                              QStringLiteral("(06236) 서울특별시 강남구 테헤란로 123 4층")}));
    }

    // An operator's view (API.md "Roles"): the personal fields are null and the order says so.
    void parsesOrderWithPersonalDataWithheld()
    {
        QString error;
        const auto detail = parseOrderDetail(
            json(R"({"id":7,"number":"MD-7","status":"paid","total_cents":1000,"customer_user_id":5,)"
                 R"("customer_email":null,"shipping_address":null,"personal_data_redacted":true,)"
                 R"("created_at":"2024-11-02T01:00:00Z","items":[],"events":[{"id":1,"type":"created",)"
                 R"("to_status":"placed","actor":null,"created_at":"2024-11-02T01:00:00Z"}],"notes":[],"refunds":[]})"),
            &error);
        QVERIFY2(detail, qPrintable(error));
        QVERIFY(detail->order.personalDataRedacted);
        QVERIFY(detail->order.customerEmail.isEmpty());
        QVERIFY(detail->order.shippingAddress.isEmpty());
        QVERIFY(detail->timeline.first().actor.isEmpty());
        const auto listed = parseOrder(json(R"({"id":7,"number":"MD-7","status":"paid","total_cents":1000,)"
                                            R"("customer_email":"a@x.kr","created_at":"2024-11-02T01:00:00Z"})"));
        QVERIFY(listed && !listed->personalDataRedacted);
    }

    void rejectsBrokenOrderLine()
    {
        QString error;
        QVERIFY(!parseOrderDetail(
            json(R"({"id":7,"number":"N","status":"paid","total_cents":1,)"
                 R"("created_at":"2024-11-02T01:00:00Z","items":[{"product_id":1,"title":"x","quantity":1}]})"),
            &error));
        QCOMPARE(error, QStringLiteral("order.items[0].unit_price_cents: missing"));
    }

    void orderActionsFollowStateAndRole_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<Role>("role");
        QTest::addColumn<qint64>("refundable");
        QTest::addColumn<QList<OrderAction>>("expected");
        using A = OrderAction;
        QTest::newRow("placed/support") << OrderStatus::Placed << Role::Support << qint64(100)
                                        << QList<A>{A::MarkPaid, A::Cancel, A::AddNote};
        // Recording a payment is for support and admins: a seller may cancel their order, not pay it.
        QTest::newRow("placed/seller") << OrderStatus::Placed << Role::Seller << qint64(100)
                                       << QList<A>{A::Cancel, A::AddNote};
        QTest::newRow("placed/admin") << OrderStatus::Placed << Role::Admin << qint64(100)
                                      << QList<A>{A::MarkPaid, A::Cancel, A::AddNote};
        QTest::newRow("paid/seller") << OrderStatus::Paid << Role::Seller << qint64(100)
                                     << QList<A>{A::Ship, A::Cancel, A::Refund, A::AddNote};
        QTest::newRow("shipped/admin") << OrderStatus::Shipped << Role::Admin << qint64(100)
                                       << QList<A>{A::MarkDelivered, A::Refund, A::AddNote};
        QTest::newRow("delivered, fully refunded")
            << OrderStatus::Delivered << Role::Support << qint64(0) << QList<A>{A::AddNote};
        QTest::newRow("cancelled") << OrderStatus::Cancelled << Role::Support << qint64(100) << QList<A>{A::AddNote};
        QTest::newRow("operator reads only") << OrderStatus::Paid << Role::Operator << qint64(100) << QList<A>{};
    }
    void orderActionsFollowStateAndRole()
    {
        QFETCH(OrderStatus, status);
        QFETCH(Role, role);
        QFETCH(qint64, refundable);
        QFETCH(QList<OrderAction>, expected);
        QCOMPARE(availableOrderActions(status, role, refundable), expected);
    }

    void roleCapabilitiesMirrorTheServerPolicy()
    {
        QVERIFY(roleAllows(Role::Seller, Capability::EditProducts));
        QVERIFY(!roleAllows(Role::Support, Capability::EditProducts));
        QVERIFY(roleAllows(Role::Support, Capability::ViewInventory));
        QVERIFY(!roleAllows(Role::Support, Capability::AdjustInventory));
        QVERIFY(!roleAllows(Role::Operator, Capability::ManageOrders));
        QVERIFY(!roleAllows(Role::Seller, Capability::ChooseSeller));
        QVERIFY(!roleAllows(Role::Customer, Capability::UseConsole));
        QVERIFY(roleAllows(Role::Admin, Capability::AdjustInventory));
        QVERIFY(roleAllows(Role::Support, Capability::RecordPayments));
        QVERIFY(roleAllows(Role::Admin, Capability::RecordPayments));
        QVERIFY(!roleAllows(Role::Seller, Capability::RecordPayments));
        QVERIFY(roleAllows(Role::Seller, Capability::ViewCustomerData));
        QVERIFY(!roleAllows(Role::Operator, Capability::ViewCustomerData));
    }
};

QTEST_GUILESS_MAIN(TestDtoParsers)
#include "TestDtoParsers.moc"
