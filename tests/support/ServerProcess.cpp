#include "support/ServerProcess.h"

#include "support/ServerCommand.h"
#include "support/TestDatabase.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QFile>
#include <QProcess>

#include <atomic>
#include <thread>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace md::test {

namespace {

constexpr int kPollMilliseconds = 20;

QString nextLogPath()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1/%2-%3-server%4.log")
        .arg(TestPaths::logDirectory(), TestPaths::executableTag())
        .arg(::getpid())
        .arg(counter.fetch_add(1));
}

} // namespace

QString ServerProcess::testJwtSecret() { return QStringLiteral("test-secret-0123456789-abcdefghij-KLMNOPQRSTUV"); }

ServerProcess::ServerProcess(const TestDatabase& database) : ServerProcess(database.url()) {}

ServerProcess::ServerProcess(std::string databaseUrl) : m_databaseUrl(std::move(databaseUrl)) {}

ServerProcess::~ServerProcess()
{
    if (isRunning()) kill();
}

void ServerProcess::start(const Options& options)
{
    if (isRunning()) throw TestSetupError(QStringLiteral("ServerProcess::start: already running"));
    QProcessEnvironment environment = ServerCommand::cleanEnvironment();
    environment.insert(QStringLiteral("MARKETDESK_DATABASE_URL"), QString::fromStdString(m_databaseUrl));
    environment.insert(QStringLiteral("MARKETDESK_LISTEN"), QStringLiteral("127.0.0.1:0"));
    environment.insert(QStringLiteral("MARKETDESK_JWT_SECRET"), testJwtSecret());
    environment.insert(QStringLiteral("MARKETDESK_LOG_FORMAT"), QStringLiteral("json"));
    // Small pools: many test servers share one PostgreSQL.
    environment.insert(QStringLiteral("MARKETDESK_DB_POOL_SIZE"), QStringLiteral("8"));
    for (auto it = options.environment.begin(); it != options.environment.end(); ++it)
        environment.insert(it.key(), it.value());

    m_logPath = nextLogPath();
    m_port = 0;
    m_exitCode = -1;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logPath, QIODevice::Truncate);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // If the test process dies without running destructors (an abort, a crash, a ctest timeout
    // kill), the kernel kills the server too, so no orphan keeps a port or a database connection.
    // The signal follows the thread that started the child: start servers from the test's main thread.
    m_process->setChildProcessModifier([limit = options.openFileLimit] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (limit) {
            const rlimit files{static_cast<rlim_t>(limit->first), static_cast<rlim_t>(limit->second)};
            ::setrlimit(RLIMIT_NOFILE, &files);
        }
    });
    m_process->start(TestPaths::serverBinary(), {QStringLiteral("serve")});
    if (!m_process->waitForStarted(10000))
        throw TestSetupError(QStringLiteral("cannot start %1: %2").arg(TestPaths::serverBinary(), m_process->errorString()));
    waitUntilServing(options);
}

void ServerProcess::restart(const Options& options)
{
    if (m_port == 0) throw TestSetupError(QStringLiteral("ServerProcess::restart: it never started"));
    if (isRunning()) stop();
    Options again = options;
    again.environment.insert(QStringLiteral("MARKETDESK_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    start(again);
}

void ServerProcess::waitUntilServing(const Options& options)
{
    const auto deadline = std::chrono::steady_clock::now() + options.startTimeout;
    auto failure = [&](const QString& why) {
        QString log = logText().right(4000);
        if (isRunning()) kill();
        return TestSetupError(QStringLiteral("marketdesk-server did not come up (%1); log %2:\n%3").arg(why, m_logPath, log));
    };
    HttpClient probe("127.0.0.1", 0);
    for (;;) {
        // waitForFinished doubles as the poll interval and notices an early exit at once.
        if (m_process->waitForFinished(kPollMilliseconds) || m_process->state() == QProcess::NotRunning) {
            m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
            throw failure(QStringLiteral("it exited with code %1").arg(m_exitCode));
        }
        if (std::chrono::steady_clock::now() > deadline) throw failure(QStringLiteral("timed out"));
        if (m_port == 0) {
            m_port = portFromLog();
            if (m_port == 0) continue;
            probe = client();
            probe.setTimeout(std::chrono::seconds(5));
        }
        if (options.waitFor == WaitFor::Nothing) return;
        const char* path = options.waitFor == WaitFor::Ready ? "/healthz/ready" : "/healthz/live";
        if (probe.get(path).status == 200) return;
    }
}

std::uint16_t ServerProcess::portFromLog() const
{
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly)) return 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (!line.contains("\"listening\"")) continue;
        auto entry = nlohmann::json::parse(line.toStdString(), nullptr, false);
        if (entry.is_object() && entry.value("msg", "") == "listening" && entry.contains("port") &&
            entry["port"].is_number_integer())
            return entry["port"].get<std::uint16_t>();
    }
    return 0;
}

void ServerProcess::terminate()
{
    if (isRunning()) ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
}

int ServerProcess::waitForExit(std::chrono::milliseconds timeout)
{
    if (!m_process) return m_exitCode;
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(static_cast<int>(timeout.count()))) {
        kill();
        return -1;
    }
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    return m_exitCode;
}

std::optional<int> ServerProcess::tryWaitForExit(std::chrono::milliseconds timeout)
{
    if (!m_process) return m_exitCode;
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(static_cast<int>(timeout.count())))
        return std::nullopt;
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    return m_exitCode;
}

int ServerProcess::stop(std::chrono::milliseconds timeout)
{
    terminate();
    return waitForExit(timeout);
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_exitCode = -1;
}

bool ServerProcess::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

qint64 ServerProcess::pid() const { return m_process ? m_process->processId() : 0; }

HttpClient ServerProcess::client(const std::string& bearerToken) const
{
    HttpClient client(host(), m_port);
    client.setBearerToken(bearerToken);
    return client;
}

QString ServerProcess::logText() const
{
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace md::test
