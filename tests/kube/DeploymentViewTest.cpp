// The mapping from Kubernetes objects to the JSON the ops endpoints serve, and the rollout state
// computed as `kubectl rollout status` does.

#include "DeploymentViewFixtures.h"
#include "ops/kube/DeploymentView.h"

#include <QtTest>

using namespace md::ops::kube;
using nlohmann::json;

namespace {

json deployment(long long desired, long long updated, long long current, long long available, long long generation,
                long long observed)
{
    return json::parse(fixture(Fixture::Deployment))
        .patch(json::array({
            {{"op", "replace"}, {"path", "/spec/replicas"}, {"value", desired}},
            {{"op", "replace"}, {"path", "/status/updatedReplicas"}, {"value", updated}},
            {{"op", "replace"}, {"path", "/status/replicas"}, {"value", current}},
            {{"op", "replace"}, {"path", "/status/availableReplicas"}, {"value", available}},
            {{"op", "replace"}, {"path", "/metadata/generation"}, {"value", generation}},
            {{"op", "replace"}, {"path", "/status/observedGeneration"}, {"value", observed}},
        }));
}

json replicaSet(const std::string& name, const std::string& revision, const std::string& ownerUid, bool controller,
                const std::string& image)
{
    return {{"metadata",
             {{"name", name},
              {"creationTimestamp", "2026-11-30T09:00:00Z"},
              {"annotations", {{"deployment.kubernetes.io/revision", revision}}},
              {"ownerReferences", {{{"kind", "Deployment"}, {"name", "checkout-api"}, {"uid", ownerUid},
                                    {"controller", controller}}}}}},
            {"spec", {{"template", {{"spec", {{"containers", {{{"name", "app"}, {"image", image}}}}}}}}}},
            {"status", {{"replicas", 2}}}};
}

} // namespace

class DeploymentViewTest : public QObject {
    Q_OBJECT
private slots:
    void fields()
    {
        const json view = deploymentView(deployment(4, 4, 4, 3, 2, 2));
        QCOMPARE(view["name"], json("checkout-api"));
        QCOMPARE(view["namespace"], json("marketplace"));
        QCOMPARE(view["images"], json({"registry.example.com/marketplace/checkout-api:1.14.2", "envoy:1.28"}));
        QCOMPARE(view["containers"][1], json({{"name", "proxy"}, {"image", "envoy:1.28"}}));
        QCOMPARE(view["replicas"], json({{"desired", 4}, {"ready", 1}, {"updated", 4}, {"available", 3},
                                         {"unavailable", 0}}));
        QCOMPARE(view["revision"], json(3));
        QCOMPARE(view["generation"], json(2));
        QCOMPARE(view["observed_generation"], json(2));
        QCOMPARE(view["conditions"][0]["last_update"], json("2026-11-30T10:01:00Z"));
        QCOMPARE(view["paused"], json(false));
        QCOMPARE(view["strategy"], json("RollingUpdate"));
        QCOMPARE(view["resource_version"], json("42"));
        QCOMPARE(view["created_at"], json("2026-11-30T10:00:00Z"));
        QCOMPARE(view["rollout"]["state"], json("progressing"));
    }

    void omittedFieldsDefault()
    {
        const json view = deploymentView(json::parse(fixture(Fixture::BareDeployment)));
        QCOMPARE(view["replicas"]["desired"], json(1)); // Kubernetes' default
        QCOMPARE(view["replicas"]["ready"], json(0));
        QCOMPARE(view["revision"], json(0));
        QCOMPARE(view["images"], json::array());
    }

    void rollout_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("complete") << QByteArray(fixture(Fixture::PatchNone)) << "complete" << "successfully rolled out";
        QTest::newRow("spec not observed") << QByteArray(fixture(Fixture::PatchGeneration))
                                           << "progressing" << "waiting for the deployment spec update to be observed";
        QTest::newRow("updating") << QByteArray(fixture(Fixture::PatchUpdating))
                                  << "progressing" << "1 of 3 new replicas updated";
        QTest::newRow("old pending") << QByteArray(fixture(Fixture::PatchOldPending))
                                     << "progressing" << "2 old replicas pending termination";
        QTest::newRow("not available") << QByteArray(fixture(Fixture::PatchNotAvailable))
                                       << "progressing" << "2 of 3 updated replicas available";
        QTest::newRow("paused") << QByteArray(fixture(Fixture::PatchPaused)) << "paused"
                                << "the rollout is paused";
        QTest::newRow("deadline") << QByteArray(fixture(Fixture::PatchDeadline))
                                  << "failed" << "ReplicaSet \"checkout-api-7d\" has timed out progressing.";
    }

    void rollout()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, state);
        QFETCH(QString, message);
        const json object = deployment(3, 3, 3, 3, 2, 2).patch(json::parse(patch.toStdString()));
        const json rollout = rolloutState(object);
        QCOMPARE(QString::fromStdString(rollout["state"]), state);
        QCOMPARE(QString::fromStdString(rollout["message"]), message);
    }

    void revisionsFromOwnedReplicaSets()
    {
        const json list = {{"items",
                            {replicaSet("checkout-api-a", "1", "u-1", true, "img:1"),
                             replicaSet("checkout-api-c", "3", "u-1", true, "img:3"),
                             replicaSet("checkout-api-b", "2", "u-1", true, "img:2"),
                             replicaSet("someone-else", "9", "u-2", true, "img:9"),
                             replicaSet("not-controller", "8", "u-1", false, "img:8")}}};
        const json revisions = revisionsView(deployment(1, 1, 1, 1, 1, 1), list);
        QCOMPARE(revisions.size(), std::size_t(3));
        QCOMPARE(revisions[0]["revision"], json(3));
        QCOMPARE(revisions[0]["current"], json(true));
        QCOMPARE(revisions[0]["replicaset"], json("checkout-api-c"));
        QCOMPARE(revisions[0]["images"], json({"img:3"}));
        QCOMPARE(revisions[0]["replicas"], json(2));
        QCOMPARE(revisions[2]["revision"], json(1));
        QCOMPARE(revisions[2]["current"], json(false));
    }

    void pods()
    {
        const json pod = json::parse(fixture(Fixture::CrashingPod));
        const json view = podView(pod);
        QCOMPARE(view, json({{"name", "checkout-api-7d-x1"}, {"phase", "Running"}, {"ready", false}, {"restarts", 5},
                             {"node", "node-b"}, {"started_at", "2026-11-30T10:00:00Z"},
                             {"containers", {"app", "proxy"}}, {"reason", "CrashLoopBackOff"}}));
        QCOMPARE(podView(json::parse(fixture(Fixture::PendingPod)))["ready"], json(false));
    }

    void events()
    {
        const json event = json::parse(fixture(Fixture::BackOffEvent));
        QCOMPARE(eventView(event), json({{"type", "Warning"}, {"reason", "BackOff"}, {"message", "Back-off restarting"},
                                         {"object", "Pod/p1"}, {"count", 7}, {"first_seen", "2026-11-30T10:00:00Z"},
                                         {"last_seen", "2026-11-30T10:05:00Z"}}));
        const json modern = json::parse(fixture(Fixture::ModernEvent));
        QCOMPARE(eventView(modern)["first_seen"], json("2026-11-30T11:00:00.000000Z"));
        QCOMPARE(eventView(modern)["last_seen"], json("2026-11-30T11:00:00.000000Z"));
        QCOMPARE(eventView(modern)["count"], json(1));
    }

    void selectors()
    {
        QCOMPARE(labelSelectorText(json::parse(fixture(Fixture::LabelsSelector))),
                 std::string("app=web,tier=front"));
        QCOMPARE(labelSelectorText(json::parse(fixture(Fixture::ExpressionsSelector))),
                 std::string("app=web,env in (prod,staging),!canary,track,zone notin (a)"));
        QCOMPARE(labelSelectorText(json::object()), std::string());
    }
};

QTEST_GUILESS_MAIN(DeploymentViewTest)
#include "DeploymentViewTest.moc"
