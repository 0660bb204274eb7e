// Offline tests of how server errors are read, which failures are retried, and money text.

#include "models/api/ApiError.h"
#include "models/api/ApiResult.h"
#include "models/api/RetryPolicy.h"
#include "models/dto/Money.h"

#include <QTest>

using namespace md::models;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestApiErrorsAndRetries : public QObject {
    Q_OBJECT
private slots:
    void readsContractErrors()
    {
        const ApiError error = ApiError::fromHttpResponse(
            422, R"({"error":{"code":"validation_failed","message":"some fields are invalid",)"
                 R"("details":{"fields":{"title":"1–200 characters","price_cents":"must be ≥ 0"}}}})");
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.code, QStringLiteral("validation_failed"));
        QVERIFY(error.isValidation());
        QVERIFY(!error.offline);
        QCOMPARE(error.fieldErrors.value(QStringLiteral("title")), QStringLiteral("1–200 characters"));
        QCOMPARE(error.fieldErrors.value(QStringLiteral("price_cents")), QStringLiteral("must be ≥ 0"));
    }

    void readsRateLimit()
    {
        const ApiError fromHeader = ApiError::fromHttpResponse(
            429, R"({"error":{"code":"rate_limited","message":"too many requests","details":{}}})", "7");
        QCOMPARE(fromHeader.retryAfterSeconds, 7);
        const ApiError fromDetails = ApiError::fromHttpResponse(
            429, R"({"error":{"code":"rate_limited","message":"x","details":{"retry_after_seconds":3}}})");
        QCOMPARE(fromDetails.retryAfterSeconds, 3);
    }

    void toleratesForeignBodies()
    {
        const ApiError error = ApiError::fromHttpResponse(502, "<html>Bad Gateway</html>");
        QCOMPARE(error.code, QString::fromLatin1(ApiError::HttpErrorCode));
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(!error.displayText().isEmpty());
    }

    void networkErrorsAreOffline()
    {
        QVERIFY(ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused")).offline);
        QVERIFY(ApiError::fromNetworkError(QNetworkReply::TimeoutError, QStringLiteral("timeout")).offline);
        QVERIFY(!ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("tls")).offline);
    }

    void etagVersions()
    {
        QCOMPARE(versionFromEtag("\"7\""), 7);
        QCOMPARE(versionFromEtag("W/\"12\""), 12);
        QCOMPARE(versionFromEtag("3"), 3);
        QVERIFY(!versionFromEtag("\"abc\""));
        QVERIFY(!versionFromEtag(""));
    }

    void retryDecisions_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<bool>("idempotencyKey");
        QTest::addColumn<int>("retriesSoFar");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("retryAfter"); // -1: none
        QTest::addColumn<int>("expectedMs"); // -1: give up
        const int get = int(HttpMethod::Get), post = int(HttpMethod::Post), patch = int(HttpMethod::Patch);
        const int none = QNetworkReply::NoError;
        QTest::newRow("GET refused") << get << false << 0 << 0 << int(QNetworkReply::ConnectionRefusedError) << -1
                                     << 300;
        QTest::newRow("GET timeout, 2nd retry")
            << get << false << 1 << 0 << int(QNetworkReply::TimeoutError) << -1 << 600;
        QTest::newRow("GET 503") << get << false << 2 << 503 << none << -1 << 1200;
        QTest::newRow("GET gives up after 3") << get << false << 3 << 503 << none << -1 << -1;
        QTest::newRow("GET 500 is not temporary") << get << false << 0 << 500 << none << -1 << -1;
        QTest::newRow("GET 404") << get << false << 0 << 404 << none << -1 << -1;
        QTest::newRow("POST dropped connection")
            << post << false << 0 << 0 << int(QNetworkReply::RemoteHostClosedError) << -1 << -1;
        QTest::newRow("POST refused never arrived")
            << post << false << 0 << 0 << int(QNetworkReply::ConnectionRefusedError) << -1 << 300;
        QTest::newRow("POST with key, dropped")
            << post << true << 0 << 0 << int(QNetworkReply::RemoteHostClosedError) << -1 << 300;
        QTest::newRow("POST 503") << post << false << 0 << 503 << none << -1 << -1;
        QTest::newRow("POST 429 waits Retry-After") << post << false << 0 << 429 << none << 2 << 2000;
        QTest::newRow("429 too long to wait") << get << false << 0 << 429 << none << 60 << -1;
        QTest::newRow("PATCH 502") << patch << false << 0 << 502 << none << -1 << -1;
        QTest::newRow("GET 504") << get << false << 0 << 504 << none << -1 << 300;
    }
    void retryDecisions()
    {
        QFETCH(int, method);
        QFETCH(bool, idempotencyKey);
        QFETCH(int, retriesSoFar);
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(int, retryAfter);
        QFETCH(int, expectedMs);
        ApiRequest request;
        request.method = HttpMethod(method);
        if (idempotencyKey) request.idempotencyKey = "k-1";
        const RetryPolicy policy;
        const auto delay =
            policy.delayBeforeRetry(request, retriesSoFar, status, QString(), QNetworkReply::NetworkError(networkError),
                                    retryAfter < 0 ? std::nullopt : std::optional<int>(retryAfter));
        if (expectedMs < 0)
            QVERIFY(!delay);
        else
            QCOMPARE(delay, milliseconds(expectedMs));
    }

    void probesAreNeverRetried()
    {
        ApiRequest probe;
        probe.allowRetries = false;
        QVERIFY(!RetryPolicy().delayBeforeRetry(probe, 0, 0, QString(), QNetworkReply::ConnectionRefusedError,
                                                std::nullopt));
    }

    // 503 outcome_unknown: the change may have been applied. Whatever the call, the client does not
    // repeat it (even a POST whose Idempotency-Key would make a repeat harmless: the repeat's own
    // answer would hide that the first may have worked), while a plain 503 stays retried as before.
    void outcomeUnknownIsNeverRetried_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<bool>("idempotencyKey");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expectedMs"); // -1: give up
        const int get = int(HttpMethod::Get), post = int(HttpMethod::Post), patch = int(HttpMethod::Patch);
        const QString unknown = QStringLiteral("outcome_unknown"), unavailable = QStringLiteral("unavailable");
        QTest::newRow("POST transition, outcome unknown") << post << false << unknown << -1;
        QTest::newRow("POST refund with key, outcome unknown") << post << true << unknown << -1;
        QTest::newRow("PATCH, outcome unknown") << patch << false << unknown << -1;
        QTest::newRow("GET, outcome unknown") << get << false << unknown << -1;
        QTest::newRow("POST with key, database away") << post << true << unavailable << 1000;
        QTest::newRow("POST without key, database away") << post << false << unavailable << -1;
    }
    void outcomeUnknownIsNeverRetried()
    {
        QFETCH(int, method);
        QFETCH(bool, idempotencyKey);
        QFETCH(QString, code);
        QFETCH(int, expectedMs);
        ApiRequest request;
        request.method = HttpMethod(method);
        if (idempotencyKey) request.idempotencyKey = "k-1";
        const ApiError error = ApiError::fromHttpResponse(
            503, QStringLiteral(R"({"error":{"code":"%1","message":"x","details":{}}})").arg(code).toUtf8(), "1");
        QCOMPARE(error.isOutcomeUnknown(), code == QLatin1String("outcome_unknown"));
        // The server sends Retry-After: 1 with every 503, outcome_unknown included.
        const auto delay = RetryPolicy().delayBeforeRetry(request, 0, 503, error.code, QNetworkReply::NoError,
                                                          error.retryAfterSeconds);
        if (expectedMs < 0)
            QVERIFY(!delay);
        else
            QCOMPARE(delay, milliseconds(expectedMs));
    }

    void outcomeUnknownSaysTheChangeMayHaveHappened()
    {
        const ApiError error = ApiError::fromHttpResponse(
            503, R"({"error":{"code":"outcome_unknown","message":"the connection broke while committing"}})");
        QVERIFY(error.isOutcomeUnknown());
        QCOMPARE(error.displayText(),
                 QStringLiteral("The change may or may not have been applied — reload before retrying."));
        // A plain 503 still says the request was not completed.
        QVERIFY(ApiError::fromHttpResponse(503, R"({"error":{"code":"unavailable","message":"x"}})")
                    .displayText()
                    .startsWith(QStringLiteral("The server could not complete the request")));
    }

    void backoffIsCapped()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.backoff(0), milliseconds(300));
        QCOMPARE(policy.backoff(10), milliseconds(5000));
    }

    void formatsMoney_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("KRW ko") << qint64(1290000) << "KRW"
                                << "ko_KR" << QStringLiteral("₩1,290,000");
        QTest::newRow("KRW en") << qint64(500) << "KRW"
                                << "en_US" << QStringLiteral("₩500");
        QTest::newRow("KRW zero") << qint64(0) << "KRW"
                                  << "ko_KR" << QStringLiteral("₩0");
        QTest::newRow("USD") << qint64(123405) << "USD"
                             << "en_US" << QStringLiteral("$1,234.05");
        QTest::newRow("USD negative") << qint64(-5) << "USD"
                                      << "en_US" << QStringLiteral("-$0.05");
    }
    void formatsMoney()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(minorUnits, currency, QLocale(locale)), expected);
    }

    void parsesMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("plain") << "12000"
                               << "KRW" << std::optional<qint64>(12000);
        QTest::newRow("grouped with symbol") << "₩12,000"
                                             << "KRW" << std::optional<qint64>(12000);
        QTest::newRow("KRW has no decimals") << "12.5"
                                             << "KRW" << std::optional<qint64>();
        QTest::newRow("USD cents") << "$12.5"
                                   << "USD" << std::optional<qint64>(1250);
        QTest::newRow("USD three decimals") << "1.234"
                                            << "USD" << std::optional<qint64>();
        QTest::newRow("negative") << "-100"
                                  << "KRW" << std::optional<qint64>();
        QTest::newRow("letters") << "12a"
                                 << "KRW" << std::optional<qint64>();
        QTest::newRow("empty") << ""
                               << "KRW" << std::optional<qint64>();
        QTest::newRow("full-width digits") << "１２"
                                           << "KRW" << std::optional<qint64>();
    }
    void parsesMoney()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(std::optional<qint64>, expected);
        QCOMPARE(parseMoney(text, currency, QLocale(QStringLiteral("en_US"))), expected);
    }
};

QTEST_GUILESS_MAIN(TestApiErrorsAndRetries)
#include "TestApiErrorsAndRetries.moc"
