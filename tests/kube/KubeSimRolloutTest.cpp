// The controllers of marketdesk-kube-sim over time (at --speed 20): a rolling update that completes
// with its pods becoming ready, one that fails its progress deadline on a crash-looping image, a
// rollback that reuses the old ReplicaSet, and pause/resume.
#include "KubeTestKit.h"

#include "support/KubeSimProcess.h"
#include "support/TestSetupError.h"

#include <QtTest>

using namespace md::test;
using namespace md::test::kube;
using namespace std::chrono_literals;

namespace {

long long revisionOf(const nlohmann::json& object)
{
    return std::stoll(object["metadata"]["annotations"].value("deployment.kubernetes.io/revision", "0"));
}

nlohmann::json setImagePatch(const std::string& container, const std::string& image)
{
    return {{"spec", {{"template", {{"spec", {{"containers", {{{"name", container}, {"image", image}}}}}}}}}}};
}

bool complete(const nlohmann::json& deployment)
{
    return conditionReason(deployment, "Progressing") == "NewReplicaSetAvailable" &&
           deployment["status"].value("observedGeneration", 0LL) == deployment["metadata"].value("generation", -1LL);
}

} // namespace

class KubeSimRolloutTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_sim.start()); // demo seed at speed 20
        m_client = std::make_unique<HttpClient>(m_sim.client());
    }

    void rollingUpdateCompletesWithReadyPods()
    {
        const std::string image = "registry.example.com/marketplace/storefront-web:3.9.0";
        const long long oldRevision = revisionOf(m_client->get(kDeployments + "/storefront-web").json());
        const std::string version = m_client->get(kDeployments + "?limit=1").json()["metadata"]["resourceVersion"];
        HttpStream watch = m_client->openStream("GET", kDeployments + "?watch=1&resourceVersion=" + version);

        HttpResponse patched = patchAs(*m_client, kDeployments + "/storefront-web",
                                       setImagePatch("storefront-web", image), kStrategicMergePatch);
        QVERIFY2(patched.status == 200, patched.describe().c_str());

        // On the way: a state with some pods updated but not all (maxSurge 1 of 4 replicas).
        LineReader reader(watch);
        std::optional<nlohmann::json> midway = reader.nextEvent(
            [](const nlohmann::json& e) {
                const auto& d = e["object"];
                return d["metadata"]["name"] == "storefront-web" && statusCount(d, "updatedReplicas") > 0 &&
                       statusCount(d, "updatedReplicas") < 4;
            },
            20s);
        QVERIFY(midway.has_value());
        QCOMPARE(conditionStatus((*midway)["object"], "Progressing"), std::string("True"));

        nlohmann::json done = pollDeployment(*m_client, "storefront-web", complete, 30s);
        QVERIFY2(complete(done), done["status"].dump().c_str());
        QCOMPARE(statusCount(done, "replicas"), 4LL);
        QCOMPARE(statusCount(done, "updatedReplicas"), 4LL);
        QCOMPARE(statusCount(done, "readyReplicas"), 4LL);
        QCOMPARE(statusCount(done, "availableReplicas"), 4LL);
        QCOMPARE(conditionStatus(done, "Available"), std::string("True"));
        QCOMPARE(revisionOf(done), oldRevision + 1);

        nlohmann::json pods = m_client->get(kPods + "?labelSelector=app%3Dstorefront-web").items();
        QCOMPARE(pods.size(), std::size_t(4));
        for (const auto& pod : pods) {
            QCOMPARE(pod["spec"]["containers"][0]["image"].get<std::string>(), image);
            QCOMPARE(pod["status"]["phase"].get<std::string>(), std::string("Running"));
            QVERIFY(pod["status"]["containerStatuses"][0]["ready"].get<bool>());
        }
        // The new ReplicaSet carries the revision; the old ones are scaled to zero and kept.
        int current = 0;
        for (const auto& set : replicaSetsOf(*m_client, "storefront-web")) {
            if (revisionOf(set) == oldRevision + 1) {
                ++current;
                QCOMPARE(set["spec"]["replicas"].get<int>(), 4);
                QCOMPARE(set["spec"]["template"]["spec"]["containers"][0]["image"].get<std::string>(), image);
            } else {
                QCOMPARE(set["spec"]["replicas"].get<int>(), 0);
            }
        }
        QCOMPARE(current, 1);
        HttpResponse events = m_client->get(kEvents + "?fieldSelector=involvedObject.name%3Dstorefront-web");
        bool scaledUp = false;
        for (const auto& event : events.items())
            scaledUp =
                scaledUp || event["message"].get<std::string>().find("Scaled up replica set storefront-web-") == 0;
        QVERIFY(scaledUp);
        HttpResponse podEvents = m_client->get(kEvents + "?fieldSelector=involvedObject.kind%3DPod,reason%3DStarted");
        QVERIFY(!podEvents.items().empty());
    }

    void brokenImageExceedsProgressDeadline()
    {
        // 60 simulated seconds: 3 s at speed 20.
        nlohmann::json patch =
            setImagePatch("checkout-api", "registry.example.com/marketplace/checkout-api:2.0.0-broken");
        patch["spec"]["progressDeadlineSeconds"] = 60;
        HttpResponse patched = patchAs(*m_client, kDeployments + "/checkout-api", patch, kStrategicMergePatch);
        QVERIFY2(patched.status == 200, patched.describe().c_str());
        nlohmann::json failed = pollDeployment(
            *m_client, "checkout-api",
            [](const nlohmann::json& d) { return conditionReason(d, "Progressing") == "ProgressDeadlineExceeded"; },
            40s);
        QCOMPARE(conditionReason(failed, "Progressing"), std::string("ProgressDeadlineExceeded"));
        QCOMPARE(conditionStatus(failed, "Progressing"), std::string("False"));
        // The old pods still serve: the Deployment stays available.
        QCOMPARE(conditionStatus(failed, "Available"), std::string("True"));
        QVERIFY(statusCount(failed, "updatedReplicas") < 4);

        // The new pods crash-loop: never ready, restarts counted, the previous instance's log kept.
        std::string crashed;
        for (int attempt = 0; attempt < 200 && crashed.empty(); ++attempt) {
            for (const auto& pod : m_client->get(kPods + "?labelSelector=app%3Dcheckout-api").items()) {
                const auto& status = pod["status"]["containerStatuses"][0];
                if (pod["spec"]["containers"][0]["image"].get<std::string>().find("-broken") == std::string::npos)
                    continue;
                QVERIFY(!status["ready"].get<bool>());
                if (status["restartCount"].get<int>() >= 1 && status["state"].contains("waiting")) {
                    QCOMPARE(status["state"]["waiting"]["reason"].get<std::string>(), std::string("CrashLoopBackOff"));
                    QCOMPARE(status["lastState"]["terminated"]["exitCode"].get<int>(), 1);
                    crashed = pod["metadata"]["name"];
                }
            }
            if (crashed.empty()) QTest::qWait(50);
        }
        QVERIFY2(!crashed.empty(), "no crash-looping pod seen");
        HttpResponse previous = m_client->get(kPods + "/" + crashed + "/log?container=checkout-api&previous=true");
        QVERIFY2(previous.status == 200, previous.describe().c_str());
        QVERIFY(previous.body.find("\"level\":\"fatal\"") != std::string::npos);
        HttpResponse backOff =
            m_client->get(kEvents + "?fieldSelector=involvedObject.name%3D" + crashed + ",reason%3DBackOff");
        QVERIFY(!backOff.items().empty());
        QCOMPARE(backOff.items()[0]["type"].get<std::string>(), std::string("Warning"));
    }

    void rollbackReusesTheOldReplicaSet()
    {
        // Roll back to the revision before the broken one, as `kubectl rollout undo` does: put that
        // ReplicaSet's template (without pod-template-hash) back into the Deployment.
        nlohmann::json deployment = m_client->get(kDeployments + "/checkout-api").json();
        const long long current = revisionOf(deployment);
        nlohmann::json sets = replicaSetsOf(*m_client, "checkout-api");
        const std::size_t setCount = sets.size();
        nlohmann::json target;
        for (const auto& set : sets)
            if (revisionOf(set) == current - 1) target = set;
        QVERIFY2(!target.is_null(), "no ReplicaSet with the previous revision");
        nlohmann::json templ = target["spec"]["template"];
        templ["metadata"]["labels"].erase("pod-template-hash");
        HttpResponse patched = patchAs(
            *m_client, kDeployments + "/checkout-api",
            nlohmann::json::array({{{"op", "replace"}, {"path", "/spec/template"}, {"value", templ}}}), kJsonPatch);
        QVERIFY2(patched.status == 200, patched.describe().c_str());

        nlohmann::json done = pollDeployment(*m_client, "checkout-api", complete, 30s);
        QVERIFY2(complete(done), done["status"].dump().c_str());
        QCOMPARE(revisionOf(done), current + 1);
        QCOMPARE(statusCount(done, "readyReplicas"), 4LL);
        nlohmann::json after = replicaSetsOf(*m_client, "checkout-api");
        QCOMPARE(after.size(), setCount); // no new ReplicaSet
        for (const auto& set : after) {
            if (set["metadata"]["name"] == target["metadata"]["name"]) {
                QCOMPARE(revisionOf(set), current + 1);
                QCOMPARE(set["spec"]["replicas"].get<int>(), 4);
            } else {
                QCOMPARE(set["spec"]["replicas"].get<int>(), 0);
            }
        }
        QCOMPARE(firstImage(done), firstImage(nlohmann::json{{"spec", target["spec"]}}));
    }

    void pausedDeploymentHoldsItsRollout()
    {
        const std::size_t setsBefore = replicaSetsOf(*m_client, "cart-api").size();
        QCOMPARE(patchAs(*m_client, kDeployments + "/cart-api", {{"spec", {{"paused", true}}}}, kMergePatch).status,
                 200);
        HttpResponse patched = patchAs(*m_client, kDeployments + "/cart-api",
                                       setImagePatch("cart-api", "registry.example.com/marketplace/cart-api:1.11.0"),
                                       kStrategicMergePatch);
        QVERIFY2(patched.status == 200, patched.describe().c_str());
        const long long generation = patched.json()["metadata"]["generation"];
        // Once the controller observed the new generation it has decided: no new ReplicaSet while paused.
        nlohmann::json observed = pollDeployment(*m_client, "cart-api", [generation](const nlohmann::json& d) {
            return d["status"].value("observedGeneration", 0LL) >= generation;
        });
        QCOMPARE(observed["status"]["observedGeneration"].get<long long>(), generation);
        QCOMPARE(conditionReason(observed, "Progressing"), std::string("DeploymentPaused"));
        QCOMPARE(conditionStatus(observed, "Progressing"), std::string("Unknown"));
        QCOMPARE(replicaSetsOf(*m_client, "cart-api").size(), setsBefore);

        QCOMPARE(patchAs(*m_client, kDeployments + "/cart-api", {{"spec", {{"paused", false}}}}, kMergePatch).status,
                 200);
        nlohmann::json done = pollDeployment(*m_client, "cart-api", complete, 30s);
        QVERIFY2(complete(done), done["status"].dump().c_str());
        QCOMPARE(replicaSetsOf(*m_client, "cart-api").size(), setsBefore + 1);
    }

    void recreateStrategyReplacesAllPods()
    {
        HttpResponse patched =
            patchAs(*m_client, kDeployments + "/search-indexer",
                    setImagePatch("search-indexer", "registry.example.com/marketplace/search-indexer:0.9.0"),
                    kStrategicMergePatch);
        QVERIFY2(patched.status == 200, patched.describe().c_str());
        nlohmann::json done = pollDeployment(*m_client, "search-indexer", complete, 30s);
        QVERIFY2(complete(done), done["status"].dump().c_str());
        for (const auto& pod : m_client->get(kPods + "?labelSelector=app%3Dsearch-indexer").items())
            QCOMPARE(pod["spec"]["containers"][0]["image"].get<std::string>(),
                     std::string("registry.example.com/marketplace/search-indexer:0.9.0"));
    }

    void cleanupTestCase() { m_sim.stop(); }

private:
    KubeSimProcess m_sim;
    std::unique_ptr<HttpClient> m_client;
};

QTEST_GUILESS_MAIN(KubeSimRolloutTest)
#include "KubeSimRolloutTest.moc"
