#include "models/ops/QueryStep.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace md::models {

using std::chrono::seconds;

namespace {

// Steps a person recognises on an axis, in seconds.
constexpr std::array<long long, 18> NiceSteps{1,   2,   5,    10,   15,   30,    60,    120,   300,
                                              600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};

long long roundUpToNice(long long rawSeconds)
{
    for (long long nice : NiceSteps)
        if (nice >= rawSeconds) return nice;
    const long long day = NiceSteps.back();
    return (rawSeconds + day - 1) / day * day;
}

QString secondsText(seconds value)
{
    return QString::number(value.count()) + QLatin1Char('s');
}

} // namespace

seconds chooseQueryStep(seconds range, int pixelWidth, seconds scrapeInterval, int maxPoints)
{
    const long long rangeSeconds = std::max<long long>(range.count(), 1);
    const long long width = std::max(pixelWidth, 1);
    const long long perPixel = (rangeSeconds + width - 1) / width;
    long long step = roundUpToNice(std::max<long long>({perPixel, scrapeInterval.count(), 1}));
    // Prometheus returns floor(range / step) + 1 samples per series.
    const long long points = std::max(maxPoints, 2);
    while (rangeSeconds / step + 1 > points)
        step = roundUpToNice(step + 1);
    return seconds(step);
}

seconds rateInterval(seconds step, seconds scrapeInterval)
{
    return std::max(step + scrapeInterval, 4 * scrapeInterval);
}

QString substituteRangeVariables(QString query, seconds step, seconds scrapeInterval, seconds range)
{
    query.replace(QLatin1String("$__rate_interval"), secondsText(rateInterval(step, scrapeInterval)));
    query.replace(QLatin1String("$__interval"), secondsText(step));
    query.replace(QLatin1String("$__range"), secondsText(range));
    return query;
}

std::optional<seconds> parsePrometheusDuration(const QString& text)
{
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+[smhdw])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)([smhdw])"));
    if (!whole.match(text).hasMatch()) return std::nullopt;
    long long total = 0;
    auto parts = part.globalMatch(text);
    while (parts.hasNext()) {
        const QRegularExpressionMatch match = parts.next();
        bool ok = false;
        const long long amount = match.captured(1).toLongLong(&ok);
        if (!ok || amount > 10'000'000) return std::nullopt;
        switch (match.captured(2).at(0).toLatin1()) {
        case 's':
            total += amount;
            break;
        case 'm':
            total += amount * 60;
            break;
        case 'h':
            total += amount * 3600;
            break;
        case 'd':
            total += amount * 86400;
            break;
        case 'w':
            total += amount * 7 * 86400;
            break;
        default:
            return std::nullopt;
        }
    }
    if (total <= 0) return std::nullopt;
    return seconds(total);
}

QString durationLabel(seconds duration)
{
    const long long value = duration.count();
    if (value % 86400 == 0) return QCoreApplication::translate("QueryStep", "%1 d").arg(value / 86400);
    if (value % 3600 == 0) return QCoreApplication::translate("QueryStep", "%1 h").arg(value / 3600);
    if (value % 60 == 0) return QCoreApplication::translate("QueryStep", "%1 min").arg(value / 60);
    return QCoreApplication::translate("QueryStep", "%1 s").arg(value);
}

} // namespace md::models
