// The Kubernetes ops endpoints end to end: the real marketdesk-server against the Kubernetes API
// test server (marketdesk-kube-sim), configured through a kubeconfig whose user reads a token
// file. Covers list/detail shapes, every action (audited), the 409 retry, the watch relist after
// 410 Gone, deployment.updated on the event stream, pod logs (tail and follow), token rotation,
// a hung API server and a dead one (503 cluster_unavailable, fast), who may do what, and log
// follows as long-lived streams (capped with event streams, ended with the caller's token).

#include "auth/TokenForge.h"
#include "support/HttpClient.h"
#include "support/HttpStream.h"
#include "support/KubeSimProcess.h"
#include "support/ServerStack.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <fstream>
#include <optional>
#include <set>
#include <thread>

using namespace md::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const std::string kDeployments = "/api/v1/ops/deployments";
const std::string kSimDeployments = "/apis/apps/v1/namespaces/marketplace/deployments/";

void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary | std::ios::trunc) << text;
}

} // namespace

class KubeOpsApiTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString work = TestPaths::workDirectory() + "/kube-ops-api-" + QString::number(QCoreApplication::applicationPid());
        QDir().mkpath(work);
        m_tokenFile = work + "/token";
        writeText(m_tokenFile, "first-token\n");
        KubeSimProcess::Options simOptions;
        simOptions.tokenFile = m_tokenFile;
        MD_REQUIRE(m_sim.start(simOptions));
        // Our own kubeconfig: the user reads the token from the file the sim checks, so rotating it
        // is one file write (KubeSimProcess::writeKubeconfig inlines a fixed token instead).
        m_kubeconfig = work + "/kubeconfig";
        writeText(m_kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: sim\n"
                                "clusters:\n- name: sim\n  cluster:\n    server: " + m_sim.baseUrl().toStdString() + "\n"
                                "contexts:\n- name: sim\n  context:\n    cluster: sim\n    user: ops\n    namespace: ignored\n"
                                "users:\n- name: ops\n  user:\n    tokenFile: token\n");
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_KUBE_MODE", "kubeconfig"},
                               {"MARKETDESK_KUBECONFIG", m_kubeconfig},
                               {"MARKETDESK_KUBE_NAMESPACE", "marketplace"},
                               {"MARKETDESK_KUBE_TIMEOUT_MS", "2000"},
                               // podLogsTailAndFollow counts on 8 workers (2 log follows at once).
                               {"MARKETDESK_WORKER_THREADS", "8"}};
        MD_REQUIRE(m_stack.start(options));
        // The informer lists once connected; wait (bounded) until the list is served.
        HttpClient operatorClient = client(Role::Operator);
        QTRY_VERIFY_WITH_TIMEOUT(operatorClient.get(kDeployments + "?limit=1").status == 200, 20000);
    }

    void cluster()
    {
        HttpResponse r = client(Role::Operator).get("/api/v1/ops/cluster");
        QVERIFY2(r.status == 200, r.describe().c_str());
        QCOMPARE(r.json()["namespace"], json("marketplace")); // MARKETDESK_KUBE_NAMESPACE beats the context's
        QCOMPARE(r.json()["server"], json(m_sim.baseUrl().toStdString()));
        QCOMPARE(r.json()["mode"], json("kubeconfig"));
        QCOMPARE(r.json()["simulated"], json(true));
        QCOMPARE(r.json()["connected"], json(true));
    }

    void listPagesByName()
    {
        HttpClient operatorClient = client(Role::Operator);
        std::vector<std::string> names;
        std::string cursor;
        for (int page = 0; page < 20; ++page) {
            HttpResponse r = operatorClient.get(kDeployments + "?limit=3" + (cursor.empty() ? "" : "&cursor=" + cursor));
            QVERIFY2(r.status == 200, r.describe().c_str());
            QVERIFY(r.items().size() <= 3);
            for (const auto& item : r.items()) names.push_back(item["name"]);
            if (r.json()["next_cursor"].is_null()) break;
            cursor = r.json()["next_cursor"];
        }
        QCOMPARE(names.size(), std::size_t(10)); // the demo seed's ten Deployments
        QVERIFY(std::is_sorted(names.begin(), names.end()));
        QCOMPARE(std::set<std::string>(names.begin(), names.end()).size(), names.size());

        HttpResponse filtered = operatorClient.get(kDeployments + "?q=API");
        QVERIFY2(filtered.status == 200, filtered.describe().c_str());
        std::vector<std::string> apis;
        for (const auto& item : filtered.items()) apis.push_back(item["name"]);
        QCOMPARE(apis, (std::vector<std::string>{"cart-api", "catalog-api", "checkout-api"}));
        QVERIFY(filtered.json()["next_cursor"].is_null());

        QCOMPARE(operatorClient.get(kDeployments + "?limit=0").status, 422);
        QCOMPARE(operatorClient.get(kDeployments + "?limit=501").status, 422);
        QCOMPARE(operatorClient.get(kDeployments + "?cursor=garbage").status, 400);
    }

    void listItemShape()
    {
        HttpResponse r = client(Role::Operator).get(kDeployments + "?q=checkout-api");
        QVERIFY2(r.status == 200 && r.items().size() == 1, r.describe().c_str());
        const json item = r.items()[0];
        for (const char* field : {"name", "namespace", "images", "containers", "replicas", "revision", "generation",
                                  "observed_generation", "conditions", "paused", "rollout", "strategy",
                                  "resource_version", "created_at"})
            QVERIFY2(item.contains(field), field);
        QCOMPARE(item["namespace"], json("marketplace"));
        QCOMPARE(item["images"][0], json("registry.example.com/marketplace/checkout-api:1.14.2"));
        QCOMPARE(item["containers"][0]["name"], json("checkout-api"));
        QCOMPARE(item["containers"][1]["name"], json("log-shipper"));
        for (const char* count : {"desired", "ready", "updated", "available", "unavailable"})
            QVERIFY2(item["replicas"][count].is_number_integer(), count);
        QCOMPARE(item["revision"], json(3));
        QVERIFY(item["rollout"]["state"].is_string());
    }

    void detailShape()
    {
        HttpResponse r = client(Role::Operator).get(kDeployments + "/checkout-api");
        QVERIFY2(r.status == 200, r.describe().c_str());
        const json detail = r.json();
        QCOMPARE(detail["name"], json("checkout-api"));
        const json revisions = detail["revisions"];
        QCOMPARE(revisions.size(), std::size_t(3));
        QCOMPARE(revisions[0]["revision"], json(3));
        QCOMPARE(revisions[0]["current"], json(true));
        QCOMPARE(revisions[2]["images"][0], json("registry.example.com/marketplace/checkout-api:1.13.0"));
        QCOMPARE(revisions[2]["current"], json(false));
        QVERIFY(!detail["pods"].empty());
        for (const auto& pod : detail["pods"]) {
            QVERIFY(pod["name"].get<std::string>().rfind("checkout-api-", 0) == 0);
            for (const char* field : {"phase", "ready", "restarts", "node", "started_at", "containers"})
                QVERIFY2(pod.contains(field), field);
        }
        QVERIFY(detail["events"].is_array());
        QVERIFY(!detail["events"].empty());
        for (const auto& event : detail["events"])
            for (const char* field : {"type", "reason", "message", "object", "count", "first_seen", "last_seen"})
                QVERIFY2(event.contains(field), field);

        QCOMPARE(client(Role::Operator).get(kDeployments + "/no-such-app").errorCode(), std::string("not_found"));
        QCOMPARE(client(Role::Operator).get(kDeployments + "/Bad_Name").status, 404);
    }

    void authorization_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("expected");
        QTest::newRow("admin") << int(Role::Admin) << 200;
        QTest::newRow("operator") << int(Role::Operator) << 200;
        QTest::newRow("seller") << int(Role::SellerA) << 403;
        QTest::newRow("support") << int(Role::Support) << 403;
        QTest::newRow("customer") << int(Role::CustomerA) << 403;
    }

    void authorization()
    {
        QFETCH(int, role);
        QFETCH(int, expected);
        HttpClient caller = client(static_cast<Role>(role));
        QCOMPARE(caller.get(kDeployments).status, expected);
        QCOMPARE(caller.get("/api/v1/ops/cluster").status, expected);
        QCOMPARE(caller.get(kDeployments + "/cart-api").status, expected);
        if (expected == 403) {
            QCOMPARE(caller.post(kDeployments + "/cart-api/scale", {{"replicas", 2}}).status, 403);
            QCOMPARE(caller.post(kDeployments + "/cart-api/restart", json::object()).status, 403);
            QCOMPARE(caller.get("/api/v1/ops/pods/any/logs").status, 403);
        }
        QCOMPARE(m_stack.fixtures().anonymousClient().get(kDeployments).status, 401);
    }

    void scaleIsAppliedAndAudited()
    {
        HttpClient operatorClient = client(Role::Operator);
        HttpResponse r = operatorClient.post(kDeployments + "/cart-api/scale", {{"replicas", 5}});
        QVERIFY2(r.status == 200, r.describe().c_str());
        QCOMPARE(r.json()["replicas"]["desired"], json(5));
        QCOMPARE(simGet(kSimDeployments + "cart-api/scale")["spec"]["replicas"], json(5));
        QCOMPARE(auditCount("deployment.scale", "cart-api"), 1);
        QCOMPARE(QString::fromStdString(m_stack.database().scalar(
                     "SELECT after->>'replicas' || ' ' || actor_email FROM audit_log WHERE action = 'deployment.scale'")),
                 QString("5 operator@test.marketdesk.kr"));
        // The rollout reaches the new size (sim speed 20).
        QTRY_VERIFY_WITH_TIMEOUT(deployment("cart-api")["replicas"]["available"] == json(5), 20000);

        QCOMPARE(operatorClient.post(kDeployments + "/cart-api/scale", {{"replicas", 1001}}).status, 422);
        QCOMPARE(operatorClient.post(kDeployments + "/cart-api/scale", {{"replicas", -1}}).status, 422);
        QCOMPARE(operatorClient.post(kDeployments + "/cart-api/scale", {{"replicas", "3"}}).status, 422);
        QCOMPARE(operatorClient.post(kDeployments + "/no-such-app/scale", {{"replicas", 1}}).status, 404);
        QCOMPARE(auditCount("deployment.scale", "cart-api"), 1);
    }

    void restartStampsTheTemplate()
    {
        const long long before = deployment("catalog-api")["revision"];
        HttpResponse r = client(Role::Operator).post(kDeployments + "/catalog-api/restart", json::object());
        QVERIFY2(r.status == 200, r.describe().c_str());
        const json annotations = simGet(kSimDeployments + "catalog-api")["spec"]["template"]["metadata"]["annotations"];
        QVERIFY2(annotations.contains("kubectl.kubernetes.io/restartedAt"), annotations.dump().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(deployment("catalog-api")["revision"].get<long long>() == before + 1, 20000);
        QCOMPARE(auditCount("deployment.restart", "catalog-api"), 1);
    }

    void setImageByContainerName()
    {
        HttpClient operatorClient = client(Role::Operator);
        const std::string image = "registry.example.com/marketplace/payment-gateway:5.3.0";
        HttpResponse r = operatorClient.post(kDeployments + "/payment-gateway/image",
                                             {{"container", "payment-gateway"}, {"image", image}});
        QVERIFY2(r.status == 200, r.describe().c_str());
        QCOMPARE(r.json()["containers"][0], json({{"name", "payment-gateway"}, {"image", image}}));
        // The other container is left alone (strategic merge by name).
        QCOMPARE(r.json()["containers"][1], json({{"name", "log-shipper"},
                                                  {"image", "registry.example.com/platform/fluent-bit:2.2.0"}}));
        QCOMPARE(auditCount("deployment.image", "payment-gateway"), 1);

        HttpResponse missing = operatorClient.post(kDeployments + "/payment-gateway/image",
                                                   {{"container", "sidecar"}, {"image", image}});
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.json()["error"]["details"]["fields"].contains("container"));
        QCOMPARE(operatorClient.post(kDeployments + "/payment-gateway/image",
                                     {{"container", "payment-gateway"}, {"image", "has space:1"}})
                     .status,
                 422);
        QCOMPARE(operatorClient.post(kDeployments + "/payment-gateway/image", {{"container", "payment-gateway"}}).status,
                 422);
    }

    void rollbackToAChosenRevision()
    {
        HttpClient operatorClient = client(Role::Operator);
        const json detail = operatorClient.get(kDeployments + "/marketdesk-server").json();
        QCOMPARE(detail["revisions"].size(), std::size_t(3));
        const json oldest = detail["revisions"][2]; // revision 1: marketdesk-server:0.9.0
        QCOMPARE(oldest["revision"], json(1));
        HttpResponse r = operatorClient.post(kDeployments + "/marketdesk-server/rollback", {{"revision", 1}});
        QVERIFY2(r.status == 200, r.describe().c_str());
        QCOMPARE(r.json()["images"], oldest["images"]);
        // As `kubectl rollout undo --to-revision=1`: the old ReplicaSet is reused and becomes revision 4.
        QTRY_VERIFY_WITH_TIMEOUT(operatorClient.get(kDeployments + "/marketdesk-server").json()["revisions"][0] ==
                                     json({{"revision", 4},
                                           {"replicaset", oldest["replicaset"]},
                                           {"images", oldest["images"]},
                                           {"created_at", oldest["created_at"]},
                                           {"replicas", 3},
                                           {"current", true}}),
                                 20000);
        QCOMPARE(auditCount("deployment.rollback", "marketdesk-server"), 1);
        QCOMPARE(operatorClient.post(kDeployments + "/marketdesk-server/rollback", {{"revision", 99}}).status, 422);
        QCOMPARE(operatorClient.post(kDeployments + "/marketdesk-server/rollback", json::object()).status, 422);
    }

    void pauseAndResume()
    {
        HttpClient operatorClient = client(Role::Operator);
        HttpResponse paused = operatorClient.post(kDeployments + "/inventory-sync/pause", json::object());
        QVERIFY2(paused.status == 200, paused.describe().c_str());
        QCOMPARE(paused.json()["paused"], json(true));
        QCOMPARE(paused.json()["rollout"]["state"], json("paused"));
        QCOMPARE(simGet(kSimDeployments + "inventory-sync")["spec"]["paused"], json(true));
        // kubectl refuses to roll back a paused Deployment; so do we.
        HttpResponse refused = operatorClient.post(kDeployments + "/inventory-sync/rollback", {{"revision", 1}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), std::string("invalid_state"));
        HttpResponse resumed = operatorClient.post(kDeployments + "/inventory-sync/resume", json::object());
        QVERIFY2(resumed.status == 200, resumed.describe().c_str());
        QCOMPARE(resumed.json()["paused"], json(false));
        QCOMPARE(auditCount("deployment.pause", "inventory-sync"), 1);
        QCOMPARE(auditCount("deployment.resume", "inventory-sync"), 1);
    }

    // Another writer keeps changing the Deployment while the server pauses and resumes it: the
    // server's writes carry the resourceVersion they were computed from, get 409 and are retried
    // from a fresh read. The writer stops once the server has logged its first retry; every action
    // must have succeeded.
    void conflictsAreRetried()
    {
        std::atomic<bool> done{false};
        std::atomic<int> otherWrites{0};
        std::thread writer([&] {
            HttpClient sim("127.0.0.1", m_sim.port());
            sim.setBearerToken(currentToken());
            const auto deadline = std::chrono::steady_clock::now() + 40s;
            for (int i = 0; i < 5000 && !done.load() && std::chrono::steady_clock::now() < deadline; ++i) {
                const json patch = {{"metadata", {{"annotations", {{"test/writer", std::to_string(i)}}}}}};
                if (sim.request("PATCH", kSimDeployments + "order-events-consumer", patch.dump(),
                                {{"Content-Type", "application/merge-patch+json"}})
                        .status == 200)
                    ++otherWrites;
                std::this_thread::sleep_for(8ms); // a busy but not overwhelming co-writer
            }
        });
        HttpClient operatorClient = client(Role::Operator);
        int actions = 0;
        int succeeded = 0;
        bool retried = false;
        const auto deadline = std::chrono::steady_clock::now() + 40s;
        while (!retried && actions < 400 && std::chrono::steady_clock::now() < deadline) {
            const char* action = actions % 2 == 0 ? "/pause" : "/resume";
            HttpResponse r = operatorClient.post(kDeployments + "/order-events-consumer" + action, json::object());
            ++actions;
            if (r.status == 200) ++succeeded;
            else qWarning("%s: %s", action, r.describe().c_str());
            retried = m_stack.server().logText().contains("kubernetes write conflict; retrying");
        }
        done = true;
        writer.join();
        QVERIFY(otherWrites.load() > 0);
        QVERIFY2(retried, "no 409 was provoked: the retry path was not exercised");
        QCOMPARE(succeeded, actions);
        operatorClient.post(kDeployments + "/order-events-consumer/resume", json::object());
    }

    void liveDeploymentEvents()
    {
        HttpClient operatorClient = client(Role::Operator);
        HttpStream operatorStream = operatorClient.openStream("GET", "/api/v1/events?types=deployment.updated");
        QCOMPARE(operatorStream.status(), 200);
        HttpStream sellerStream = client(Role::SellerA).openStream("GET", "/api/v1/events");
        QCOMPARE(sellerStream.status(), 200);

        // A change made behind the server's back (kubectl, a CI pipeline) arrives through the watch.
        HttpClient sim("127.0.0.1", m_sim.port());
        sim.setBearerToken(currentToken());
        QCOMPARE(sim.request("PATCH", kSimDeployments + "notification-worker/scale",
                             json({{"spec", {{"replicas", 4}}}}).dump(), {{"Content-Type", "application/merge-patch+json"}})
                     .status,
                 200);
        std::optional<SseEvent> found;
        for (int i = 0; i < 200 && !found; ++i) {
            auto event = operatorStream.readEvent(15s);
            if (!event) break;
            const json data = event->json()["data"]; // the hub's envelope: {id, type, created_at, data}
            if (event->type == "deployment.updated" && data["name"] == "notification-worker" &&
                data["replicas"]["desired"] == 4)
                found = event;
        }
        const std::string published = m_stack.database().scalar(
            "SELECT count(*) || ' rows, latest: ' || coalesce(max(payload->>'name'), '-') FROM events "
            "WHERE type = 'deployment.updated'");
        QVERIFY2(found, ("no deployment.updated event for notification-worker reached the operator; table: " +
                         published).c_str());
        QVERIFY(!found->id.empty());
        // Sellers never see infrastructure events.
        for (int i = 0; i < 50; ++i) {
            auto event = sellerStream.readEvent(300ms);
            if (!event) break;
            QVERIFY(event->type != "deployment.updated");
        }
        // Coalesced: one rollout of 4 pods does not write an event per status change.
        const int rows = std::stoi(m_stack.database().scalar(
            "SELECT count(*) FROM events WHERE type = 'deployment.updated' AND payload->>'name' = 'notification-worker'"));
        QVERIFY(rows >= 1);
    }

    void watchRelistsAfterGone()
    {
        // A crash-looping rollout keeps changing pods and events (the global resourceVersion moves)
        // without changing its Deployment, so the server's watch position falls behind the store's.
        HttpClient operatorClient = client(Role::Operator);
        QCOMPARE(operatorClient
                     .post(kDeployments + "/search-indexer/image",
                           {{"container", "search-indexer"},
                            {"image", "registry.example.com/marketplace/search-indexer:0.9.0-broken"}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(deployment("search-indexer")["rollout"]["state"] == json("failed"), 30000);
        HttpClient sim("127.0.0.1", m_sim.port());
        // Compaction forgets the history behind the server's position; closing the watch makes it
        // resume from there: 410 Gone, and the server lists again. A round can find the server just
        // caught up by a bookmark, so try a few rounds.
        bool relisted = false;
        for (int round = 0; round < 20 && !relisted; ++round) {
            QCOMPARE(sim.request("POST", "/_sim/compact").status, 200);
            QCOMPARE(sim.request("POST", "/_sim/close-watches").status, 200);
            const auto roundEnd = std::chrono::steady_clock::now() + 1s;
            while (!relisted && std::chrono::steady_clock::now() < roundEnd) {
                relisted = m_stack.server().logText().contains("listing Deployments again");
                if (!relisted) std::this_thread::sleep_for(50ms);
            }
        }
        QVERIFY2(relisted, "the server never got (or never handled) 410 Gone");
        sim.setBearerToken(currentToken());
        QCOMPARE(sim.request("PATCH", kSimDeployments + "search-indexer/scale",
                             json({{"spec", {{"replicas", 3}}}}).dump(), {{"Content-Type", "application/merge-patch+json"}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(deployment("search-indexer")["replicas"]["desired"] == json(3), 15000);
    }

    void podLogsTailAndFollow()
    {
        HttpClient operatorClient = client(Role::Operator);
        const json pods = operatorClient.get(kDeployments + "/storefront-web").json()["pods"];
        QVERIFY(!pods.empty());
        const std::string pod = pods[0]["name"];
        HttpResponse tail = operatorClient.get("/api/v1/ops/pods/" + pod + "/logs?tail_lines=3");
        QVERIFY2(tail.status == 200, tail.describe().c_str());
        QVERIFY(tail.header("Content-Type").rfind("text/plain", 0) == 0);
        const auto lines = QString::fromStdString(tail.body).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty() && lines.size() <= 3, tail.body.c_str());

        HttpStream follow = operatorClient.openStream("GET", "/api/v1/ops/pods/" + pod +
                                                                 "/logs?follow=true&tail_lines=1&container=storefront-web");
        QCOMPARE(follow.status(), 200);
        QVERIFY(follow.chunked());
        std::string received;
        for (int i = 0; i < 100 && std::count(received.begin(), received.end(), '\n') < 3; ++i) {
            auto piece = follow.readSome(10s);
            if (!piece) break;
            received += *piece;
        }
        QVERIFY2(std::count(received.begin(), received.end(), '\n') >= 3, received.c_str());
        follow.close();

        // A follow holds a worker: at most a quarter of them (8 workers here: 2) follow at once.
        // (The closed follow above frees its slot when its producer notices, at its next line.)
        const std::string followTarget = "/api/v1/ops/pods/" + pod + "/logs?follow=true";
        std::optional<HttpStream> second;
        std::optional<HttpStream> third;
        auto openFollow = [&](std::optional<HttpStream>& stream) {
            const auto deadline = std::chrono::steady_clock::now() + 10s;
            do {
                stream.emplace(operatorClient.openStream("GET", followTarget));
                if (stream->status() == 200) return true;
                std::this_thread::sleep_for(100ms);
            } while (std::chrono::steady_clock::now() < deadline);
            qWarning("follow answered %d", stream->status());
            return false;
        };
        QVERIFY(openFollow(second));
        QVERIFY(openFollow(third));
        HttpResponse refused = operatorClient.get("/api/v1/ops/pods/" + pod + "/logs?follow=true");
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), std::string("too_many_log_streams"));
        QVERIFY(!refused.header("Retry-After").empty());
        second->close();
        third->close();
        // The slots free up once the producers notice the clients left (at their next line).
        QTRY_COMPARE_WITH_TIMEOUT(operatorClient.get("/api/v1/ops/pods/" + pod + "/logs?tail_lines=1").status, 200, 5000);

        // The previous container of a crash-looping pod (search-indexer, broken since the relist test).
        std::string crashing;
        QTRY_VERIFY_WITH_TIMEOUT(!(crashing = crashingPod("search-indexer")).empty(), 20000);
        HttpResponse previous = operatorClient.get("/api/v1/ops/pods/" + crashing + "/logs?previous=true&tail_lines=20");
        QVERIFY2(previous.status == 200 && !previous.body.empty(), previous.describe().c_str());
        HttpResponse noPrevious = operatorClient.get("/api/v1/ops/pods/" + pod + "/logs?previous=true");
        QCOMPARE(noPrevious.status, 422); // Kubernetes: "previous terminated container ... not found"

        QCOMPARE(operatorClient.get("/api/v1/ops/pods/no-such-pod/logs").status, 404);
        QCOMPARE(operatorClient.get("/api/v1/ops/pods/" + pod + "/logs?follow=true&container=nope").status, 422);
        QCOMPARE(operatorClient.get("/api/v1/ops/pods/" + pod + "/logs?tail_lines=-1").status, 422);
    }

    // A followed pod log is a long-lived stream of its caller: it counts with their event streams
    // against MARKETDESK_STREAMS_PER_USER (8 by default), and it ends when the caller's token does.
    void logFollowsCountAsTheCallersStreamsAndEndWithTheirToken()
    {
        HttpClient operatorClient = client(Role::Operator);
        const json pods = operatorClient.get(kDeployments + "/storefront-web").json()["pods"];
        QVERIFY(!pods.empty());
        const std::string followTarget = "/api/v1/ops/pods/" + pods[0]["name"].get<std::string>() + "/logs?follow=true";
        // Opens a follow, waiting (bounded) for slots the previous test's follows still hold.
        auto openFollow = [&](HttpClient& caller, int wanted) {
            const auto deadline = std::chrono::steady_clock::now() + 10s;
            for (;;) {
                HttpStream stream = caller.openStream("GET", followTarget);
                if (stream.status() == wanted || std::chrono::steady_clock::now() >= deadline) return stream;
                std::this_thread::sleep_for(100ms);
            }
        };

        // The previous test's follows end (and give their slots back) once the server notices.
        HttpClient probe = m_stack.fixtures().anonymousClient();
        QTRY_VERIFY_WITH_TIMEOUT(probe.get("/metrics").body.find("\nhttp_streams_open 0\n") != std::string::npos,
                                 15000);
        std::vector<HttpStream> events;
        for (int i = 0; i < 8; ++i) {
            events.push_back(operatorClient.openStream("GET", "/api/v1/events"));
            QCOMPARE(events.back().status(), 200);
        }
        HttpStream refused = openFollow(operatorClient, 429);
        QCOMPARE(refused.status(), 429);
        auto error = json::parse(refused.readToEnd(5s), nullptr, false);
        QCOMPARE(error["error"]["code"].get<std::string>(), std::string("too_many_streams"));
        events.back().close();
        HttpStream follow = openFollow(operatorClient, 200);
        QCOMPARE(follow.status(), 200);
        follow.close();
        events.clear();

        // A token that expires in three seconds: its follow ends with a line saying why.
        const CastMember& member = m_stack.fixtures().member(Role::Operator);
        const long long now = TokenForge::now();
        const std::string shortLived = TokenForge::sign(
            {{"alg", "HS256"}, {"typ", "JWT"}},
            {{"sub", std::to_string(member.userId)}, {"role", "operator"}, {"email", member.email}, {"tv", 1},
             {"iat", now}, {"exp", now + 3}, {"jti", "short-lived-follow"}},
            TokenForge::serverSecret());
        HttpClient shortClient = m_stack.server().client(shortLived);
        HttpStream expiring = openFollow(shortClient, 200);
        QCOMPARE(expiring.status(), 200);
        const std::string body = expiring.readToEnd(20s);
        QVERIFY2(expiring.finished(), "the follow did not end");
        QVERIFY2(body.find("[marketdesk: log stream ended: session_ended (token_expired)]") != std::string::npos,
                 body.substr(body.size() > 300 ? body.size() - 300 : 0).c_str());
    }

    // The sim now wants another token; the server reads the rewritten file on its next request.
    void tokenRotation()
    {
        writeText(m_tokenFile, "second-token\n");
        HttpClient stale("127.0.0.1", m_sim.port());
        stale.setBearerToken("first-token");
        QTRY_COMPARE_WITH_TIMEOUT(stale.get("/version").status, 401, 5000); // the sim re-read it too
        HttpResponse r = client(Role::Operator).get(kDeployments + "/cart-api");
        QVERIFY2(r.status == 200, r.describe().c_str());
    }

    void hungApiServerAnswers503()
    {
        HttpClient sim("127.0.0.1", m_sim.port());
        QCOMPARE(sim.request("POST", "/_sim/pause").status, 200);
        HttpClient operatorClient = client(Role::Operator);
        operatorClient.setTimeout(6s); // MARKETDESK_KUBE_TIMEOUT_MS=2000 must answer well before
        HttpResponse r = operatorClient.get(kDeployments + "/cart-api");
        HttpResponse scale = operatorClient.post(kDeployments + "/cart-api/scale", {{"replicas", 2}});
        QCOMPARE(sim.request("POST", "/_sim/resume").status, 200);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), std::string("cluster_unavailable"));
        QCOMPARE(scale.status, 503);
        QCOMPARE(operatorClient.get(kDeployments + "/cart-api").status, 200);
    }

    void deadApiServerAnswers503()
    {
        m_sim.kill();
        HttpClient operatorClient = client(Role::Operator);
        operatorClient.setTimeout(3s);
        HttpResponse detail = operatorClient.get(kDeployments + "/cart-api");
        QCOMPARE(detail.status, 503);
        QCOMPARE(detail.errorCode(), std::string("cluster_unavailable"));
        QCOMPARE(operatorClient.post(kDeployments + "/cart-api/restart", json::object()).status, 503);
        QTRY_COMPARE_WITH_TIMEOUT(operatorClient.get(kDeployments).status, 503, 5000);
        HttpResponse cluster = operatorClient.get("/api/v1/ops/cluster");
        QCOMPARE(cluster.status, 200);
        QCOMPARE(cluster.json()["connected"], json(false));
        QVERIFY(m_stack.server().isRunning());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    HttpClient client(Role role) { return m_stack.fixtures().client(role); }

    std::string currentToken() const
    {
        std::ifstream in(m_tokenFile.toStdString());
        std::string token;
        std::getline(in, token);
        return token;
    }

    json simGet(const std::string& path)
    {
        HttpClient sim("127.0.0.1", m_sim.port());
        sim.setBearerToken(currentToken());
        HttpResponse r = sim.get(path);
        if (r.status != 200) qWarning("sim GET %s: %s", path.c_str(), r.describe().c_str());
        return r.json();
    }

    json deployment(const std::string& name)
    {
        HttpResponse r = client(Role::Operator).get(kDeployments + "?q=" + name);
        for (const auto& item : r.items())
            if (item["name"] == name) return item;
        return json::object();
    }

    std::string crashingPod(const std::string& deploymentName)
    {
        HttpResponse r = client(Role::Operator).get(kDeployments + "/" + deploymentName);
        for (const auto& pod : r.json().value("pods", json::array()))
            if (pod.value("restarts", 0) > 0) return pod["name"];
        return {};
    }

    int auditCount(const std::string& action, const std::string& name)
    {
        return std::stoi(m_stack.database().scalar("SELECT count(*) FROM audit_log WHERE action = '" + action +
                                                   "' AND entity_type = 'deployment' AND entity_id = 'marketplace/" +
                                                   name + "' AND actor_email = 'operator@test.marketdesk.kr'"));
    }

    KubeSimProcess m_sim;
    ServerStack m_stack;
    QString m_tokenFile;
    QString m_kubeconfig;
};

QTEST_GUILESS_MAIN(KubeOpsApiTest)
#include "KubeOpsApiTest.moc"
