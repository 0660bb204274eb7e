// Customers' personal data and the operator role (API.md "Roles"): operators read orders without
// the customer's e-mail, name, phone and address, in the order list, the order detail (the
// timeline included), the search and the live event stream (live and replayed), while support and
// the order's seller still see them. The order keeps its shape: the personal fields are null and
// "personal_data_redacted" says so.

#include "MarketplaceScenario.h"

#include "support/HttpStream.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QUrl>
#include <QtTest>

#include <chrono>
#include <memory>

using namespace md::test;
using namespace std::chrono_literals;

namespace {

// What the scenario's orders carry about customer A (MarketplaceScenario::shippingAddress()).
std::vector<std::string> personalTexts(const std::string& email)
{
    return {email, "김민수", "+82 10-1234-5678", "세종대로 110"};
}

std::string missingFrom(const std::string& text, const std::vector<std::string>& secrets)
{
    for (const auto& secret : secrets)
        if (text.find(secret) != std::string::npos) return "leaks '" + secret + "': " + text.substr(0, 2000);
    return {};
}

// The order.created event of orderId on stream, within a bound.
std::optional<SseEvent> createdEvent(HttpStream& stream, long long orderId)
{
    const auto deadline = std::chrono::steady_clock::now() + 15s;
    while (std::chrono::steady_clock::now() < deadline) {
        auto event = stream.readEvent(
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()));
        if (!event) return std::nullopt;
        if (event->type == "order.created" && event->json()["data"]["id"] == orderId) return event;
    }
    return std::nullopt;
}

} // namespace

class PersonalDataTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start());
        m_scenario = std::make_unique<MarketplaceScenario>(m_stack.fixtures());
        MD_REQUIRE(m_scenario->build());
        m_email = m_stack.fixtures().member(Role::CustomerA).email;
    }

    void operatorReadsTheOrderWithoutPersonalData()
    {
        HttpResponse shown = client(Role::Operator).get(orderPath());
        QVERIFY2(shown.status == 200, shown.describe().c_str());
        const std::string leak = missingFrom(shown.body, personalTexts(m_email));
        QVERIFY2(leak.empty(), leak.c_str());
        const nlohmann::json order = shown.json();
        QVERIFY(order["customer_email"].is_null());
        QVERIFY(order["shipping_address"].is_null());
        QCOMPARE(order["personal_data_redacted"], nlohmann::json(true));
        // The rest of the order is there: lines, totals, the timeline (without the customer as actor).
        QCOMPARE(order["id"].get<long long>(), m_scenario->order());
        QCOMPARE(order["items"].size(), std::size_t(1));
        QVERIFY(order["total_cents"].get<long long>() > 0);
        QCOMPARE(order["events"][0]["type"], nlohmann::json("created"));
        QVERIFY(order["events"][0]["actor"].is_null());
        QCOMPARE(order["customer_user_id"].get<long long>(), m_stack.fixtures().member(Role::CustomerA).userId);
    }

    void supportAndTheSellerStillSeeIt_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("support") << static_cast<int>(Role::Support);
        QTest::newRow("seller") << static_cast<int>(Role::SellerA);
        QTest::newRow("admin") << static_cast<int>(Role::Admin);
        QTest::newRow("the customer") << static_cast<int>(Role::CustomerA);
    }

    void supportAndTheSellerStillSeeIt()
    {
        QFETCH(int, role);
        HttpResponse shown = client(Role(role)).get(orderPath());
        QVERIFY2(shown.status == 200, shown.describe().c_str());
        const nlohmann::json order = shown.json();
        QCOMPARE(order["customer_email"], nlohmann::json(m_email));
        QCOMPARE(order["shipping_address"]["name"], nlohmann::json("김민수"));
        QVERIFY(!order.contains("personal_data_redacted"));
    }

    void operatorListsOrdersWithoutPersonalData()
    {
        HttpResponse list = client(Role::Operator).get("/api/v1/orders?limit=500");
        QVERIFY2(list.status == 200 && !list.items().empty(), list.describe().c_str());
        const std::string leak = missingFrom(list.body, {m_email});
        QVERIFY2(leak.empty(), leak.c_str());
        for (const auto& item : list.items()) {
            QVERIFY(item.contains("customer_email") && item["customer_email"].is_null());
            QCOMPARE(item["personal_data_redacted"], nlohmann::json(true));
        }
        HttpResponse staff = client(Role::Support).get("/api/v1/orders?limit=500");
        QVERIFY2(staff.body.find(m_email) != std::string::npos, staff.describe().c_str());
    }

    void operatorCannotFindOrdersByEmail()
    {
        const std::string byEmail =
            "/api/v1/orders?q=" + QUrl::toPercentEncoding(QString::fromStdString(m_email)).toStdString();
        HttpResponse support = client(Role::Support).get(byEmail);
        QVERIFY2(support.status == 200 && !support.items().empty(), support.describe().c_str());
        HttpResponse operatorSearch = client(Role::Operator).get(byEmail);
        QVERIFY2(operatorSearch.status == 200, operatorSearch.describe().c_str());
        QVERIFY2(operatorSearch.items().empty(), operatorSearch.describe().c_str());
        // An e-mail prefix neither.
        HttpResponse prefix = client(Role::Operator).get("/api/v1/orders?q=customer.a");
        QVERIFY2(prefix.status == 200 && prefix.items().empty(), prefix.describe().c_str());
        // Order numbers still work.
        const std::string number = client(Role::Support).get(orderPath()).json()["number"].get<std::string>();
        HttpResponse byNumber = client(Role::Operator).get("/api/v1/orders?q=" + number);
        QVERIFY2(byNumber.status == 200 && byNumber.items().size() == 1, byNumber.describe().c_str());
    }

    void operatorEventsCarryNoPersonalData()
    {
        HttpClient operatorClient = client(Role::Operator);
        HttpClient supportClient = client(Role::Support);
        HttpStream operatorStream = operatorClient.openStream("GET", "/api/v1/events?types=order.created",
                                                              {{"Accept", "text/event-stream"}});
        HttpStream supportStream = supportClient.openStream("GET", "/api/v1/events?types=order.created",
                                                            {{"Accept", "text/event-stream"}});
        QCOMPARE(operatorStream.status(), 200);
        QCOMPARE(supportStream.status(), 200);

        long long order = 0;
        MD_REQUIRE(order = m_scenario->freshOrder());
        auto live = createdEvent(operatorStream, order);
        QVERIFY2(live.has_value(), "order.created did not reach the operator");
        QVERIFY2(missingFrom(live->data, {m_email}).empty(), live->data.c_str());
        QVERIFY(live->json()["data"]["customer_email"].is_null());
        QCOMPARE(live->json()["data"]["personal_data_redacted"], nlohmann::json(true));
        auto staff = createdEvent(supportStream, order);
        QVERIFY2(staff.has_value(), "order.created did not reach support");
        QCOMPARE(staff->json()["data"]["customer_email"], nlohmann::json(m_email));
        operatorStream.close();
        supportStream.close();

        // Resumed from just before it: the replay withholds it the same way.
        const long long eventId = std::stoll(live->id);
        HttpStream resumed = operatorClient.openStream(
            "GET", "/api/v1/events?types=order.created",
            {{"Accept", "text/event-stream"}, {"Last-Event-ID", std::to_string(eventId - 1)}});
        QCOMPARE(resumed.status(), 200);
        auto replayed = createdEvent(resumed, order);
        QVERIFY2(replayed.has_value(), "the replay did not carry order.created");
        QVERIFY2(missingFrom(replayed->data, {m_email}).empty(), replayed->data.c_str());
        QCOMPARE(replayed->json()["data"]["personal_data_redacted"], nlohmann::json(true));
        resumed.close();
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    HttpClient client(Role role) { return m_stack.fixtures().client(role); }
    std::string orderPath() const { return "/api/v1/orders/" + std::to_string(m_scenario->order()); }

    ServerStack m_stack;
    std::unique_ptr<MarketplaceScenario> m_scenario;
    std::string m_email;
};

QTEST_GUILESS_MAIN(PersonalDataTest)
#include "PersonalDataTest.moc"
