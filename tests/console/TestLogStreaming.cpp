// The log viewer's data path without a network: the bounded ring of lines (following a chatty pod
// for hours must not grow memory) and the chunk decoder (a chunk may end inside a line and inside a
// UTF-8 character; Korean syllables are three bytes).

#include "models/ops/LogChunkDecoder.h"
#include "models/ops/LogLineBuffer.h"

#include <QTest>

using namespace md::models;

class TestLogStreaming : public QObject {
    Q_OBJECT
private slots:
    void bufferKeepsTheNewestLines()
    {
        LogLineBuffer buffer(3);
        QCOMPARE(buffer.append({QStringLiteral("a"), QStringLiteral("b")}), 0);
        QCOMPARE(buffer.append({QStringLiteral("c"), QStringLiteral("d")}), 1);
        QCOMPARE(buffer.size(), 3);
        QCOMPARE(buffer.at(0), QStringLiteral("b"));
        QCOMPARE(buffer.at(2), QStringLiteral("d"));
        QCOMPARE(buffer.text(), QStringLiteral("b\nc\nd\n"));
        QCOMPARE(buffer.totalAppended(), 4);
        QCOMPARE(buffer.dropped(), 1);
    }

    void oneBatchLargerThanTheBufferKeepsItsEnd()
    {
        LogLineBuffer buffer(3);
        buffer.append({QStringLiteral("x")});
        QStringList batch;
        for (int i = 0; i < 10; ++i)
            batch.append(QString::number(i));
        QCOMPARE(buffer.append(batch), 8); // x and 0..6 do not fit
        QCOMPARE(buffer.text(), QStringLiteral("7\n8\n9\n"));
        QCOMPARE(buffer.dropped(), 8);
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        QCOMPARE(buffer.text(), QString());
    }

    void bufferStaysBoundedOverManyBatches()
    {
        LogLineBuffer buffer(1000);
        QStringList batch;
        for (int i = 0; i < 97; ++i)
            batch.append(QStringLiteral("line %1").arg(i));
        for (int round = 0; round < 500; ++round)
            buffer.append(batch);
        QCOMPARE(buffer.size(), 1000);
        QCOMPARE(buffer.at(999), QStringLiteral("line 96"));
        QCOMPARE(buffer.totalAppended(), 48500);
    }

    void decoderCompletesLinesAcrossChunks()
    {
        LogChunkDecoder decoder;
        QCOMPARE(decoder.feed("first li"), QStringList());
        QCOMPARE(decoder.pendingLine(), QStringLiteral("first li"));
        QCOMPARE(decoder.feed("ne\r\nsecond\nthi"),
                 (QStringList{QStringLiteral("first line"), QStringLiteral("second")}));
        QCOMPARE(decoder.feed("\n\n"), (QStringList{QStringLiteral("thi"), QString()}));
        QCOMPARE(decoder.feed("no newline at the end"), QStringList());
        QCOMPARE(decoder.finish(), QStringList{QStringLiteral("no newline at the end")});
        QCOMPARE(decoder.finish(), QStringList());
    }

    void koreanSplitAtEveryByte_data()
    {
        QTest::addColumn<int>("splitAt");
        const QByteArray text = QStringLiteral("주문 처리 완료 {\"msg\":\"결제 승인\"}\n").toUtf8();
        for (int at = 1; at < text.size(); ++at)
            QTest::addRow("byte %d", at) << at;
    }
    void koreanSplitAtEveryByte()
    {
        QFETCH(int, splitAt);
        const QString line = QStringLiteral("주문 처리 완료 {\"msg\":\"결제 승인\"}");
        const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
        LogChunkDecoder decoder;
        QStringList lines = decoder.feed(bytes.left(splitAt));
        lines += decoder.feed(bytes.mid(splitAt));
        QCOMPARE(lines, QStringList{line});
        QVERIFY(!decoder.pendingLine().contains(QChar(QChar::ReplacementCharacter)));
    }

    void oneByteChunks()
    {
        const QString text = QStringLiteral("한글 로그\n둘째 줄\n");
        const QByteArray bytes = text.toUtf8();
        LogChunkDecoder decoder;
        QStringList lines;
        for (char byte : bytes)
            lines += decoder.feed(QByteArrayView(&byte, 1));
        QCOMPARE(lines, (QStringList{QStringLiteral("한글 로그"), QStringLiteral("둘째 줄")}));
    }

    void invalidBytesBecomeReplacementCharacters()
    {
        LogChunkDecoder decoder;
        const QStringList lines = decoder.feed(QByteArray("ok \xff\xfe end\nnext\n"));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("ok ")));
        QVERIFY(lines.first().contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(lines.first().endsWith(QStringLiteral(" end")));
        QCOMPARE(lines.at(1), QStringLiteral("next"));
    }

    void runawayLineIsCut()
    {
        LogChunkDecoder decoder;
        const QByteArray huge(LogChunkDecoder::MaxLineLength * 2 + 10, 'x');
        const QStringList lines = decoder.feed(huge);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().size(), LogChunkDecoder::MaxLineLength);
        QCOMPARE(decoder.pendingLine().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestLogStreaming)
#include "TestLogStreaming.moc"
