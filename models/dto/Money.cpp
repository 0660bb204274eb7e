#include "models/dto/Money.h"

#include <limits>

namespace md::models {

int currencyMinorDigits(const QString& currency)
{
    static const QStringList zeroDigit{QStringLiteral("KRW"), QStringLiteral("JPY"), QStringLiteral("VND"),
                                       QStringLiteral("CLP"), QStringLiteral("ISK")};
    return zeroDigit.contains(currency.toUpper()) ? 0 : 2;
}

QString currencySymbol(const QString& currency)
{
    const QString code = currency.toUpper();
    if (code == QLatin1String("KRW")) return QStringLiteral("₩");
    if (code == QLatin1String("USD")) return QStringLiteral("$");
    if (code == QLatin1String("EUR")) return QStringLiteral("€");
    if (code == QLatin1String("JPY")) return QStringLiteral("¥");
    if (code == QLatin1String("GBP")) return QStringLiteral("£");
    return code + QLatin1Char(' ');
}

QString formatMoney(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    const int digits = currencyMinorDigits(currency);
    const QString symbol = currencySymbol(currency);
    if (digits == 0) return locale.toCurrencyString(static_cast<qlonglong>(minorUnits), symbol);
    // Whole and fractional parts separately: a double would round large amounts.
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(minorUnits) : static_cast<quint64>(minorUnits);
    const QString whole = locale.toString(static_cast<qulonglong>(magnitude / static_cast<quint64>(scale)));
    const QString fraction =
        QStringLiteral("%1").arg(magnitude % static_cast<quint64>(scale), digits, 10, QLatin1Char('0'));
    const QString amount = whole + locale.decimalPoint() + fraction;
    return (negative ? locale.negativeSign() : QString()) + symbol + amount;
}

std::optional<qint64> parseMoney(const QString& text, const QString& currency, const QLocale& locale)
{
    QString cleaned = text.trimmed();
    cleaned.remove(currencySymbol(currency).trimmed());
    cleaned.remove(currency.toUpper());
    cleaned.remove(locale.groupSeparator());
    cleaned.remove(QLatin1Char(','));
    cleaned.remove(QLatin1Char(' '));
    cleaned.remove(QChar(0x00A0)); // no-break space some locales group with
    if (cleaned.isEmpty()) return std::nullopt;

    const int digits = currencyMinorDigits(currency);
    QString whole = cleaned;
    QString fraction;
    const QString point = locale.decimalPoint();
    qsizetype pointAt = cleaned.indexOf(point);
    if (pointAt < 0 && point != QLatin1String(".")) pointAt = cleaned.indexOf(QLatin1Char('.'));
    if (pointAt >= 0) {
        whole = cleaned.left(pointAt);
        fraction = cleaned.mid(pointAt + 1);
        if (fraction.size() > digits) return std::nullopt;
    }
    if (whole.isEmpty()) whole = QStringLiteral("0");
    for (const QChar c : whole + fraction)
        if (!c.isDigit() || c.unicode() > '9') return std::nullopt;

    bool ok = false;
    const qint64 wholeValue = whole.toLongLong(&ok);
    if (!ok) return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    if (wholeValue > std::numeric_limits<qint64>::max() / scale) return std::nullopt;
    qint64 fractionValue = 0;
    if (!fraction.isEmpty()) {
        fractionValue = fraction.toLongLong(&ok);
        if (!ok) return std::nullopt;
        for (qsizetype i = fraction.size(); i < digits; ++i)
            fractionValue *= 10;
    }
    return wholeValue * scale + fractionValue;
}

} // namespace md::models
