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

#include "app/MainWindow.h"
#include "models/api/ApiClient.h"
#include "models/orders/OrderListModel.h"
#include "models/paging/PagedTableModel.h"
#include "models/session/Authenticator.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/PageContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::duration;

double millisecondsSince(Clock::time_point start)
{
    return duration<double, std::milli>(Clock::now() - start).count();
}

// Spins the event loop until `done` or `timeoutMs`; true when `done`.
template <typename Condition> bool waitFor(Condition done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// The event-loop latency probe: a 5 ms precise timer; each tick's lateness is how long the GUI
// thread was busy with something else.
class LatencyProbe : public QObject {
public:
    static constexpr std::chrono::milliseconds kInterval{5};

    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kInterval);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_lateness.clear();
        m_own.clear();
        m_last = Clock::now();
        m_lastWaited = runQueueWaitMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    struct Summary {
        std::size_t ticks = 0;
        double maxMs = 0, p99Ms = 0, p50Ms = 0;
        std::size_t over50Ms = 0;
    };
    // Lateness by the wall clock: what a person sees, including time the thread was not scheduled.
    Summary summary() const { return summarize(m_lateness); }
    // Lateness minus the time the GUI thread was runnable but waiting for a CPU (the scheduler's
    // run-queue delay): the part of a stall that is the console's own work or blocking, whatever
    // else runs on the machine.
    Summary ownSummary() const { return summarize(m_own); }

private:
    static Summary summarize(std::vector<double> sorted)
    {
        Summary result;
        if (sorted.empty()) return result;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double quantile) {
            return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(quantile * double(sorted.size())))];
        };
        result.ticks = sorted.size();
        result.maxMs = sorted.back();
        result.p99Ms = at(0.99);
        result.p50Ms = at(0.50);
        result.over50Ms =
            static_cast<std::size_t>(std::count_if(sorted.begin(), sorted.end(), [](double ms) { return ms > 50; }));
        return result;
    }

    // Total run-queue wait of this (the GUI) thread: /proc/thread-self/schedstat is
    // "cpu-time-ns run-queue-wait-ns timeslices". 0 where the kernel does not provide it.
    static double runQueueWaitMs()
    {
        QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
        if (!schedstat.open(QIODevice::ReadOnly)) return 0;
        return schedstat.readAll().simplified().split(' ').value(1).toDouble() / 1e6;
    }

    void tick()
    {
        const auto now = Clock::now();
        const double waited = runQueueWaitMs();
        const double lateness =
            std::max(0.0, duration<double, std::milli>(now - m_last).count() - double(kInterval.count()));
        m_lateness.push_back(lateness);
        m_own.push_back(std::max(0.0, lateness - (waited - m_lastWaited)));
        m_last = now;
        m_lastWaited = waited;
    }

    QTimer m_timer;
    Clock::time_point m_last;
    double m_lastWaited = 0;
    std::vector<double> m_lateness;
    std::vector<double> m_own;
};

// Notes the end of the first paint of the viewport that has rows to show: the filter sees the paint
// event before the view handles it, so a zero timer queued there fires once the paint is done.
class FirstRowsPaint : public QObject {
public:
    FirstRowsPaint(QAbstractItemModel* model, Clock::time_point start) : m_model(model), m_start(start) {}

    std::optional<double> milliseconds() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && m_model->rowCount() > 0) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] { m_painted = millisecondsSince(m_start); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemModel* m_model;
    Clock::time_point m_start;
    bool m_seen = false;
    std::optional<double> m_painted;
};

struct Memory {
    double rssMiB = 0, hwmMiB = 0;
};
Memory readMemory()
{
    Memory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return memory;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const auto kib = [&] { return line.simplified().split(' ').value(1).toDouble() / 1024.0; };
        if (line.startsWith("VmRSS:")) memory.rssMiB = kib();
        if (line.startsWith("VmHWM:")) memory.hwmMiB = kib();
    }
    return memory;
}

// CPU time of the whole process (every thread: the GUI and Qt's network thread) since `start` ms.
double processCpuMsSince(double start)
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6 - start;
}

const char* verdict(bool met)
{
    return met ? "met" : "MISSED";
}

} // namespace

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

    // A throw-away settings file: no remembered window geometry or header state skews the run.
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
                std::fprintf(stderr, "console-bench: sign-in failed: %s\n", qPrintable(error.displayText()));
                answered = true;
            });
        authenticator.signIn(QUrl(parser.value(serverOption)), parser.value(emailOption), parser.value(passwordOption));
        if (!waitFor([&] { return answered; }, 30000) || !user) {
            if (!answered) std::fprintf(stderr, "console-bench: sign-in did not answer within 30 s\n");
            return 1;
        }
    }

    // The main window opens on its first page (Products); let that settle, as a person would
    // before clicking "Orders".
    md::ui::PageContext context{&client, *user, nullptr, &settings};
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

    LatencyProbe probe;
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
    const LatencyProbe::Summary openStalls = probe.summary();

    // Scrolling: as soon as a page has been added, drag the scroll bar to the bottom, as a person
    // hunting for old orders would; the view asks the model for more when the bar reaches its
    // maximum (QAbstractItemView::verticalScrollbarValueChanged -> fetchMore). No polling, so the
    // console's CPU time below is its own; a slow watchdog covers a drag that fetched nothing.
    const auto scrollStart = Clock::now();
    int scrolls = 0;
    const int maxScrolls = 3 * (targetRows / model->fetcher()->pageSize()) + 100;
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
    const bool reached = waitFor(
        [&] {
            return model->rowCount() >= targetRows || (!model->isLoading() && !model->canFetchMore(QModelIndex())) ||
                   scrolls >= maxScrolls;
        },
        scrollSeconds * 1000);
    watchdog.stop();
    QObject::disconnect(model, nullptr, &driver, nullptr);
    const double scrollMs = millisecondsSince(scrollStart);
    probe.stop();
    const double processCpuMs = processCpuMsSince(cpuAtOpen);
    const int scrolledRows = model->rowCount() - firstPageRows;
    const LatencyProbe::Summary stalls = probe.summary();
    const LatencyProbe::Summary own = probe.ownSummary();
    QCoreApplication::processEvents();
    const Memory after = readMemory();

    const int pageSize = model->fetcher()->pageSize();
    std::printf("Orders page: %d rows loaded in %d pages of %d (target %d)%s\n", model->rowCount(),
                (model->rowCount() + pageSize - 1) / pageSize, pageSize, targetRows,
                reached ? "" : qPrintable(QStringLiteral(", stopped by the %1 s bound").arg(scrollSeconds)));
    if (model->lastError()) std::printf("last error: %s\n", qPrintable(model->lastError()->displayText()));
    const auto figure = [](const char* name, const QString& value) {
        std::printf("    %-52s %s\n", name, qPrintable(value));
    };
    const auto ms = [](double value) { return QString::number(value, 'f', 1) + QStringLiteral(" ms"); };
    const auto mib = [](double value) { return QString::number(value, 'f', 1) + QStringLiteral(" MiB"); };
    figure("open Orders -> first rows painted", ms(firstRowsMs));
    figure("scrolling: time for the rows after the first page",
           QString::number(scrollMs / 1000.0, 'f', 1) + QStringLiteral(" s"));
    figure("scrolling: rows per second", QString::number(scrolledRows / (scrollMs / 1000.0), 'f', 0));
    figure("console CPU (all threads) per 1,000 rows", ms(processCpuMs / (model->rowCount() / 1000.0)));
    figure("  of which showPage() building the page", ms(buildPageMs));
    figure("stall while opening: max (5 ms probe lateness)", ms(openStalls.maxMs));
    figure("stall, opening + scrolling: max / p99 / p50",
           ms(stalls.maxMs) + QStringLiteral(" / ") + ms(stalls.p99Ms) + QStringLiteral(" / ") + ms(stalls.p50Ms));
    figure("  less the GUI thread's wait for a CPU: max / p99", ms(own.maxMs) + QStringLiteral(" / ") + ms(own.p99Ms));
    figure("probe ticks late by > 50 ms (less CPU wait)",
           QStringLiteral("%1 (%2) of %3").arg(stalls.over50Ms).arg(own.over50Ms).arg(stalls.ticks));
    figure("VmRSS before opening Orders / after scrolling",
           mib(before.rssMiB) + QStringLiteral(" / ") + mib(after.rssMiB));
    figure("VmHWM (peak RSS)", mib(after.hwmMiB));

    std::printf("\n    %-24s %-40s %s\n", "target", "measured", "verdict");
    const auto target = [](const char* name, const QString& measured, bool met) {
        std::printf("    %-24s %-40s %s\n", name, qPrintable(measured), verdict(met));
    };
    target("first rows < 300 ms", ms(firstRowsMs), firstRowsMs < 300);
    target("no stall > 50 ms", QStringLiteral("max %1 (less CPU wait %2)").arg(ms(stalls.maxMs), ms(own.maxMs)),
           stalls.maxMs <= 50);
    target("RSS < 250 MiB", mib(after.rssMiB) + QStringLiteral(" (peak ") + mib(after.hwmMiB) + QLatin1Char(')'),
           after.rssMiB < 250 && after.hwmMiB < 250);
    target("all rows scrolled", QString::number(model->rowCount()), model->rowCount() >= targetRows);
    std::fflush(stdout);
    return model->rowCount() > firstPageRows ? 0 : 1;
}
