// The request/response side of marketdesk-kube-sim: lists, gets, optimistic concurrency, the three
// patch types, the scale subresource, validation and the Status bodies of errors.
#include "KubeTestKit.h"

#include "support/KubeSimProcess.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <set>

using namespace md::test;
using namespace md::test::kube;

class KubeSimApiTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_sim.start()); // demo seed at speed 20
        m_client = std::make_unique<HttpClient>(m_sim.client());
    }

    void versionNamesTheSimulator()
    {
        HttpResponse response = m_client->get("/version");
        QVERIFY2(response.status == 200, response.describe().c_str());
        QVERIFY(response.json()["gitVersion"].get<std::string>().find("-marketdesk-sim") != std::string::npos);
        QCOMPARE(m_client->get("/healthz").body, std::string("ok"));
    }

    void listsDemoDeploymentsWithResourceVersion()
    {
        HttpResponse response = m_client->get(kDeployments);
        QVERIFY2(response.status == 200, response.describe().c_str());
        nlohmann::json list = response.json();
        QCOMPARE(list["kind"].get<std::string>(), std::string("DeploymentList"));
        QVERIFY(!list["metadata"]["resourceVersion"].get<std::string>().empty());
        std::set<std::string> names;
        for (const auto& item : response.items()) {
            names.insert(item["metadata"]["name"].get<std::string>());
            QVERIFY(!item["metadata"]["resourceVersion"].get<std::string>().empty());
            QCOMPARE(statusCount(item, "readyReplicas"), item["spec"]["replicas"].get<long long>());
            QCOMPARE(conditionReason(item, "Progressing"), std::string("NewReplicaSetAvailable"));
        }
        for (const char* expected : {"marketdesk-server", "storefront-web", "catalog-api", "cart-api", "checkout-api",
                                     "payment-gateway", "search-indexer", "notification-worker"})
            QVERIFY2(names.count(expected), expected);
        // Revision history: the demo keeps older ReplicaSets scaled to zero.
        nlohmann::json sets = replicaSetsOf(*m_client, "cart-api");
        QVERIFY(sets.size() >= 2);
    }

    void pagesWithLimitAndContinue()
    {
        std::vector<std::string> paged;
        std::string token;
        for (int page = 0; page < 20; ++page) {
            std::string target = kDeployments + "?limit=3" + (token.empty() ? "" : "&continue=" + token);
            HttpResponse response = m_client->get(target);
            QVERIFY2(response.status == 200, response.describe().c_str());
            for (const auto& item : response.items())
                paged.push_back(item["metadata"]["name"]);
            token = response.json()["metadata"].value("continue", "");
            if (token.empty()) break;
            QVERIFY(response.items().size() == 3);
        }
        QVERIFY(token.empty());
        std::vector<std::string> all;
        for (const auto& item : m_client->get(kDeployments).items())
            all.push_back(item["metadata"]["name"]);
        QCOMPARE(paged, all);
        QVERIFY(std::is_sorted(all.begin(), all.end()));
        HttpResponse bad = m_client->get(kDeployments + "?limit=3&continue=not-a-token");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json()["reason"].get<std::string>(), std::string("BadRequest"));
    }

    void selectsPodsByLabel()
    {
        HttpResponse response = m_client->get(kPods + "?labelSelector=app%3Dcatalog-api");
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.items().size(), std::size_t(3));
        for (const auto& pod : response.items()) {
            QCOMPARE(pod["metadata"]["labels"]["app"].get<std::string>(), std::string("catalog-api"));
            QCOMPARE(pod["status"]["phase"].get<std::string>(), std::string("Running"));
            QVERIFY(pod["spec"]["nodeName"].get<std::string>().rfind("node-", 0) == 0);
            QCOMPARE(pod["metadata"]["ownerReferences"][0]["kind"].get<std::string>(), std::string("ReplicaSet"));
            QVERIFY(pod["status"]["containerStatuses"][0]["ready"].get<bool>());
        }
        HttpResponse set = m_client->get(kPods + "?labelSelector=app%20in%20(catalog-api%2Ccart-api),tier%3Dbackend");
        QCOMPARE(set.items().size(), std::size_t(6));
        HttpResponse none = m_client->get(kPods + "?labelSelector=app%3Dno-such-app");
        QCOMPARE(none.items().size(), std::size_t(0));
        HttpResponse bad = m_client->get(kPods + "?labelSelector=app%20in%20(");
        QCOMPARE(bad.status, 400);
    }

    void getsOneObjectAndNotFoundIsAStatus()
    {
        HttpResponse response = m_client->get(kDeployments + "/checkout-api");
        QVERIFY2(response.status == 200, response.describe().c_str());
        QCOMPARE(response.json()["kind"].get<std::string>(), std::string("Deployment"));
        QVERIFY(firstImage(response.json()).find("registry.example.com/marketplace/checkout-api:") == 0);

        HttpResponse missing = m_client->get(kDeployments + "/no-such-thing");
        QCOMPARE(missing.status, 404);
        nlohmann::json status = missing.json();
        QCOMPARE(status["kind"].get<std::string>(), std::string("Status"));
        QCOMPARE(status["status"].get<std::string>(), std::string("Failure"));
        QCOMPARE(status["reason"].get<std::string>(), std::string("NotFound"));
        QCOMPARE(status["code"].get<int>(), 404);
        QCOMPARE(status["details"]["name"].get<std::string>(), std::string("no-such-thing"));
        QCOMPARE(status["details"]["kind"].get<std::string>(), std::string("deployments"));

        HttpResponse otherNamespace = m_client->get("/apis/apps/v1/namespaces/elsewhere/deployments/checkout-api");
        QCOMPARE(otherNamespace.status, 404);
        HttpResponse unknownPath = m_client->get("/apis/apps/v1/namespaces/marketplace/statefulsets");
        QCOMPARE(unknownPath.status, 404);
        QCOMPARE(unknownPath.json()["kind"].get<std::string>(), std::string("Status"));
        HttpResponse wrongMethod = m_client->request("DELETE", kDeployments + "/checkout-api");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.json()["reason"].get<std::string>(), std::string("MethodNotAllowed"));
    }

    void putWithStaleResourceVersionConflicts()
    {
        nlohmann::json deployment = m_client->get(kDeployments + "/notification-worker").json();
        const long long generation = deployment["metadata"]["generation"];
        nlohmann::json first = deployment;
        first["metadata"]["labels"]["owner"] = "team-a";
        HttpResponse ok = putJson(*m_client, kDeployments + "/notification-worker", first);
        QVERIFY2(ok.status == 200, ok.describe().c_str());
        QVERIFY(ok.json()["metadata"]["resourceVersion"] != deployment["metadata"]["resourceVersion"]);
        QCOMPARE(ok.json()["metadata"]["generation"].get<long long>(), generation); // labels only: no spec change

        nlohmann::json stale = deployment; // still carries the old resourceVersion
        stale["spec"]["replicas"] = 5;
        HttpResponse conflict = putJson(*m_client, kDeployments + "/notification-worker", stale);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json()["reason"].get<std::string>(), std::string("Conflict"));
        QVERIFY(conflict.json()["message"].get<std::string>().find("the object has been modified") !=
                std::string::npos);

        nlohmann::json noVersion = deployment;
        noVersion["metadata"].erase("resourceVersion");
        HttpResponse invalid = putJson(*m_client, kDeployments + "/notification-worker", noVersion);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json()["reason"].get<std::string>(), std::string("Invalid"));
    }

    void mergePatchChangesSpecAndBumpsGeneration()
    {
        nlohmann::json before = m_client->get(kDeployments + "/inventory-sync").json();
        HttpResponse patched =
            patchAs(*m_client, kDeployments + "/inventory-sync", {{"spec", {{"paused", true}}}}, kMergePatch);
        QVERIFY2(patched.status == 200, patched.describe().c_str());
        QCOMPARE(patched.json()["spec"]["paused"].get<bool>(), true);
        QCOMPARE(patched.json()["metadata"]["generation"].get<long long>(),
                 before["metadata"]["generation"].get<long long>() + 1);
        nlohmann::json paused = pollDeployment(*m_client, "inventory-sync", [](const nlohmann::json& d) {
            return conditionReason(d, "Progressing") == "DeploymentPaused";
        });
        QCOMPARE(conditionReason(paused, "Progressing"), std::string("DeploymentPaused"));
        QCOMPARE(paused["status"]["observedGeneration"], paused["metadata"]["generation"]);

        // A resourceVersion inside the patch is a precondition.
        HttpResponse stale = patchAs(
            *m_client, kDeployments + "/inventory-sync",
            {{"metadata", {{"resourceVersion", before["metadata"]["resourceVersion"]}}}, {"spec", {{"paused", false}}}},
            kMergePatch);
        QCOMPARE(stale.status, 409);
        HttpResponse resumed =
            patchAs(*m_client, kDeployments + "/inventory-sync", {{"spec", {{"paused", nullptr}}}}, kMergePatch);
        QVERIFY2(resumed.status == 200, resumed.describe().c_str());
        QVERIFY(!resumed.json()["spec"].contains("paused"));
    }

    void strategicMergePatchMergesContainersByName()
    {
        // checkout-api has two containers; a strategic merge patch naming one keeps the other.
        nlohmann::json patch = {
            {"spec",
             {{"template",
               {{"metadata", {{"annotations", {{"kubectl.kubernetes.io/restartedAt", "2026-12-01T12:00:00Z"}}}}},
                {"spec",
                 {{"containers",
                   {{{"name", "log-shipper"}, {"image", "registry.example.com/platform/fluent-bit:2.2.1"}}}}}}}}}}};
        HttpResponse response = patchAs(*m_client, kDeployments + "/payment-gateway", patch, kStrategicMergePatch);
        QVERIFY2(response.status == 200, response.describe().c_str());
        nlohmann::json containers = response.json()["spec"]["template"]["spec"]["containers"];
        QCOMPARE(containers.size(), std::size_t(2));
        QCOMPARE(containers[0]["name"].get<std::string>(), std::string("payment-gateway"));
        QVERIFY(containers[0]["image"].get<std::string>().find("payment-gateway:5.2.0") != std::string::npos);
        QCOMPARE(containers[1]["image"].get<std::string>(),
                 std::string("registry.example.com/platform/fluent-bit:2.2.1"));
        QCOMPARE(response.json()["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"]
                     .get<std::string>(),
                 std::string("2026-12-01T12:00:00Z"));

        // The same body as a merge patch replaces the list: one container left.
        nlohmann::json mergeBody = {
            {"spec",
             {{"template",
               {{"spec",
                 {{"containers",
                   {{{"name", "payment-gateway"},
                     {"image", "registry.example.com/marketplace/payment-gateway:5.2.1"}}}}}}}}}}};
        HttpResponse merged = patchAs(*m_client, kDeployments + "/payment-gateway", mergeBody, kMergePatch);
        QVERIFY2(merged.status == 200, merged.describe().c_str());
        QCOMPARE(merged.json()["spec"]["template"]["spec"]["containers"].size(), std::size_t(1));

        HttpResponse jsonPatch =
            patchAs(*m_client, kDeployments + "/payment-gateway",
                    nlohmann::json::array({{{"op", "replace"}, {"path", "/spec/replicas"}, {"value", 3}}}), kJsonPatch);
        QVERIFY2(jsonPatch.status == 200, jsonPatch.describe().c_str());
        QCOMPARE(jsonPatch.json()["spec"]["replicas"].get<int>(), 3);

        HttpResponse plainJson = m_client->patch(kDeployments + "/payment-gateway", {{"spec", {{"replicas", 2}}}});
        QCOMPARE(plainJson.status, 415);
    }

    void invalidSpecsAreRejected()
    {
        HttpResponse negative =
            patchAs(*m_client, kDeployments + "/cart-api", {{"spec", {{"replicas", -1}}}}, kMergePatch);
        QCOMPARE(negative.status, 422);
        QCOMPARE(negative.json()["reason"].get<std::string>(), std::string("Invalid"));
        QCOMPARE(negative.json()["details"]["causes"][0]["field"].get<std::string>(), std::string("spec.replicas"));
        HttpResponse emptyImage =
            patchAs(*m_client, kDeployments + "/cart-api",
                    {{"spec", {{"template", {{"spec", {{"containers", {{{"name", "cart-api"}, {"image", ""}}}}}}}}}}},
                    kStrategicMergePatch);
        QCOMPARE(emptyImage.status, 422);
        HttpResponse notJson =
            m_client->request("PATCH", kDeployments + "/cart-api", "{nope", {{"Content-Type", kMergePatch}});
        QCOMPARE(notJson.status, 400);
    }

    void scaleSubresource()
    {
        HttpResponse scale = m_client->get(kDeployments + "/search-indexer/scale");
        QVERIFY2(scale.status == 200, scale.describe().c_str());
        QCOMPARE(scale.json()["kind"].get<std::string>(), std::string("Scale"));
        QCOMPARE(scale.json()["apiVersion"].get<std::string>(), std::string("autoscaling/v1"));
        QCOMPARE(scale.json()["spec"]["replicas"].get<int>(), 2);
        QCOMPARE(scale.json()["status"]["selector"].get<std::string>(), std::string("app=search-indexer"));

        nlohmann::json body = scale.json();
        body["spec"]["replicas"] = 3;
        HttpResponse put = putJson(*m_client, kDeployments + "/search-indexer/scale", body);
        QVERIFY2(put.status == 200, put.describe().c_str());
        QCOMPARE(put.json()["spec"]["replicas"].get<int>(), 3);
        HttpResponse stale =
            putJson(*m_client, kDeployments + "/search-indexer/scale", body); // same old resourceVersion
        QCOMPARE(stale.status, 409);

        HttpResponse patch =
            patchAs(*m_client, kDeployments + "/search-indexer/scale", {{"spec", {{"replicas", 1}}}}, kMergePatch);
        QVERIFY2(patch.status == 200, patch.describe().c_str());
        nlohmann::json scaled = pollDeployment(*m_client, "search-indexer", [](const nlohmann::json& d) {
            return statusCount(d, "replicas") == 1 && statusCount(d, "readyReplicas") == 1;
        });
        QCOMPARE(scaled["spec"]["replicas"].get<int>(), 1);
        QCOMPARE(statusCount(scaled, "replicas"), 1LL);
        HttpResponse pods = m_client->get(kPods + "?labelSelector=app%3Dsearch-indexer");
        QCOMPARE(pods.items().size(), std::size_t(1));
    }

    void eventsBySelectedObject()
    {
        HttpResponse response =
            m_client->get(kEvents + "?fieldSelector=involvedObject.name%3Dcart-api,involvedObject.kind%3DDeployment");
        QVERIFY2(response.status == 200, response.describe().c_str());
        QVERIFY(!response.items().empty());
        for (const auto& event : response.items()) {
            QCOMPARE(event["involvedObject"]["name"].get<std::string>(), std::string("cart-api"));
            QCOMPARE(event["reason"].get<std::string>(), std::string("ScalingReplicaSet"));
            QCOMPARE(event["type"].get<std::string>(), std::string("Normal"));
        }
        HttpResponse unsupported = m_client->get(kEvents + "?fieldSelector=spec.secret%3Dx");
        QCOMPARE(unsupported.status, 400);
    }

    void deletedPodIsReplaced()
    {
        nlohmann::json pods = m_client->get(kPods + "?labelSelector=app%3Dorder-events-consumer").items();
        QCOMPARE(pods.size(), std::size_t(3));
        const std::string victim = pods[0]["metadata"]["name"];
        HttpResponse deleted = m_client->del(kPods + "/" + victim);
        QVERIFY2(deleted.status == 200, deleted.describe().c_str());
        QCOMPARE(m_client->get(kPods + "/" + victim).status, 404);
        nlohmann::json back = pollDeployment(*m_client, "order-events-consumer", [](const nlohmann::json& d) {
            return statusCount(d, "readyReplicas") == 3;
        });
        QCOMPARE(statusCount(back, "readyReplicas"), 3LL);
        QCOMPARE(m_client->get(kPods + "?labelSelector=app%3Dorder-events-consumer").items().size(), std::size_t(3));
    }

    void cleanupTestCase() { m_sim.stop(); }

private:
    KubeSimProcess m_sim;
    std::unique_ptr<HttpClient> m_client;
};

QTEST_GUILESS_MAIN(KubeSimApiTest)
#include "KubeSimApiTest.moc"
