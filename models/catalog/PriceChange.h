#pragma once
// A bulk price change as a person states it ("+1,000 won", "-10 %") and the arithmetic that applies
// it to one product's price. Prices are integer minor units (whole won for KRW, API.md), so a
// percentage must be rounded; the rule is explicit and tested: half away from zero, to the unit,
// done in integers (no floating point, so 10 % of 19,995 is exactly 1,999.5 → 2,000).

#include <QString>
#include <QtGlobal>

#include <optional>

namespace md::models {

struct PriceChange {
    enum class Kind { Amount, Percent };

    Kind kind = Kind::Amount;
    qint64 amount = 0;      // Kind::Amount: minor units to add (negative lowers the price)
    qint64 basisPoints = 0; // Kind::Percent: hundredths of a percent (-1000 = -10 %)

    static PriceChange byAmount(qint64 minorUnits) { return {Kind::Amount, minorUnits, 0}; }
    static PriceChange byPercent(qint64 basisPoints) { return {Kind::Percent, 0, basisPoints}; }
};

// The new price, or nullopt when it would be negative or overflow.
std::optional<qint64> applyPriceChange(qint64 priceMinorUnits, const PriceChange& change);

// "10", "-7.5", "+12.25", "10 %" → basis points (1000, -750, 1225, 1000); at most two decimals,
// between -100 % and +1000 %. nullopt for anything else.
std::optional<qint64> parsePercentBasisPoints(const QString& text);

} // namespace md::models
