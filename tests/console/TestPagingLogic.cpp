// Offline tests of keyset paging bookkeeping, list envelopes and the query each filter sends.

#include "models/catalog/ProductFilter.h"
#include "models/inventory/InventoryFilter.h"
#include "models/orders/OrderFilter.h"
#include "models/paging/PageEnvelope.h"
#include "models/paging/PagingState.h"

#include <QJsonDocument>
#include <QTest>

using namespace md::models;

class TestPagingLogic : public QObject {
    Q_OBJECT
private slots:
    void walksPagesUntilCursorIsNull()
    {
        PagingState state;
        state.restart();
        auto first = state.beginRequest();
        QVERIFY(first);
        QVERIFY(first->firstPage);
        QVERIFY(first->cursor.isEmpty());
        QVERIFY(!state.beginRequest()); // one request at a time
        QVERIFY(state.acceptPage(first->generation, QStringLiteral("c1")));

        auto second = state.beginRequest();
        QVERIFY(second);
        QVERIFY(!second->firstPage);
        QCOMPARE(second->cursor, QStringLiteral("c1"));
        QVERIFY(state.acceptPage(second->generation, std::nullopt));
        QVERIFY(state.isExhausted());
        QVERIFY(!state.canRequest());
        QCOMPARE(state.pagesLoaded(), 2);
    }

    void restartMakesEarlierAnswersStale()
    {
        PagingState state;
        state.restart();
        const auto old = state.beginRequest();
        QVERIFY(old);
        state.restart(); // the filter changed while the page was in flight
        const auto fresh = state.beginRequest();
        QVERIFY(fresh);
        QVERIFY(fresh->generation != old->generation);
        QVERIFY(fresh->firstPage);

        QVERIFY(!state.acceptPage(old->generation, QStringLiteral("stale-cursor")));
        QVERIFY(!state.acceptFailure(old->generation));
        QVERIFY(state.isLoading()); // still waiting for the fresh answer
        QVERIFY(state.acceptPage(fresh->generation, QStringLiteral("c1")));
        const auto next = state.beginRequest();
        QCOMPARE(next->cursor, QStringLiteral("c1")); // never the stale cursor
    }

    void failureStopsUntilCleared()
    {
        PagingState state;
        state.restart();
        const auto request = state.beginRequest();
        QVERIFY(state.acceptFailure(request->generation));
        QVERIFY(state.hasFailed());
        QVERIFY(!state.beginRequest()); // views asking canFetchMore must not hammer a failing server
        state.clearFailure();
        const auto again = state.beginRequest();
        QVERIFY(again);
        QVERIFY(again->firstPage);
    }

    void repeatedCursorEndsPaging()
    {
        PagingState state;
        state.restart();
        QVERIFY(state.acceptPage(state.beginRequest()->generation, QStringLiteral("same")));
        QVERIFY(state.acceptPage(state.beginRequest()->generation, QStringLiteral("same")));
        QVERIFY(state.isExhausted());
    }

    void duplicateAnswerIsIgnored()
    {
        PagingState state;
        state.restart();
        const auto request = state.beginRequest();
        QVERIFY(state.acceptPage(request->generation, QStringLiteral("c1")));
        QVERIFY(!state.acceptPage(request->generation, QStringLiteral("c2"))); // not loading any more
        QCOMPARE(state.beginRequest()->cursor, QStringLiteral("c1"));
    }

    void envelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("cursor");
        QTest::newRow("more") << QByteArray(R"({"items":[{},{}],"next_cursor":"abc"})") << true << 2 << "abc";
        QTest::newRow("last") << QByteArray(R"({"items":[{}],"next_cursor":null})") << true << 1 << "";
        QTest::newRow("cursor absent") << QByteArray(R"({"items":[]})") << true << 0 << "";
        QTest::newRow("items missing") << QByteArray(R"({"next_cursor":null})") << false << 0 << "";
        QTest::newRow("cursor a number") << QByteArray(R"({"items":[],"next_cursor":5})") << false << 0 << "";
    }
    void envelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(int, items);
        QFETCH(QString, cursor);
        QString error;
        const auto page = parsePageEnvelope(QJsonDocument::fromJson(body).object(), &error);
        QCOMPARE(page.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(page->items.size(), items);
        QCOMPARE(page->nextCursor.value_or(QString()), cursor);
    }

    void productFilterQuery()
    {
        ProductFilter filter;
        QCOMPARE(filter.toQuery().toString(), QString());
        filter.search = QStringLiteral("  겨울   자켓 ");
        filter.status = ProductStatus::Active;
        filter.category = QStringLiteral("의류");
        filter.sortField = QStringLiteral("price_cents");
        filter.descending = true;
        const QUrlQuery query = filter.toQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("q")), QStringLiteral("겨울 자켓"));
        QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("active"));
        QCOMPARE(query.queryItemValue(QStringLiteral("category")), QStringLiteral("의류"));
        QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-price_cents"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("limit"))); // the fetcher owns limit and cursor
    }

    void orderFilterQuery()
    {
        OrderFilter filter;
        filter.statuses = {OrderStatus::Shipped, OrderStatus::Placed};
        filter.search = QStringLiteral("MD-2024");
        filter.sortField = QStringLiteral("created_at");
        const QUrlQuery query = filter.toQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("placed,shipped"));
        QCOMPARE(query.queryItemValue(QStringLiteral("q")), QStringLiteral("MD-2024"));
        QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-created_at"));

        filter.createdFrom = QDate(2024, 5, 1);
        filter.createdTo = QDate(2024, 5, 1);
        const QUrlQuery dated = filter.toQuery();
        const QDateTime from = QDateTime::fromString(dated.queryItemValue(QStringLiteral("created_from")), Qt::ISODate);
        const QDateTime to = QDateTime::fromString(dated.queryItemValue(QStringLiteral("created_to")), Qt::ISODate);
        QCOMPARE(from.secsTo(to), 24 * 3600); // one whole local day
    }

    void inventoryFilterQuery()
    {
        InventoryFilter filter;
        filter.lowStockOnly = true;
        QCOMPARE(filter.toQuery().queryItemValue(QStringLiteral("low_stock")), QStringLiteral("true"));
    }
};

QTEST_GUILESS_MAIN(TestPagingLogic)
#include "TestPagingLogic.moc"
