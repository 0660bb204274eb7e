// marketdesk-console-bench: the real console (main window, Orders page, its models and delegates)
// against a running marketdesk-server, measuring what a person feels with a large order book:
//
//  - first rows: from the click on "Orders" in the navigation to the end of the first paint of the
//    table's viewport with rows in it;
//  - scrolling: the view dragged to the bottom again and again, so that the view's own fetchMore()
//    chain loads page after page, until --rows rows (or --seconds) — total time and rows/s;
//  - GUI-thread stalls during both: a 5 ms precise QTimer records how late each tick is (max, p99),
//    and the same less the time the GUI thread was runnable but waiting for a CPU (the run-queue
//    delay in /proc/thread-self/schedstat), which separates the console's own stalls from a busy
//    machine's;
//  - memory afterwards: VmRSS and VmHWM from /proc/self/status.
//
// Every wait is bounded in time and count. Prints a table and the targets; exit code 0 when the run
// completed (targets missed or not), 1 when it could not run (sign-in failed, no rows, timeout).
// bench/run-console.sh starts PostgreSQL, seeds a million orders and runs this; see bench/README.md.

#include "ConsoleBenchSupport.h"

#include "app/MainWindow.h"
#include "models/orders/OrderListModel.h"
#include "models/paging/PagedTableModel.h"
#include "ui/common/PageContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <optional>

namespace {

// CPU time of the whole process (every thread: the GUI and Qt's network thread) since `start` ms.
double processCpuMsSince(double start)
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6 - start;
}

} // namespace

using namespace md::bench;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk-console-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opens the console's Orders page against a running server "
                                                    "and measures first paint, scrolling, stalls and memory."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server address."),
                                          QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:8080"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QStringLiteral("Account to sign in with."),
                                         QStringLiteral("EMAIL"), QStringLiteral("admin@marketdesk.kr"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Its password."),
                                            QStringLiteral("PASSWORD"), QStringLiteral("marketdesk-demo"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows to scroll through."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Time bound of the scrolling phase."), QStringLiteral("S"),
                                           QStringLiteral("300"));
    parser.addOptions({serverOption, emailOption, passwordOption, rowsOption, secondsOption});
    parser.process(application);
    const int targetRows = parser.value(rowsOption).toInt();
    const int scrollSeconds = parser.value(secondsOption).toInt();

    ThrowAwaySettings settings;
    md::models::ApiClient client;
    const std::optional<md::models::User> user =
        signIn(client, QUrl(parser.value(serverOption)), parser.value(emailOption), parser.value(passwordOption),
               "console-bench");
    if (!user) return 1;

    // The main window opens on its first page (Products); let that settle, as a person would
    // before clicking "Orders".
    md::ui::PageContext context{&client, *user, nullptr, &settings.settings()};
    md::app::MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    auto* products =
        window.currentPage() ? window.currentPage()->findChild<QTableView*>(QStringLiteral("productTable")) : nullptr;
    auto* productModel = products ? qobject_cast<md::models::PagedTableModel*>(products->model()) : nullptr;
    if (productModel &&
        !waitFor([&] { return productModel->hasLoadedFirstPage() && !productModel->isLoading(); }, 30000))
        std::fprintf(stderr, "console-bench: the Products page did not load within 30 s; going on\n");
    waitFor([] { return false; }, 300); // its paint and the live indicator settle
    const Memory before = readMemory();

    GuiLatencyProbe probe;
    probe.start();
    const auto openStart = Clock::now();
    const double cpuAtOpen = processCpuMsSince(0);
    if (!window.showPage(QStringLiteral("ordersPage"))) {
        std::fprintf(stderr, "console-bench: this account has no Orders page\n");
        return 1;
    }
    const double buildPageMs = millisecondsSince(openStart); // showPage() builds the page on first visit
    auto* table = window.currentPage()->findChild<QTableView*>(QStringLiteral("orderTable"));
    auto* model = table ? qobject_cast<md::models::OrderListModel*>(table->model()) : nullptr;
    if (!model) {
        std::fprintf(stderr, "console-bench: no orderTable with an OrderListModel on the Orders page\n");
        return 1;
    }
    FirstRowsPaint firstPaint(model, openStart);
    table->viewport()->installEventFilter(&firstPaint);
    if (!waitFor([&] { return firstPaint.milliseconds().has_value(); }, 30000)) {
        std::fprintf(stderr, "console-bench: no rows painted within 30 s (rows %d, error: %s)\n", model->rowCount(),
                     model->lastError() ? qPrintable(model->lastError()->displayText()) : "none");
        return 1;
    }
    const double firstRowsMs = *firstPaint.milliseconds();
    const int firstPageRows = model->rowCount();
    const GuiLatencyProbe::Summary openStalls = probe.summary();

    // Scrolling through the order book with the view's own fetchMore() chain.
    const auto scrollStart = Clock::now();
    PageScroller scroller(table, model, 3 * (targetRows / model->fetcher()->pageSize()) + 100);
    scroller.start();
    const bool reached = waitFor(
        [&] {
            return model->rowCount() >= targetRows || (!model->isLoading() && !model->canFetchMore(QModelIndex())) ||
                   scroller.exhausted();
        },
        scrollSeconds * 1000);
    scroller.stop();
    const double scrollMs = millisecondsSince(scrollStart);
    probe.stop();
    const double processCpuMs = processCpuMsSince(cpuAtOpen);
    const int scrolledRows = model->rowCount() - firstPageRows;
    const GuiLatencyProbe::Summary stalls = probe.summary();
    const GuiLatencyProbe::Summary own = probe.ownSummary();
    QCoreApplication::processEvents();
    const Memory after = readMemory();

    const int pageSize = model->fetcher()->pageSize();
    std::printf("Orders page: %d rows loaded in %d pages of %d (target %d)%s\n", model->rowCount(),
                (model->rowCount() + pageSize - 1) / pageSize, pageSize, targetRows,
                reached ? "" : qPrintable(QStringLiteral(", stopped by the %1 s bound").arg(scrollSeconds)));
    if (model->lastError()) std::printf("last error: %s\n", qPrintable(model->lastError()->displayText()));
    printFigure("open Orders -> first rows painted", formatMs(firstRowsMs));
    printFigure("scrolling: time for the rows after the first page",
                QString::number(scrollMs / 1000.0, 'f', 1) + QStringLiteral(" s"));
    printFigure("scrolling: rows per second", QString::number(scrolledRows / (scrollMs / 1000.0), 'f', 0));
    printFigure("console CPU (all threads) per 1,000 rows", formatMs(processCpuMs / (model->rowCount() / 1000.0)));
    printFigure("  of which showPage() building the page", formatMs(buildPageMs));
    printFigure("stall while opening: max (5 ms probe lateness)", formatMs(openStalls.maxMs));
    printStallFigures(stalls, own);
    printFigure("VmRSS before opening Orders / after scrolling",
                formatMiB(before.rssMiB) + QStringLiteral(" / ") + formatMiB(after.rssMiB));
    printFigure("VmHWM (peak RSS)", formatMiB(after.hwmMiB));

    printTargetsHeader();
    printTarget("first rows < 300 ms", formatMs(firstRowsMs), firstRowsMs < 300);
    printStallTarget(stalls, own);
    printTarget("RSS < 250 MiB",
                formatMiB(after.rssMiB) + QStringLiteral(" (peak ") + formatMiB(after.hwmMiB) + QLatin1Char(')'),
                after.rssMiB < 250 && after.hwmMiB < 250);
    printTarget("all rows scrolled", QString::number(model->rowCount()), model->rowCount() >= targetRows);
    std::fflush(stdout);
    return model->rowCount() > firstPageRows ? 0 : 1;
}
