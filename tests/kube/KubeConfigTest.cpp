// Kubeconfig and in-cluster configuration: every supported variant, the unsupported ones refused
// with a message naming the setting, and the service-account token re-read when it rotates.

#include "ops/kube/BearerToken.h"
#include "ops/kube/ClusterAccess.h"
#include "support/ServerCommand.h"
#include "support/ServerProcess.h"
#include "support/TestPaths.h"

#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace md::ops::kube;

namespace {

// "-----BEGIN CERTIFICATE-----\nfake\n" and friends, base64-encoded the way kubectl writes *-data.
const char* kCaPem = "-----BEGIN CERTIFICATE-----\nY2E=\n-----END CERTIFICATE-----\n";
const char* kCaPemBase64 = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tClkyRT0KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=";

std::string kubeconfig(const std::string& clusterFields, const std::string& userFields,
                       const std::string& contextExtra = "")
{
    return "apiVersion: v1\nkind: Config\ncurrent-context: work\n"
           "clusters:\n- name: other\n  cluster:\n    server: https://other.invalid\n"
           "- name: main\n  cluster:\n" + clusterFields +
           "contexts:\n- name: other\n  context:\n    cluster: other\n    user: nobody\n"
           "- name: work\n  context:\n    cluster: main\n    user: operator\n" + contextExtra +
           "users:\n- name: nobody\n  user:\n    token: wrong\n- name: operator\n  user:\n" + userFields;
}

class Scratch {
public:
    Scratch()
    {
        m_dir = md::test::TestPaths::workDirectory().toStdString() + "/kube-config-" + std::to_string(::getpid());
        std::filesystem::create_directories(m_dir);
    }
    ~Scratch() { std::filesystem::remove_all(m_dir); }
    std::string write(const std::string& name, const std::string& text) const
    {
        const std::string path = m_dir + "/" + name;
        std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
        return path;
    }
    const std::string& dir() const { return m_dir; }

private:
    std::string m_dir;
};

} // namespace

class KubeConfigTest : public QObject {
    Q_OBJECT
private slots:
    void currentContextWithTokenAndCaData()
    {
        auto access = parseKubeconfig(kubeconfig("    server: https://10.0.0.1:6443/\n    certificate-authority-data: " +
                                                     std::string(kCaPemBase64) + "\n",
                                                 "    token: abc.def\n", "    namespace: shop\n"),
                                      "/etc", "test", std::nullopt);
        QCOMPARE(access.mode, std::string("kubeconfig"));
        QCOMPARE(access.server, std::string("https://10.0.0.1:6443")); // trailing slash dropped
        QCOMPARE(access.tls.caPem, std::string(kCaPem));
        QCOMPARE(access.token, std::string("abc.def"));
        QCOMPARE(access.namespaceName, std::string("shop"));
        QVERIFY(!access.tls.insecureSkipVerify);
    }

    void namespaceOverrideAndDefault()
    {
        const std::string text = kubeconfig("    server: http://127.0.0.1:1\n", "    token: t\n");
        QCOMPARE(parseKubeconfig(text, "", "test", std::nullopt).namespaceName, std::string("default"));
        QCOMPARE(parseKubeconfig(text, "", "test", std::string("marketplace")).namespaceName, std::string("marketplace"));
    }

    void filesResolvedAgainstTheKubeconfigDirectory()
    {
        Scratch scratch;
        scratch.write("ca.crt", kCaPem);
        scratch.write("client.crt", "cert");
        scratch.write("client.key", "key");
        scratch.write("token", "from-file\n");
        const std::string path = scratch.write(
            "config", kubeconfig("    server: https://k8s.example:443\n    certificate-authority: ca.crt\n",
                                 "    tokenFile: token\n    client-certificate: client.crt\n    client-key: " +
                                     scratch.dir() + "/client.key\n"));
        auto access = loadKubeconfig(path, std::nullopt);
        QCOMPARE(access.tls.caFile, scratch.dir() + "/ca.crt");
        QCOMPARE(access.tls.clientCertFile, scratch.dir() + "/client.crt");
        QCOMPARE(access.tls.clientKeyFile, scratch.dir() + "/client.key");
        QCOMPARE(access.tokenFile, scratch.dir() + "/token");
        BearerToken token(access.token, access.tokenFile);
        QCOMPARE(token.current(), std::string("from-file"));
    }

    void clientCertificateAndKeyData()
    {
        auto access = parseKubeconfig(
            kubeconfig("    server: https://k8s:6443\n    insecure-skip-tls-verify: true\n",
                       "    client-certificate-data: " + std::string(kCaPemBase64) +
                           "\n    client-key-data: a2V5\n"),
            "", "test", std::nullopt);
        QCOMPARE(access.tls.clientCertPem, std::string(kCaPem));
        QCOMPARE(access.tls.clientKeyPem, std::string("key"));
        QVERIFY(access.tls.insecureSkipVerify);
        QVERIFY(access.token.empty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exec plugin") << "    server: https://k8s\n"
                                     << "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws\n"
                                     << "users[operator].user.exec: exec credential plugins are not supported";
        QTest::newRow("auth provider") << "    server: https://k8s\n"
                                       << "    auth-provider:\n      name: oidc\n"
                                       << "users[operator].user.auth-provider: auth providers are not supported";
        QTest::newRow("basic auth") << "    server: https://k8s\n"
                                    << "    username: a\n    password: b\n"
                                    << "basic authentication is not supported";
        QTest::newRow("not a URL") << "    server: k8s:6443\n"
                                   << "    token: t\n"
                                   << "clusters[main].cluster.server: 'k8s:6443' is not an http(s) URL";
        QTest::newRow("bad base64") << "    server: https://k8s\n    certificate-authority-data: '%%%'\n"
                                    << "    token: t\n"
                                    << "certificate-authority-data: not valid base64";
        QTest::newRow("missing CA file") << "    server: https://k8s\n    certificate-authority: /nonexistent/ca.crt\n"
                                         << "    token: t\n"
                                         << "cannot read '/nonexistent/ca.crt'";
        QTest::newRow("certificate without key") << "    server: https://k8s\n"
                                                 << "    client-certificate-data: a2V5\n"
                                                 << "client-certificate and client-key must be given together";
    }

    void refusals()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        try {
            parseKubeconfig(kubeconfig(cluster.toStdString(), user.toStdString()), "", "my.yaml", std::nullopt);
            QFAIL("accepted a kubeconfig it cannot use");
        } catch (const KubeConfigError& error) {
            const std::string message = error.what();
            QVERIFY2(message.find("MARKETDESK_KUBECONFIG (my.yaml)") == 0, message.c_str());
            QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        }
    }

    void structuralErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not YAML") << "a: [unclosed" << "not valid YAML";
        QTest::newRow("a list") << "- 1\n- 2\n" << "expected a YAML mapping";
        QTest::newRow("no current context") << "clusters: []\n" << "current-context is not set";
        QTest::newRow("unknown context") << "current-context: nope\ncontexts: []\n" << "no context named 'nope'";
        QTest::newRow("unknown cluster") << "current-context: c\ncontexts:\n- name: c\n  context:\n    cluster: x\n"
                                         << "no cluster named 'x'";
    }

    void structuralErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        try {
            parseKubeconfig(text.toStdString(), "", "k.yaml", std::nullopt);
            QFAIL("accepted a broken kubeconfig");
        } catch (const KubeConfigError& error) {
            QVERIFY2(std::string(error.what()).find(expected.toStdString()) != std::string::npos, error.what());
        }
    }

    void missingKubeconfigFile()
    {
        try {
            loadKubeconfig("/nonexistent/kubeconfig", std::nullopt);
            QFAIL("accepted a missing file");
        } catch (const KubeConfigError& error) {
            QVERIFY2(std::string(error.what()).find("MARKETDESK_KUBECONFIG: cannot read") == 0, error.what());
        }
    }

    void inCluster()
    {
        Scratch scratch;
        scratch.write("token", "first-token\n");
        scratch.write("ca.crt", kCaPem);
        scratch.write("namespace", "marketplace\n");
        auto access = loadInCluster(scratch.dir(), "10.96.0.1", "443", std::nullopt);
        QCOMPARE(access.mode, std::string("in-cluster"));
        QCOMPARE(access.server, std::string("https://10.96.0.1:443"));
        QCOMPARE(access.namespaceName, std::string("marketplace"));
        QCOMPARE(access.tls.caFile, scratch.dir() + "/ca.crt");
        QCOMPARE(loadInCluster(scratch.dir(), "fd00::1", "6443", std::string("other")).server,
                 std::string("https://[fd00::1]:6443"));
        QCOMPARE(loadInCluster(scratch.dir(), "fd00::1", "6443", std::string("other")).namespaceName,
                 std::string("other"));
    }

    void inClusterRefusals()
    {
        Scratch scratch;
        QVERIFY_THROWS_EXCEPTION(KubeConfigError, loadInCluster(scratch.dir(), "", "", std::nullopt));
        try {
            loadInCluster(scratch.dir(), "10.0.0.1", "443", std::nullopt);
            QFAIL("accepted a service-account directory without a token");
        } catch (const KubeConfigError& error) {
            QVERIFY2(std::string(error.what()).find("MARKETDESK_KUBE_SERVICEACCOUNT_DIR: cannot read") == 0,
                     error.what());
        }
    }

    // The kubelet replaces the projected token file; the next request must carry the new token.
    void tokenRotation()
    {
        Scratch scratch;
        const std::string path = scratch.write("token", "token-one\n");
        BearerToken token("", path);
        QCOMPARE(token.current(), std::string("token-one"));
        QCOMPARE(token.current(), std::string("token-one"));
        // Atomic replacement, as the kubelet does it (a new inode).
        scratch.write("token.new", "token-two-longer");
        std::filesystem::rename(path + ".new", path);
        QCOMPARE(token.current(), std::string("token-two-longer"));
        // Rewritten in place with the same length: the modification time tells.
        {
            std::ofstream(path, std::ios::trunc) << "token-six-longer";
            std::filesystem::last_write_time(path, std::filesystem::last_write_time(path) + std::chrono::seconds(5));
        }
        QCOMPARE(token.current(), std::string("token-six-longer"));
        // Caught while empty (mid-write) or gone: the last good token is kept.
        std::ofstream(path, std::ios::trunc).flush();
        QCOMPARE(token.current(), std::string("token-six-longer"));
        std::filesystem::remove(path);
        QCOMPARE(token.current(), std::string("token-six-longer"));
    }

    // The server itself refuses to start on a kubeconfig it cannot use, naming the setting (exit 2).
    void serverRefusesUnusableConfiguration_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("kubeconfigText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exec") << "kubeconfig"
                              << QString::fromStdString(kubeconfig("    server: https://k8s\n",
                                                                   "    exec:\n      command: gke-gcloud-auth-plugin\n"))
                              << "users[operator].user.exec: exec credential plugins are not supported";
        QTest::newRow("no kubeconfig") << "kubeconfig" << QString() << "MARKETDESK_KUBECONFIG: must be set";
        QTest::newRow("not in a pod") << "in-cluster" << QString() << "KUBERNETES_SERVICE_HOST";
    }

    void serverRefusesUnusableConfiguration()
    {
        QFETCH(QString, mode);
        QFETCH(QString, kubeconfigText);
        QFETCH(QString, expected);
        Scratch scratch;
        QMap<QString, QString> environment{{"MARKETDESK_JWT_SECRET", md::test::ServerProcess::testJwtSecret()},
                                           {"MARKETDESK_DATABASE_URL", "postgresql://127.0.0.1:1/none"},
                                           {"MARKETDESK_LISTEN", "127.0.0.1:0"},
                                           {"MARKETDESK_KUBE_MODE", mode},
                                           {"KUBERNETES_SERVICE_HOST", ""}}; // even when the tests run in a pod
        if (!kubeconfigText.isEmpty())
            environment["MARKETDESK_KUBECONFIG"] =
                QString::fromStdString(scratch.write("config", kubeconfigText.toStdString()));
        const auto result = md::test::ServerCommand::run({"serve"}, environment, {}, std::chrono::seconds(30));
        QVERIFY2(result.exitCode == 2, qPrintable(result.standardError));
        QVERIFY2(result.standardError.contains("configuration error"), qPrintable(result.standardError));
        QVERIFY2(result.standardError.contains(expected), qPrintable(result.standardError));
    }

    void base64()
    {
        QCOMPARE(decodeBase64("aGVsbG8=", "f"), std::string("hello"));
        QCOMPARE(decodeBase64("aGVs\nbG8h", "f"), std::string("hello!"));
        QCOMPARE(decodeBase64("7ZWc6riA", "f"), std::string("\xed\x95\x9c\xea\xb8\x80")); // 한글
        QVERIFY_THROWS_EXCEPTION(KubeConfigError, decodeBase64("a", "f"));
        QVERIFY_THROWS_EXCEPTION(KubeConfigError, decodeBase64("aGVs=bG8", "f"));
    }
};

QTEST_GUILESS_MAIN(KubeConfigTest)
#include "KubeConfigTest.moc"
