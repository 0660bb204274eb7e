// The operations models against a scripted loopback server: the Deployments list paged by cursor
// and updated in place by name from live events (no reset, checked under QAbstractItemModelTester),
// the pod log stream (query, Korean text, the server's error), and the alert poll with its count.

#include "ScriptedHttpServer.h"

#include "models/api/ApiClient.h"
#include "models/ops/AlertService.h"
#include "models/ops/DeploymentListModel.h"
#include "models/ops/PodLogStream.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace md::models;

namespace {

QJsonObject deploymentJson(const QString& name, int ready, int desired = 3,
                           const QString& state = QStringLiteral("complete"))
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("namespace"), QStringLiteral("marketplace")},
                       {QStringLiteral("images"), QJsonArray{QStringLiteral("r/") + name + QStringLiteral(":1.0.0")}},
                       {QStringLiteral("replicas"), QJsonObject{{QStringLiteral("desired"), desired},
                                                                {QStringLiteral("ready"), ready},
                                                                {QStringLiteral("updated"), ready},
                                                                {QStringLiteral("available"), ready}}},
                       {QStringLiteral("revision"), 2},
                       {QStringLiteral("rollout"), QJsonObject{{QStringLiteral("state"), state}}},
                       {QStringLiteral("created_at"), QStringLiteral("2026-11-01T00:00:00Z")}};
}

QString deploymentName(int i)
{
    return QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
}

// 250 Deployments svc-000 … svc-249, keyset-paged on the name as the server does.
ScriptedResponse listPage(const RecordedRequest& request)
{
    const QUrlQuery query(QUrl(QString::fromUtf8(request.target)).query());
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    const QString q = query.queryItemValue(QStringLiteral("q"));
    QJsonArray items;
    QString last;
    bool more = false;
    for (int i = 0; i < 250; ++i) {
        const QString name = deploymentName(i);
        if ((!cursor.isEmpty() && name <= cursor) || (!q.isEmpty() && !name.contains(q))) continue;
        if (items.size() == limit) {
            more = true;
            break;
        }
        items.append(deploymentJson(name, 3));
        last = name;
    }
    QJsonObject body{{QStringLiteral("items"), items},
                     {QStringLiteral("next_cursor"), more ? QJsonValue(last) : QJsonValue(QJsonValue::Null)}};
    return ScriptedResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

class TestDeploymentModels : public QObject {
    Q_OBJECT
private slots:
    void listPagesByCursorAndUpdatesRowsInPlace()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(listPage);
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        DeploymentListModel model(&client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSearch({});
        // The tester asks for more after every change, like an eager view: every page arrives.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 250, 10000);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.hasMore());
        QCOMPARE(model.deploymentFromIndex(model.index(249, 0))->name, QStringLiteral("svc-249"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto rolling =
            parseDeployment(deploymentJson(QStringLiteral("svc-137"), 1, 6, QStringLiteral("progressing")));
        QVERIFY(rolling);
        QVERIFY(model.updateDeployment(*rolling));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 137);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 250);
        const QModelIndex replicas = model.index(137, DeploymentListModel::ReplicasColumn);
        QCOMPARE(replicas.data().toString(), QStringLiteral("1/6"));
        QCOMPARE(model.index(137, 0).data(DeploymentListModel::StateCodeRole).toString(),
                 QStringLiteral("progressing"));
        QCOMPARE(model.index(137, 0).data(DeploymentListModel::ProgressRole).toDouble(), 1.0 / 6);
        QVERIFY(!model.index(136, 0).data(DeploymentListModel::ProgressRole).isValid()); // complete: no bar

        QVERIFY(model.updateDeployment(*rolling)); // the same state again: nothing to repaint
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.updateDeployment(*parseDeployment(deploymentJson(QStringLiteral("not-listed"), 1))));
        QCOMPARE(model.rowCount(), 250);
    }

    void searchGoesToTheServer()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(listPage);
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        DeploymentListModel model(&client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSearch(QStringLiteral(" svc-24 "));
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoadedFirstPage() && !model.isLoading() && !model.hasMore(), 10000);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(server.requests().last().target.contains("q=svc-24"));
    }

    void ageIsWrittenTheKubectlWay_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45s");
        QTest::newRow("minutes") << qint64(600) << QStringLiteral("10m");
        QTest::newRow("hours") << qint64(5 * 3600) << QStringLiteral("5h");
        QTest::newRow("days") << qint64(9 * 86400) << QStringLiteral("9d");
        QTest::newRow("clock skew") << qint64(-5) << QStringLiteral("0s");
    }
    void ageIsWrittenTheKubectlWay()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DeploymentListModel::formatAge(seconds), text);
    }

    void logStreamDeliversLinesAndErrors()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest& request) {
            if (request.path().startsWith("/api/v1/ops/pods/gone-pod/"))
                return ScriptedResponse::json(
                    503,
                    R"({"error":{"code":"cluster_unavailable","message":"Kubernetes API server did not answer in 2 s"}})");
            return ScriptedResponse{
                200,
                QStringLiteral("{\"level\":\"info\",\"msg\":\"주문 생성\"}\nsecond line\nlast").toUtf8(),
                {{"Content-Type", "text/plain; charset=utf-8"}},
                0};
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        PodLogStream stream(&client);
        QSignalSpy lines(&stream, &PodLogStream::linesReceived);
        QSignalSpy finished(&stream, &PodLogStream::finished);
        stream.start({QStringLiteral("checkout-api-7d9f-x1"), QStringLiteral("checkout-api"), 100, false, true});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!finished.first().first().value<std::optional<ApiError>>());
        QStringList all;
        for (const auto& arguments : lines)
            all += arguments.first().toStringList();
        QCOMPARE(all, (QStringList{QStringLiteral("{\"level\":\"info\",\"msg\":\"주문 생성\"}"),
                                   QStringLiteral("second line"), QStringLiteral("last")}));
        const QByteArray target = server.requests().last().target;
        QVERIFY2(target.startsWith("/api/v1/ops/pods/checkout-api-7d9f-x1/logs?"), target.constData());
        for (const char* part : {"container=checkout-api", "tail_lines=100", "follow=false", "previous=true"})
            QVERIFY2(target.contains(part), target.constData());
        QVERIFY(!stream.isRunning());

        stream.start({QStringLiteral("gone-pod"), {}, 10, true, false});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        const auto error = finished.at(1).first().value<std::optional<ApiError>>();
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("cluster_unavailable"));
        QCOMPARE(error->httpStatus, 503);
    }

    void alertPollCountsFiringAlerts()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        bool configured = true;
        server.setHandler([&configured](const RecordedRequest&) {
            if (!configured)
                return ScriptedResponse::json(
                    503, R"({"error":{"code":"not_configured","message":"set MARKETDESK_PROMETHEUS_URL"}})");
            return ScriptedResponse::json(200, R"({"status":"success","data":{"alerts":[
                {"labels":{"alertname":"A","severity":"critical"},"annotations":{"summary":"s"},"state":"firing","activeAt":"2026-12-01T20:00:00Z","value":"1"},
                {"labels":{"alertname":"B","severity":"warning"},"annotations":{},"state":"firing","activeAt":"2026-12-01T20:00:00Z","value":"1"},
                {"labels":{"alertname":"C","severity":"warning"},"annotations":{},"state":"pending","activeAt":"2026-12-01T20:00:00Z","value":"1"}]}})");
        });
        ApiClient client;
        client.setBaseUrl(QUrl(server.baseUrl()));
        RetryPolicy noRetries;
        noRetries.maxRetries = 0;
        client.setRetryPolicy(noRetries);
        AlertService alerts(&client);
        QSignalSpy count(&alerts, &AlertService::firingCountChanged);
        QSignalSpy failed(&alerts, &AlertService::failed);
        alerts.start();
        QTRY_COMPARE_WITH_TIMEOUT(count.size(), 1, 5000);
        QCOMPARE(count.first().first().toInt(), 2);
        QCOMPARE(alerts.alerts().size(), 3);

        configured = false;
        alerts.reload();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(alerts.lastError());
        QCOMPARE(alerts.lastError()->code, QStringLiteral("not_configured"));
        QCOMPARE(alerts.alerts().size(), 3); // still the last known alerts
        QCOMPARE(count.size(), 1);
        alerts.stop();
    }
};

QTEST_GUILESS_MAIN(TestDeploymentModels)
#include "TestDeploymentModels.moc"
