#pragma once
// The list answer of API.md, `{"items":[...],"next_cursor":"..."|null}`, and a helper that parses
// its items with a DTO parser, failing the page as a whole if one item breaks the contract (showing
// a partial page would hide rows without saying so).

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md::models {

struct PageEnvelope {
    QJsonArray items;
    std::optional<QString> nextCursor;
};

std::optional<PageEnvelope> parsePageEnvelope(const QJsonObject& json, QString* error = nullptr);

template <typename T, typename Parser>
std::optional<QList<T>> parseItems(const QJsonArray& items, Parser parse, QString* error = nullptr)
{
    QList<T> parsed;
    parsed.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString itemError;
        auto item = parse(items.at(i).toObject(), &itemError);
        if (!item) {
            if (error) *error = QStringLiteral("items[%1]: %2").arg(i).arg(itemError);
            return std::nullopt;
        }
        parsed.append(std::move(*item));
    }
    return parsed;
}

} // namespace md::models
