// HTTP/1.1 as real clients and proxies read it (API.md "HTTP"), spoken byte by byte over loopback:
// unknown methods (501, one metric label), request smuggling shapes (Transfer-Encoding and
// Content-Length), numbers beyond double range in JSON, HEAD, Expect: 100-continue and early 413s
// read by a client still sending, HTTP/1.0 streams, Date, Host, 414/431, 304 and 204 without
// Content-Length, Connection: close on every answer and media types parsed, not prefix-matched.

#include "support/RawHttpConnection.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QDateTime>
#include <QtTest>

#include <regex>
#include <set>

using namespace md::test;
using namespace std::chrono_literals;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

std::string csvRows(const std::string& skuPrefix, int rows)
{
    std::string csv = "sku,title,price_cents\n";
    for (int row = 0; row < rows; ++row)
        csv += skuPrefix + std::to_string(row) + ",Row " + std::to_string(row) + ",100\n";
    return csv;
}

// The label values of every http_requests_total sample.
std::vector<std::map<std::string, std::string>> requestSeries(const std::string& exposition)
{
    std::vector<std::map<std::string, std::string>> series;
    std::istringstream lines(exposition);
    const std::regex label("([a-z_]+)=\"([^\"]*)\"");
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("http_requests_total{", 0) != 0) continue;
        std::map<std::string, std::string> labels;
        for (std::sregex_iterator it(line.begin(), line.end(), label), end; it != end; ++it)
            labels[(*it)[1]] = (*it)[2];
        series.push_back(std::move(labels));
    }
    return series;
}

} // namespace

class HttpProtocolTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.environment["MARKETDESK_RATE_LIMIT_RPS"] = "0";
        MD_REQUIRE(m_stack.start(options));
        MD_REQUIRE(m_sellerToken = m_stack.fixtures().token(Role::SellerA));
        nlohmann::json product;
        MD_REQUIRE(product = m_stack.fixtures().createProduct(Role::SellerA));
        m_productId = product["id"].get<long long>();
    }

    // After every case the server lives and answers.
    void cleanup()
    {
        QVERIFY2(m_stack.server().isRunning(), "the server process died");
        HttpResponse live = m_stack.server().client().get("/healthz/live");
        QVERIFY2(live.status == 200, live.describe().c_str());
    }

    // ---- Item 2: made-up methods -------------------------------------------------------------

    void unknownMethodIs501BeforeRouting_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::newRow("made up, public route") << "FROBNICATE"
                                               << "/healthz/live";
        QTest::newRow("made up, protected route") << "BREW"
                                                  << "/api/v1/me";
        QTest::newRow("made up, no route") << "XYZZY"
                                           << "/no/such/route";
        QTest::newRow("WebDAV") << "PROPFIND"
                                << "/api/v1/products";
        QTest::newRow("lower case get") << "get"
                                        << "/healthz/live";
    }

    void unknownMethodIs501BeforeRouting()
    {
        QFETCH(QString, method);
        QFETCH(QString, target);
        RawHttpConnection connection = connected();
        QVERIFY(connection.send(method.toStdString() + " " + target.toStdString() + " HTTP/1.1\r\nHost: t\r\n\r\n"));
        HttpResponse response = connection.readResponse();
        QVERIFY2(response.status == 501, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("not_implemented"));
    }

    void unknownMethodsShareOneMetricLabel()
    {
        for (int i = 0; i < 40; ++i) {
            RawHttpConnection connection = connected();
            QVERIFY(connection.send("MADEUP" + std::to_string(i) + " /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n"));
            QCOMPARE(connection.readResponse().status, 501);
        }
        HttpResponse metrics = m_stack.server().client().get("/metrics");
        QVERIFY2(metrics.status == 200, metrics.describe().c_str());
        QVERIFY2(metrics.body.find("MADEUP") == std::string::npos, "a client's method became a label value");
        const std::set<std::string> methods{"GET",    "HEAD",    "POST",  "PUT",     "PATCH",
                                            "DELETE", "OPTIONS", "TRACE", "CONNECT", "OTHER"};
        bool sawOther = false;
        for (const auto& labels : requestSeries(metrics.body)) {
            const std::string& method = labels.at("method");
            QVERIFY2(methods.count(method), ("unbounded method label: " + method).c_str());
            const std::string& route = labels.at("route");
            QVERIFY2(route == "unmatched" || route.rfind("/", 0) == 0, ("unexpected route label: " + route).c_str());
            QVERIFY2(std::regex_match(labels.at("status"), std::regex("[1-5][0-9][0-9]")), labels.at("status").c_str());
            sawOther = sawOther || (method == "OTHER" && labels.at("status") == "501" && route == "unmatched");
        }
        QVERIFY2(sawOther, "no http_requests_total{method=\"OTHER\",route=\"unmatched\",status=\"501\"}");
    }

    // ---- Item 10: request smuggling -----------------------------------------------------------

    void transferCodingsOtherThanChunkedAreRefused_data()
    {
        QTest::addColumn<QString>("framing");
        QTest::addColumn<QString>("body");
        const QString smuggled = "GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n";
        QTest::newRow("chunked, identity") << "Transfer-Encoding: chunked, identity\r\n" << smuggled;
        QTest::newRow("xchunked with length") << "Transfer-Encoding: xchunked\r\nContent-Length: 2\r\n"
                                              << "{}" + smuggled;
        QTest::newRow("identity") << "Transfer-Encoding: identity\r\n" << smuggled;
        QTest::newRow("gzip, chunked") << "Transfer-Encoding: gzip, chunked\r\n"
                                       << "2\r\n{}\r\n0\r\n\r\n" + smuggled;
        QTest::newRow("chunked twice") << "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n"
                                       << "2\r\n{}\r\n0\r\n\r\n" + smuggled;
        QTest::newRow("chunked with length") << "Transfer-Encoding: chunked\r\nContent-Length: 7\r\n"
                                             << "2\r\n{}\r\n0\r\n\r\n" + smuggled;
        QTest::newRow("length with chunked") << "Content-Length: 7\r\nTransfer-Encoding: chunked\r\n"
                                             << "2\r\n{}\r\n0\r\n\r\n" + smuggled;
        QTest::newRow("same length twice") << "Content-Length: 2\r\nContent-Length: 2\r\n"
                                           << "{}" + smuggled;
        QTest::newRow("length list") << "Content-Length: 2, 2\r\n"
                                     << "{}" + smuggled;
        QTest::newRow("conflicting lengths") << "Content-Length: 2\r\nContent-Length: 40\r\n"
                                             << "{}" + smuggled;
    }

    void transferCodingsOtherThanChunkedAreRefused()
    {
        QFETCH(QString, framing);
        QFETCH(QString, body);
        RawHttpConnection connection = connected();
        QVERIFY(connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n" +
                                framing.toStdString() + "\r\n" + body.toStdString()));
        HttpResponse first = connection.readResponse();
        QVERIFY2(first.status == 400 || first.status == 501, first.describe().c_str());
        QCOMPARE(first.header("Connection"), std::string("close"));
        // Nothing after the refusal: the bytes after the framing never run as a request of their own.
        HttpResponse second = connection.readResponse(1500ms);
        QVERIFY2(second.status == 0, ("a second response came: " + second.describe()).c_str());
        QVERIFY2(connection.waitForClose(5s), "the connection stayed open after a framing refusal");
    }

    void chunkedIsStillAccepted()
    {
        RawHttpConnection connection = connected();
        const std::string json = "{\"email\":\"nobody\"}";
        char size[16];
        std::snprintf(size, sizeof size, "%zx", json.size());
        QVERIFY(connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                                "Transfer-Encoding: ChunKed\r\n\r\n" +
                                std::string(size) + "\r\n" + json + "\r\n0\r\n\r\n"));
        HttpResponse response = connection.readResponse();
        // 422 (no password): the body was read as the JSON it is.
        QVERIFY2(response.status == 422, response.describe().c_str());
    }

    // ---- Item 11: numbers beyond double range -------------------------------------------------

    void numberOverflowIsMalformedJson_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("1e999") << "1e999";
        QTest::newRow("-1e999") << "-1e999";
        QTest::newRow("1.5E+400") << "1.5E+400";
    }

    void numberOverflowIsMalformedJson()
    {
        QFETCH(QString, number);
        const std::string value = number.toStdString();
        HttpResponse login = m_stack.server().client().request("POST", "/api/v1/auth/login",
                                                               "{\"email\":" + value + ",\"password\":\"x\"}",
                                                               {{"Content-Type", "application/json"}});
        QVERIFY2(login.status == 400, login.describe().c_str());
        QCOMPARE(login.errorCode(), std::string("malformed_json"));

        HttpResponse create = seller().request("POST", "/api/v1/products",
                                               "{\"sku\":\"OVF-1\",\"title\":\"t\",\"price_cents\":" + value + "}",
                                               {{"Content-Type", "application/json"}});
        QVERIFY2(create.status == 400, create.describe().c_str());
        QCOMPARE(create.errorCode(), std::string("malformed_json"));
    }

    void hugeIntegerIsNotAServerError()
    {
        const std::string huge = "123456789012345678901234567890";
        HttpResponse login = m_stack.server().client().request("POST", "/api/v1/auth/login",
                                                               "{\"email\":" + huge + ",\"password\":\"x\"}",
                                                               {{"Content-Type", "application/json"}});
        QVERIFY2(login.status >= 400 && login.status < 500, login.describe().c_str());
        HttpResponse create = seller().request("POST", "/api/v1/products",
                                               "{\"sku\":\"OVF-2\",\"title\":\"t\",\"price_cents\":" + huge + "}",
                                               {{"Content-Type", "application/json"}});
        QVERIFY2(create.status == 422 || create.status == 400, create.describe().c_str());
    }

    // ---- Item 13: HEAD ------------------------------------------------------------------------

    void headIsServedWhereGetIs()
    {
        const std::string auth = "Authorization: Bearer " + m_sellerToken + "\r\n";
        const std::string product = "/api/v1/products/" + std::to_string(m_productId);
        for (const std::string& target : {std::string("/healthz/live"), product, std::string("/api/v1/me")}) {
            RawHttpConnection connection = connected();
            QVERIFY(connection.send("GET " + target + " HTTP/1.1\r\nHost: t\r\n" + auth + "\r\n"));
            HttpResponse get = connection.readResponse();
            QVERIFY2(get.status == 200, get.describe().c_str());
            QVERIFY(connection.send("HEAD " + target + " HTTP/1.1\r\nHost: t\r\n" + auth + "\r\n"));
            HttpResponse head = connection.readResponse(10s, true);
            QVERIFY2(head.status == 200, (target + ": " + head.describe()).c_str());
            QCOMPARE(head.header("Content-Length"), std::to_string(get.body.size()));
            QCOMPARE(head.header("Content-Type"), get.header("Content-Type"));
            QCOMPARE(head.header("ETag"), get.header("ETag"));
            // No body followed the HEAD answer: the next response on the connection is intact.
            QVERIFY(connection.send("GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n"));
            HttpResponse next = connection.readResponse();
            QVERIFY2(next.status == 200 && next.json().is_object(), (target + ": " + next.describe()).c_str());
        }
    }

    void headOfAnErrorHasNoBody()
    {
        RawHttpConnection connection = connected();
        QVERIFY(connection.send("HEAD /api/v1/me HTTP/1.1\r\nHost: t\r\n\r\n"));
        HttpResponse head = connection.readResponse(10s, true);
        QVERIFY2(head.status == 401, head.describe().c_str());
        QVERIFY(connection.send("HEAD /api/v1/auth/login HTTP/1.1\r\nHost: t\r\n\r\n"));
        HttpResponse notAllowed = connection.readResponse(10s, true);
        QVERIFY2(notAllowed.status == 405, notAllowed.describe().c_str());
        QVERIFY(connection.send("GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n"));
        HttpResponse next = connection.readResponse();
        QVERIFY2(next.status == 200 && next.json().is_object(), next.describe().c_str());
    }

    void headOfAStreamSendsHeadersOnly_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("export") << "/api/v1/products/export"
                                << "text/csv";
        QTest::newRow("events") << "/api/v1/events"
                                << "text/event-stream";
    }

    void headOfAStreamSendsHeadersOnly()
    {
        QFETCH(QString, target);
        QFETCH(QString, contentType);
        RawHttpConnection connection = connected();
        QVERIFY(connection.send("HEAD " + target.toStdString() + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " +
                                m_sellerToken + "\r\n\r\n"));
        HttpResponse head = connection.readResponse(10s, true);
        QVERIFY2(head.status == 200, head.describe().c_str());
        QVERIFY2(head.header("Content-Type").rfind(contentType.toStdString(), 0) == 0, head.describe().c_str());
        QVERIFY2(!head.chunked, "a HEAD answer announced a chunked body");
        QVERIFY2(connection.readAvailable(500ms).empty(), "bytes followed the HEAD answer (the stream started)");
        QVERIFY(connection.send("GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n"));
        HttpResponse next = connection.readResponse();
        QVERIFY2(next.status == 200 && next.json().is_object(), next.describe().c_str());
    }

    void allowListsHead()
    {
        HttpResponse response = m_stack.server().client().request("DELETE", "/healthz/live");
        QVERIFY2(response.status == 405, response.describe().c_str());
        const std::string allow = response.header("Allow");
        QVERIFY2(allow.find("GET") != std::string::npos && allow.find("HEAD") != std::string::npos, allow.c_str());
        HttpResponse post = m_stack.server().client().request("PUT", "/api/v1/auth/login");
        QVERIFY2(post.status == 405, post.describe().c_str());
        QVERIFY2(post.header("Allow").find("HEAD") == std::string::npos, post.header("Allow").c_str());
    }

    // ---- Item 14: Expect: 100-continue and early refusals -------------------------------------

    void continueComesBeforeTheBody()
    {
        const std::string csv = csvRows("CONT-", 50);
        RawHttpConnection connection = connected();
        QVERIFY(connection.send("POST /api/v1/products/import?dry_run=true HTTP/1.1\r\nHost: t\r\nAuthorization: "
                                "Bearer " +
                                m_sellerToken + "\r\nContent-Type: text/csv\r\nContent-Length: " +
                                std::to_string(csv.size()) + "\r\nExpect: 100-continue\r\n\r\n"));
        // The body is not sent until the interim answer came (curl would wait a second for it).
        HttpResponse interim = connection.readResponse(5s);
        QVERIFY2(interim.status == 100, interim.describe().c_str());
        QVERIFY(connection.send(csv));
        HttpResponse final = connection.readResponse();
        QVERIFY2(final.status == 200, final.describe().c_str());
        QCOMPARE(final.json().value("failed", -1), 0);
    }

    void tooLargeForTheRouteIs413WithoutContinue()
    {
        RawHttpConnection connection = connected();
        QVERIFY(connection.send("POST /api/v1/products/import HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " +
                                m_sellerToken + "\r\nContent-Type: text/csv\r\nContent-Length: " +
                                std::to_string(30 * kMiB) + "\r\nExpect: 100-continue\r\n\r\n"));
        HttpResponse response = connection.readResponse(5s);
        QVERIFY2(response.status == 413, response.describe().c_str());
        QCOMPARE(response.errorCode(), std::string("payload_too_large"));
        QVERIFY(connection.waitForClose(5s));
    }

    void earlyRefusalReachesAClientThatSendsEverythingFirst()
    {
        // A client that writes its whole body before it reads (no Expect), as naive clients do. The
        // body is more than the socket buffers hold, so closing at once after the 413 would reset
        // the connection under the client's write (EPIPE/ECONNRESET); it must complete instead,
        // and the 413 be read.
        const std::string body = "{\"sku\":\"BIG\",\"description\":\"" + std::string(6 * kMiB, 'a') + "\"}";
        for (int attempt = 0; attempt < 3; ++attempt) {
            RawHttpConnection connection = connected();
            const bool sent =
                connection.send("POST /api/v1/products HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + m_sellerToken +
                                "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                                "\r\n\r\n" + body);
            HttpResponse response = connection.readResponse();
            const std::string context =
                "attempt " + std::to_string(attempt) + ": " + connection.error() + "; " + response.describe();
            QVERIFY2(sent, context.c_str());
            QVERIFY2(response.status == 413, context.c_str());
        }
    }

    void earlyRefusalReachesAClientStillSending()
    {
        // A client that watches for an answer while it uploads (curl): it sees the 413 and stops,
        // also when the body is far beyond what the server discards before closing.
        const std::string body = std::string(40 * kMiB, 'z');
        RawHttpConnection connection = connected();
        QVERIFY(connection.send(
            "POST /api/v1/products/import HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + m_sellerToken +
            "\r\nContent-Type: text/csv\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n"));
        connection.sendWhileReading(body, true, 20s);
        HttpResponse response = connection.readResponse();
        QVERIFY2(response.status == 413, (connection.error() + ": " + response.describe()).c_str());
    }

    // ---- Item 15 ------------------------------------------------------------------------------

    void http10GetsCloseDelimitedExport()
    {
        RawHttpConnection connection = connected();
        QVERIFY(connection.send("GET /api/v1/products/export HTTP/1.0\r\nAuthorization: Bearer " + m_sellerToken +
                                "\r\n\r\n"));
        HttpResponse response = connection.readResponse(30s);
        QVERIFY2(response.status == 200, response.describe().c_str());
        QVERIFY2(!response.chunked && !response.hasHeader("Transfer-Encoding"), response.describe().c_str());
        QCOMPARE(response.header("Connection"), std::string("close"));
        // The CSV itself (header line first), not chunk-size lines around it.
        QVERIFY2(response.body.find("sku") < response.body.find('\n'), response.describe().c_str());
        QVERIFY(connection.peerClosed());
    }

    void http10GetsCloseDelimitedEvents()
    {
        RawHttpConnection connection = connected();
        QVERIFY(connection.send("GET /api/v1/events HTTP/1.0\r\nAuthorization: Bearer " + m_sellerToken + "\r\n\r\n"));
        std::string received;
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        while (received.find("retry:") == std::string::npos && std::chrono::steady_clock::now() < deadline &&
               !connection.peerClosed())
            received += connection.readAvailable(200ms);
        auto headerEnd = received.find("\r\n\r\n");
        QVERIFY2(headerEnd != std::string::npos, received.c_str());
        const std::string head = received.substr(0, headerEnd);
        QVERIFY2(head.rfind("HTTP/1.1 200", 0) == 0, head.c_str());
        QVERIFY2(QString::fromStdString(head).toLower().indexOf("transfer-encoding") < 0, head.c_str());
        // The body starts with the event stream itself, not with a chunk size line.
        QVERIFY2(received.compare(headerEnd + 4, 6, "retry:") == 0, received.c_str());
    }

    void everyResponseHasADate()
    {
        RawHttpConnection connection = connected();
        const std::string auth = "Authorization: Bearer " + m_sellerToken + "\r\n";
        std::vector<std::pair<std::string, bool>> requests{
            {"GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n", false},
            {"GET /nope HTTP/1.1\r\nHost: t\r\n\r\n", false},
            {"GET /api/v1/me HTTP/1.1\r\nHost: t\r\n\r\n", false},
            {"HEAD /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n", true},
            {"BREW /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n", false},
            {"GET /api/v1/products/export HTTP/1.1\r\nHost: t\r\n" + auth + "\r\n", false}};
        const std::regex imfFixdate("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-3][0-9] "
                                    "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} "
                                    "[0-2][0-9]:[0-5][0-9]:[0-6][0-9] GMT");
        for (const auto& [request, head] : requests) {
            if (!connection.isOpen() || connection.peerClosed()) connection = connected();
            QVERIFY(connection.send(request));
            HttpResponse response = connection.readResponse(10s, head);
            QVERIFY2(response.status != 0, (request + response.describe()).c_str());
            const std::string date = response.header("Date");
            QVERIFY2(std::regex_match(date, imfFixdate), (request + " Date: '" + date + "'").c_str());
            // Qt reads RFC 2822 offsets, not the zone name HTTP dates end with.
            QString numericZone = QString::fromStdString(date).replace(QLatin1String(" GMT"), QLatin1String(" +0000"));
            QDateTime parsed = QDateTime::fromString(numericZone, Qt::RFC2822Date);
            QVERIFY2(parsed.isValid(), date.c_str());
            QVERIFY2(std::abs(parsed.secsTo(QDateTime::currentDateTimeUtc())) < 120, date.c_str());
            if (response.header("Connection") == "close") connection.close();
        }
    }

    void http11NeedsExactlyOneHost_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("1.1 without Host") << "GET /healthz/live HTTP/1.1\r\n\r\n" << 400;
        QTest::newRow("1.1 with two Hosts") << "GET /healthz/live HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n" << 400;
        QTest::newRow("1.1 with one Host") << "GET /healthz/live HTTP/1.1\r\nHost: a\r\n\r\n" << 200;
        QTest::newRow("1.0 without Host") << "GET /healthz/live HTTP/1.0\r\n\r\n" << 200;
    }

    void http11NeedsExactlyOneHost()
    {
        QFETCH(QString, request);
        QFETCH(int, status);
        RawHttpConnection connection = connected();
        QVERIFY(connection.send(request.toStdString()));
        HttpResponse response = connection.readResponse();
        QVERIFY2(response.status == status, response.describe().c_str());
    }

    void longTargetIs414AndLargeHeadersAre431()
    {
        auto ask = [this](const std::string& request) {
            RawHttpConnection connection = connected();
            connection.send(request);
            return connection.readResponse();
        };
        HttpResponse fits = ask("GET /healthz/live?pad=" + std::string(7 * 1024, 'p') + " HTTP/1.1\r\nHost: t\r\n\r\n");
        QVERIFY2(fits.status == 200, fits.describe().c_str());
        for (std::size_t length : {9 * 1024, 200 * 1024}) {
            HttpResponse longTarget =
                ask("GET /healthz/live?pad=" + std::string(length, 'p') + " HTTP/1.1\r\nHost: t\r\n\r\n");
            QVERIFY2(longTarget.status == 414, longTarget.describe().c_str());
            QCOMPARE(longTarget.errorCode(), std::string("uri_too_long"));
        }
        for (std::size_t length : {20 * 1024, 64 * 1024}) {
            HttpResponse bigField =
                ask("GET /healthz/live HTTP/1.1\r\nHost: t\r\nX-Padding: " + std::string(length, 'h') + "\r\n\r\n");
            QVERIFY2(bigField.status == 431, bigField.describe().c_str());
            QCOMPARE(bigField.errorCode(), std::string("headers_too_large"));
        }
        std::string many = "GET /healthz/live HTTP/1.1\r\nHost: t\r\n";
        for (int i = 0; i < 5000; ++i)
            many += "X-H" + std::to_string(i) + ": v\r\n";
        HttpResponse manyFields = ask(many + "\r\n");
        QVERIFY2(manyFields.status == 431, manyFields.describe().c_str());
        // Both limits at once, just under each: served.
        HttpResponse both = ask("GET /healthz/live?pad=" + std::string(7 * 1024, 'p') +
                                " HTTP/1.1\r\nHost: t\r\nX-Padding: " + std::string(15 * 1024, 'h') + "\r\n\r\n");
        QVERIFY2(both.status == 200, both.describe().c_str());
    }

    void notModifiedAndNoContentCarryNoLength()
    {
        const std::string target = "/api/v1/products/" + std::to_string(m_productId);
        HttpResponse get = seller().get(target);
        QVERIFY2(get.status == 200, get.describe().c_str());
        const std::string etag = get.header("ETag");
        QVERIFY(!etag.empty());

        RawHttpConnection connection = connected();
        QVERIFY(connection.send("GET " + target + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + m_sellerToken +
                                "\r\nIf-None-Match: " + etag + "\r\n\r\n"));
        HttpResponse notModified = connection.readResponse();
        QVERIFY2(notModified.status == 304, notModified.describe().c_str());
        QVERIFY2(!notModified.hasHeader("Content-Length"), notModified.describe().c_str());
        QVERIFY2(!notModified.hasHeader("Transfer-Encoding"), notModified.describe().c_str());
        QCOMPARE(notModified.header("ETag"), etag);

        // 204: a logout.
        std::string token;
        MD_REQUIRE(token = m_stack.fixtures().loginAs(Role::CustomerA));
        QVERIFY(connection.send("POST /api/v1/auth/logout HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
                                "\r\nContent-Length: 0\r\n\r\n"));
        HttpResponse noContent = connection.readResponse();
        QVERIFY2(noContent.status == 204, noContent.describe().c_str());
        QVERIFY2(!noContent.hasHeader("Content-Length"), noContent.describe().c_str());
        QVERIFY2(!noContent.hasHeader("Content-Type"), noContent.describe().c_str());

        QVERIFY(connection.send("GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n"));
        HttpResponse next = connection.readResponse();
        QVERIFY2(next.status == 200 && next.json().is_object(), next.describe().c_str());
    }

    void connectionCloseIsHonouredOnEveryAnswer_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("200") << "GET /healthz/live HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n" << 200;
        QTest::newRow("404 unmatched") << "GET /nope HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n" << 404;
        QTest::newRow("405 unmatched") << "DELETE /healthz/live HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
                                       << 405;
        QTest::newRow("401") << "GET /api/v1/me HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n" << 401;
        QTest::newRow("HTTP/1.0 404") << "GET /nope HTTP/1.0\r\n\r\n" << 404;
    }

    void connectionCloseIsHonouredOnEveryAnswer()
    {
        QFETCH(QString, request);
        QFETCH(int, status);
        RawHttpConnection connection = connected();
        // A keep-alive request first, so a leftover keep-alive state of the connection would show.
        QVERIFY(connection.send("GET /healthz/live HTTP/1.1\r\nHost: t\r\n\r\n"));
        QCOMPARE(connection.readResponse().status, 200);
        QVERIFY(connection.send(request.toStdString()));
        HttpResponse response = connection.readResponse();
        QVERIFY2(response.status == status, response.describe().c_str());
        QCOMPARE(response.header("Connection"), std::string("close"));
        QVERIFY2(connection.waitForClose(5s), "the server kept the connection open");
    }

    void http10KeepAliveIsHonoured()
    {
        RawHttpConnection connection = connected();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(connection.send("GET /healthz/live HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
            HttpResponse response = connection.readResponse();
            QVERIFY2(response.status == 200, response.describe().c_str());
            QCOMPARE(response.header("Connection"), std::string("keep-alive"));
        }
    }

    void mediaTypesAreParsedNotPrefixMatched_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("application/jsonp") << "application/jsonp" << 415;
        QTest::newRow("application/json-patch+json") << "application/json-patch+json" << 415;
        QTest::newRow("application/json/x") << "application/json/x" << 415;
        QTest::newRow("text/json") << "text/json" << 415;
        QTest::newRow("upper case") << "APPLICATION/JSON" << 422;
        QTest::newRow("with charset") << "application/json; charset=utf-8" << 422;
        QTest::newRow("space before parameter") << "application/json ;charset=UTF-8" << 422;
    }

    void mediaTypesAreParsedNotPrefixMatched()
    {
        QFETCH(QString, contentType);
        QFETCH(int, status);
        // 422: the body was read (no password); 415: refused for its media type.
        HttpResponse response = m_stack.server().client().request("POST", "/api/v1/auth/login", "{\"email\":\"x\"}",
                                                                  {{"Content-Type", contentType.toStdString()}});
        QVERIFY2(response.status == status, response.describe().c_str());
    }

    void csvMediaTypeIsParsed_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("text/csvx") << "text/csvx" << 415;
        QTest::newRow("text/csv-schema") << "text/csv-schema" << 415;
        QTest::newRow("TEXT/CSV") << "TEXT/CSV" << 200;
        QTest::newRow("with charset") << "text/csv ; charset=UTF-8" << 200;
    }

    void csvMediaTypeIsParsed()
    {
        QFETCH(QString, contentType);
        QFETCH(int, status);
        HttpResponse response = seller().request("POST", "/api/v1/products/import?dry_run=true", csvRows("MT-", 2),
                                                 {{"Content-Type", contentType.toStdString()}});
        QVERIFY2(response.status == status, response.describe().c_str());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    HttpClient seller() const { return m_stack.server().client(m_sellerToken); }

    RawHttpConnection connected() const
    {
        RawHttpConnection connection(m_stack.server().host(), m_stack.server().port());
        if (!connection.connect()) qWarning("connect: %s", connection.error().c_str());
        return connection;
    }

    ServerStack m_stack;
    std::string m_sellerToken;
    long long m_productId = 0;
};

QTEST_GUILESS_MAIN(HttpProtocolTest)
#include "HttpProtocolTest.moc"
