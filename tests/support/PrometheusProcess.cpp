#include "support/PrometheusProcess.h"

#include "support/HttpClient.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <atomic>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace md::test {

namespace {

constexpr int kPollMilliseconds = 50;

int nextInstanceNumber()
{
    static std::atomic<int> counter{0};
    return counter.fetch_add(1);
}

// A YAML double-quoted scalar; YAML accepts JSON's escapes, so paths with spaces, quotes or
// Korean characters survive.
QString yamlQuoted(const QString& text)
{
    QString quoted = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

} // namespace

QString PrometheusProcess::binary()
{
    QByteArray overridden = qgetenv("MARKETDESK_TEST_PROMETHEUS_BINARY");
    return overridden.isEmpty() ? QStringLiteral(MARKETDESK_TEST_PROMETHEUS_BINARY)
                                : QString::fromLocal8Bit(overridden);
}

PrometheusProcess::PrometheusProcess() = default;

PrometheusProcess::~PrometheusProcess()
{
    try {
        stop();
    } catch (const std::exception& error) {
        qWarning().noquote() << "could not stop Prometheus:" << error.what();
    }
}

QString PrometheusProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

bool PrometheusProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString PrometheusProcess::logText() const
{
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

void PrometheusProcess::start(const Options& options)
{
    if (isRunning()) throw TestSetupError(QStringLiteral("PrometheusProcess::start: already running"));
    if (!QFileInfo(binary()).isExecutable())
        throw TestSetupError(QStringLiteral("Prometheus is not installed at %1 (apt-get install prometheus, or set "
                                            "MARKETDESK_TEST_PROMETHEUS_BINARY)")
                                 .arg(binary()));
    for (const QString& ruleFile : options.ruleFiles)
        if (!QFileInfo(ruleFile).isFile())
            throw TestSetupError(QStringLiteral("rule file %1 does not exist").arg(ruleFile));

    const int instance = nextInstanceNumber();
    const QString name =
        QStringLiteral("%1-%2-prometheus%3").arg(TestPaths::executableTag()).arg(::getpid()).arg(instance);
    m_directory = TestPaths::workDirectory() + QLatin1Char('/') + name;
    m_logPath = TestPaths::logDirectory() + QLatin1Char('/') + name + QStringLiteral(".log");
    removeDirectory(); // a leftover of an earlier run with the same pid
    if (!QDir().mkpath(m_directory + QStringLiteral("/data")))
        throw TestSetupError(QStringLiteral("cannot create %1").arg(m_directory));
    writeConfiguration(options);
    m_targetCount = static_cast<int>(options.scrapeTargets.size());
    m_port = 0;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logPath, QIODevice::Truncate);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setWorkingDirectory(m_directory);
    // No orphan Prometheus if the test process dies without running destructors.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(binary(), {
                                   QStringLiteral("--config.file=%1/prometheus.yml").arg(m_directory),
                                   QStringLiteral("--storage.tsdb.path=%1/data").arg(m_directory),
                                   // Port 0: the kernel picks; the "Listening on" log line tells us which.
                                   QStringLiteral("--web.listen-address=127.0.0.1:0"),
                                   QStringLiteral("--storage.tsdb.retention.time=1d"),
                                   QStringLiteral("--log.level=info"),
                               });
    if (!m_process->waitForStarted(10000))
        throw TestSetupError(QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString()));
    waitUntilReady(options);
}

void PrometheusProcess::writeConfiguration(const Options& options) const
{
    QString yaml;
    // A scrape timeout longer than the interval is a configuration error, so tie them together.
    yaml += QStringLiteral("global:\n  scrape_interval: %1\n  scrape_timeout: %1\n  evaluation_interval: %2\n")
                .arg(options.scrapeInterval, options.evaluationInterval);
    if (!options.ruleFiles.isEmpty()) {
        yaml += QStringLiteral("rule_files:\n");
        for (const QString& ruleFile : options.ruleFiles)
            yaml += QStringLiteral("  - %1\n").arg(yamlQuoted(QFileInfo(ruleFile).absoluteFilePath()));
    }
    yaml +=
        QStringLiteral("scrape_configs:\n  - job_name: marketdesk\n    metrics_path: /metrics\n    static_configs:\n"
                       "      - targets: [");
    QStringList quotedTargets;
    for (const QString& target : options.scrapeTargets)
        quotedTargets << yamlQuoted(target);
    yaml += quotedTargets.join(QStringLiteral(", ")) + QStringLiteral("]\n");

    QFile file(m_directory + QStringLiteral("/prometheus.yml"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) || file.write(yaml.toUtf8()) < 0)
        throw TestSetupError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
}

void PrometheusProcess::waitUntilReady(const Options& options)
{
    const auto deadline = std::chrono::steady_clock::now() + options.startTimeout;
    auto failure = [&](const QString& why) {
        QString log = logText().right(4000);
        stop();
        return TestSetupError(QStringLiteral("Prometheus did not come up (%1); log %2:\n%3").arg(why, m_logPath, log));
    };
    std::unique_ptr<HttpClient> probe;
    for (;;) {
        // waitForFinished doubles as the poll interval and notices an early exit (bad rules) at once.
        if (m_process->waitForFinished(kPollMilliseconds) || m_process->state() == QProcess::NotRunning)
            throw failure(QStringLiteral("it exited with code %1").arg(m_process->exitCode()));
        if (std::chrono::steady_clock::now() > deadline) throw failure(QStringLiteral("timed out"));
        if (m_port == 0) {
            m_port = portFromLog();
            if (m_port == 0) continue;
            probe = std::make_unique<HttpClient>("127.0.0.1", m_port);
            probe->setTimeout(std::chrono::seconds(5));
        }
        if (probe->get("/-/ready").status == 200) return;
    }
}

std::uint16_t PrometheusProcess::portFromLog() const
{
    static const QRegularExpression listening(QStringLiteral("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match = listening.match(logText());
    return match.hasMatch() ? static_cast<std::uint16_t>(match.captured(1).toUInt()) : 0;
}

void PrometheusProcess::waitForFirstScrape(std::chrono::milliseconds timeout)
{
    if (!isRunning()) throw TestSetupError(QStringLiteral("PrometheusProcess::waitForFirstScrape: not running"));
    if (m_targetCount == 0) return;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    HttpClient client("127.0.0.1", m_port);
    client.setTimeout(std::chrono::seconds(5));
    const std::string target =
        "/api/v1/query?query=" + QUrl::toPercentEncoding(QStringLiteral("count(up == 1)")).toStdString();
    std::string lastAnswer = "(no answer)";
    for (int attempt = 0; std::chrono::steady_clock::now() < deadline && attempt < 100000; ++attempt) {
        HttpResponse response = client.get(target);
        lastAnswer = response.describe();
        nlohmann::json body = response.json();
        if (response.status == 200 && !body.is_discarded()) {
            const nlohmann::json& result = body["data"]["result"];
            if (result.is_array() && !result.empty() && result[0]["value"].is_array() &&
                result[0]["value"][1] == std::to_string(m_targetCount))
                return;
        }
        if (m_process->waitForFinished(200))
            throw TestSetupError(QStringLiteral("Prometheus exited while waiting for the first scrape; log %1:\n%2")
                                     .arg(m_logPath, logText().right(4000)));
    }
    throw TestSetupError(QStringLiteral("Prometheus did not scrape all %1 target(s) within %2 ms; last answer to "
                                        "count(up == 1): %3 (see the targets' lastError in %4/api/v1/targets)")
                             .arg(m_targetCount)
                             .arg(timeout.count())
                             .arg(QString::fromStdString(lastAnswer), baseUrl()));
}

void PrometheusProcess::stop()
{
    if (isRunning()) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    removeDirectory();
}

void PrometheusProcess::removeDirectory()
{
    if (m_directory.isEmpty() || !QFileInfo::exists(m_directory)) return;
    if (!QDir(m_directory).removeRecursively())
        qWarning().noquote() << "could not remove the Prometheus directory" << m_directory;
}

} // namespace md::test
