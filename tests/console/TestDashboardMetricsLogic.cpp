// The Dashboard's logic without a server: the query step from range and width, the range variables,
// Prometheus' matrix JSON (NaN and infinities included), legend templates, the dashboard file
// (the shipped one loads; mistakes name the panel and field), CSV export, units, the query string
// sent, and the wording of configuration errors.

#include "models/ops/DashboardDefinition.h"
#include "models/ops/LegendTemplate.h"
#include "models/ops/MetricUnit.h"
#include "models/ops/MetricsQueryService.h"
#include "models/ops/OpsErrorText.h"
#include "models/ops/PanelQueryRunner.h"
#include "models/ops/PrometheusMatrix.h"
#include "models/ops/QueryStep.h"
#include "models/ops/SeriesCsv.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <QtTest>

#include <cmath>

using namespace md::models;
using std::chrono::seconds;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestDashboardMetricsLogic : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void stepFromRangeAndWidth_data()
    {
        QTest::addColumn<qint64>("range");
        QTest::addColumn<int>("width");
        QTest::addColumn<qint64>("scrape");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("15 min is the scrape interval") << qint64(900) << 1200 << qint64(15) << qint64(15);
        QTest::newRow("1 h at 1200 px") << qint64(3600) << 1200 << qint64(15) << qint64(15);
        QTest::newRow("6 h at 1200 px: 18 s -> 30 s") << qint64(6 * 3600) << 1200 << qint64(15) << qint64(30);
        QTest::newRow("24 h at 1200 px: 72 s -> 2 min") << qint64(86400) << 1200 << qint64(15) << qint64(120);
        QTest::newRow("7 d at 1200 px: 504 s -> 10 min") << qint64(7 * 86400) << 1200 << qint64(15) << qint64(600);
        QTest::newRow("7 d at 600 px") << qint64(7 * 86400) << 600 << qint64(15) << qint64(1800);
        QTest::newRow("narrow chart") << qint64(3600) << 10 << qint64(15) << qint64(600);
        QTest::newRow("zero width counts as one") << qint64(3600) << 0 << qint64(15) << qint64(3600);
        QTest::newRow("1 s scrape, 5 min") << qint64(300) << 1200 << qint64(1) << qint64(1);
        QTest::newRow("32 days at 4000 px") << qint64(32 * 86400) << 4000 << qint64(15) << qint64(900);
        QTest::newRow("a year: whole days") << qint64(365 * 86400) << 100 << qint64(15) << qint64(4 * 86400);
    }
    void stepFromRangeAndWidth()
    {
        QFETCH(qint64, range);
        QFETCH(int, width);
        QFETCH(qint64, scrape);
        QFETCH(qint64, expected);
        const seconds step = chooseQueryStep(seconds(range), width, seconds(scrape));
        QCOMPARE(step.count(), expected);
        QVERIFY(range / step.count() + 1 <= MaxPointsPerSeries);
    }

    void stepRespectsThePointLimit()
    {
        // 1 s scrape over 7 days at a wide chart would be 604,801 points; the limit raises the step.
        const seconds step = chooseQueryStep(seconds(7 * 86400), 100000, seconds(1));
        QVERIFY(7 * 86400 / step.count() + 1 <= MaxPointsPerSeries);
        QCOMPARE(step.count(), 60);
    }

    void rangeVariables()
    {
        const QString query = QStringLiteral("rate(x[$__rate_interval]) / avg_over_time(y[$__interval]) + z[$__range]");
        QCOMPARE(substituteRangeVariables(query, seconds(15), seconds(15), seconds(3600)),
                 QStringLiteral("rate(x[60s]) / avg_over_time(y[15s]) + z[3600s]"));
        QCOMPARE(substituteRangeVariables(query, seconds(600), seconds(15), seconds(7 * 86400)),
                 QStringLiteral("rate(x[615s]) / avg_over_time(y[600s]) + z[604800s]"));
        QCOMPARE(rateInterval(seconds(1), seconds(1)).count(), 4);
    }

    void durations()
    {
        QCOMPARE(parsePrometheusDuration(QStringLiteral("15s")), seconds(15));
        QCOMPARE(parsePrometheusDuration(QStringLiteral("1m")), seconds(60));
        QCOMPARE(parsePrometheusDuration(QStringLiteral("1h30m")), seconds(5400));
        QCOMPARE(parsePrometheusDuration(QStringLiteral("2d")), seconds(172800));
        QVERIFY(!parsePrometheusDuration(QStringLiteral("")));
        QVERIFY(!parsePrometheusDuration(QStringLiteral("0s")));
        QVERIFY(!parsePrometheusDuration(QStringLiteral("15")));
        QVERIFY(!parsePrometheusDuration(QStringLiteral("1.5m")));
        QVERIFY(!parsePrometheusDuration(QStringLiteral("-1m")));
        QCOMPARE(durationLabel(seconds(15)), QStringLiteral("15 s"));
        QCOMPARE(durationLabel(seconds(600)), QStringLiteral("10 min"));
        QCOMPARE(durationLabel(seconds(86400)), QStringLiteral("1 d"));
    }

    void prometheusMatrix()
    {
        QString error;
        const auto series = parsePrometheusMatrix(json(R"({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{"__name__":"up","route":"/api/v1/products"},"values":[[1700000000,"1.5"],[1700000015.5,"NaN"]]},
                {"metric":{},"values":[[1700000000.123,"+Inf"],[1700000015,"-Inf"],[1700000030,"1e-3"]]}]}})"),
                                                  &error);
        QVERIFY2(series, qPrintable(error));
        QCOMPARE(series->size(), 2);
        QCOMPARE(series->at(0).labels.value(QStringLiteral("route")), QStringLiteral("/api/v1/products"));
        QCOMPARE(series->at(0).points.at(0), QPointF(1700000000000.0, 1.5));
        QCOMPARE(series->at(0).points.at(1).x(), 1700000015500.0);
        QVERIFY(std::isnan(series->at(0).points.at(1).y()));
        QCOMPARE(series->at(1).points.at(0).x(), 1700000000123.0);
        QVERIFY(std::isinf(series->at(1).points.at(0).y()) && series->at(1).points.at(0).y() > 0);
        QVERIFY(std::isinf(series->at(1).points.at(1).y()) && series->at(1).points.at(1).y() < 0);
        QCOMPARE(series->at(1).points.at(2).y(), 0.001);

        const auto empty =
            parsePrometheusMatrix(json(R"({"status":"success","data":{"resultType":"matrix","result":[]}})"), &error);
        QVERIFY(empty && empty->isEmpty());
    }

    void prometheusMatrixRejects_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("error status")
            << text(R"({"status":"error","errorType":"bad_data","error":"parse error at char 5"})")
            << text("parse error at char 5");
        QTest::newRow("vector") << text(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
                                << text("vector");
        QTest::newRow("no result") << text(R"({"status":"success","data":{"resultType":"matrix"}})") << text("result");
        QTest::newRow("bad sample")
            << text(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,2]]}]}})")
            << text("Series 1");
        QTest::newRow("bad value")
            << text(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"abc"]]}]}})")
            << text("abc");
        QTest::newRow("no status") << text(R"({"data":{}})") << text("status");
    }
    void prometheusMatrixRejects()
    {
        QFETCH(QString, body);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parsePrometheusMatrix(QJsonDocument::fromJson(body.toUtf8()).object(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void legendTemplates()
    {
        const QMap<QString, QString> labels{{QStringLiteral("__name__"), QStringLiteral("http_requests_total")},
                                            {QStringLiteral("route"), QStringLiteral("/api/v1/orders")},
                                            {QStringLiteral("status"), QStringLiteral("500")}};
        QCOMPARE(expandLegendTemplate(QStringLiteral("{{route}}"), labels, QStringLiteral("q")),
                 QStringLiteral("/api/v1/orders"));
        QCOMPARE(expandLegendTemplate(QStringLiteral("{{ route }} ({{status}})"), labels, QStringLiteral("q")),
                 QStringLiteral("/api/v1/orders (500)"));
        QCOMPARE(expandLegendTemplate(QStringLiteral("{{pod}} {{route}}"), labels, QStringLiteral("q")),
                 QStringLiteral("/api/v1/orders"));
        QCOMPARE(expandLegendTemplate(QString(), labels, QStringLiteral("q")),
                 QStringLiteral("http_requests_total{route=\"/api/v1/orders\", status=\"500\"}"));
        QCOMPARE(expandLegendTemplate(QString(), {}, QStringLiteral("sum(rate(x[1m]))")),
                 QStringLiteral("sum(rate(x[1m]))"));

        MetricSeries a;
        a.labels = {{QStringLiteral("route"), QStringLiteral("/x")}};
        const QList<MetricSeries> named =
            nameSeries({{a, a}, {a}}, {{QStringLiteral("q1"), QStringLiteral("{{route}}")},
                                       {QStringLiteral("q2"), QStringLiteral("{{route}}")}});
        QCOMPARE(named.size(), 3);
        QCOMPARE(named.at(0).name, QStringLiteral("/x"));
        QCOMPARE(named.at(1).name, QStringLiteral("/x (2)"));
        QCOMPARE(named.at(2).name, QStringLiteral("/x (3)"));
    }

    void shippedDashboardLoads()
    {
        QString error;
        const auto dashboard =
            loadDashboardDefinition(QStringLiteral(MD_SOURCE_DIR "/resources/dashboards/overview.json"), &error);
        QVERIFY2(dashboard, qPrintable(error));
        QCOMPARE(dashboard->scrapeInterval, seconds(15));
        QStringList ids;
        for (const PanelDefinition& panel : dashboard->panels) {
            ids.append(panel.id);
            QVERIFY(!panel.title.english.isEmpty());
            QVERIFY2(!panel.title.korean.isEmpty(), qPrintable(panel.id));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("request_rate"), QStringLiteral("error_ratio"),
                                   QStringLiteral("latency"), QStringLiteral("orders_per_minute"),
                                   QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("db_pool")}));
        QCOMPARE(dashboard->panels.at(2).queries.size(), 3);
        QCOMPARE(dashboard->panels.at(2).unit, MetricUnit::Seconds);
        QCOMPARE(dashboard->panels.at(1).unit, MetricUnit::Ratio);
    }

    void dashboardMistakesAreNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        const QString panel = QStringLiteral(
            R"({"panels":[{"id":"rate","title":{"en":"Rate"},"unit":"req/s","queries":[{"expr":"up"}]}, %1]})");
        QTest::newRow("not json") << text("{\"panels\": [") << text("not valid JSON");
        QTest::newRow("array") << text("[]") << text("JSON object");
        QTest::newRow("no panels") << text("{\"panels\": []}") << text("\"panels\"");
        QTest::newRow("unknown unit")
            << panel.arg(text(R"({"id":"mem","title":{"en":"Memory"},"unit":"furlongs","queries":[{"expr":"up"}]})"))
            << text("panel 2 (\"mem\"): unknown \"unit\" \"furlongs\"");
        QTest::newRow("no title") << panel.arg(text(R"({"id":"mem","unit":"bytes","queries":[{"expr":"up"}]})"))
                                  << text("panel 2 (\"mem\"): \"title\"");
        QTest::newRow("no queries") << panel.arg(text(R"({"id":"mem","title":"Memory","unit":"bytes","queries":[]})"))
                                    << text("\"queries\"");
        QTest::newRow("empty expr") << panel.arg(text(
                                           R"({"id":"mem","title":"Memory","unit":"bytes","queries":[{"expr":" "}]})"))
                                    << text("query 1 has no \"expr\"");
        QTest::newRow("bad id") << panel.arg(text(
                                       R"({"id":"Mem ory","title":"Memory","unit":"bytes","queries":[{"expr":"up"}]})"))
                                << text("\"id\"");
        QTest::newRow("duplicate id")
            << panel.arg(text(R"({"id":"rate","title":"Again","unit":"bytes","queries":[{"expr":"up"}]})"))
            << text("used twice");
        QTest::newRow("bad scrape interval")
            << text(
                   R"({"scrape_interval":"soon","panels":[{"id":"a","title":"A","unit":"count","queries":[{"expr":"up"}]}]})")
            << text("scrape_interval");
    }
    void dashboardMistakesAreNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseDashboardDefinition(file.toUtf8(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void missingDashboardFileIsNamed()
    {
        QString error;
        QVERIFY(!loadDashboardDefinition(QStringLiteral("/nonexistent/board.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/board.json")), qPrintable(error));
    }

    void csvExport()
    {
        MetricSeries first;
        first.name = QStringLiteral("경로, \"주문\"");
        first.points = {{1700000000000.0, 1.5}, {1700000015000.0, std::nan("")}};
        MetricSeries second;
        second.name = QStringLiteral("p99");
        second.points = {{1700000015000.0, 0.125}, {1700000030000.0, INFINITY}};
        const QByteArray csv = seriesToCsv({first, second});
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "time,\"경로, \"\"주문\"\"\",p99\r\n"
                                    "2023-11-14T22:13:20.000Z,1.5,\r\n"
                                    "2023-11-14T22:13:35.000Z,NaN,0.125\r\n"
                                    "2023-11-14T22:13:50.000Z,,+Inf\r\n";
        QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(expected));
        QCOMPARE(seriesToCsv({}), QByteArray("\xEF\xBB\xBFtime\r\n"));
    }

    void unitsForPeople()
    {
        QCOMPARE(formatMetricValue(12.345, MetricUnit::RequestsPerSecond), QStringLiteral("12.3 req/s"));
        QCOMPARE(formatMetricValue(0.025, MetricUnit::Ratio), QStringLiteral("2.50 %"));
        QCOMPARE(formatMetricValue(0.184, MetricUnit::Seconds), QStringLiteral("184 ms"));
        QCOMPARE(formatMetricValue(2.5, MetricUnit::Seconds), QStringLiteral("2.50 s"));
        QCOMPARE(formatMetricValue(101092352, MetricUnit::Bytes), QStringLiteral("96.4 MiB"));
        QCOMPARE(formatMetricValue(3, MetricUnit::Connections), QStringLiteral("3 connections"));
        QCOMPARE(formatMetricValue(std::nan(""), MetricUnit::Cores), QStringLiteral("no value"));
        QCOMPARE(axisScaleFor(MetricUnit::Bytes, 3e9).title, QStringLiteral("GiB"));
        QCOMPARE(axisScaleFor(MetricUnit::Seconds, 0.2).divisor, 1e-3);
        QCOMPARE(axisScaleFor(MetricUnit::Ratio, 0.5).divisor, 0.01);
        QCOMPARE(metricUnitFromString(QStringLiteral("orders/min")), MetricUnit::OrdersPerMinute);
        QVERIFY(!metricUnitFromString(QStringLiteral("furlongs")));
    }

    void queryStringKeepsPlusSigns()
    {
        RangeQuery query{QStringLiteral("sum(rate(a[1m])) + 1e+3 & x=\"y\""),
                         QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC),
                         QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC), seconds(15)};
        QUrl url(QStringLiteral("http://127.0.0.1/api/v1/ops/metrics/query_range"));
        url.setQuery(rangeQueryParameters(query));
        const QString encoded = url.query(QUrl::FullyEncoded);
        QVERIFY2(!encoded.contains(QLatin1Char('+')), qPrintable(encoded));
        QVERIFY2(encoded.contains(QStringLiteral("%2B")), qPrintable(encoded));
        QVERIFY2(encoded.contains(QStringLiteral("start=1700000000&end=1700003600&step=15")), qPrintable(encoded));
        // What a server decodes is the PromQL as written.
        const QUrlQuery decoded(url.query(QUrl::FullyEncoded));
        QCOMPARE(
            QUrl::fromPercentEncoding(decoded.queryItemValue(QStringLiteral("query"), QUrl::FullyEncoded).toUtf8()),
            query.expression);
    }

    void configurationErrorsSayWhatToSet()
    {
        ApiError notConfigured = ApiError::fromHttpResponse(
            503,
            R"({"error":{"code":"not_configured","message":"no Prometheus is configured: set MARKETDESK_PROMETHEUS_URL"}})");
        QVERIFY2(opsErrorText(notConfigured, OpsErrorView::DashboardPanel)
                     .startsWith(
                         QStringLiteral("Prometheus is not configured on the server: set MARKETDESK_PROMETHEUS_URL")),
                 qPrintable(opsErrorText(notConfigured, OpsErrorView::DashboardPanel)));
        ApiError badQuery =
            ApiError::fromHttpResponse(422, R"({"error":{"code":"bad_query","message":"parse error"}})");
        QVERIFY(opsErrorText(badQuery, OpsErrorView::DashboardPanel).contains(QStringLiteral("parse error")));
        QVERIFY(opsErrorText(badQuery, OpsErrorView::DashboardPanel).contains(QStringLiteral("dashboard file")));
    }
};

QTEST_GUILESS_MAIN(TestDashboardMetricsLogic)
#include "TestDashboardMetricsLogic.moc"
