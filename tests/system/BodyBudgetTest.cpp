// Request bodies share a memory budget per replica (API.md "HTTP", http/BodyBudget): uploads that
// would take the replica past it are refused before their bodies are read, and a few uploads in
// progress never turn away ordinary small requests. The server runs with a 6 MiB budget, so large
// bodies may hold 5 MiB together and 1 MiB stays for small ones.

#include "support/RawHttpConnection.h"
#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QtTest>

using namespace md::test;
using namespace std::chrono_literals;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

std::string importHead(const std::string& token, std::size_t length, bool expectContinue = false)
{
    return "POST /api/v1/products/import?dry_run=true HTTP/1.1\r\nHost: t\r\nContent-Type: text/csv\r\n"
           "Authorization: Bearer " + token + "\r\nContent-Length: " + std::to_string(length) + "\r\n" +
           (expectContinue ? "Expect: 100-continue\r\n" : "") + "\r\n";
}

// A CSV import body of exactly `length` bytes: a header and rows, padded in the last description.
std::string csvOfLength(std::size_t length)
{
    std::string csv = "sku,title,price_cents,description\n";
    for (int row = 0; csv.size() + 200 < length; ++row)
        csv += "BUDGET-" + std::to_string(row) + ",Row " + std::to_string(row) + ",100," + std::string(100, 'x') + "\n";
    csv += "BUDGET-LAST,Last,100,";
    csv += std::string(length - csv.size() - 1, 'y');
    csv += "\n";
    return csv;
}

double reservedBytes(ServerProcess& server)
{
    HttpResponse metrics = server.client().get("/metrics");
    const std::string name = "http_request_body_bytes_reserved ";
    auto at = metrics.body.find("\n" + name);
    if (at == std::string::npos) return -1;
    return std::stod(metrics.body.substr(at + 1 + name.size()));
}

} // namespace

class BodyBudgetTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.environment["MARKETDESK_RATE_LIMIT_RPS"] = "0";
        options.environment["MARKETDESK_BODY_MEMORY_MIB"] = "6";
        MD_REQUIRE(m_stack.start(options));
        MD_REQUIRE(m_token = m_stack.fixtures().token(Role::SellerA));
    }

    // A second large upload that would pass the budget is refused at its header, with Retry-After;
    // a small request still goes through meanwhile; once the first is answered the budget is free.
    void uploadsOverTheBudgetAreRefusedBeforeTheirBodies()
    {
        const std::string body = csvOfLength(4 * kMiB);
        RawHttpConnection first(m_stack.server().host(), m_stack.server().port());
        QVERIFY(first.connect());
        QVERIFY(first.send(importHead(m_token, body.size())));
        QVERIFY(first.send(std::string_view(body).substr(0, kMiB))); // the rest comes later
        QTRY_VERIFY_WITH_TIMEOUT(reservedBytes(m_stack.server()) >= 4.0 * kMiB, 10000);

        RawHttpConnection second(m_stack.server().host(), m_stack.server().port());
        QVERIFY(second.connect());
        QVERIFY(second.send(importHead(m_token, 2 * kMiB, true)));
        HttpResponse refused = second.readResponse(5s);
        QVERIFY2(refused.status == 503, refused.describe().c_str());
        QCOMPARE(refused.errorCode(), std::string("server_busy"));
        QVERIFY2(!refused.header("Retry-After").empty(), refused.describe().c_str());

        HttpResponse small = m_stack.fixtures().client(Role::SellerA).get("/api/v1/products?limit=1");
        QVERIFY2(small.status == 200, small.describe().c_str());
        HttpResponse login = m_stack.server().client().post(
            "/api/v1/auth/login", {{"email", "nobody@test.marketdesk.kr"}, {"password", "wrong password"}});
        QVERIFY2(login.status == 401, login.describe().c_str());

        QVERIFY(first.send(std::string_view(body).substr(kMiB)));
        HttpResponse answered = first.readResponse(30s);
        QVERIFY2(answered.status == 200, answered.describe().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(reservedBytes(m_stack.server()) == 0, 10000);

        RawHttpConnection third(m_stack.server().host(), m_stack.server().port());
        QVERIFY(third.connect());
        QVERIFY(third.send(importHead(m_token, 2 * kMiB, true)));
        HttpResponse proceed = third.readResponse(5s);
        QVERIFY2(proceed.status == 100, proceed.describe().c_str());
    }

    // Many connections each promising a body cannot together reserve more than the budget: the
    // ones past it are refused, and every reservation returns when the connections go away.
    void promisedBodiesCannotExceedTheBudget()
    {
        std::vector<RawHttpConnection> connections;
        int refused = 0, waiting = 0;
        for (int i = 0; i < 12; ++i) {
            connections.emplace_back(m_stack.server().host(), m_stack.server().port());
            RawHttpConnection& connection = connections.back();
            QVERIFY(connection.connect());
            QVERIFY(connection.send("POST /api/v1/products HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 1000000\r\n\r\n{"));
            HttpResponse early = connection.readResponse(300ms);
            if (early.status == 503) ++refused;
            else if (early.status == 0) ++waiting;
            else QFAIL(early.describe().c_str());
        }
        QVERIFY2(waiting <= 6 && refused >= 6, (std::to_string(waiting) + " waiting, " + std::to_string(refused)).c_str());
        QVERIFY(reservedBytes(m_stack.server()) <= 6.0 * kMiB);
        connections.clear();
        QTRY_VERIFY_WITH_TIMEOUT(reservedBytes(m_stack.server()) == 0, 10000);
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    ServerStack m_stack;
    std::string m_token;
};

QTEST_GUILESS_MAIN(BodyBudgetTest)
#include "BodyBudgetTest.moc"
