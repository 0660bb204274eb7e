// The streamed side of marketdesk-kube-sim: watches (resume, 410 after compaction, bookmarks,
// timeouts, the close-watches hook), pod logs (tail, follow, containers, previous) and the pause
// hook, with several streams open at once.
#include "KubeTestKit.h"

#include "support/KubeSimProcess.h"
#include "support/TestSetupError.h"

#include <QtTest>

using namespace md::test;
using namespace md::test::kube;
using namespace std::chrono_literals;

namespace {

std::string currentVersion(HttpClient& client, const std::string& collection)
{
    return client.get(collection + "?limit=1").json()["metadata"]["resourceVersion"].get<std::string>();
}

auto modifiedDeployment(const std::string& name, int replicas)
{
    return [name, replicas](const nlohmann::json& event) {
        return event.value("type", "") == "MODIFIED" && event["object"]["metadata"]["name"] == name &&
               event["object"]["spec"].value("replicas", -1) == replicas;
    };
}

} // namespace

class KubeSimStreamTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_sim.start()); // demo seed at speed 20
        m_client = std::make_unique<HttpClient>(m_sim.client());
    }

    void watchDeliversModifiedEvents()
    {
        const std::string version = currentVersion(*m_client, kDeployments);
        HttpStream stream = m_client->openStream("GET", kDeployments + "?watch=1&resourceVersion=" + version);
        QCOMPARE(stream.status(), 200);
        QVERIFY(stream.chunked());
        HttpResponse scaled =
            patchAs(*m_client, kDeployments + "/catalog-api/scale", {{"spec", {{"replicas", 4}}}}, kMergePatch);
        QVERIFY2(scaled.status == 200, scaled.describe().c_str());
        LineReader reader(stream);
        std::optional<nlohmann::json> event = reader.nextEvent(modifiedDeployment("catalog-api", 4), 10s);
        QVERIFY(event.has_value());
        QVERIFY(std::stoull((*event)["object"]["metadata"]["resourceVersion"].get<std::string>()) >
                std::stoull(version));
        // The controller's status updates follow on the same stream until the rollout settles.
        std::optional<nlohmann::json> ready = reader.nextEvent(
            [](const nlohmann::json& e) {
                return e["object"]["metadata"]["name"] == "catalog-api" &&
                       statusCount(e["object"], "readyReplicas") == 4;
            },
            15s);
        QVERIFY(ready.has_value());
    }

    void watchWithoutVersionStartsWithCurrentState()
    {
        HttpStream stream = m_client->openStream("GET", kPods + "?watch=true&labelSelector=app%3Dcart-api");
        QCOMPARE(stream.status(), 200);
        LineReader reader(stream);
        for (int i = 0; i < 3; ++i) {
            std::optional<nlohmann::json> event = reader.nextEvent([](const nlohmann::json&) { return true; }, 5s);
            QVERIFY(event.has_value());
            QCOMPARE((*event)["type"].get<std::string>(), std::string("ADDED"));
            QCOMPARE((*event)["object"]["metadata"]["labels"]["app"].get<std::string>(), std::string("cart-api"));
        }
    }

    void resumeFromCompactedVersionIsGone()
    {
        const std::string old = currentVersion(*m_client, kDeployments);
        QCOMPARE(
            patchAs(*m_client, kDeployments + "/cart-api/scale", {{"spec", {{"replicas", 4}}}}, kMergePatch).status,
            200);
        // Before compaction the missed change is replayed.
        {
            HttpStream stream = m_client->openStream("GET", kDeployments + "?watch=1&resourceVersion=" + old);
            LineReader reader(stream);
            QVERIFY(reader.nextEvent(modifiedDeployment("cart-api", 4), 5s).has_value());
        }
        HttpResponse compacted = m_client->request("POST", "/_sim/compact");
        QVERIFY2(compacted.status == 200, compacted.describe().c_str());
        HttpStream stream = m_client->openStream("GET", kDeployments + "?watch=1&resourceVersion=" + old);
        QCOMPARE(stream.status(), 200);
        LineReader reader(stream);
        std::optional<nlohmann::json> error = reader.nextEvent([](const nlohmann::json&) { return true; }, 5s);
        QVERIFY(error.has_value());
        QCOMPARE((*error)["type"].get<std::string>(), std::string("ERROR"));
        QCOMPARE((*error)["object"]["kind"].get<std::string>(), std::string("Status"));
        QCOMPARE((*error)["object"]["code"].get<int>(), 410);
        QCOMPARE((*error)["object"]["reason"].get<std::string>(), std::string("Gone"));
        stream.readToEnd(5s);
        QVERIFY(stream.finished());
        // A fresh list gives a version to watch from again.
        const std::string fresh = currentVersion(*m_client, kDeployments);
        HttpStream again = m_client->openStream("GET", kDeployments + "?watch=1&resourceVersion=" + fresh);
        QCOMPARE(
            patchAs(*m_client, kDeployments + "/cart-api/scale", {{"spec", {{"replicas", 3}}}}, kMergePatch).status,
            200);
        LineReader againReader(again);
        QVERIFY(againReader.nextEvent(modifiedDeployment("cart-api", 3), 5s).has_value());
    }

    void bookmarksAndTimeout()
    {
        const std::string version = currentVersion(*m_client, kReplicaSets);
        // Bookmarks come every 60 simulated seconds (3 s at speed 20); the watch ends after 5 s.
        HttpStream stream = m_client->openStream(
            "GET", kReplicaSets + "?watch=1&allowWatchBookmarks=true&timeoutSeconds=5&resourceVersion=" + version);
        QCOMPARE(stream.status(), 200);
        LineReader reader(stream);
        std::optional<nlohmann::json> bookmark =
            reader.nextEvent([](const nlohmann::json& e) { return e.value("type", "") == "BOOKMARK"; }, 8s);
        QVERIFY(bookmark.has_value());
        QCOMPARE((*bookmark)["object"]["kind"].get<std::string>(), std::string("ReplicaSet"));
        QVERIFY(!(*bookmark)["object"]["metadata"]["resourceVersion"].get<std::string>().empty());
        stream.readToEnd(10s);
        QVERIFY(stream.finished());
    }

    void closeWatchesHookEndsEveryWatch()
    {
        std::vector<HttpStream> streams;
        for (const std::string& collection : {kDeployments, kPods, kEvents})
            streams.push_back(m_client->openStream(
                "GET", collection + "?watch=1&resourceVersion=" + currentVersion(*m_client, collection)));
        HttpResponse closed = m_client->request("POST", "/_sim/close-watches");
        QVERIFY2(closed.status == 200, closed.describe().c_str());
        QVERIFY(closed.json()["closed"].get<int>() >= 3);
        for (HttpStream& stream : streams) {
            stream.readToEnd(5s);
            QVERIFY(stream.finished());
        }
    }

    void podLogTail()
    {
        const std::string pod =
            m_client->get(kPods + "?labelSelector=app%3Dstorefront-web").items()[0]["metadata"]["name"];
        HttpResponse tail = m_client->get(kPods + "/" + pod + "/log?tailLines=5");
        QVERIFY2(tail.status == 200, tail.describe().c_str());
        QVERIFY(tail.header("Content-Type").find("text/plain") == 0);
        QStringList lines = QString::fromStdString(tail.body).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        for (const QString& line : lines) {
            nlohmann::json entry = nlohmann::json::parse(line.toStdString(), nullptr, false);
            QVERIFY2(entry.is_object(), qPrintable(line));
            QVERIFY(entry.contains("ts") && entry.contains("level") && entry.contains("msg"));
        }
        HttpResponse stamped = m_client->get(kPods + "/" + pod + "/log?tailLines=2&timestamps=true");
        QVERIFY(QString::fromStdString(stamped.body)
                    .contains(QRegularExpression(
                        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z \\{"))));
        HttpResponse limited = m_client->get(kPods + "/" + pod + "/log?limitBytes=100");
        QCOMPARE(limited.body.size(), std::size_t(100));
        HttpResponse previous = m_client->get(kPods + "/" + pod + "/log?previous=true");
        QCOMPARE(previous.status, 400);
        QVERIFY(previous.json()["message"].get<std::string>().find("previous terminated container") !=
                std::string::npos);
        QCOMPARE(m_client->get(kPods + "/no-such-pod/log").status, 404);
    }

    void podLogNeedsContainerWhenThereAreSeveral()
    {
        const std::string pod =
            m_client->get(kPods + "?labelSelector=app%3Dcheckout-api").items()[0]["metadata"]["name"];
        HttpResponse ambiguous = m_client->get(kPods + "/" + pod + "/log?tailLines=1");
        QCOMPARE(ambiguous.status, 400);
        QVERIFY(ambiguous.json()["message"].get<std::string>().find("choose one of: [checkout-api log-shipper]") !=
                std::string::npos);
        HttpResponse shipper = m_client->get(kPods + "/" + pod + "/log?tailLines=3&container=log-shipper");
        QVERIFY2(shipper.status == 200, shipper.describe().c_str());
        QVERIFY(shipper.body.find("flushed batch") != std::string::npos);
        QCOMPARE(m_client->get(kPods + "/" + pod + "/log?container=nope").status, 400);
    }

    void podLogFollowStreamsNewLines()
    {
        const std::string pod =
            m_client->get(kPods + "?labelSelector=app%3Dnotification-worker").items()[0]["metadata"]["name"];
        HttpStream stream = m_client->openStream("GET", kPods + "/" + pod + "/log?follow=true&tailLines=1");
        QCOMPARE(stream.status(), 200);
        QVERIFY(stream.chunked());
        LineReader reader(stream);
        std::vector<std::string> lines;
        // One line of tail, then new ones as they are written (a few per second).
        for (int i = 0; i < 4; ++i) {
            std::optional<std::string> line = reader.nextLine(5s);
            QVERIFY2(line.has_value(), "no followed log line within 5 s");
            lines.push_back(*line);
        }
        for (std::size_t i = 1; i < lines.size(); ++i) {
            auto previous = nlohmann::json::parse(lines[i - 1]), current = nlohmann::json::parse(lines[i]);
            QVERIFY(previous["ts"].get<std::string>() < current["ts"].get<std::string>());
        }
    }

    void manyStreamsDoNotBlockRequests()
    {
        std::vector<HttpStream> watches;
        const std::string version = currentVersion(*m_client, kDeployments);
        for (int i = 0; i < 6; ++i)
            watches.push_back(m_client->openStream("GET", kDeployments + "?watch=1&resourceVersion=" + version));
        std::vector<HttpStream> followers;
        for (const auto& pod : m_client->get(kPods + "?labelSelector=app%3Dmarketdesk-server").items())
            followers.push_back(m_client->openStream("GET", kPods + "/" + pod["metadata"]["name"].get<std::string>() +
                                                                "/log?follow=true&tailLines=0"));
        QCOMPARE(followers.size(), std::size_t(3));
        // Nobody reads the followers; requests are still answered and every watcher sees the change.
        HttpClient other = m_sim.client();
        other.setTimeout(5s);
        QCOMPARE(other.get("/version").status, 200);
        QCOMPARE(patchAs(other, kDeployments + "/marketdesk-server/scale", {{"spec", {{"replicas", 4}}}}, kMergePatch)
                     .status,
                 200);
        for (HttpStream& watch : watches) {
            LineReader reader(watch);
            QVERIFY(reader.nextEvent(modifiedDeployment("marketdesk-server", 4), 5s).has_value());
        }
        for (HttpStream& follower : followers)
            QVERIFY(follower.readSome(5s).has_value());
    }

    void pauseHoldsRequestsUntilResumed()
    {
        QCOMPARE(m_client->request("POST", "/_sim/pause").status, 200);
        HttpClient impatient = m_sim.client();
        impatient.setTimeout(300ms);
        HttpResponse held = impatient.get("/version");
        QCOMPARE(held.status, 0); // the client's own timeout fired
        QCOMPARE(m_client->request("POST", "/_sim/resume").status, 200);
        HttpClient again = m_sim.client();
        again.setTimeout(5s);
        QCOMPARE(again.get("/version").status, 200);
    }

    void cleanupTestCase() { m_sim.stop(); }

private:
    KubeSimProcess m_sim;
    std::unique_ptr<HttpClient> m_client;
};

QTEST_GUILESS_MAIN(KubeSimStreamTest)
#include "KubeSimStreamTest.moc"
