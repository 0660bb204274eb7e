#pragma once
// A marketdesk-server `serve` child for one test. It listens on 127.0.0.1 with port 0 (the kernel
// picks a free port; the server's "listening" log line says which), uses a test JWT secret, and logs
// to its own file under build/test-logs. start() returns when /healthz/ready answers 200 (or
// /healthz/live, for tests of a server that must not become ready), polling rather than sleeping.
// Several ServerProcess objects may share one TestDatabase (replica tests). The server is killed
// by the kernel if the thread that started it ends, so start servers from the test's main thread.

#include "support/HttpClient.h"

#include <QMap>
#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

class QProcess;

namespace md::test {

class TestDatabase;

class ServerProcess {
public:
    enum class WaitFor { Ready, Live, Nothing };

    struct Options {
        // Extra or overriding settings, e.g. {"MARKETDESK_RATE_LIMIT_RPS", "5"}.
        QMap<QString, QString> environment;
        WaitFor waitFor = WaitFor::Ready;
        std::chrono::milliseconds startTimeout{30000};
        // RLIMIT_NOFILE {soft, hard} of the server process, for tests of running out of file
        // descriptors (the server raises its soft limit to the hard one at start-up); unset
        // inherits the test's limits.
        std::optional<std::pair<long, long>> openFileLimit;
    };

    // The secret every test server signs with unless Options override MARKETDESK_JWT_SECRET.
    static QString testJwtSecret();

    explicit ServerProcess(const TestDatabase& database);
    explicit ServerProcess(std::string databaseUrl);
    ~ServerProcess(); // kills a server still running
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Throws TestSetupError (with the tail of the log) if the server exits or is not up in time.
    void start(const Options& options);
    void start() { start(Options()); }
    // Starts a stopped server again on the port it had before, so clients keep their address (tests
    // of a server that goes away mid-session and comes back). Throws like start().
    void restart(const Options& options);
    void restart() { restart(Options()); }
    // SIGTERM, then waits for the exit; returns the exit code (-1 if it crashed or had to be killed).
    int stop(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // SIGTERM without waiting (drain tests); pair with waitForExit().
    void terminate();
    int waitForExit(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // The exit code if the server exits within the timeout; nullopt (and still running) otherwise.
    std::optional<int> tryWaitForExit(std::chrono::milliseconds timeout);
    // SIGKILL and reap.
    void kill();
    bool isRunning() const;
    qint64 pid() const;

    std::string host() const { return "127.0.0.1"; }
    std::uint16_t port() const { return m_port; }
    // A new client for this server (one per thread), optionally signed in.
    HttpClient client(const std::string& bearerToken = {}) const;
    QString logPath() const { return m_logPath; }
    QString logText() const;

private:
    void waitUntilServing(const Options& options);
    std::uint16_t portFromLog() const;

    std::string m_databaseUrl;
    std::unique_ptr<QProcess> m_process;
    std::uint16_t m_port = 0;
    QString m_logPath;
    int m_exitCode = -1;
};

} // namespace md::test
