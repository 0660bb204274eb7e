#include "models/ops/MetricUnit.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace md::models {

namespace {

struct UnitCode {
    const char* code;
    MetricUnit unit;
};

constexpr std::array<UnitCode, 8> UnitCodes{{{"req/s", MetricUnit::RequestsPerSecond},
                                             {"percent", MetricUnit::Ratio},
                                             {"seconds", MetricUnit::Seconds},
                                             {"bytes", MetricUnit::Bytes},
                                             {"cores", MetricUnit::Cores},
                                             {"connections", MetricUnit::Connections},
                                             {"orders/min", MetricUnit::OrdersPerMinute},
                                             {"count", MetricUnit::Count}}};

// Three significant digits or so, without exponents for the magnitudes dashboards show.
QString number(double value)
{
    const QLocale locale;
    const double magnitude = std::abs(value);
    if (magnitude == 0.0) return locale.toString(0);
    if (magnitude >= 100.0 || value == std::round(value)) return locale.toString(value, 'f', 0);
    if (magnitude >= 10.0) return locale.toString(value, 'f', 1);
    if (magnitude >= 0.01) return locale.toString(value, 'f', 2);
    return locale.toString(value, 'g', 3);
}

struct Step {
    double factor;
    const char* suffix;
};

AxisScale scaleByBytes(double largest)
{
    static constexpr std::array<Step, 5> steps{{{1024.0 * 1024 * 1024 * 1024, "TiB"},
                                                {1024.0 * 1024 * 1024, "GiB"},
                                                {1024.0 * 1024, "MiB"},
                                                {1024.0, "KiB"},
                                                {1, "B"}}};
    for (const Step& step : steps)
        if (largest >= step.factor) return {step.factor, QString::fromLatin1(step.suffix)};
    return {1.0, QStringLiteral("B")};
}

AxisScale scaleBySeconds(double largest)
{
    if (largest >= 1.0 || largest == 0.0) return {1.0, QCoreApplication::translate("MetricUnit", "s")};
    if (largest >= 1e-3) return {1e-3, QCoreApplication::translate("MetricUnit", "ms")};
    return {1e-6, QCoreApplication::translate("MetricUnit", "µs")};
}

} // namespace

std::optional<MetricUnit> metricUnitFromString(const QString& code)
{
    for (const UnitCode& candidate : UnitCodes)
        if (code == QLatin1String(candidate.code)) return candidate.unit;
    if (code == QLatin1String("%")) return MetricUnit::Ratio;
    return std::nullopt;
}

QStringList metricUnitCodes()
{
    QStringList codes;
    for (const UnitCode& candidate : UnitCodes)
        codes.append(QString::fromLatin1(candidate.code));
    return codes;
}

QString formatMetricValue(double value, MetricUnit unit)
{
    if (std::isnan(value)) return QCoreApplication::translate("MetricUnit", "no value");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞");
    switch (unit) {
    case MetricUnit::RequestsPerSecond:
        return QCoreApplication::translate("MetricUnit", "%1 req/s").arg(number(value));
    case MetricUnit::Ratio:
        return QCoreApplication::translate("MetricUnit", "%1 %").arg(number(value * 100.0));
    case MetricUnit::Seconds: {
        const AxisScale scale = scaleBySeconds(std::abs(value));
        return QStringLiteral("%1 %2").arg(number(value / scale.divisor), scale.title);
    }
    case MetricUnit::Bytes: {
        const AxisScale scale = scaleByBytes(std::abs(value));
        return QStringLiteral("%1 %2").arg(number(value / scale.divisor), scale.title);
    }
    case MetricUnit::Cores:
        return QCoreApplication::translate("MetricUnit", "%1 cores").arg(number(value));
    case MetricUnit::Connections:
        return QCoreApplication::translate("MetricUnit", "%1 connections").arg(number(value));
    case MetricUnit::OrdersPerMinute:
        return QCoreApplication::translate("MetricUnit", "%1 orders/min").arg(number(value));
    case MetricUnit::Count:
        return number(value);
    }
    return number(value);
}

AxisScale axisScaleFor(MetricUnit unit, double largestMagnitude)
{
    const double largest = std::isfinite(largestMagnitude) ? std::abs(largestMagnitude) : 0.0;
    switch (unit) {
    case MetricUnit::RequestsPerSecond:
        return {1.0, QCoreApplication::translate("MetricUnit", "req/s")};
    case MetricUnit::Ratio:
        return {0.01, QStringLiteral("%")};
    case MetricUnit::Seconds:
        return scaleBySeconds(largest);
    case MetricUnit::Bytes:
        return scaleByBytes(largest);
    case MetricUnit::Cores:
        return {1.0, QCoreApplication::translate("MetricUnit", "cores")};
    case MetricUnit::Connections:
        return {1.0, QCoreApplication::translate("MetricUnit", "connections")};
    case MetricUnit::OrdersPerMinute:
        return {1.0, QCoreApplication::translate("MetricUnit", "orders/min")};
    case MetricUnit::Count:
        return {1.0, QString()};
    }
    return {1.0, QString()};
}

} // namespace md::models
