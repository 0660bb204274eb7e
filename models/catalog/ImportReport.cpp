#include "models/catalog/ImportReport.h"

#include <QJsonArray>

namespace md::models {

namespace {

bool readCount(const QJsonObject& json, const char* key, int& out, QString* error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined()) return true; // older servers may leave a count out
    if (!value.isDouble() || value.toDouble() < 0) {
        if (error) *error = QStringLiteral("import report: '%1' is not a count").arg(QLatin1String(key));
        return false;
    }
    out = value.toInt();
    return true;
}

} // namespace

std::optional<ImportReport> parseImportReport(const QJsonObject& json, QString* error)
{
    ImportReport report;
    if (!readCount(json, "created", report.created, error) || !readCount(json, "updated", report.updated, error) ||
        !readCount(json, "unchanged", report.unchanged, error) || !readCount(json, "failed", report.failed, error))
        return std::nullopt;
    const QJsonValue errors = json.value(QLatin1String("errors"));
    if (!errors.isUndefined() && !errors.isArray()) {
        if (error) *error = QStringLiteral("import report: 'errors' is not a list");
        return std::nullopt;
    }
    for (const QJsonValue& item : errors.toArray()) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || !object.value(QLatin1String("row")).isDouble() ||
            !object.value(QLatin1String("message")).isString()) {
            if (error) *error = QStringLiteral("import report: an error lacks its row or message");
            return std::nullopt;
        }
        report.errors.append(ImportRowError{object.value(QLatin1String("row")).toInt(),
                                            object.value(QLatin1String("field")).toString(),
                                            object.value(QLatin1String("message")).toString()});
    }
    report.errorsTruncated = json.value(QLatin1String("errors_truncated")).toBool();
    report.dryRun = json.value(QLatin1String("dry_run")).toBool();
    report.partial = json.value(QLatin1String("partial")).toBool();
    return report;
}

std::optional<ImportReport> importReportFromError(const ApiError& error)
{
    if (error.httpStatus != 422 || error.code != QLatin1String("import_rejected")) return std::nullopt;
    return parseImportReport(error.details);
}

} // namespace md::models
