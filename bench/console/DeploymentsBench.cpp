// marketdesk-deployments-bench: the console's Deployments page against a running marketdesk-server
// that watches a large cluster (bench/run-deployments.sh: the Kubernetes test server seeded with
// 2,000 Deployments and 30,000 pods). Measures:
//  - first rows: from showing the page (built on first visit) to the end of the first paint of the
//    table with rows;
//  - scrolling: the view dragged to the bottom until every Deployment is loaded through fetchMore();
//  - the longest GUI-thread stall during both (5 ms probe lateness, and the same less the thread's
//    wait for a CPU);
//  - memory afterwards.
// Exit code 0 when the run completed (targets met or not), 1 when it could not run.

#include "GuiLatencyProbe.h"

#include "app/MainWindow.h"
#include "models/api/ApiClient.h"
#include "models/ops/DeploymentListModel.h"
#include "models/session/Authenticator.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/PageContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace md::bench;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk-deployments-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opens the console's Deployments page against a running server "
                                                    "and measures first paint, scrolling, stalls and memory."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server address."),
                                          QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:8080"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QStringLiteral("Operator or admin account."),
                                         QStringLiteral("EMAIL"), QStringLiteral("ops@bench.example"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Its password."),
                                            QStringLiteral("PASSWORD"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Time bound of the scrolling."),
                                           QStringLiteral("S"), QStringLiteral("120"));
    parser.addOptions({serverOption, emailOption, passwordOption, secondsOption});
    parser.process(application);
    const int scrollSeconds = parser.value(secondsOption).toInt();
    if (scrollSeconds <= 0) {
        std::fprintf(stderr, "deployments-bench: --seconds must be a positive number\n");
        return 1;
    }

    QTemporaryDir settingsDirectory;
    md::ui::ConsoleSettings settings(
        std::make_unique<QSettings>(settingsDirectory.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    md::models::ApiClient client;
    std::optional<md::models::User> user;
    {
        md::models::Authenticator authenticator(&client);
        bool answered = false;
        QObject::connect(&authenticator, &md::models::Authenticator::signedIn, [&](const md::models::User& signedIn) {
            user = signedIn;
            answered = true;
        });
        QObject::connect(
            &authenticator, &md::models::Authenticator::signInFailed, [&](const md::models::ApiError& error) {
                std::fprintf(stderr, "deployments-bench: sign-in failed: %s\n", qPrintable(error.displayText()));
                answered = true;
            });
        authenticator.signIn(QUrl(parser.value(serverOption)), parser.value(emailOption), parser.value(passwordOption));
        if (!waitFor([&] { return answered; }, 30000) || !user) return 1;
    }

    md::ui::PageContext context{&client, *user, nullptr, &settings};
    md::app::MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    waitFor([] { return false; }, 1000); // the first page (Products) loads and paints first
    const Memory before = readMemory();

    GuiLatencyProbe probe;
    probe.start();
    const auto openStart = Clock::now();
    if (!window.showPage(QStringLiteral("deploymentsPage"))) {
        std::fprintf(stderr, "deployments-bench: this account has no Deployments page (operator or admin needed)\n");
        return 1;
    }
    auto* table = window.currentPage()->findChild<QTableView*>(QStringLiteral("deploymentTable"));
    auto* model = table ? qobject_cast<md::models::DeploymentListModel*>(table->model()) : nullptr;
    if (!model) {
        std::fprintf(stderr, "deployments-bench: no deploymentTable with a DeploymentListModel\n");
        return 1;
    }
    FirstRowsPaint firstPaint(model, openStart);
    table->viewport()->installEventFilter(&firstPaint);
    if (!waitFor([&] { return firstPaint.milliseconds().has_value(); }, 30000)) {
        std::fprintf(stderr, "deployments-bench: no rows painted within 30 s (error: %s)\n",
                     model->lastError() ? qPrintable(model->lastError()->displayText()) : "none");
        return 1;
    }
    const double firstRowsMs = *firstPaint.milliseconds();
    const int firstPageRows = model->rowCount();
    const GuiLatencyProbe::Summary openStalls = probe.summary();

    const auto scrollStart = Clock::now();
    int scrolls = 0;
    const int maxScrolls = 1000;
    QObject driver;
    const auto scrollToBottom = [&] {
        if (model->isLoading() || !model->canFetchMore(QModelIndex()) || scrolls >= maxScrolls) return;
        table->scrollToBottom();
        ++scrolls;
    };
    QObject::connect(model, &md::models::PagedTableModel::pageLoaded, &driver,
                     [&] { QTimer::singleShot(0, &driver, scrollToBottom); });
    QTimer watchdog;
    watchdog.setInterval(100);
    QObject::connect(&watchdog, &QTimer::timeout, &driver, scrollToBottom);
    watchdog.start();
    scrollToBottom();
    const bool complete =
        waitFor([&] { return !model->isLoading() && !model->canFetchMore(QModelIndex()); }, scrollSeconds * 1000);
    watchdog.stop();
    const double scrollMs = millisecondsSince(scrollStart);
    waitFor([] { return false; }, 200); // the last page's paint
    probe.stop();
    const GuiLatencyProbe::Summary stalls = probe.summary();
    const GuiLatencyProbe::Summary own = probe.ownSummary();
    const Memory after = readMemory();

    std::printf("Deployments page: %d rows (first page %d)%s%s\n", model->rowCount(), firstPageRows,
                complete ? "" : qPrintable(QStringLiteral(", stopped by the %1 s bound").arg(scrollSeconds)),
                model->lastError() ? qPrintable(QStringLiteral(", error: ") + model->lastError()->displayText()) : "");
    const auto figure = [](const char* name, const QString& value) {
        std::printf("    %-52s %s\n", name, qPrintable(value));
    };
    const auto ms = [](double value) { return QString::number(value, 'f', 1) + QStringLiteral(" ms"); };
    const auto mib = [](double value) { return QString::number(value, 'f', 1) + QStringLiteral(" MiB"); };
    figure("show Deployments -> first rows painted", ms(firstRowsMs));
    figure("scroll through every row (fetchMore)", ms(scrollMs));
    figure("stall while opening: max", ms(openStalls.maxMs));
    figure("stall, opening + scrolling: max / p99 / p50",
           ms(stalls.maxMs) + QStringLiteral(" / ") + ms(stalls.p99Ms) + QStringLiteral(" / ") + ms(stalls.p50Ms));
    figure("  less the GUI thread's wait for a CPU: max / p99", ms(own.maxMs) + QStringLiteral(" / ") + ms(own.p99Ms));
    figure("probe ticks late by > 50 ms (less CPU wait)",
           QStringLiteral("%1 (%2) of %3").arg(stalls.over50Ms).arg(own.over50Ms).arg(stalls.ticks));
    figure("VmRSS before / after", mib(before.rssMiB) + QStringLiteral(" / ") + mib(after.rssMiB));
    figure("VmHWM (peak RSS)", mib(after.hwmMiB));
    std::printf("\n    %-24s %-40s %s\n", "target", "measured", "verdict");
    const auto target = [](const char* name, const QString& measured, bool met) {
        std::printf("    %-24s %-40s %s\n", name, qPrintable(measured), met ? "met" : "MISSED");
    };
    target("first rows < 300 ms", ms(firstRowsMs), firstRowsMs < 300);
    target("no stall > 50 ms", QStringLiteral("max %1 (less CPU wait %2)").arg(ms(stalls.maxMs), ms(own.maxMs)),
           stalls.maxMs <= 50);
    std::fflush(stdout);
    return complete ? 0 : 1;
}
