#pragma once
// Reads the fields of one JSON object for a DTO parser and remembers the first problem, so a parser
// reads top to bottom without an if after every field and still reports which field was wrong
// ("product.price_cents: expected an integer").

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace md::models {

class JsonReader {
public:
    JsonReader(const QJsonObject& object, QString context);

    qint64 requiredInteger(const char* key);
    std::optional<qint64> optionalInteger(const char* key);
    QString requiredString(const char* key);
    // Absent and null both give `fallback`.
    QString optionalString(const char* key, const QString& fallback = {});
    bool optionalBool(const char* key, bool fallback);
    QDateTime requiredTimestamp(const char* key);
    std::optional<QDateTime> optionalTimestamp(const char* key);
    QJsonObject optionalObject(const char* key);
    QJsonArray optionalArray(const char* key);
    QStringList optionalStringList(const char* key);

    // Records a problem found by the parser itself (an unknown enum value, say).
    void fail(const char* key, const QString& problem);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }

    QJsonObject m_object; // implicitly shared: a copy is cheap and cannot dangle
    QString m_context;
    QString m_error;
};

// RFC 3339 as PostgreSQL and the server print it: "2024-05-01T09:30:00Z", with or without
// fractional seconds, with "Z" or a numeric offset, with "T" or a space.
std::optional<QDateTime> parseTimestamp(const QString& text);

} // namespace md::models
