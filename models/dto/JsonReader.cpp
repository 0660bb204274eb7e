#include "models/dto/JsonReader.h"

#include <cmath>

namespace md::models {

JsonReader::JsonReader(const QJsonObject& object, QString context) : m_object(object), m_context(std::move(context)) {}

void JsonReader::fail(const char* key, const QString& problem)
{
    if (!m_error.isEmpty()) return; // the first problem is the useful one
    m_error = QStringLiteral("%1.%2: %3").arg(m_context, QLatin1String(key), problem);
}

namespace {

std::optional<qint64> integerOf(const QJsonValue& value)
{
    if (!value.isDouble()) return std::nullopt;
    const double number = value.toDouble();
    // JSON numbers above 2^53 lose precision as doubles; ids and money stay far below that.
    if (std::trunc(number) != number || std::fabs(number) > 9007199254740992.0) return std::nullopt;
    return value.toInteger();
}

} // namespace

qint64 JsonReader::requiredInteger(const char* key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined()) {
        fail(key, QStringLiteral("missing"));
        return 0;
    }
    if (auto number = integerOf(v)) return *number;
    fail(key, QStringLiteral("expected an integer"));
    return 0;
}

std::optional<qint64> JsonReader::optionalInteger(const char* key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (auto number = integerOf(v)) return number;
    fail(key, QStringLiteral("expected an integer or null"));
    return std::nullopt;
}

QString JsonReader::requiredString(const char* key)
{
    const QJsonValue v = value(key);
    if (v.isString()) return v.toString();
    fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a string"));
    return {};
}

QString JsonReader::optionalString(const char* key, const QString& fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) return fallback;
    if (v.isString()) return v.toString();
    fail(key, QStringLiteral("expected a string or null"));
    return fallback;
}

bool JsonReader::optionalBool(const char* key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) return fallback;
    if (v.isBool()) return v.toBool();
    fail(key, QStringLiteral("expected a boolean"));
    return fallback;
}

QDateTime JsonReader::requiredTimestamp(const char* key)
{
    const QJsonValue v = value(key);
    if (!v.isString()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a timestamp string"));
        return {};
    }
    if (auto timestamp = parseTimestamp(v.toString())) return *timestamp;
    fail(key, QStringLiteral("not an RFC 3339 timestamp: %1").arg(v.toString()));
    return {};
}

std::optional<QDateTime> JsonReader::optionalTimestamp(const char* key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    return requiredTimestamp(key);
}

QJsonObject JsonReader::optionalObject(const char* key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) return {};
    if (v.isObject()) return v.toObject();
    fail(key, QStringLiteral("expected an object"));
    return {};
}

QJsonArray JsonReader::optionalArray(const char* key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) return {};
    if (v.isArray()) return v.toArray();
    fail(key, QStringLiteral("expected an array"));
    return {};
}

QStringList JsonReader::optionalStringList(const char* key)
{
    QStringList strings;
    const QJsonArray array = optionalArray(key);
    for (const QJsonValue& element : array) {
        if (!element.isString()) {
            fail(key, QStringLiteral("expected an array of strings"));
            return {};
        }
        strings.append(element.toString());
    }
    return strings;
}

std::optional<QDateTime> parseTimestamp(const QString& text)
{
    QString normalized = text.trimmed();
    if (normalized.size() > 10 && normalized.at(10) == QLatin1Char(' ')) normalized[10] = QLatin1Char('T');
    // PostgreSQL prints "+09" for whole-hour offsets; ISO 8601 parsing wants "+09:00".
    const qsizetype offsetSign =
        std::max(normalized.lastIndexOf(QLatin1Char('+')), normalized.lastIndexOf(QLatin1Char('-')));
    if (offsetSign > 10 && normalized.size() - offsetSign == 3) normalized += QStringLiteral(":00");
    // Qt reads at most milliseconds; PostgreSQL gives microseconds.
    const qsizetype dot = normalized.indexOf(QLatin1Char('.'), 19);
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < normalized.size() && normalized.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3) normalized.remove(dot + 4, end - dot - 4);
    }
    QDateTime timestamp = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!timestamp.isValid()) return std::nullopt;
    // Timestamps without an offset are UTC by the contract.
    if (timestamp.timeSpec() == Qt::LocalTime) timestamp.setTimeSpec(Qt::UTC);
    return timestamp.toUTC();
}

} // namespace md::models
