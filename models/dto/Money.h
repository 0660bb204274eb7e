#pragma once
// Money is integer minor units everywhere (API.md); these turn it into text for people and back.
// KRW has no minor unit, so 12000 means ₩12,000. Pure functions over QLocale (QtCore), shared by the
// table delegate, the detail panes and the editors.

#include <QLocale>
#include <QString>

#include <optional>

namespace md::models {

// Digits after the decimal point for a currency: 0 for KRW and JPY, 2 otherwise.
int currencyMinorDigits(const QString& currency);
QString currencySymbol(const QString& currency);

QString formatMoney(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());
// Reads what a person typed ("12,000", "₩12,000", "12.50" for USD); nullopt for anything that is
// not a non-negative amount with at most the currency's minor digits.
std::optional<qint64> parseMoney(const QString& text, const QString& currency, const QLocale& locale = QLocale());

} // namespace md::models
