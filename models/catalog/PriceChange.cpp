#include "models/catalog/PriceChange.h"

#include <QRegularExpression>

#include <limits>

namespace md::models {

namespace {

// a * b / d rounded half away from zero, all in integers; nullopt on overflow.
std::optional<qint64> mulDivRoundHalfAway(qint64 a, qint64 b, qint64 d)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product)) return std::nullopt;
    const qint64 quotient = product / d;
    const qint64 remainder = product % d;
    // |remainder| * 2 >= d  means the fraction is at least one half.
    if (remainder != 0 && (remainder < 0 ? -remainder : remainder) * 2 >= d)
        return product < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

} // namespace

std::optional<qint64> applyPriceChange(qint64 priceMinorUnits, const PriceChange& change)
{
    qint64 result = 0;
    switch (change.kind) {
    case PriceChange::Kind::Amount:
        if (__builtin_add_overflow(priceMinorUnits, change.amount, &result)) return std::nullopt;
        break;
    case PriceChange::Kind::Percent: {
        const auto scaled = mulDivRoundHalfAway(priceMinorUnits, 10000 + change.basisPoints, 10000);
        if (!scaled) return std::nullopt;
        result = *scaled;
        break;
    }
    }
    if (result < 0) return std::nullopt;
    return result;
}

std::optional<qint64> parsePercentBasisPoints(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*([+-])?\s*(\d{1,4})(?:[.,](\d{1,2}))?\s*%?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) return std::nullopt;
    const bool negative = match.captured(1) == QLatin1String("-");
    qint64 basisPoints = match.captured(2).toLongLong() * 100;
    QString decimals = match.captured(3);
    if (!decimals.isEmpty()) {
        if (decimals.size() == 1) decimals.append(QLatin1Char('0'));
        basisPoints += decimals.toLongLong();
    }
    if (negative) basisPoints = -basisPoints;
    if (basisPoints < -10000 || basisPoints > 100000) return std::nullopt;
    return basisPoints;
}

} // namespace md::models
