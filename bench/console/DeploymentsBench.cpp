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

#include "ConsoleBenchSupport.h"

#include "app/MainWindow.h"
#include "models/ops/DeploymentListModel.h"
#include "ui/common/PageContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>

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

    ThrowAwaySettings settings;
    md::models::ApiClient client;
    const std::optional<md::models::User> user =
        signIn(client, QUrl(parser.value(serverOption)), parser.value(emailOption), parser.value(passwordOption),
               "deployments-bench");
    if (!user) return 1;

    md::ui::PageContext context{&client, *user, nullptr, &settings.settings()};
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
    PageScroller scroller(table, model, 1000);
    scroller.start();
    const bool complete =
        waitFor([&] { return !model->isLoading() && !model->canFetchMore(QModelIndex()); }, scrollSeconds * 1000);
    scroller.stop();
    const double scrollMs = millisecondsSince(scrollStart);
    waitFor([] { return false; }, 200); // the last page's paint
    probe.stop();
    const GuiLatencyProbe::Summary stalls = probe.summary();
    const GuiLatencyProbe::Summary own = probe.ownSummary();
    const Memory after = readMemory();

    std::printf("Deployments page: %d rows (first page %d)%s%s\n", model->rowCount(), firstPageRows,
                complete ? "" : qPrintable(QStringLiteral(", stopped by the %1 s bound").arg(scrollSeconds)),
                model->lastError() ? qPrintable(QStringLiteral(", error: ") + model->lastError()->displayText()) : "");
    printFigure("show Deployments -> first rows painted", formatMs(firstRowsMs));
    printFigure("scroll through every row (fetchMore)", formatMs(scrollMs));
    printFigure("stall while opening: max", formatMs(openStalls.maxMs));
    printStallFigures(stalls, own);
    printFigure("VmRSS before / after", formatMiB(before.rssMiB) + QStringLiteral(" / ") + formatMiB(after.rssMiB));
    printFigure("VmHWM (peak RSS)", formatMiB(after.hwmMiB));
    printTargetsHeader();
    printTarget("first rows < 300 ms", formatMs(firstRowsMs), firstRowsMs < 300);
    printStallTarget(stalls, own);
    std::fflush(stdout);
    return complete ? 0 : 1;
}
