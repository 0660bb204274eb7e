// Parsing of the operations answers (interface D of the ops work): a Deployment with its replica
// counts, conditions and rollout state; the detail's revisions, pods and events; the cluster; and
// Prometheus' alerts as the server passes them through. Contract breaks name the field.

#include "TestJson.h"

#include "models/ops/Alert.h"
#include "models/ops/Deployment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace md::models;

namespace {

const char* const failedDeployment = R"({
  "name": "checkout-api", "namespace": "marketplace",
  "images": ["registry.example.com/marketplace/checkout-api:2.0.0-broken"],
  "containers": [{"name": "checkout-api", "image": "registry.example.com/marketplace/checkout-api:2.0.0-broken"}],
  "replicas": {"desired": 4, "ready": 3, "updated": 1, "available": 3, "unavailable": 1},
  "revision": 5, "generation": 7, "observed_generation": 7,
  "conditions": [
    {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable", "message": "ok", "last_update": "2026-12-01T21:00:00Z"},
    {"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded",
     "message": "ReplicaSet checkout-api-7d9f has timed out progressing. 배포 실패", "last_update": "2026-12-01T21:05:00.123Z"}
  ],
  "paused": false,
  "rollout": {"state": "failed", "message": "ReplicaSet checkout-api-7d9f has timed out progressing. 배포 실패"},
  "strategy": "RollingUpdate", "resource_version": "4711", "created_at": "2026-11-28T09:30:00Z"
})";

QJsonArray array(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

const char* const revisionsJson = R"([
  {"revision": 5, "replicaset": "checkout-api-7d9f", "images": ["r/checkout-api:2.0.0-broken"], "created_at": "2026-12-01T21:00:00Z", "replicas": 1, "current": true},
  {"revision": 4, "replicaset": "checkout-api-5c4b", "images": ["r/checkout-api:1.14.2"], "created_at": "2026-11-30T10:00:00Z", "replicas": 3, "current": false}])";

const char* const podsJson = R"([
  {"name": "checkout-api-7d9f-x1", "phase": "Running", "ready": false, "restarts": 6, "node": "node-b", "started_at": "2026-12-01T21:00:02Z", "containers": ["checkout-api"]},
  {"name": "checkout-api-5c4b-a1", "phase": "Pending", "ready": false, "restarts": 0, "node": "", "started_at": "", "containers": ["checkout-api", "istio-proxy"]}])";

const char* const eventsJson = R"([
  {"type": "Warning", "reason": "BackOff", "message": "Back-off restarting failed container", "object": "Pod/checkout-api-7d9f-x1", "count": 12, "first_seen": "2026-12-01T21:00:10Z", "last_seen": "2026-12-01T21:06:00Z"}])";

const char* const alertsJson = R"({"status":"success","data":{"alerts":[
  {"labels":{"alertname":"HighLatency","severity":"warning","route":"/api/v1/orders"},"annotations":{"summary":"p95 above 500 ms"},"state":"pending","activeAt":"2026-12-01T20:59:01.123456789Z","value":"0.61"},
  {"labels":{"alertname":"ServerDown","severity":"critical","instance":"127.0.0.1:8080","job":"marketdesk"},"annotations":{"summary":"서버 응답 없음","description":"up == 0"},"state":"firing","activeAt":"2026-12-01T20:58:00Z","value":"0"},
  {"labels":{"alertname":"ErrorRatio","severity":"warning"},"annotations":{},"state":"firing","activeAt":"2026-12-01T20:57:00Z","value":"0.2"},
  {"labels":{"alertname":"Old"},"annotations":{},"state":"inactive","activeAt":null,"value":""}]}})";

} // namespace

class TestDeploymentDto : public QObject {
    Q_OBJECT
private slots:
    void shortensImageReferencesToNameAndTag()
    {
        using md::models::shortImageNames;
        QCOMPARE(shortImageNames({QStringLiteral("registry.example.com/marketplace/checkout-api:1.14.2"),
                                  QStringLiteral("localhost:5000/sidecar@sha256:0123abcd"),
                                  QStringLiteral("nginx:1.25")}),
                 QStringLiteral("checkout-api:1.14.2, sidecar@sha256:0123abcd, nginx:1.25"));
        QCOMPARE(shortImageNames({}), QString());
    }
    void parsesAFailedRollout()
    {
        QString error;
        const auto deployment = parseDeployment(json(failedDeployment), &error);
        QVERIFY2(deployment, qPrintable(error));
        QCOMPARE(deployment->name, QStringLiteral("checkout-api"));
        QCOMPARE(deployment->namespaceName, QStringLiteral("marketplace"));
        QCOMPARE(deployment->replicas, (DeploymentReplicas{4, 3, 1, 3, 1}));
        QCOMPARE(deployment->revision, 5);
        QCOMPARE(deployment->observedGeneration, 7);
        QCOMPARE(deployment->containers.size(), 1);
        QCOMPARE(deployment->containers.first().container, QStringLiteral("checkout-api"));
        QCOMPARE(deployment->rolloutState, RolloutState::Failed);
        QVERIFY(deployment->rolloutMessage.endsWith(QStringLiteral("배포 실패")));
        QCOMPARE(deployment->failureReason(), QStringLiteral("ProgressDeadlineExceeded"));
        QCOMPARE(deployment->conditions.at(1).lastUpdate, QDateTime(QDate(2026, 12, 1), QTime(21, 5, 0, 123), Qt::UTC));
        QCOMPARE(deployment->createdAt, QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
        QCOMPARE(deployment->rolloutProgress(), 0.25); // 1 of 4 updated and available
    }

    void progressCountsOnlyUpdatedAndAvailablePods_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("available");
        QTest::addColumn<double>("progress");
        QTest::newRow("none yet") << 6 << 0 << 6 << 0.0;
        QTest::newRow("updated, not available") << 6 << 3 << 2 << 2.0 / 6;
        QTest::newRow("done") << 6 << 6 << 6 << 1.0;
        QTest::newRow("surge above desired") << 4 << 5 << 5 << 1.0;
        QTest::newRow("scaled to zero") << 0 << 0 << 0 << 1.0;
    }
    void progressCountsOnlyUpdatedAndAvailablePods()
    {
        QFETCH(int, desired);
        QFETCH(int, updated);
        QFETCH(int, available);
        QFETCH(double, progress);
        Deployment deployment;
        deployment.replicas = {desired, 0, updated, available, 0};
        QCOMPARE(deployment.rolloutProgress(), progress);
    }

    void contractBreaksNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"({"replicas":{"desired":1}})") << QStringLiteral("deployment.name");
        QTest::newRow("no desired") << QByteArray(R"({"name":"a","replicas":{}})")
                                    << QStringLiteral("deployment.replicas.desired");
        QTest::newRow("unknown state") << QByteArray(
                                              R"({"name":"a","replicas":{"desired":1},"rollout":{"state":"odd"}})")
                                       << QStringLiteral("unknown state");
        QTest::newRow("condition without type")
            << QByteArray(R"({"name":"a","replicas":{"desired":1},"conditions":[{"status":"True"}]})")
            << QStringLiteral("conditions[0].type");
        QTest::newRow("bad timestamp") << QByteArray(
                                              R"({"name":"a","replicas":{"desired":1},"created_at":"yesterday"})")
                                       << QStringLiteral("created_at");
    }
    void contractBreaksNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseDeployment(QJsonDocument::fromJson(body).object(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void stateFallsBackToPausedWithoutRollout()
    {
        const auto deployment = parseDeployment(json(R"({"name":"a","replicas":{"desired":2},"paused":true})"));
        QVERIFY(deployment);
        QCOMPARE(deployment->rolloutState, RolloutState::Paused);
    }

    void parsesTheDetail()
    {
        QJsonObject body = json(failedDeployment);
        body.insert(QStringLiteral("revisions"), array(revisionsJson));
        body.insert(QStringLiteral("pods"), array(podsJson));
        body.insert(QStringLiteral("events"), array(eventsJson));
        QString error;
        const auto detail = parseDeploymentDetail(body, &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->deployment.name, QStringLiteral("checkout-api"));
        QCOMPARE(detail->revisions.size(), 2);
        QVERIFY(detail->revisions.first().current);
        QCOMPARE(detail->revisions.at(1).images, QStringList{QStringLiteral("r/checkout-api:1.14.2")});
        QCOMPARE(detail->pods.size(), 2);
        QCOMPARE(detail->pods.first().restarts, 6);
        QVERIFY(!detail->pods.first().ready);
        QVERIFY(!detail->pods.at(1).startedAt);
        QCOMPARE(detail->pods.at(1).containers.size(), 2);
        QCOMPARE(detail->events.first().count, 12);
        QCOMPARE(detail->events.first().type, QStringLiteral("Warning"));

        body.insert(QStringLiteral("pods"), array(R"([{"phase":"Running"}])"));
        QVERIFY(!parseDeploymentDetail(body, &error));
        QVERIFY2(error.contains(QStringLiteral("pods[0].name")), qPrintable(error));
    }

    void parsesTheCluster()
    {
        const auto cluster = parseClusterInfo(json(
            // Not a raw string: moc reads the "//" of a URL in one as a comment and loses the class.
            "{\"namespace\":\"marketplace\",\"server\":\"http:/"
            "/127.0.0.1:6443\",\"mode\":\"kubeconfig\","
            "\"simulated\":true,\"connected\":true}"));
        QVERIFY(cluster);
        QVERIFY(cluster->simulated);
        QCOMPARE(cluster->server, QStringLiteral("http://127.0.0.1:6443"));
        QVERIFY(!parseClusterInfo(json(R"({"simulated":"yes"})")));
    }

    void parsesAlertsFiringFirst()
    {
        QString error;
        const auto alerts = parseAlerts(json(alertsJson), &error);
        QVERIFY2(alerts, qPrintable(error));
        QCOMPARE(alerts->size(), 3); // the inactive one is not shown
        QCOMPARE(alerts->at(0).name, QStringLiteral("ServerDown"));
        QCOMPARE(alerts->at(0).summary, QStringLiteral("서버 응답 없음"));
        QCOMPARE(alerts->at(0).otherLabelsText(), QStringLiteral("instance=127.0.0.1:8080, job=marketdesk"));
        QCOMPARE(alerts->at(1).name, QStringLiteral("ErrorRatio"));
        QCOMPARE(alerts->at(2).name, QStringLiteral("HighLatency"));
        QVERIFY(!alerts->at(2).isFiring());
        QVERIFY2(alerts->at(2).activeAt && alerts->at(2).activeAt->isValid(), "Prometheus' nanoseconds are read");
        QCOMPARE(alerts->at(2).activeAt->toSecsSinceEpoch(),
                 QDateTime(QDate(2026, 12, 1), QTime(20, 59, 1), Qt::UTC).toSecsSinceEpoch());
    }

    void refusesAlertsThatAreNotPrometheusShaped()
    {
        QString error;
        QVERIFY(!parseAlerts(json(R"({"status":"error","error":"boom"})"), &error));
        QVERIFY(!parseAlerts(json(R"({"status":"success","data":{}})"), &error));
        QVERIFY(error.contains(QStringLiteral("data.alerts")));
        QVERIFY(
            !parseAlerts(json(R"({"status":"success","data":{"alerts":[{"labels":{},"state":"firing"}]}})"), &error));
        QVERIFY(error.contains(QStringLiteral("alertname")));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentDto)
#include "TestDeploymentDto.moc"
