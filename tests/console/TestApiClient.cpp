// ApiClient's behaviour behind its single finished() signal, against a scripted loopback server:
// the silent refresh (one refresh for many 401s), retries with backoff, the offline flag and the
// recovery probe, and abort() never delivering a late answer.

#include "ScriptedHttpServer.h"

#include "models/api/ApiClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace md::models;

namespace {

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(10);
    policy.maxDelay = std::chrono::milliseconds(40);
    return policy;
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private slots:
    void concurrent401sShareOneRefresh()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest& request) {
            if (request.path() == "/api/v1/auth/refresh") {
                if (!request.body.contains("\"refresh-1\""))
                    return ScriptedResponse::json(401, R"({"error":{"code":"invalid_token","message":"no"}})");
                // Slow, so that every 401 arrives while the refresh is in flight.
                ScriptedResponse response = ScriptedResponse::json(
                    200, R"({"access_token":"access-2","refresh_token":"refresh-2","expires_in":900})");
                response.delayMs = 150;
                return response;
            }
            if (request.headers.value("authorization") != "Bearer access-2")
                return ScriptedResponse::json(401, R"({"error":{"code":"token_expired","message":"expired"}})");
            return ScriptedResponse::json(200, R"({"ok":true})");
        });

        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setTokens(QStringLiteral("access-1"), QStringLiteral("refresh-1"));
        QSignalSpy refreshed(&client, &ApiClient::tokensRefreshed);

        int succeeded = 0;
        for (int i = 0; i < 5; ++i) {
            ApiCall* call = client.get(QStringLiteral("/api/v1/products/%1").arg(i));
            connect(call, &ApiCall::finished, this, [&succeeded](const ApiResult& result) {
                if (result.ok() && result.object().value(QStringLiteral("ok")).toBool()) ++succeeded;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(succeeded, 5, 5000);
        QCOMPARE(server.countRequests("/api/v1/auth/refresh"), 1);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().first().toString(), QStringLiteral("refresh-2"));
        QCOMPARE(client.accessToken(), QStringLiteral("access-2"));
        // A call made after the refresh uses the new token directly.
        ApiCall* later = client.get(QStringLiteral("/api/v1/me"));
        QSignalSpy laterDone(later, &ApiCall::finished);
        QVERIFY(laterDone.wait());
        QCOMPARE(server.countRequests("/api/v1/auth/refresh"), 1);
    }

    void refusedRefreshExpiresTheSession()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) {
            return ScriptedResponse::json(401, R"({"error":{"code":"unauthenticated","message":"no"}})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.setTokens(QStringLiteral("a"), QStringLiteral("revoked"));
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        ApiCall* call = client.get(QStringLiteral("/api/v1/orders"));
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait());
        const auto result = done.first().first().value<ApiResult>();
        QCOMPARE(result.error->httpStatus, 401);
        QCOMPARE(expired.count(), 1);
        QVERIFY(client.refreshToken().isEmpty());
        QCOMPARE(server.countRequests("/api/v1/orders"), 1); // not replayed without a token
    }

    void retriesIdempotentCallsOnTemporaryFailures()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        int attempts = 0;
        server.setHandler([&attempts](const RecordedRequest&) {
            if (++attempts < 3)
                return ScriptedResponse::json(503, R"({"error":{"code":"unavailable","message":"db down"}})");
            return ScriptedResponse::json(200, R"({"items":[],"next_cursor":null})");
        });
        ApiClient client;
        client.setRetryPolicy(fastRetries());
        client.setBaseUrl(QUrl(server.baseUrl()));
        ApiCall* call = client.get(QStringLiteral("/api/v1/products"));
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait());
        QVERIFY(done.first().first().value<ApiResult>().ok());
        QCOMPARE(attempts, 3);
        QCOMPARE(done.count(), 1);
    }

    void doesNotRetryNonIdempotentPosts()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) {
            return ScriptedResponse::json(503, R"({"error":{"code":"unavailable","message":"db down"}})");
        });
        ApiClient client;
        client.setRetryPolicy(fastRetries());
        client.setBaseUrl(QUrl(server.baseUrl()));
        ApiCall* call = client.postJson(QStringLiteral("/api/v1/orders/1/notes"),
                                        QJsonObject{{QStringLiteral("body"), QStringLiteral("메모")}});
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait());
        const auto result = done.first().first().value<ApiResult>();
        QCOMPARE(result.error->httpStatus, 503);
        QCOMPARE(result.error->code, QStringLiteral("unavailable"));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().body, QByteArray(R"({"body":"메모"})"));
    }

    // The answer reaches the caller after the one attempt, even for a POST with an Idempotency-Key
    // that a plain 503 would repeat: repeated, it would come back as some other answer and the
    // caller would never learn that the first attempt may have been applied.
    void outcomeUnknownIsReportedNotRetried()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) {
            ScriptedResponse response = ScriptedResponse::json(
                503, R"({"error":{"code":"outcome_unknown","message":"the connection broke while committing"}})");
            response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1"))); // as the server does
            return response;
        });
        ApiClient client;
        client.setRetryPolicy(fastRetries());
        client.setBaseUrl(QUrl(server.baseUrl()));
        ApiCall* call = client.postJson(
            QStringLiteral("/api/v1/orders/1/refunds"),
            QJsonObject{{QStringLiteral("amount_cents"), 1000}, {QStringLiteral("reason"), QString()}}, "refund-key-1");
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        const auto result = done.first().first().value<ApiResult>();
        QVERIFY(result.error && result.error->isOutcomeUnknown());
        // finished() comes only once the client has given up, so no further attempt can follow.
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().headers.value("idempotency-key"), QByteArray("refund-key-1"));
    }

    void unreachableServerIsOfflineUntilProbeSucceeds()
    {
        // Find a free port, then leave it closed: connections are refused.
        quint16 port = 0;
        {
            ScriptedHttpServer probe;
            QVERIFY(probe.listen());
            port = probe.port();
        }
        ApiClient client;
        client.setRetryPolicy(fastRetries());
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy online(&client, &ApiClient::onlineChanged);
        ApiCall* call = client.get(QStringLiteral("/api/v1/products"));
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(5000));
        const auto result = done.first().first().value<ApiResult>();
        QVERIFY(result.error->offline);
        QCOMPARE(result.error->httpStatus, 0);
        QVERIFY(!client.isOnline());
        QCOMPARE(online.count(), 1);
        QCOMPARE(online.first().first().toBool(), false);

        ScriptedHttpServer server;
        QVERIFY(server.listen(port));
        server.setHandler([](const RecordedRequest&) { return ScriptedResponse::json(200, R"({"status":"ok"})"); });
        client.probeNow();
        QTRY_VERIFY_WITH_TIMEOUT(client.isOnline(), 5000);
        QCOMPARE(server.countRequests("/healthz/live"), 1);
        QCOMPARE(online.last().first().toBool(), true);
    }

    void abortedCallNeverFinishes()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) {
            ScriptedResponse response = ScriptedResponse::json(200, R"({"items":[],"next_cursor":null})");
            response.delayMs = 100;
            return response;
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        ApiCall* slow = client.get(QStringLiteral("/api/v1/products"));
        bool finished = false;
        connect(slow, &ApiCall::finished, this, [&finished] { finished = true; });
        QTRY_COMPARE(server.requests().size(), 1);
        slow->abort();
        ApiCall* next = client.get(QStringLiteral("/api/v1/products"));
        QSignalSpy nextDone(next, &ApiCall::finished);
        QVERIFY(nextDone.wait());
        // Both answers were scheduled with the same delay, the aborted one first: it has been written
        // by now, so one more turn of the event loop would deliver it if abort() leaked.
        QCoreApplication::processEvents();
        QVERIFY(!finished);
    }

    void sendsContractHeaders()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest&) {
            ScriptedResponse response = ScriptedResponse::json(200, R"({"id":1})");
            response.headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"8\"")));
            return response;
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl() + QStringLiteral("/")));
        client.setTokens(QStringLiteral("tok"), QStringLiteral("ref"));
        ApiCall* call = client.patchJson(QStringLiteral("/api/v1/products/1"),
                                         QJsonObject{{QStringLiteral("title"), QStringLiteral("새 이름")}}, 7);
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().value<ApiResult>().etagVersion(), 8);
        const RecordedRequest& request = server.requests().first();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.target, QByteArray("/api/v1/products/1"));
        QCOMPARE(request.headers.value("if-match"), QByteArray("\"7\""));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer tok"));
        QVERIFY(request.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(QString::fromUtf8(request.body), QStringLiteral(R"({"title":"새 이름"})"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
