#pragma once
// What the console benchmarks that drive the real main window share besides the probes in
// GuiLatencyProbe.h: a throw-away settings file, signing in with a bounded wait, and the layout of
// the printed figures and targets, so their reports read the same.

#include "GuiLatencyProbe.h"

#include "models/api/ApiClient.h"
#include "models/paging/PagedTableModel.h"
#include "models/session/Authenticator.h"
#include "ui/common/ConsoleSettings.h"

#include <QSettings>
#include <QString>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <optional>

namespace md::bench {

// Console settings in a temporary file: no remembered window geometry or header state skews a run.
class ThrowAwaySettings {
public:
    ThrowAwaySettings()
        : m_settings(
              std::make_unique<QSettings>(m_directory.filePath(QStringLiteral("console.ini")), QSettings::IniFormat))
    {
    }
    md::ui::ConsoleSettings& settings() { return m_settings; }

private:
    QTemporaryDir m_directory; // declared first: the settings file lives in it
    md::ui::ConsoleSettings m_settings;
};

// Signs in through the console's own Authenticator, waiting at most 30 s. On failure prints why,
// prefixed with `program`, and returns nothing.
inline std::optional<md::models::User> signIn(md::models::ApiClient& client, const QUrl& server, const QString& email,
                                              const QString& password, const char* program)
{
    std::optional<md::models::User> user;
    md::models::Authenticator authenticator(&client);
    bool answered = false;
    QObject::connect(&authenticator, &md::models::Authenticator::signedIn, [&](const md::models::User& signedIn) {
        user = signedIn;
        answered = true;
    });
    QObject::connect(&authenticator, &md::models::Authenticator::signInFailed, [&](const md::models::ApiError& error) {
        std::fprintf(stderr, "%s: sign-in failed: %s\n", program, qPrintable(error.displayText()));
        answered = true;
    });
    authenticator.signIn(server, email, password);
    if (!waitFor([&] { return answered; }, 30000))
        std::fprintf(stderr, "%s: sign-in did not answer within 30 s\n", program);
    return user;
}

// Scrolling like a person hunting for the oldest rows: as soon as a page has been added, the table
// is dragged to the bottom, and the view asks the model for more when its scroll bar reaches the
// maximum (QAbstractItemView::verticalScrollbarValueChanged -> fetchMore). No polling, so the
// console's CPU time is its own; a slow watchdog covers a drag that fetched nothing. At most
// `maxScrolls` drags.
class PageScroller : public QObject {
public:
    PageScroller(QTableView* table, md::models::PagedTableModel* model, int maxScrolls)
        : m_table(table), m_model(model), m_maxScrolls(maxScrolls)
    {
        m_watchdog.setInterval(100);
        QObject::connect(&m_watchdog, &QTimer::timeout, this, [this] { scrollToBottom(); });
    }
    void start()
    {
        QObject::connect(m_model, &md::models::PagedTableModel::pageLoaded, this,
                         [this] { QTimer::singleShot(0, this, [this] { scrollToBottom(); }); });
        m_watchdog.start();
        scrollToBottom();
    }
    void stop()
    {
        m_watchdog.stop();
        QObject::disconnect(m_model, nullptr, this, nullptr);
    }
    int scrolls() const { return m_scrolls; }
    bool exhausted() const { return m_scrolls >= m_maxScrolls; }

private:
    void scrollToBottom()
    {
        if (m_model->isLoading() || !m_model->canFetchMore(QModelIndex()) || exhausted()) return;
        m_table->scrollToBottom();
        ++m_scrolls;
    }

    QTableView* m_table;
    md::models::PagedTableModel* m_model;
    int m_maxScrolls;
    int m_scrolls = 0;
    QTimer m_watchdog;
};

inline QString formatMs(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

inline QString formatMiB(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" MiB");
}

inline void printFigure(const char* name, const QString& value)
{
    std::printf("    %-52s %s\n", name, qPrintable(value));
}

// The GUI-thread stall figures over a whole run (opening and scrolling).
inline void printStallFigures(const GuiLatencyProbe::Summary& stalls, const GuiLatencyProbe::Summary& own)
{
    printFigure("stall, opening + scrolling: max / p99 / p50", formatMs(stalls.maxMs) + QStringLiteral(" / ") +
                                                                   formatMs(stalls.p99Ms) + QStringLiteral(" / ") +
                                                                   formatMs(stalls.p50Ms));
    printFigure("  less the GUI thread's wait for a CPU: max / p99",
                formatMs(own.maxMs) + QStringLiteral(" / ") + formatMs(own.p99Ms));
    printFigure("probe ticks late by > 50 ms (less CPU wait)",
                QStringLiteral("%1 (%2) of %3").arg(stalls.over50Ms).arg(own.over50Ms).arg(stalls.ticks));
}

inline void printTargetsHeader()
{
    std::printf("\n    %-24s %-40s %s\n", "target", "measured", "verdict");
}

inline void printTarget(const char* name, const QString& measured, bool met)
{
    std::printf("    %-24s %-40s %s\n", name, qPrintable(measured), met ? "met" : "MISSED");
}

// The target every GUI benchmark shares: no GUI-thread stall over 50 ms.
inline void printStallTarget(const GuiLatencyProbe::Summary& stalls, const GuiLatencyProbe::Summary& own)
{
    printTarget("no stall > 50 ms",
                QStringLiteral("max %1 (less CPU wait %2)").arg(formatMs(stalls.maxMs), formatMs(own.maxMs)),
                stalls.maxMs <= 50);
}

} // namespace md::bench
