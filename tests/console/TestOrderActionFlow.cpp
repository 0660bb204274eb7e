// The order action flow (trigger → confirm → run → apply: OrderActionFlow, and the detail pane that
// shows what it reports) against a scripted server that answers as marketdesk-server does and
// records every request: a confirmed action sends one request and shows the server's answer; a
// declined confirmation sends none; a 409 or 412 says the order changed, keeps saying it while the
// pane reloads and shows the current state; a 503 outcome_unknown says the change may or may not have
// been applied (in English and Korean), is not repeated by the client, and holds every action back
// until the order has been read again.

#include "GuiTestHelpers.h"
#include "ScriptedHttpServer.h"

#include "app/Translations.h"
#include "models/api/ApiClient.h"
#include "models/orders/OrderService.h"
#include "ui/orders/OrderActionDialog.h"
#include "ui/orders/OrderActionFlow.h"
#include "ui/orders/OrderDetailPane.h"
#include "widgets/ErrorBanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <optional>
#include <utility>

using namespace md::test;
using md::models::OrderAction;
using md::models::OrderStatus;
using md::ui::OrderActionFlow;

namespace {

constexpr qint64 OrderId = 7;
const QByteArray OrderPath = "/api/v1/orders/7";
const QByteArray TransitionsPath = "/api/v1/orders/7/transitions";
const QByteArray RefundsPath = "/api/v1/orders/7/refunds";

// The order as GET /api/v1/orders/{id} and the actions answer it (the fields the console reads).
QByteArray orderJson(const QString& status, qint64 refundedCents)
{
    return QStringLiteral(
               R"({"id":7,"number":"MD-20261201-0007","seller_id":1,"customer_email":"customer.a@test.marketdesk.kr",)"
               R"("status":"%1","currency":"KRW","subtotal_cents":39000,"total_cents":39000,"refunded_cents":%2,)"
               R"("item_count":1,"shipping_address":{"name":"김민수","line1":"서울특별시 강남구 테헤란로 152"},)"
               R"("version":1,"created_at":"2026-12-01T09:00:00Z",)"
               R"("items":[{"product_id":3,"sku":"EAR-1","title":"무선 이어폰","unit_price_cents":39000,"quantity":1}],)"
               R"("events":[{"type":"order.created","to_status":"placed","created_at":"2026-12-01T09:00:00Z"}],)"
               R"("notes":[],"refunds":[]})")
        .arg(status)
        .arg(refundedCents)
        .toUtf8();
}

ScriptedResponse errorAnswer(int status, const char* code, const char* message)
{
    ScriptedResponse response =
        ScriptedResponse::json(status, QStringLiteral(R"({"error":{"code":"%1","message":"%2","details":{}}})")
                                           .arg(QLatin1String(code), QLatin1String(message))
                                           .toUtf8());
    // marketdesk-server sends Retry-After: 1 with every 503, outcome_unknown included.
    if (status == 503) response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    return response;
}

int countMethod(const ScriptedHttpServer& server, const QByteArray& method, const QByteArray& path)
{
    int count = 0;
    for (const RecordedRequest& request : server.requests())
        if (request.method == method && request.path() == path) ++count;
    return count;
}

} // namespace

class TestOrderActionFlow : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_status = QStringLiteral("placed");
        m_refundedCents = 0;
        m_nextActionAnswer.reset();
        // Answers as the real server: GET the order; an action applies to the order and answers it,
        // unless the test scripted another answer for the next one.
        m_server->setHandler([this](const RecordedRequest& request) {
            if (request.method == "GET" && request.path() == OrderPath)
                return ScriptedResponse::json(200, orderJson(m_status, m_refundedCents));
            if (request.method != "POST") return ScriptedResponse::json(404, "{}");
            if (m_nextActionAnswer) return *std::exchange(m_nextActionAnswer, std::nullopt);
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (request.path() == TransitionsPath) {
                m_status = body.value(QStringLiteral("to")).toString();
            } else if (request.path() == RefundsPath) {
                m_refundedCents += body.value(QStringLiteral("amount_cents")).toInteger();
                if (m_refundedCents >= 39000) m_status = QStringLiteral("refunded");
            }
            return ScriptedResponse::json(200, orderJson(m_status, m_refundedCents));
        });
        m_client = std::make_unique<md::models::ApiClient>();
        m_client->setBaseUrl(QUrl(m_server->baseUrl())); // the console's own retry policy, unchanged
        m_service = std::make_unique<md::models::OrderService>(m_client.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_client.reset();
        m_server.reset();
        removeTranslations();
    }

    void confirmedTransitionRunsOneRequestAndAppliesTheAnswer()
    {
        ScriptedConfirmation confirmations;
        QWidget host;
        OrderActionFlow flow(m_service.get(), support(), &host);
        flow.setOrder(detail(QStringLiteral("placed")));
        QCOMPARE(flow.actions(), (QList<OrderAction>{OrderAction::MarkPaid, OrderAction::Cancel}));
        QSignalSpy applied(&flow, &OrderActionFlow::applied);
        QSignalSpy failed(&flow, &OrderActionFlow::failed);

        flow.trigger(OrderAction::MarkPaid);
        QVERIFY(applied.wait(5000));
        QCOMPARE(confirmations.askedIds(), QStringList{QStringLiteral("confirmMarkPaid")});
        QCOMPARE(applied.first().at(0).value<md::models::OrderDetail>().order.status, OrderStatus::Paid);
        QCOMPARE(applied.first().at(1).value<OrderAction>(), OrderAction::MarkPaid);
        QVERIFY(failed.isEmpty());
        QVERIFY(!flow.isRunning());
        // One request, and no read after it: the answer is the order.
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().method, QByteArray("POST"));
        QCOMPARE(m_server->requests().first().path(), TransitionsPath);
        QCOMPARE(QJsonDocument::fromJson(m_server->requests().first().body).object(),
                 (QJsonObject{{QStringLiteral("to"), QStringLiteral("paid")}}));
    }

    void confirmedFormRunsOneRequestAndAppliesTheAnswer()
    {
        ScriptedConfirmation confirmations;
        m_status = QStringLiteral("delivered");
        QWidget host;
        host.show();
        OrderActionFlow flow(m_service.get(), support(), &host);
        flow.setOrder(detail(m_status));
        QSignalSpy applied(&flow, &OrderActionFlow::applied);

        flow.trigger(OrderAction::Refund);
        QPointer<md::ui::OrderActionDialog> form = host.findChild<md::ui::OrderActionDialog*>();
        QVERIFY(form && form->isVisible());
        child<QLineEdit>(form, "reasonEdit")->insert(QStringLiteral("파손")); // as an input method commits it
        QVERIFY(click(child<QPushButton>(form, "submitActionButton")));
        QVERIFY(applied.wait(5000));
        QCOMPARE(confirmations.askedIds(), QStringList{QStringLiteral("confirmRefund")});
        QTRY_VERIFY(!form); // closed and deleted once the server took it
        QCOMPARE(applied.first().at(0).value<md::models::OrderDetail>().order.status, OrderStatus::Refunded);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest& refund = m_server->requests().first();
        QCOMPARE(refund.path(), RefundsPath);
        QVERIFY(!refund.headers.value("idempotency-key").isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(refund.body).object(),
            (QJsonObject{{QStringLiteral("amount_cents"), 39000}, {QStringLiteral("reason"), QStringLiteral("파손")}}));
    }

    void declinedConfirmationSendsNoRequest()
    {
        ScriptedConfirmation confirmations;
        confirmations.nextAnswers = {false, true};
        QWidget host;
        OrderActionFlow flow(m_service.get(), support(), &host);
        flow.setOrder(detail(QStringLiteral("placed")));
        QSignalSpy applied(&flow, &OrderActionFlow::applied);

        flow.trigger(OrderAction::MarkPaid);
        QTRY_COMPARE(confirmations.answeredCount(), 1);
        QVERIFY(!flow.isRunning()); // a request would have been under way from the answer on
        // The same action confirmed this time: its request is the only one the server ever gets.
        flow.trigger(OrderAction::MarkPaid);
        QVERIFY(applied.wait(5000));
        QCOMPARE(confirmations.askedIds(),
                 (QStringList{QStringLiteral("confirmMarkPaid"), QStringLiteral("confirmMarkPaid")}));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().path(), TransitionsPath);
    }

    void conflictShowsTheCurrentStateAndReloads_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("409 invalid_transition") << 409 << QByteArray("invalid_transition");
        QTest::newRow("412 version_mismatch") << 412 << QByteArray("version_mismatch");
    }
    void conflictShowsTheCurrentStateAndReloads()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        ScriptedConfirmation confirmations;
        auto pane = showPane();
        QVERIFY(pane);
        // Someone else cancels the order while the pane still shows it placed.
        m_status = QStringLiteral("cancelled");
        m_nextActionAnswer = errorAnswer(status, code.constData(), "cannot move from cancelled to paid");

        QVERIFY(click(visibleButton(pane.get(), "markPaidButton")));
        QTRY_COMPARE_WITH_TIMEOUT(pane->detail()->order.status, OrderStatus::Cancelled, 5000);
        auto* banner = child<md::widgets::ErrorBanner>(pane.get(), "errorBanner");
        QVERIFY(banner->isVisible()); // the reload did not take the explanation away
        QVERIFY2(banner->message().startsWith(QStringLiteral("The order's state changed meanwhile; it was reloaded.")),
                 qPrintable(banner->message()));
        QVERIFY(!visibleButton(pane.get(), "markPaidButton"));
        QVERIFY(!visibleButton(pane.get(), "cancelOrderButton"));
        QCOMPARE(child<QLabel>(pane.get(), "orderStatusLabel")->text(), QStringLiteral("Cancelled"));
        QCOMPARE(countMethod(*m_server, "POST", TransitionsPath), 1);
        QCOMPARE(countMethod(*m_server, "GET", OrderPath), 2); // shown, then reloaded
    }

    void outcomeUnknownIsShownAndNeverRetried_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("reload");
        const QString english = QStringLiteral("The change may or may not have been applied — reload before retrying.");
        const QString korean = QStringLiteral(
            "변경이 적용되었을 수도, 적용되지 않았을 수도 있습니다. 다시 시도하기 전에 다시 불러오세요.");
        QTest::newRow("en, mark as paid") << "en" << int(OrderAction::MarkPaid) << english << "Reload";
        QTest::newRow("en, refund form") << "en" << int(OrderAction::Refund) << english << "Reload";
        QTest::newRow("ko, mark as paid") << "ko" << int(OrderAction::MarkPaid) << korean << "다시 불러오기";
        QTest::newRow("ko, refund form") << "ko" << int(OrderAction::Refund) << korean << "다시 불러오기";
    }
    void outcomeUnknownIsShownAndNeverRetried()
    {
        QFETCH(QString, language);
        QFETCH(int, action);
        QFETCH(QString, message);
        QFETCH(QString, reload);
        if (language != QLatin1String("en")) md::app::installTranslations(*qApp, language);
        ScriptedConfirmation confirmations;
        const bool refund = OrderAction(action) == OrderAction::Refund;
        if (refund) m_status = QStringLiteral("delivered");
        auto pane = showPane();
        QVERIFY(pane);
        // The change is made, but the answer says nobody knows.
        m_status = refund ? QStringLiteral("refunded") : QStringLiteral("paid");
        m_refundedCents = refund ? 39000 : 0;
        m_nextActionAnswer =
            errorAnswer(503, "outcome_unknown", "the database connection broke while committing; look the order up");

        const char* buttonName = refund ? "refundButton" : "markPaidButton";
        QVERIFY(click(visibleButton(pane.get(), buttonName)));
        QPointer<md::ui::OrderActionDialog> form;
        if (refund) {
            form = pane->findChild<md::ui::OrderActionDialog*>();
            QVERIFY(form && form->isVisible());
            child<QLineEdit>(form, "reasonEdit")->insert(QStringLiteral("파손"));
            QVERIFY(click(child<QPushButton>(form, "submitActionButton")));
        }
        auto* banner = child<md::widgets::ErrorBanner>(pane.get(), "errorBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QCOMPARE(banner->message(), message);
        // Shown only once the client gave up on the call: one attempt, not repeated.
        QCOMPARE(countMethod(*m_server, "POST", refund ? RefundsPath : TransitionsPath), 1);
        QTRY_VERIFY(!form); // a resubmitted form would be a second change

        // Nothing can be started again until the order has been read.
        QVERIFY(pane->actionFlow()->isOutcomeUnknown());
        QVERIFY(!visibleButton(pane.get(), buttonName)->isEnabled());
        QVERIFY(!child<QPushButton>(pane.get(), "addNoteButton")->isEnabled());
        const int asked = confirmations.asked.size();
        pane->actionFlow()->trigger(OrderAction(action));
        QCOMPARE(confirmations.asked.size(), asked);
        QVERIFY(!pane->findChild<md::ui::OrderActionDialog*>());

        // The banner's button reads the order again (it does not try the action again).
        auto* reloadButton = child<QPushButton>(banner, "errorBannerRetry");
        QCOMPARE(reloadButton->text(), reload);
        QVERIFY(click(reloadButton));
        const OrderStatus applied = refund ? OrderStatus::Refunded : OrderStatus::Paid;
        QTRY_COMPARE_WITH_TIMEOUT(pane->detail()->order.status, applied, 5000);
        QVERIFY(!pane->actionFlow()->isOutcomeUnknown());
        QVERIFY(pane->actionFlow()->canAct());
        QVERIFY(child<QPushButton>(pane.get(), "addNoteButton")->isEnabled());
        if (!refund)
            QVERIFY(visibleButton(pane.get(), "shipButton") && visibleButton(pane.get(), "shipButton")->isEnabled());
        QCOMPARE(countMethod(*m_server, "POST", refund ? RefundsPath : TransitionsPath), 1);
    }

private:
    static md::models::User support()
    {
        md::models::User user;
        user.id = 4;
        user.email = QStringLiteral("support@test.marketdesk.kr");
        user.role = md::models::Role::Support;
        return user;
    }

    md::models::OrderDetail detail(const QString& status) const
    {
        return *md::models::parseOrderDetail(QJsonDocument::fromJson(orderJson(status, m_refundedCents)).object());
    }

    // The detail pane showing the order as the server has it now.
    std::unique_ptr<md::ui::OrderDetailPane> showPane()
    {
        auto pane = std::make_unique<md::ui::OrderDetailPane>(m_service.get(), support());
        pane->resize(480, 760);
        pane->show();
        pane->showOrder(OrderId);
        if (!QTest::qWaitFor([&] { return pane->detail().has_value(); }, 5000)) return nullptr;
        return pane;
    }

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<md::models::ApiClient> m_client;
    std::unique_ptr<md::models::OrderService> m_service;
    QString m_status;
    qint64 m_refundedCents = 0;
    std::optional<ScriptedResponse> m_nextActionAnswer;
};

QTEST_MAIN(TestOrderActionFlow)
#include "TestOrderActionFlow.moc"
