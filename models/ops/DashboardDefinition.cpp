#include "models/ops/DashboardDefinition.h"

#include "models/ops/QueryStep.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace md::models {

namespace {

std::optional<LocalizedText> parseTitle(const QJsonValue& value)
{
    if (value.isString() && !value.toString().trimmed().isEmpty()) return LocalizedText{value.toString(), {}};
    const QJsonObject object = value.toObject();
    const QString english = object.value(QLatin1String("en")).toString().trimmed();
    if (english.isEmpty()) return std::nullopt;
    return LocalizedText{english, object.value(QLatin1String("ko")).toString().trimmed()};
}

std::optional<PanelDefinition> parsePanel(const QJsonObject& object, int number, QString* error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    PanelDefinition panel;
    panel.id = object.value(QLatin1String("id")).toString();
    const QString where =
        panel.id.isEmpty()
            ? QCoreApplication::translate("DashboardDefinition", "panel %1").arg(number)
            : QCoreApplication::translate("DashboardDefinition", "panel %1 (\"%2\")").arg(number).arg(panel.id);
    auto fail = [&](const QString& why) -> std::optional<PanelDefinition> {
        *error = QStringLiteral("%1: %2").arg(where, why);
        return std::nullopt;
    };
    if (!idPattern.match(panel.id).hasMatch())
        return fail(
            QCoreApplication::translate("DashboardDefinition", "\"id\" must be 1–64 characters of a–z, 0–9, _ and -"));
    const auto title = parseTitle(object.value(QLatin1String("title")));
    if (!title)
        return fail(QCoreApplication::translate("DashboardDefinition", "\"title\" needs an English text (\"en\")"));
    panel.title = *title;
    const QString unitCode = object.value(QLatin1String("unit")).toString();
    const auto unit = metricUnitFromString(unitCode);
    if (!unit)
        return fail(QCoreApplication::translate("DashboardDefinition", "unknown \"unit\" \"%1\"; use one of %2")
                        .arg(unitCode, metricUnitCodes().join(QStringLiteral(", "))));
    panel.unit = *unit;
    const QJsonArray queries = object.value(QLatin1String("queries")).toArray();
    if (queries.isEmpty())
        return fail(QCoreApplication::translate("DashboardDefinition", "\"queries\" must list at least one query"));
    for (int index = 0; index < queries.size(); ++index) {
        const QJsonObject query = queries.at(index).toObject();
        const QString expression = query.value(QLatin1String("expr")).toString().trimmed();
        if (expression.isEmpty())
            return fail(QCoreApplication::translate("DashboardDefinition", "query %1 has no \"expr\"").arg(index + 1));
        panel.queries.append({expression, query.value(QLatin1String("legend")).toString()});
    }
    return panel;
}

} // namespace

QString LocalizedText::text() const
{
    if (!korean.isEmpty() && QLocale().language() == QLocale::Korean) return korean;
    return english;
}

std::optional<DashboardDefinition> parseDashboardDefinition(const QByteArray& json, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = QCoreApplication::translate("DashboardDefinition", "not valid JSON at byte %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        why = QCoreApplication::translate("DashboardDefinition", "the dashboard must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    DashboardDefinition dashboard;
    dashboard.title = parseTitle(root.value(QLatin1String("title")))
                          .value_or(LocalizedText{QCoreApplication::translate("DashboardDefinition", "Dashboard"), {}});
    if (root.contains(QLatin1String("scrape_interval"))) {
        const QString text = root.value(QLatin1String("scrape_interval")).toString();
        const auto interval = parsePrometheusDuration(text);
        if (!interval) {
            why = QCoreApplication::translate("DashboardDefinition",
                                              "\"scrape_interval\" \"%1\" is not a duration like \"15s\" or \"1m\"")
                      .arg(text);
            return std::nullopt;
        }
        dashboard.scrapeInterval = *interval;
    }
    const QJsonArray panels = root.value(QLatin1String("panels")).toArray();
    if (panels.isEmpty()) {
        why = QCoreApplication::translate("DashboardDefinition", "\"panels\" must list at least one panel");
        return std::nullopt;
    }
    QSet<QString> ids;
    for (int index = 0; index < panels.size(); ++index) {
        if (!panels.at(index).isObject()) {
            why = QCoreApplication::translate("DashboardDefinition", "panel %1 is not a JSON object").arg(index + 1);
            return std::nullopt;
        }
        auto panel = parsePanel(panels.at(index).toObject(), index + 1, &why);
        if (!panel) return std::nullopt;
        if (ids.contains(panel->id)) {
            why = QCoreApplication::translate("DashboardDefinition", "panel %1: the id \"%2\" is used twice")
                      .arg(index + 1)
                      .arg(panel->id);
            return std::nullopt;
        }
        ids.insert(panel->id);
        dashboard.panels.append(std::move(*panel));
    }
    return dashboard;
}

std::optional<DashboardDefinition> loadDashboardDefinition(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("DashboardDefinition", "%1 cannot be read: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto dashboard = parseDashboardDefinition(file.readAll(), &why);
    if (!dashboard && error) *error = QStringLiteral("%1: %2").arg(path, why);
    return dashboard;
}

} // namespace md::models
