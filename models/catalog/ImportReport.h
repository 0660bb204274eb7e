#pragma once
// The server's answer to POST /api/v1/products/import, as the console reads it: the counts and the
// per-row problems ({row, field, message}; row = the line of the file, the header being line 1).
// A rejected import (422 import_rejected) carries the same report in error.details.

#include "models/api/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md::models {

struct ImportRowError {
    int row = 0;
    QString field; // the column; empty for the row as a whole
    QString message;

    bool operator==(const ImportRowError&) const = default;
};

struct ImportReport {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    QList<ImportRowError> errors;
    bool errorsTruncated = false; // the server reports at most its first 1000 problems
    bool dryRun = false;
    bool partial = false;

    bool hasErrors() const { return failed > 0 || !errors.isEmpty(); }
};

std::optional<ImportReport> parseImportReport(const QJsonObject& json, QString* error = nullptr);
// The report inside a 422 import_rejected answer; nullopt for any other error.
std::optional<ImportReport> importReportFromError(const ApiError& error);

} // namespace md::models
