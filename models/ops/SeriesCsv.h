#pragma once
// A panel's data as CSV: one row per timestamp found in any series (ascending), the time first as
// ISO 8601 UTC, then one column per series headed by its legend name; a series without a sample at
// that time leaves its cell empty. Values are written in full precision with a '.' decimal point
// whatever the locale, NaN and infinities in Prometheus' notation. UTF-8 with a byte order mark, so
// spreadsheet programs read Korean headers correctly.

#include "models/ops/MetricSeries.h"

#include <QByteArray>
#include <QList>

namespace md::models {

QByteArray seriesToCsv(const QList<MetricSeries>& series);

} // namespace md::models
