// In-cluster configuration end to end: the server reads a service-account directory (token, CA,
// namespace) and KUBERNETES_SERVICE_HOST/PORT, talks HTTPS to the simulator verifying its
// certificate against ca.crt, and picks up a rotated token on its next request.

#include "support/HttpClient.h"
#include "support/KubeSimProcess.h"
#include "support/ServerStack.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace md::test;
using nlohmann::json;

namespace {

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

} // namespace

class KubeInClusterTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_accountDir = (TestPaths::workDirectory() + "/kube-in-cluster-" +
                        QString::number(QCoreApplication::applicationPid()))
                           .toStdString();
        std::filesystem::create_directories(m_accountDir);
        writeText(m_accountDir + "/token", "service-account-token-1\n");
        writeText(m_accountDir + "/namespace", "marketplace\n");
        KubeSimProcess::Options simOptions;
        simOptions.tls = true;
        simOptions.tokenFile = QString::fromStdString(m_accountDir + "/token");
        MD_REQUIRE(m_sim.start(simOptions));
        std::filesystem::copy_file(m_sim.caCertPath().toStdString(), m_accountDir + "/ca.crt",
                                   std::filesystem::copy_options::overwrite_existing);
        ServerProcess::Options options;
        options.environment = {{"MARKETDESK_KUBE_MODE", "in-cluster"},
                               {"MARKETDESK_KUBE_SERVICEACCOUNT_DIR", QString::fromStdString(m_accountDir)},
                               {"KUBERNETES_SERVICE_HOST", "127.0.0.1"},
                               {"KUBERNETES_SERVICE_PORT", QString::number(m_sim.port())}};
        MD_REQUIRE(m_stack.start(options));
    }

    void listsOverVerifiedTls()
    {
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        QTRY_VERIFY_WITH_TIMEOUT(operatorClient.get("/api/v1/ops/deployments").status == 200, 20000);
        HttpResponse cluster = operatorClient.get("/api/v1/ops/cluster");
        QCOMPARE(cluster.json()["mode"], json("in-cluster"));
        QCOMPARE(cluster.json()["namespace"], json("marketplace")); // from the namespace file
        QCOMPARE(cluster.json()["server"], json("https://127.0.0.1:" + std::to_string(m_sim.port())));
    }

    // The kubelet swaps the projected token (a new file renamed over the old one).
    void rotatedTokenIsUsedOnTheNextRequest()
    {
        HttpClient operatorClient = m_stack.fixtures().client(Role::Operator);
        QCOMPARE(operatorClient.get("/api/v1/ops/deployments/cart-api").status, 200);
        writeText(m_accountDir + "/token.new", "service-account-token-2\n");
        std::filesystem::rename(m_accountDir + "/token.new", m_accountDir + "/token");
        // The sim re-reads the file too and now refuses the old token (401 -> our 502), so a 200
        // proves the server sent the new one.
        HttpResponse r = operatorClient.get("/api/v1/ops/deployments/cart-api");
        QVERIFY2(r.status == 200, r.describe().c_str());
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    KubeSimProcess m_sim;
    ServerStack m_stack;
    std::string m_accountDir;
};

QTEST_GUILESS_MAIN(KubeInClusterTest)
#include "KubeInClusterTest.moc"
