// The console's session plumbing against the real server: access tokens that expire mid-session are
// refreshed silently (rotating the refresh token), a kept refresh token resumes a session, signing
// out revokes it, customers are turned away, and the live event stream delivers order events.

#include "ConsoleTestSupport.h"

#include "models/events/LiveEvent.h"
#include "models/events/SseClient.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

using namespace md::test;
using md::models::ApiClient;
using md::models::ApiResult;
using md::models::Authenticator;

class TestSessionAgainstServer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.environment.insert(QStringLiteral("MARKETDESK_ACCESS_TOKEN_TTL_SECONDS"), QStringLiteral("10"));
        MD_REQUIRE(m_stack.start(options));
    }

    void expiredAccessTokenIsRefreshedSilently()
    {
        ApiClient client;
        QVERIFY(signIn(client, m_stack.server(), m_stack.fixtures().member(Role::Support).email, Fixtures::password()));
        const QString firstAccess = client.accessToken();
        const QString firstRefresh = client.refreshToken();
        QSignalSpy refreshed(&client, &ApiClient::tokensRefreshed);
        QSignalSpy expired(&client, &ApiClient::sessionExpired);

        // Wait out the 10 s token lifetime (the shortest the server allows) by asking the server until
        // it refuses the old token.
        HttpClient probe = m_stack.server().client(firstAccess.toStdString());
        QVERIFY(QTest::qWaitFor([&] { return probe.get("/api/v1/me").status == 401; }, 20000));

        // Three calls at once: one refresh, three answers. (Each call deletes itself after finishing,
        // so all three are connected before any is waited for.)
        QList<ApiResult> results;
        for (const QString& path :
             {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/orders"), QStringLiteral("/api/v1/products")}) {
            md::models::ApiCall* call = client.get(path);
            connect(call, &md::models::ApiCall::finished, this,
                    [&results](const ApiResult& result) { results.append(result); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 15000);
        for (const ApiResult& result : std::as_const(results))
            QVERIFY2(result.ok(), qPrintable(result.error ? result.error->displayText() : QString()));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(expired.count(), 0);
        QVERIFY(client.accessToken() != firstAccess);
        QVERIFY(client.refreshToken() != firstRefresh); // rotated
        QCOMPARE(refreshed.first().first().toString(), client.refreshToken());
    }

    void keptRefreshTokenResumesAndSignOutRevokesIt()
    {
        ApiClient first;
        QVERIFY(signIn(first, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password()));
        const QString kept = first.refreshToken();

        ApiClient resumed;
        Authenticator authenticator(&resumed);
        QSignalSpy signedIn(&authenticator, &Authenticator::signedIn);
        authenticator.resume(serverUrl(m_stack.server()), kept);
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(signedIn.first().first().value<md::models::User>().email,
                 QString::fromStdString(m_stack.fixtures().member(Role::SellerA).email));
        const QString rotated = resumed.refreshToken();
        QVERIFY(rotated != kept);

        authenticator.signOut();
        QVERIFY(resumed.refreshToken().isEmpty());
        // The server forgets the token: resuming with it now fails (polled: logout is fire-and-forget).
        QVERIFY(QTest::qWaitFor(
            [&] {
                HttpClient http = m_stack.server().client();
                return http.post("/api/v1/auth/refresh", {{"refresh_token", rotated.toStdString()}}).status == 401;
            },
            10000));
        ApiClient again;
        Authenticator secondTry(&again);
        QSignalSpy failed(&secondTry, &Authenticator::signInFailed);
        secondTry.resume(serverUrl(m_stack.server()), rotated);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<md::models::ApiError>().httpStatus, 401);
    }

    void customersAreTurnedAway()
    {
        ApiClient client;
        Authenticator authenticator(&client);
        QSignalSpy failed(&authenticator, &Authenticator::signInFailed);
        authenticator.signIn(serverUrl(m_stack.server()),
                             QString::fromStdString(m_stack.fixtures().member(Role::CustomerA).email),
                             QString::fromStdString(Fixtures::password()));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<md::models::ApiError>().code, QStringLiteral("console_not_allowed"));
        QVERIFY(client.accessToken().isEmpty());
    }

    void liveEventsArriveAndResume()
    {
        ApiClient client;
        QVERIFY(signIn(client, m_stack.server(), m_stack.fixtures().member(Role::SellerA).email, Fixtures::password()));
        md::models::SseClient events(&client);
        QSignalSpy connected(&events, &md::models::SseClient::connectedChanged);
        QSignalSpy received(&events, &md::models::SseClient::eventReceived);
        events.start();
        QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 10000);

        nlohmann::json product;
        MD_REQUIRE(product = m_stack.fixtures().createProduct(Role::SellerA, {{"title", "실시간 테스트 상품"}}));
        MD_REQUIRE(m_stack.fixtures().setStock(Role::SellerA, product["id"].get<long long>(), 10));
        HttpClient customer = m_stack.fixtures().client(Role::CustomerA);
        const auto placeOrder = [&] {
            HttpResponse placed =
                customer.post("/api/v1/orders", {{"items", {{{"product_id", product["id"]}, {"quantity", 1}}}},
                                                 {"shipping_address",
                                                  {{"name", "김철수"},
                                                   {"phone", "010-9876-5432"},
                                                   {"postal_code", "48094"},
                                                   {"city", "부산광역시 해운대구"},
                                                   {"line1", "센텀중앙로 79"}}}});
            return placed.status == 201 ? placed.json()["id"].get<long long>() : 0LL;
        };
        const auto orderEventFor = [&](long long orderId) {
            for (const QList<QVariant>& arguments : std::as_const(received)) {
                const auto live = md::models::parseLiveEvent(arguments.first().value<md::models::SseEvent>());
                if (live.type == QLatin1String("order.created") && live.orderId() == orderId) return true;
            }
            return false;
        };

        const long long first = placeOrder();
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(orderEventFor(first), 10000);
        const QString resumeFrom = events.lastEventId();
        QVERIFY(!resumeFrom.isEmpty());

        // Disconnected while an order is placed: the restarted stream resumes from Last-Event-ID.
        events.stop();
        const long long missed = placeOrder();
        QVERIFY(missed > 0);
        received.clear();
        events.start();
        QTRY_VERIFY_WITH_TIMEOUT(orderEventFor(missed), 10000);
    }

    // The server ends a stream whose access token expired with a session_ended frame: the client
    // refreshes the session at once, resumes, and never hands that frame to the pages as an event.
    void streamEndedByExpiryResumesAfterRefresh()
    {
        ApiClient client;
        QVERIFY(signIn(client, m_stack.server(), m_stack.fixtures().member(Role::Support).email, Fixtures::password()));
        md::models::SseClient events(&client);
        QSignalSpy received(&events, &md::models::SseClient::eventReceived);
        QSignalSpy refreshed(&client, &ApiClient::tokensRefreshed);
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        events.start();
        QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 10000);
        // The 10 s token runs out; the server ends the stream, the client refreshes and reconnects.
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 25000);
        QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 10000);
        QCOMPARE(expired.count(), 0);
        for (const QList<QVariant>& arguments : std::as_const(received))
            QVERIFY2(arguments.first().value<md::models::SseEvent>().type != QLatin1String("session_ended"),
                     "session_ended reached the pages as an event");
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(TestSessionAgainstServer)
#include "TestSessionAgainstServer.moc"
