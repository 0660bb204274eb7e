// Offline tests of the console's small decisions outside models/: which language to show, how a
// typed server address is read, which keychain entry a session uses, and what the settings store
// remembers.

#include "app/TokenStore.h"
#include "app/Translations.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/login/LoginDialog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace md;

class TestConsoleSettingsLogic : public QObject {
    Q_OBJECT
private slots:
    void resolvesLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Korean system") << "" << "ko_KR" << "ko";
        QTest::newRow("English system") << "" << "en_GB" << "en";
        QTest::newRow("other system falls back to English") << "" << "fr_FR" << "en";
        QTest::newRow("setting wins") << "en" << "ko_KR" << "en";
        QTest::newRow("Korean chosen") << "ko" << "de_DE" << "ko";
        QTest::newRow("unknown setting follows the system") << "xx" << "ko_KR" << "ko";
    }
    void resolvesLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, systemLocale);
        QFETCH(QString, expected);
        QCOMPARE(app::resolveLanguage(setting, QLocale(systemLocale)), expected);
    }

    void readsServerAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("full") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080";
        QTest::newRow("no scheme") << "127.0.0.1:18107" << "http://127.0.0.1:18107";
        QTest::newRow("https with path") << " https://desk.example.kr/marketdesk " << "https://desk.example.kr/marketdesk";
        QTest::newRow("ftp") << "ftp://example.kr" << "";
        QTest::newRow("empty") << "   " << "";
        QTest::newRow("query") << "http://host:8080/?x=1" << "";
    }
    void readsServerAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString problem;
        const auto url = ui::parseServerAddress(typed, &problem);
        if (expected.isEmpty()) {
            QVERIFY(!url);
            QVERIFY(!problem.isEmpty());
        } else {
            QVERIFY2(url, qPrintable(problem));
            QCOMPARE(url->toString(), expected);
        }
    }

    void keychainEntriesIgnoreCosmeticDifferences()
    {
        const QString a = app::TokenStore::accountFor(QUrl(QStringLiteral("http://Desk.example.kr:8080/")),
                                                      QStringLiteral(" Seller1@Marketdesk.kr"));
        const QString b = app::TokenStore::accountFor(QUrl(QStringLiteral("http://desk.example.kr:8080")),
                                                      QStringLiteral("seller1@marketdesk.kr"));
        QCOMPARE(a, b);
        QVERIFY(a != app::TokenStore::accountFor(QUrl(QStringLiteral("http://desk.example.kr:8081")),
                                                 QStringLiteral("seller1@marketdesk.kr")));
    }

    void settingsRoundTrip()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("console.ini"));
        {
            ui::ConsoleSettings settings(std::make_unique<QSettings>(path, QSettings::IniFormat));
            QCOMPARE(settings.serverUrl(), ui::ConsoleSettings::defaultServerUrl());
            QVERIFY(settings.rememberSession());
            settings.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:18107")));
            settings.setLastEmail(QStringLiteral("지원@example.kr"));
            settings.setLanguage(QStringLiteral("ko"));
            settings.setRememberSession(false);
        }
        ui::ConsoleSettings reopened(std::make_unique<QSettings>(path, QSettings::IniFormat));
        QCOMPARE(reopened.serverUrl(), QUrl(QStringLiteral("http://127.0.0.1:18107")));
        QCOMPARE(reopened.lastEmail(), QStringLiteral("지원@example.kr"));
        QCOMPARE(reopened.language(), QStringLiteral("ko"));
        QVERIFY(!reopened.rememberSession());
    }
};

QTEST_GUILESS_MAIN(TestConsoleSettingsLogic)
#include "TestConsoleSettingsLogic.moc"
