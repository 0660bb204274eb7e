#pragma once
// A real Prometheus (Debian's /usr/bin/prometheus) for one test: it scrapes the given
// marketdesk-server instances and evaluates the given rule files, so tests of the metrics and
// alerts endpoints (and the console's Dashboard) run against the genuine query engine rather than
// canned JSON. It listens on a kernel-chosen loopback port (read back from its "Listening on" log
// line, so no port race), keeps its TSDB in a private directory under the test work directory
// (removed by stop() and the destructor), and logs to build/test-logs. Like ServerProcess, the
// child is killed by the kernel if the thread that started it ends: start it from the main thread.
//
//   PrometheusProcess prometheus;
//   prometheus.start({.scrapeTargets = {QStringLiteral("127.0.0.1:%1").arg(server.port())}});
//   prometheus.waitForFirstScrape();
//   // start the server under test with MARKETDESK_PROMETHEUS_URL=prometheus.baseUrl()

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <memory>

class QProcess;

namespace md::test {

class PrometheusProcess {
public:
    struct Options {
        QStringList scrapeTargets; // "127.0.0.1:port" of each marketdesk-server to scrape
        QString scrapeInterval = QStringLiteral("1s");
        QStringList ruleFiles; // absolute paths of rule files (alerting/recording rules)
        QString evaluationInterval = QStringLiteral("1s");
        std::chrono::milliseconds startTimeout{30000};
    };

    // The binary used: $MARKETDESK_TEST_PROMETHEUS_BINARY, else the one CMake found (/usr/bin/prometheus).
    static QString binary();

    PrometheusProcess();
    ~PrometheusProcess(); // stops a Prometheus still running and removes its directory
    PrometheusProcess(const PrometheusProcess&) = delete;
    PrometheusProcess& operator=(const PrometheusProcess&) = delete;

    // Writes prometheus.yml, starts Prometheus and returns once /-/ready answers 200. Throws
    // TestSetupError (with the tail of its log) when it exits (bad rule file, bad config) or is not
    // ready within startTimeout.
    void start(const Options& options);
    // Returns once every scrape target has been scraped successfully (count(up == 1) equals the
    // number of targets); throws TestSetupError on timeout, naming what `up` said last.
    void waitForFirstScrape(std::chrono::milliseconds timeout = std::chrono::seconds(40));
    // SIGTERM (SIGKILL after 10 s), then removes the storage directory. Safe to call twice.
    void stop();
    bool isRunning() const;

    std::uint16_t port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:<port>"
    QString logPath() const { return m_logPath; }
    QString logText() const;

private:
    void writeConfiguration(const Options& options) const;
    void waitUntilReady(const Options& options);
    std::uint16_t portFromLog() const;
    void removeDirectory();

    std::unique_ptr<QProcess> m_process;
    QString m_directory;
    QString m_logPath;
    int m_targetCount = 0;
    std::uint16_t m_port = 0;
};

} // namespace md::test
