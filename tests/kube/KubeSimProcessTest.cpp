// marketdesk-kube-sim as a program: command-line errors, the bearer token file (401, rotation),
// HTTPS with the CA KubeSimProcess generates and the kubeconfig it writes, and the bench seed.
#include "KubeTestKit.h"

#include "support/KubeSimProcess.h"
#include "support/ProcessRunner.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QtTest>

#include <unistd.h>

using namespace md::test;
using namespace md::test::kube;
using namespace std::chrono_literals;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QString scratchPath(const QString& name)
{
    return QStringLiteral("%1/kubesim-%2-%3").arg(TestPaths::workDirectory()).arg(::getpid()).arg(name);
}

} // namespace

class KubeSimProcessTest : public QObject {
    Q_OBJECT
private slots:
    void badArgumentsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("seed") << QStringList{"--seed", "galaxy"} << "--seed";
        QTest::newRow("bench") << QStringList{"--seed", "bench:0:10"} << "bench deployments";
        QTest::newRow("speed") << QStringList{"--speed", "fast"} << "--speed";
        QTest::newRow("listen") << QStringList{"--listen", "nowhere"} << "--listen";
        QTest::newRow("unknown") << QStringList{"--colour", "blue"} << "unknown argument";
        QTest::newRow("tls half") << QStringList{"--tls-cert", "a.pem"} << "--tls-key";
    }
    void badArgumentsAreRefusedWithAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        ProcessResult result = ProcessRunner::run(KubeSimProcess::binaryPath(), arguments,
                                                  QProcessEnvironment::systemEnvironment(), {}, 10s);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(mentions), qPrintable(result.standardError));
    }

    void tokenFileIsRequiredAndRotates()
    {
        const QString tokenFile = scratchPath(QStringLiteral("token"));
        writeFile(tokenFile, "first-token-0123456789\n");
        KubeSimProcess sim;
        KubeSimProcess::Options options;
        options.seed = QStringLiteral("empty");
        options.tokenFile = tokenFile;
        MD_REQUIRE(sim.start(options));
        HttpClient anonymous = sim.client();
        HttpResponse refused = anonymous.get(kDeployments);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json()["kind"].get<std::string>(), std::string("Status"));
        QCOMPARE(refused.json()["reason"].get<std::string>(), std::string("Unauthorized"));
        QCOMPARE(sim.client("wrong-token").get("/version").status, 401);
        HttpClient first = sim.client("first-token-0123456789");
        QCOMPARE(first.get(kDeployments).status, 200);
        // Test hooks need no token.
        QCOMPARE(anonymous.request("POST", "/_sim/compact").status, 200);

        writeFile(tokenFile, "second-token-abcdefghijk");
        QCOMPARE(first.get(kDeployments).status, 401);
        QCOMPARE(sim.client("second-token-abcdefghijk").get(kDeployments).status, 200);
        sim.stop();
        QFile::remove(tokenFile);
    }

    void servesHttpsWithTheGeneratedCa()
    {
        KubeSimProcess sim;
        KubeSimProcess::Options options;
        options.tls = true;
        MD_REQUIRE(sim.start(options));
        QVERIFY(sim.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
        QVERIFY(QFile::exists(sim.caCertPath()));

        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(sim.baseUrl() + QStringLiteral("/apis/apps/v1/namespaces/marketplace/deployments/cart-api")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(sim.caCertPath()));
        request.setSslConfiguration(tls);
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        nlohmann::json deployment = nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
        QCOMPARE(deployment["metadata"]["name"].get<std::string>(), std::string("cart-api"));

        // Without the CA the certificate is not trusted (a new manager: no cached encrypted connection).
        QNetworkAccessManager plainNetwork;
        QNetworkRequest untrusted(QUrl(sim.baseUrl() + QStringLiteral("/version")));
        untrusted.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> refused(plainNetwork.get(untrusted));
        QSignalSpy refusedFinished(refused.get(), &QNetworkReply::finished);
        QVERIFY(refusedFinished.wait(15000));
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);

        const QString kubeconfig =
            sim.writeKubeconfig(scratchPath(QStringLiteral("kubeconfig")), QStringLiteral("token-1"));
        QFile file(kubeconfig);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString yaml = QString::fromUtf8(file.readAll());
        QVERIFY(yaml.contains(QStringLiteral("server: \"%1\"").arg(sim.baseUrl())));
        QVERIFY(yaml.contains(QStringLiteral("certificate-authority-data: ")));
        QVERIFY(yaml.contains(QStringLiteral("token: \"token-1\"")));
        QVERIFY(yaml.contains(QStringLiteral("current-context: marketdesk-sim")));
        QVERIFY(yaml.contains(QStringLiteral("namespace: \"marketplace\"")));
        QFile::remove(kubeconfig);
        sim.stop();
    }

    void benchSeedPagesThroughEveryDeployment()
    {
        KubeSimProcess sim;
        KubeSimProcess::Options options;
        options.seed = QStringLiteral("bench:120:1500");
        options.namespaceName = QStringLiteral("bench");
        MD_REQUIRE(sim.start(options));
        HttpClient client = sim.client();
        const std::string deployments = "/apis/apps/v1/namespaces/bench/deployments";
        std::size_t seen = 0;
        long long replicas = 0;
        std::string token;
        for (int page = 0; page < 100; ++page) {
            HttpResponse response = client.get(deployments + "?limit=50" + (token.empty() ? "" : "&continue=" + token));
            QVERIFY2(response.status == 200, response.describe().c_str());
            for (const auto& item : response.items()) {
                ++seen;
                replicas += item["spec"]["replicas"].get<long long>();
                QCOMPARE(conditionReason(item, "Progressing"), std::string("NewReplicaSetAvailable"));
            }
            token = response.json()["metadata"].value("continue", "");
            if (token.empty()) break;
        }
        QCOMPARE(seen, std::size_t(120));
        QCOMPARE(replicas, 1500LL);
        HttpResponse pods = client.get("/api/v1/namespaces/bench/pods?labelSelector=app%3Dsvc-00007");
        QCOMPARE(pods.items().size(), std::size_t(13)); // 1500 / 120 = 12.5: the first 60 get 13
        HttpResponse firstPage = client.get("/api/v1/namespaces/bench/pods?limit=500");
        QCOMPARE(firstPage.items().size(), std::size_t(500));
        QCOMPARE(firstPage.json()["metadata"]["remainingItemCount"].get<std::size_t>(), std::size_t(1000));
        sim.stop();
    }
};

QTEST_GUILESS_MAIN(KubeSimProcessTest)
#include "KubeSimProcessTest.moc"
