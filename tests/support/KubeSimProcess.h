#pragma once
// A marketdesk-kube-sim child (the Kubernetes API test server, backend/tools/kube-sim) for one
// test: it listens on a kernel-chosen loopback port, logs to its own file under build/test-logs,
// and dies with the test process. With Options::tls it serves HTTPS with a certificate signed by a
// throw-away CA generated for it (openssl), whose path caCertPath() gives. writeKubeconfig()
// makes the file a marketdesk-server under test reads (MARKETDESK_KUBE_MODE=kubeconfig,
// MARKETDESK_KUBECONFIG=<path>, MARKETDESK_KUBE_NAMESPACE=marketplace).
//
//   KubeSimProcess sim;
//   KubeSimProcess::Options options;          // demo seed, speed 20
//   options.tokenFile = tokenPath;
//   sim.start(options);
//   HttpClient client = sim.client();
//   client.get("/apis/apps/v1/namespaces/marketplace/deployments/cart-api");

#include "support/HttpClient.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <memory>

class QProcess;

namespace md::test {

class KubeSimProcess {
public:
    struct Options {
        QString seed = QStringLiteral("demo");
        double speed = 20;
        QString tokenFile; // when set, every Kubernetes request needs "Authorization: Bearer <its content>"
        QString namespaceName = QStringLiteral("marketplace");
        bool tls = false;
        QStringList extraArgs;
    };

    KubeSimProcess();
    ~KubeSimProcess(); // kills a sim still running
    KubeSimProcess(const KubeSimProcess&) = delete;
    KubeSimProcess& operator=(const KubeSimProcess&) = delete;

    // Throws TestSetupError (with the tail of its log) if it exits or does not listen within 30 s.
    void start(const Options& options);
    void start(); // the default Options: demo seed at speed 20
    // SIGTERM and wait (kills after 10 s).
    void stop();
    void kill();
    bool isRunning() const;

    std::uint16_t port() const { return m_port; }
    // "http://127.0.0.1:<port>" ("https://..." with tls).
    QString baseUrl() const;
    // With tls: the PEM of the CA that signed the sim's certificate; empty otherwise.
    QString caCertPath() const { return m_caCertPath; }
    // A plain-HTTP client for the sim (not for tls), with this bearer token if given.
    HttpClient client(const std::string& bearerToken = {}) const;
    // Writes a kubeconfig (YAML, current-context set, namespace given) pointing at the sim, with this
    // bearer token (none if empty) and, with tls, the CA as certificate-authority-data. Returns path.
    QString writeKubeconfig(const QString& path, const QString& token = {}) const;
    QString logPath() const { return m_logPath; }
    QString logText() const;

    // The binary: configured by CMake, overridable with MARKETDESK_TEST_KUBE_SIM_BINARY.
    static QString binaryPath();

private:
    void makeCertificates();
    std::uint16_t portFromLog() const;

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    std::uint16_t m_port = 0;
    QString m_logPath;
    QString m_tlsDirectory;
    QString m_caCertPath;
};

} // namespace md::test
