// The Dashboard page against the real server and a real Prometheus scraping it: with no Prometheus
// configured every panel says which setting is missing; configured, after some traffic, every
// panel of the shipped dashboard charts data from the genuine query engine (so each PromQL of
// overview.json is checked too), hover reads exact values, CSV and PNG export write files, a
// reload replaces the one in flight rather than stacking, and the page is in the navigation for
// operators and administrators only.
//
// MARKETDESK_DASHBOARD_GRAB=/path.png saves a picture of the page with data (for a look at it).

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/MainWindow.h"
#include "models/ops/MetricUnit.h"
#include "support/PrometheusProcess.h"
#include "support/ServerStack.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DashboardPanel.h"
#include "widgets/charts/TimeSeriesChart.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace md::test;
using md::ui::DashboardPage;
using md::ui::DashboardPanel;
using md::widgets::TimeSeriesChart;

class TestDashboardGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MD_REQUIRE(m_stack.start()); // no MARKETDESK_PROMETHEUS_URL yet
        QVERIFY(m_scratch.isValid());
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_scratch.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
    }

    void onlyOperationsRolesSeeTheDashboard()
    {
        for (Role role : {Role::Operator, Role::Admin, Role::SellerA, Role::Support}) {
            md::models::ApiClient client;
            const auto user =
                signIn(client, m_stack.server(), m_stack.fixtures().member(role).email, Fixtures::password());
            QVERIFY(user);
            md::app::MainWindow window({&client, *user, nullptr, m_settings.get()});
            const bool expected = role == Role::Operator || role == Role::Admin;
            QCOMPARE(window.pageNames().contains(QStringLiteral("dashboardPage")), expected);
        }
    }

    void notConfiguredSaysWhatToSet()
    {
        auto page = makePage(Role::Operator);
        QVERIFY(page);
        QVERIFY(!page->panels().isEmpty());
        for (DashboardPanel* panel : page->panels()) {
            QTRY_COMPARE_WITH_TIMEOUT(panel->chart()->state(), TimeSeriesChart::State::Error, 15000);
            QVERIFY2(panel->chart()->stateText().contains(QStringLiteral("MARKETDESK_PROMETHEUS_URL")),
                     qPrintable(panel->chart()->stateText()));
            QVERIFY(!child<QAbstractButton>(panel, "panelCsvButton")->isEnabled());
        }
        auto* label = page->findChild<QLabel*>(QStringLiteral("chartStateLabel"));
        QVERIFY(label && label->isVisible());
    }

    void chartsDataFromRealPrometheus()
    {
        PrometheusProcess::Options scraping;
        scraping.scrapeTargets = {QStringLiteral("127.0.0.1:%1").arg(m_stack.server().port())};
        MD_REQUIRE(m_prometheus.start(scraping));
        MD_REQUIRE(m_prometheus.waitForFirstScrape());
        ServerProcess::Options withPrometheus;
        withPrometheus.environment.insert(QStringLiteral("MARKETDESK_PROMETHEUS_URL"), m_prometheus.baseUrl());
        MD_REQUIRE(m_stack.server().restart(withPrometheus));
        driveTraffic();

        auto page = makePage(Role::Operator);
        QVERIFY(page);
        child<QComboBox>(page.get(), "dashboardRangeCombo")->setCurrentIndex(0); // last 15 minutes
        // rate() needs two scrapes after the traffic, and the last evaluation step must cover them.
        auto routesCharted = [&page] {
            QStringList routes;
            for (const auto& series : page->panel(QStringLiteral("request_rate"))->lastData().series)
                routes.append(series.name);
            return routes;
        };
        auto ready = [&] {
            const bool allCharted =
                std::all_of(page->panels().begin(), page->panels().end(), [](DashboardPanel* panel) {
                    return panel->chart()->state() == TimeSeriesChart::State::Data;
                });
            const QStringList routes = routesCharted();
            return allCharted && routes.contains(QStringLiteral("/api/v1/products")) &&
                   routes.contains(QStringLiteral("/api/v1/orders"));
        };
        QDeadlineTimer deadline(std::chrono::seconds(90));
        for (int attempt = 0; attempt < 60 && !deadline.hasExpired(); ++attempt) {
            page->reload();
            QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 20000);
            if (ready()) break;
            driveTraffic();
            QTest::qWait(1500); // the next scrape; bounded by the attempt count and deadline
        }
        for (DashboardPanel* panel : page->panels()) {
            const QString what = panel->definition().id + QStringLiteral(": ") + panel->chart()->stateText();
            QVERIFY2(panel->chart()->state() == TimeSeriesChart::State::Data, qPrintable(what));
            QVERIFY2(!panel->lastData().series.isEmpty(), qPrintable(what));
            QVERIFY2(panel->chart()->drawnPointCount() > 0, qPrintable(what));
            QVERIFY(panel->lastData().window.step.count() >= 15);
        }

        // Request rate per route has the routes the traffic used, by their templates.
        DashboardPanel* requests = page->panel(QStringLiteral("request_rate"));
        const QStringList routes = routesCharted();
        QVERIFY2(routes.contains(QStringLiteral("/api/v1/products")), qPrintable(routes.join(QLatin1Char(' '))));
        QVERIFY2(routes.contains(QStringLiteral("/api/v1/orders")), qPrintable(routes.join(QLatin1Char(' '))));
        DashboardPanel* latency = page->panel(QStringLiteral("latency"));
        QCOMPARE(latency->chart()->lineSeries().size(), 3);

        // Hover reads the exact last value of a series.
        const auto& pool = page->panel(QStringLiteral("db_pool"))->lastData().series;
        const QPointF last = pool.first().points.last();
        const QString hover = page->panel(QStringLiteral("db_pool"))->chart()->hoverText(last.x());
        QVERIFY2(hover.contains(md::models::formatMetricValue(last.y(), md::models::MetricUnit::Connections)),
                 qPrintable(hover));

        // Exports: CSV has a column per series and every sample; PNG is the panel as a picture.
        QString error;
        const QString csvPath = m_scratch.filePath(QStringLiteral("requests.csv"));
        QVERIFY2(requests->saveCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFtime,"));
        QVERIFY(lines.first().contains("/api/v1/products"));
        qsizetype samples = 0;
        for (const auto& series : requests->lastData().series)
            samples = std::max(samples, series.points.size());
        QVERIFY(lines.size() - 2 >= samples); // header and the final empty split
        const QString pngPath = m_scratch.filePath(QStringLiteral("latency.png"));
        QVERIFY2(latency->savePng(pngPath, &error), qPrintable(error));
        const QImage picture(pngPath);
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() >= latency->chart()->width());

        if (const QByteArray grab = qgetenv("MARKETDESK_DASHBOARD_GRAB"); !grab.isEmpty())
            page->grab().save(QString::fromLocal8Bit(grab));
    }

    void reloadReplacesTheRefreshInFlight()
    {
        auto page = makePage(Role::Admin);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->isRefreshing() && page->panels().first()->chart()->state() != TimeSeriesChart::State::Empty, 20000);
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (DashboardPanel* panel : page->panels())
            spies.append(std::make_shared<QSignalSpy>(panel, &DashboardPanel::refreshFinished));
        page->reload();
        QVERIFY(page->isRefreshing());
        page->reload(); // the first is cancelled: one answer per panel, not two
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 20000);
        QTest::qWait(300); // any late answer of the cancelled refresh would arrive now
        for (const auto& spy : spies)
            QCOMPARE(spy->size(), 1);
    }

    void koreanTitles()
    {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        auto page = makePage(Role::Operator);
        QLocale::setDefault(QLocale::c());
        QVERIFY(page);
        auto* title = child<QLabel>(page->panel(QStringLiteral("request_rate")), "panelTitle");
        QVERIFY2(title->text().contains(QStringLiteral("경로별 요청률")), qPrintable(title->text()));
    }

    void cleanupTestCase()
    {
        m_prometheus.stop();
        QCOMPARE(m_stack.stop(), 0);
    }

private:
    std::unique_ptr<DashboardPage> makePage(Role role)
    {
        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(role).email, Fixtures::password());
        if (!user) return nullptr;
        auto page = std::make_unique<DashboardPage>(md::ui::PageContext{&m_client, *user, nullptr, m_settings.get()});
        page->resize(1300, 900);
        page->show();
        return page;
    }

    // Product listings, an order (orders_placed_total) and a few 404s.
    void driveTraffic()
    {
        Fixtures& fixtures = m_stack.fixtures();
        HttpClient customer = fixtures.client(Role::CustomerA);
        for (int request = 0; request < 20; ++request)
            customer.get("/api/v1/products?limit=5");
        for (int request = 0; request < 3; ++request)
            customer.get("/api/v1/orders/999999999");
        if (!m_product) {
            m_product = fixtures.createProduct(Role::SellerA, {{"title", "대시보드 머그컵"}})["id"].get<long long>();
            fixtures.setStock(Role::SellerA, m_product, 1000);
        }
        placeOrder(fixtures, Role::CustomerA, m_product, 1);
    }

    ServerStack m_stack;
    PrometheusProcess m_prometheus;
    md::models::ApiClient m_client;
    QTemporaryDir m_scratch;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
    long long m_product = 0;
};

QTEST_MAIN(TestDashboardGui)
#include "TestDashboardGui.moc"
