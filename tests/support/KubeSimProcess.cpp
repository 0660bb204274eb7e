#include "support/KubeSimProcess.h"

#include "support/ProcessRunner.h"
#include "support/TestPaths.h"
#include "support/TestSetupError.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <atomic>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace md::test {

namespace {

int nextInstance()
{
    static std::atomic<int> counter{0};
    return counter.fetch_add(1);
}

// YAML double-quoted scalar: enough escaping for paths, URLs and tokens.
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString KubeSimProcess::binaryPath()
{
    QByteArray overridden = qgetenv("MARKETDESK_TEST_KUBE_SIM_BINARY");
    return overridden.isEmpty() ? QStringLiteral(MARKETDESK_TEST_KUBE_SIM_BINARY) : QString::fromLocal8Bit(overridden);
}

KubeSimProcess::KubeSimProcess() = default;

KubeSimProcess::~KubeSimProcess()
{
    if (isRunning()) kill();
    if (!m_tlsDirectory.isEmpty()) QDir(m_tlsDirectory).removeRecursively();
}

void KubeSimProcess::makeCertificates()
{
    const int instance = nextInstance();
    m_tlsDirectory =
        QStringLiteral("%1/kubesim-tls-%2-%3").arg(TestPaths::workDirectory()).arg(::getpid()).arg(instance);
    QDir(m_tlsDirectory).removeRecursively();
    QDir().mkpath(m_tlsDirectory);
    auto path = [&](const char* name) { return m_tlsDirectory + QLatin1Char('/') + QLatin1String(name); };
    auto run = [&](const QStringList& arguments) {
        ProcessResult result = ProcessRunner::run(QStringLiteral("openssl"), arguments);
        if (!result.succeeded())
            throw TestSetupError(
                QStringLiteral("openssl %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), result.describe()));
    };
    QFile extensions(path("server.ext"));
    if (!extensions.open(QIODevice::WriteOnly))
        throw TestSetupError(QStringLiteral("cannot write %1").arg(extensions.fileName()));
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                     "basicConstraints=CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    // EC keys: generated in milliseconds, where RSA would cost a noticeable part of a test.
    run({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
         path("ca.key"), "-out", path("ca.crt"), "-days", "2", "-subj", "/CN=marketdesk-test-ca", "-addext",
         "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"});
    run({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", path("server.key"),
         "-out", path("server.csr"), "-subj", "/CN=127.0.0.1"});
    run({"x509", "-req", "-in", path("server.csr"), "-CA", path("ca.crt"), "-CAkey", path("ca.key"), "-CAcreateserial",
         "-out", path("server.crt"), "-days", "2", "-extfile", path("server.ext")});
    m_caCertPath = path("ca.crt");
}

void KubeSimProcess::start()
{
    start(Options());
}

void KubeSimProcess::start(const Options& options)
{
    if (isRunning()) throw TestSetupError(QStringLiteral("KubeSimProcess::start: already running"));
    m_options = options;
    QStringList arguments = {QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--seed"),      options.seed,
                             QStringLiteral("--speed"),     QString::number(options.speed),
                             QStringLiteral("--namespace"), options.namespaceName};
    if (!options.tokenFile.isEmpty()) arguments << QStringLiteral("--token-file") << options.tokenFile;
    if (options.tls) {
        if (m_caCertPath.isEmpty()) makeCertificates();
        arguments << QStringLiteral("--tls-cert") << m_tlsDirectory + QStringLiteral("/server.crt")
                  << QStringLiteral("--tls-key") << m_tlsDirectory + QStringLiteral("/server.key");
    }
    arguments << options.extraArgs;

    m_logPath = QStringLiteral("%1/%2-%3-kubesim%4.log")
                    .arg(TestPaths::logDirectory(), TestPaths::executableTag())
                    .arg(::getpid())
                    .arg(nextInstance());
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logPath, QIODevice::Truncate);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Dies with the test process even when no destructor runs (abort, ctest timeout).
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(binaryPath(), arguments);
    if (!m_process->waitForStarted(10000))
        throw TestSetupError(QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process->errorString()));

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (;;) {
        // waitForFinished is the poll interval and notices an early exit at once.
        if (m_process->waitForFinished(20) || m_process->state() == QProcess::NotRunning) {
            QString log = logText().right(4000);
            throw TestSetupError(QStringLiteral("marketdesk-kube-sim exited (code %1) before listening; log %2:\n%3")
                                     .arg(m_process->exitCode())
                                     .arg(m_logPath, log));
        }
        m_port = portFromLog();
        if (m_port != 0) return;
        if (std::chrono::steady_clock::now() > deadline) {
            QString log = logText().right(4000);
            kill();
            throw TestSetupError(
                QStringLiteral("marketdesk-kube-sim did not listen within 30 s; log %1:\n%2").arg(m_logPath, log));
        }
    }
}

std::uint16_t KubeSimProcess::portFromLog() const
{
    static const QRegularExpression listening(QStringLiteral("^listening on [0-9.]+:([0-9]+)$"),
                                              QRegularExpression::MultilineOption);
    QRegularExpressionMatch match = listening.match(logText());
    return match.hasMatch() ? static_cast<std::uint16_t>(match.captured(1).toUInt()) : 0;
}

void KubeSimProcess::stop()
{
    if (!isRunning()) return;
    ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(10000)) kill();
}

void KubeSimProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool KubeSimProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString KubeSimProcess::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

HttpClient KubeSimProcess::client(const std::string& bearerToken) const
{
    HttpClient client("127.0.0.1", m_port);
    client.setBearerToken(bearerToken);
    return client;
}

QString KubeSimProcess::writeKubeconfig(const QString& path, const QString& token) const
{
    QString cluster = QStringLiteral("    server: %1\n").arg(quoted(baseUrl()));
    if (m_options.tls) {
        QFile ca(m_caCertPath);
        if (!ca.open(QIODevice::ReadOnly)) throw TestSetupError(QStringLiteral("cannot read %1").arg(m_caCertPath));
        cluster +=
            QStringLiteral("    certificate-authority-data: %1\n").arg(QString::fromLatin1(ca.readAll().toBase64()));
    }
    QString user = token.isEmpty() ? QStringLiteral("  user: {}\n")
                                   : QStringLiteral("  user:\n    token: %1\n").arg(quoted(token));
    QString yaml = QStringLiteral("apiVersion: v1\n"
                                  "kind: Config\n"
                                  "clusters:\n"
                                  "- name: marketdesk-sim\n"
                                  "  cluster:\n") +
                   cluster +
                   QStringLiteral("users:\n"
                                  "- name: marketdesk-sim-user\n") +
                   user +
                   QStringLiteral("contexts:\n"
                                  "- name: marketdesk-sim\n"
                                  "  context:\n"
                                  "    cluster: marketdesk-sim\n"
                                  "    user: marketdesk-sim-user\n"
                                  "    namespace: %1\n"
                                  "current-context: marketdesk-sim\n"
                                  "preferences: {}\n")
                       .arg(quoted(m_options.namespaceName));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw TestSetupError(QStringLiteral("cannot write %1").arg(path));
    file.write(yaml.toUtf8());
    return path;
}

QString KubeSimProcess::logText() const
{
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace md::test
