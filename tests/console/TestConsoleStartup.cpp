// The real `marketdesk` program, started as a user (or scripts/demo.sh) starts it: its command line
// (--help, --version, a bad --server) and the one-time sign-in from MARKETDESK_PASSWORD that the
// demo uses to open the console already signed in. Settings and keychain fallbacks go to a
// temporary HOME so the developer's own console settings are never read or changed.

#include "support/ServerStack.h"
#include "support/TestSetupError.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;

namespace {

QString consoleProgram()
{
    return qEnvironmentVariable("MARKETDESK_CONSOLE_BIN");
}

} // namespace

class ConsoleStartupTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(consoleProgram()).isExecutable(), "MARKETDESK_CONSOLE_BIN must name the console");
        QVERIFY(m_home.isValid());
        MD_REQUIRE(m_stack.start());
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcess version;
        version.setProcessEnvironment(environment());
        version.start(consoleProgram(), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(20000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY2(version.readAllStandardOutput().contains("marketdesk"), "--version names the program");

        QProcess help;
        help.setProcessEnvironment(environment());
        help.start(consoleProgram(), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(20000));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray text = help.readAllStandardOutput();
        QVERIFY2(text.contains("--server") && text.contains("--user"), text.constData());
    }

    void refusesABadServerAddress()
    {
        QProcess console;
        console.setProcessEnvironment(environment());
        console.start(consoleProgram(), {QStringLiteral("--server"), QStringLiteral("ftp://example.kr")});
        QVERIFY(console.waitForFinished(20000));
        QCOMPARE(console.exitCode(), 2);
        QVERIFY(console.readAllStandardError().startsWith("marketdesk: "));
    }

    void signsInOnceFromTheEnvironment()
    {
        const CastMember& admin = m_stack.fixtures().member(Role::Admin);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("MARKETDESK_PASSWORD"), QString::fromStdString(Fixtures::password()));
        QProcess console;
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::MergedChannels);
        console.start(consoleProgram(), {QStringLiteral("--server"),
                                         QStringLiteral("http://127.0.0.1:%1").arg(m_stack.server().port()),
                                         QStringLiteral("--user"), QString::fromStdString(admin.email)});
        QVERIFY(console.waitForStarted(20000));
        QByteArray output;
        const QByteArray expected = "signed in as " + QByteArray::fromStdString(admin.email);
        const bool signedIn = QTest::qWaitFor(
            [&] {
                output += console.readAll();
                return output.contains(expected) || console.state() == QProcess::NotRunning;
            },
            30000);
        console.kill();
        console.waitForFinished(10000);
        QVERIFY2(signedIn && output.contains(expected), output.constData());
        // The password is never logged, whatever the log level.
        QVERIFY(!output.contains(QByteArray::fromStdString(Fixtures::password())));
    }

    void cleanupTestCase() { QCOMPARE(m_stack.stop(), 0); }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("md.*.info=true"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain service: the fallback path
        return env;
    }

    QTemporaryDir m_home;
    ServerStack m_stack;
};

QTEST_GUILESS_MAIN(ConsoleStartupTest)
#include "TestConsoleStartup.moc"
