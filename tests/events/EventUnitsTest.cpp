// The pure parts of the live event stream: who may see what (EventFilter), the SSE framing, the
// parsing of md_events notifications, the hub's id bookkeeping and inbox; and the demo seeder's
// deterministic random source and timestamp text.

#include "events/Event.h"
#include "events/EventFilter.h"
#include "events/EventInbox.h"
#include "events/RecentEventIds.h"
#include "events/SseFormat.h"
#include "core/DomainError.h"
#include "seed/DemoRandom.h"
#include "seed/DemoTime.h"
#include "seed/DemoVocabulary.h"

#include <QtTest>

using namespace md;
using namespace md::events;

namespace {

Principal principal(Role role, long long userId, std::optional<long long> sellerId = std::nullopt)
{
    Principal p;
    p.role = role;
    p.userId = userId;
    p.sellerId = sellerId;
    return p;
}

Event makeEvent(const std::string& type, std::optional<long long> sellerId, std::optional<long long> customerId)
{
    Event e;
    e.id = 42;
    e.type = type;
    e.sellerId = sellerId;
    e.customerUserId = customerId;
    return e;
}

} // namespace

class EventUnitsTest : public QObject {
    Q_OBJECT

private slots:
    void filterPolicy_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("ownSeller");   // the event's seller is the viewer's seller
        QTest::addColumn<bool>("ownCustomer"); // the event's customer is the viewer
        QTest::addColumn<bool>("admitted");

        const int admin = int(Role::Admin), support = int(Role::Support), operatorRole = int(Role::Operator),
                  seller = int(Role::Seller), customer = int(Role::Customer);
        QTest::newRow("admin sees any order") << admin << "order.created" << false << false << true;
        QTest::newRow("support sees any order") << support << "order.updated" << false << false << true;
        QTest::newRow("operator sees any order") << operatorRole << "order.created" << false << false << true;
        QTest::newRow("seller sees own") << seller << "order.created" << true << false << true;
        QTest::newRow("seller not another's") << seller << "order.created" << false << true << false;
        QTest::newRow("seller own low stock") << seller << "inventory.low_stock" << true << false << true;
        QTest::newRow("customer own order") << customer << "order.updated" << false << true << true;
        QTest::newRow("customer not another's") << customer << "order.updated" << true << false << false;
        QTest::newRow("deployment: admin") << admin << "deployment.updated" << false << false << true;
        QTest::newRow("deployment: operator") << operatorRole << "deployment.updated" << false << false << true;
        QTest::newRow("deployment: not support") << support << "deployment.updated" << false << false << false;
        QTest::newRow("deployment: not seller even if tagged") << seller << "deployment.updated" << true << false << false;
        QTest::newRow("deployment: not customer") << customer << "deployment.updated" << false << true << false;
    }

    void filterPolicy()
    {
        QFETCH(int, role);
        QFETCH(QString, type);
        QFETCH(bool, ownSeller);
        QFETCH(bool, ownCustomer);
        QFETCH(bool, admitted);
        const long long viewerId = 7, viewerSeller = 3;
        auto viewer = principal(Role(role), viewerId,
                                Role(role) == Role::Seller ? std::optional<long long>(viewerSeller) : std::nullopt);
        auto e = makeEvent(type.toStdString(), ownSeller ? viewerSeller : 99, ownCustomer ? viewerId : 98);
        QCOMPARE(EventFilter(viewer).admits(e), admitted);
    }

    void eventsWithoutOwnerReachOnlyStaff()
    {
        auto e = makeEvent("product.updated", std::nullopt, std::nullopt);
        QVERIFY(EventFilter(principal(Role::Support, 1)).admits(e));
        QVERIFY(!EventFilter(principal(Role::Seller, 1, 3)).admits(e));
        QVERIFY(!EventFilter(principal(Role::Customer, 1)).admits(e));
        // A seller principal without a seller id (impossible by the schema) sees nothing.
        QVERIFY(!EventFilter(principal(Role::Seller, 1)).admits(makeEvent("order.created", std::nullopt, 1)));
    }

    void typesNarrowTheStream()
    {
        auto types = EventFilter::parseTypes(" order.created, ,order.updated ,");
        QCOMPARE(types.size(), std::size_t(2));
        EventFilter filter(principal(Role::Admin, 1), types);
        QVERIFY(filter.admits(makeEvent("order.created", 1, 1)));
        QVERIFY(!filter.admits(makeEvent("inventory.low_stock", 1, 1)));
        QVERIFY(EventFilter::parseTypes("").empty());
    }

    void badTypesAreRefused_data()
    {
        QTest::addColumn<QString>("list");
        QTest::newRow("upper case") << "Order.Created";
        QTest::newRow("punctuation") << "order-created!";
        QTest::newRow("newline") << "order.created\nevent: x";
        QTest::newRow("too long") << QString(65, 'a');
        QString many;
        for (int i = 0; i < 40; ++i) many += QString("t%1,").arg(i);
        QTest::newRow("too many") << many;
    }

    void badTypesAreRefused()
    {
        QFETCH(QString, list);
        try {
            EventFilter::parseTypes(list.toStdString());
            QFAIL("accepted");
        } catch (const DomainError& error) {
            QCOMPARE(error.kind(), ErrorKind::BadRequest);
        }
    }

    void framesAreSingleLineJson()
    {
        Event e = makeEvent("order.created", 1, 2);
        e.id = 1234;
        e.createdAt = "2024-06-01T12:00:00.000Z";
        e.payload = {{"memo", "줄바꿈\n포함 \"따옴표\""}, {"bad_utf8", std::string("\xff\xfe")}};
        const std::string frame = sse::eventFrame(e);
        QVERIFY(frame.rfind("id: 1234\nevent: order.created\ndata: {", 0) == 0);
        QVERIFY(frame.size() > 2 && frame.substr(frame.size() - 2) == "\n\n");
        const std::string data = frame.substr(frame.find("data: ") + 6, frame.size() - frame.find("data: ") - 8);
        QVERIFY2(data.find('\n') == std::string::npos, data.c_str());
        auto json = nlohmann::json::parse(data);
        QCOMPARE(json["id"].get<long long>(), 1234LL);
        QCOMPARE(json["type"].get<std::string>(), std::string("order.created"));
        QCOMPARE(json["created_at"].get<std::string>(), std::string("2024-06-01T12:00:00.000Z"));
        QCOMPARE(json["data"]["memo"].get<std::string>(), std::string("줄바꿈\n포함 \"따옴표\""));
    }

    void controlFrames()
    {
        QCOMPARE(sse::retryFrame(std::chrono::milliseconds(3000)), std::string("retry: 3000\n\n"));
        const std::string reset = sse::resetFrame(77, "outside_window");
        QVERIFY(reset.rfind("id: 77\nevent: reset\ndata: ", 0) == 0);
        auto json = nlohmann::json::parse(reset.substr(reset.find("data: ") + 6));
        QCOMPARE(json["reason"].get<std::string>(), std::string("outside_window"));
        QCOMPARE(json["latest_id"].get<long long>(), 77LL);
        // Nothing stored at all: an empty id clears the client's Last-Event-ID.
        QVERIFY(sse::resetFrame(0, "outside_window").rfind("id: \nevent: reset\n", 0) == 0);
    }

    void parsesNotifications()
    {
        auto full = parseEventNotice(R"({"id":5,"type":"order.created","seller_id":2,"customer_user_id":null,)"
                                     R"("payload":{"number":"MD-1"},"created_at":"2024-06-01T00:00:00.000Z"})");
        QCOMPARE(full.id, 5LL);
        QVERIFY(full.event.has_value());
        QCOMPARE(full.event->sellerId.value(), 2LL);
        QVERIFY(!full.event->customerUserId.has_value());
        QCOMPARE(full.event->payload["number"].get<std::string>(), std::string("MD-1"));

        auto truncated = parseEventNotice(R"({"id":6,"truncated":true})");
        QCOMPARE(truncated.id, 6LL);
        QVERIFY(!truncated.event.has_value());

        for (const char* broken : {"", "[]", "{\"type\":\"x\"}", "{\"id\":0,\"type\":\"x\"}", "{\"id\":\"7\"}",
                                   "{\"id\":7}", "{\"id\":7,\"type\":\"x\",\"seller_id\":\"s\"}"}) {
            bool threw = false;
            try {
                parseEventNotice(broken);
            } catch (const std::exception&) {
                threw = true;
            }
            QVERIFY2(threw, broken);
        }
    }

    void recentIdsAreBounded()
    {
        RecentEventIds ids(3);
        QVERIFY(ids.empty());
        QVERIFY(ids.insert(10));
        QVERIFY(!ids.insert(10));
        QVERIFY(ids.insert(12));
        QVERIFY(ids.insert(11)); // out of commit order
        QCOMPARE(ids.lowest(), 10LL);
        QCOMPARE(ids.highest(), 12LL);
        QVERIFY(ids.insert(13)); // evicts 10, the longest remembered
        QVERIFY(!ids.contains(10));
        QCOMPARE(ids.lowest(), 11LL);
    }

    void inboxOverflowAsksForCatchUp()
    {
        EventInbox inbox(2);
        inbox.push("a");
        inbox.push("b");
        inbox.push("c"); // dropped: the table still has it
        auto batch = inbox.take(std::chrono::milliseconds(0));
        QCOMPARE(batch.payloads.size(), std::size_t(2));
        QVERIFY(batch.catchUp);
        QVERIFY(!inbox.take(std::chrono::milliseconds(0)).catchUp);
        inbox.close();
        QVERIFY(inbox.take(std::chrono::milliseconds(1000)).closed);
    }

    void demoRandomIsDeterministic()
    {
        seed::DemoRandom first(123), second(123), other(124);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const auto a = first.between(-5, 5);
            QCOMPARE(a, second.between(-5, 5));
            QVERIFY(a >= -5 && a <= 5);
            const auto fromFirst = first.next(), fromOther = other.next();
            QCOMPARE(fromFirst, second.next());
            differs = differs || fromFirst != fromOther;
        }
        QVERIFY(differs);
        QCOMPARE(seed::DemoRandom(9).weighted({0, 0, 1}), std::size_t(2));
    }

    void demoTimestamps()
    {
        using namespace md::seed;
        QCOMPARE(timestampText(0), std::string("1970-01-01 00:00:00.000000+00"));
        // 2024-02-29 23:59:59.5 UTC, a leap day, is already March 1st in Korea.
        const Micros leapDay = 1709251199LL * kMicrosPerSecond + 500000;
        QCOMPARE(timestampText(leapDay), std::string("2024-02-29 23:59:59.500000+00"));
        QCOMPARE(utcDateDigits(leapDay), std::string("20240229"));
        QCOMPARE(koreanHour(leapDay), 8);
        QCOMPARE(timestampText(-kMicrosPerSecond), std::string("1969-12-31 23:59:59.000000+00"));
    }

    void demoVocabularyIsReadFromItsDataFile()
    {
        // seed/DemoVocabulary.json, compiled in: every named list resolves, every item has a sane
        // price range, and the category order the sellers refer to (demoSellers()) holds.
        const auto& categories = seed::demoCategories();
        QCOMPARE(categories.size(), std::size_t(10));
        QCOMPARE(categories.front().name, std::string("패션의류"));
        QCOMPARE(categories.back().name, std::string("가구/인테리어"));
        std::size_t items = 0;
        for (const auto& category : categories) {
            QVERIFY(!category.brands.empty() && !category.descriptors.empty() && !category.sentences.empty());
            QCOMPARE(category.attributes.size(), category.attributeValues.size());
            QVERIFY(category.typicalStockLow > 0 && category.typicalStockLow < category.typicalStockHigh);
            for (const auto& item : category.items) {
                QVERIFY2(item.minPrice > 0 && item.minPrice <= item.maxPrice, item.name.c_str());
                ++items;
            }
        }
        QCOMPARE(items, std::size_t(107));
        QCOMPARE(categories[0].items[0].options, (std::vector<std::string>{"S", "M", "L", "XL", "2XL", "FREE"}));
        QCOMPARE(categories[2].items[0].attributes.front(), (std::pair<std::string, std::string>{"origin", "제주산"}));
        for (const auto& seller : seed::demoSellers()) {
            for (std::size_t category : seller.categories) QVERIFY(category < categories.size());
        }
    }
};

QTEST_GUILESS_MAIN(EventUnitsTest)
#include "EventUnitsTest.moc"
