// Offline tests of the text/event-stream parser, including every way a stream can be cut into
// network chunks.

#include "models/events/LiveEvent.h"
#include "models/events/SseClient.h"
#include "models/events/SseParser.h"

#include <QTest>

using namespace md::models;

namespace {

QList<SseEvent> feedInChunks(const QByteArray& stream, int chunkSize)
{
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype i = 0; i < stream.size(); i += chunkSize)
        events += parser.feed(stream.mid(i, chunkSize));
    return events;
}

} // namespace

class TestSseParser : public QObject {
    Q_OBJECT
private slots:
    void parsesEventsWhateverTheChunking_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("chunkSize");
        const QByteArray lf =
            ": heartbeat\n\nid: 41\nevent: order.created\ndata: {\"number\":\"MD-1\",\"note\":\"빠른 배송\"}\n\n"
            "id: 42\nevent: inventory.low_stock\ndata: line one\ndata: line two\n\n";
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QByteArray cr = lf;
        cr.replace("\n", "\r");
        for (int chunk : {1, 2, 3, 7, 1000}) {
            QTest::addRow("LF/%d", chunk) << lf << chunk;
            QTest::addRow("CRLF/%d", chunk) << crlf << chunk;
            QTest::addRow("CR/%d", chunk) << cr << chunk;
        }
    }
    void parsesEventsWhateverTheChunking()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, chunkSize);
        const QList<SseEvent> events = feedInChunks(stream, chunkSize);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0), (SseEvent{QStringLiteral("41"), QStringLiteral("order.created"),
                                         QStringLiteral("{\"number\":\"MD-1\",\"note\":\"빠른 배송\"}")}));
        QCOMPARE(events.at(1), (SseEvent{QStringLiteral("42"), QStringLiteral("inventory.low_stock"),
                                         QStringLiteral("line one\nline two")}));
    }

    void incompleteEventWaitsForBlankLine()
    {
        SseParser parser;
        QVERIFY(parser.feed("id: 1\ndata: x\n").isEmpty());
        const QList<SseEvent> events = parser.feed("\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, QStringLiteral("message"));
    }

    void idPersistsAndRetryIsRead()
    {
        SseParser parser;
        const QList<SseEvent> events = parser.feed("retry: 2500\nid: 9\ndata: a\n\ndata: b\n\nid\ndata: c\n\n");
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).id, QStringLiteral("9")); // carried over, as the format says
        QCOMPARE(events.at(2).id, QString());           // an empty id field resets it
        QCOMPARE(parser.retryMilliseconds(), 2500);
    }

    void eventWithoutDataIsNotDispatched()
    {
        SseParser parser;
        QVERIFY(parser.feed("event: ping\nid: 5\n\n").isEmpty());
        QCOMPARE(parser.lastEventId(), QStringLiteral("5"));
    }

    void ignoresBomAndUnknownFields()
    {
        SseParser parser;
        const QList<SseEvent> events = parser.feed("\xEF\xBB\xBF"
                                                   "data:no space\nfoo: bar\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QStringLiteral("no space"));
    }

    void resetDropsPartialEventButKeepsId()
    {
        SseParser parser;
        parser.feed("id: 7\ndata: complete\n\ndata: half");
        parser.resetBuffer();
        const QList<SseEvent> events = parser.feed("data: fresh\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QStringLiteral("fresh"));
        QCOMPARE(events.first().id, QStringLiteral("7"));
    }

    void unwrapsTheServersEnvelope()
    {
        const SseEvent created{
            QStringLiteral("17"), QStringLiteral("order.created"),
            QStringLiteral(R"({"id":17,"type":"order.created","created_at":"2024-05-01T00:00:00.000Z",)"
                           R"("data":{"id":4000,"number":"MD-1","status":"placed"}})")};
        const LiveEvent live = parseLiveEvent(created);
        QCOMPARE(live.type, QStringLiteral("order.created"));
        QCOMPARE(live.orderId(), 4000); // the order's id, not the event's
        QCOMPARE(live.payload.value(QStringLiteral("number")).toString(), QStringLiteral("MD-1"));

        const LiveEvent lowStock =
            parseLiveEvent(SseEvent{QStringLiteral("18"), QStringLiteral("inventory.low_stock"),
                                    QStringLiteral(R"({"data":{"product_id":9,"available":2}})")});
        QCOMPARE(lowStock.productId(), 9);
        QCOMPARE(lowStock.orderId(), 0);

        const LiveEvent reset =
            parseLiveEvent(SseEvent{QStringLiteral("30"), QStringLiteral("reset"),
                                    QStringLiteral(R"({"reason":"outside_window","latest_id":30})")});
        QVERIFY(reset.isReset());
        QCOMPARE(reset.payload.value(QStringLiteral("reason")).toString(), QStringLiteral("outside_window"));
    }

    void reconnectBackoff()
    {
        using std::chrono::milliseconds;
        QCOMPARE(SseClient::reconnectDelay(0, std::nullopt), milliseconds(1000));
        QCOMPARE(SseClient::reconnectDelay(3, std::nullopt), milliseconds(8000));
        QCOMPARE(SseClient::reconnectDelay(20, std::nullopt), milliseconds(30000));
        QCOMPARE(SseClient::reconnectDelay(0, 5000), milliseconds(5000));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "TestSseParser.moc"
