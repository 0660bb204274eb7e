// marketdesk: the desktop console for sellers and support staff. Parses the command line, sets up
// language and settings, and hands over to Session.

#include "app/Session.h"
#include "app/Theme.h"
#include "app/TokenStore.h"
#include "app/Translations.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/login/LoginDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <optional>

namespace {

// Reads the command line. Runs before the GUI exists so that --help and --version work without a
// display; returns nullopt after printing an error (exit code 2).
std::optional<md::app::Session::StartOptions> parseCommandLine(QCoreApplication& application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Marketdesk console for sellers and support staff."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Address of marketdesk-server, e.g. http://127.0.0.1:8080."),
        QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("main", "E-mail address to sign in with."),
                                        QStringLiteral("EMAIL"));
    parser.addOption(serverOption);
    parser.addOption(userOption);
    parser.process(application); // --help and --version print and exit here

    md::app::Session::StartOptions options;
    if (parser.isSet(serverOption)) {
        QString problem;
        const auto server = md::ui::parseServerAddress(parser.value(serverOption), &problem);
        if (!server) {
            std::fprintf(stderr, "marketdesk: %s\n", qPrintable(problem));
            return std::nullopt;
        }
        options.server = *server;
    }
    options.email = parser.value(userOption).trimmed();
    // From the environment, never the command line (argv is visible to every user through ps);
    // removed at once so no child process inherits it.
    options.password = qEnvironmentVariable("MARKETDESK_PASSWORD");
    qunsetenv("MARKETDESK_PASSWORD");
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Marketdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("marketdesk.kr"));
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));

    std::optional<md::app::Session::StartOptions> options;
    {
        QCoreApplication commandLine(argc, argv);
        md::ui::ConsoleSettings settings;
        md::app::installTranslations(commandLine, md::app::resolveLanguage(settings.language()));
        options = parseCommandLine(commandLine);
    }
    if (!options) return 2;

    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Marketdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    md::ui::ConsoleSettings settings;
    md::app::installTranslations(application, md::app::resolveLanguage(settings.language()));
    md::app::applyTheme(application, md::app::themeFromSetting(settings.theme()));

    md::app::TokenStore tokenStore(QStringLiteral("marketdesk"));
    md::app::Session session(&settings, &tokenStore);
    session.start(*options);
    return application.exec();
}
