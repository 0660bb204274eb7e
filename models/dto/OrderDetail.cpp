#include "models/dto/OrderDetail.h"

#include "models/dto/JsonReader.h"

#include <QJsonArray>

namespace md::models {

namespace {

// `actor` may be an e-mail string, an object carrying one, or absent (system events).
QString actorOf(const QJsonObject& json, const char* key)
{
    const QJsonValue actor = json.value(QLatin1String(key));
    if (actor.isString()) return actor.toString();
    if (actor.isObject()) {
        const QJsonObject object = actor.toObject();
        const QString email = object.value(QLatin1String("email")).toString();
        return email.isEmpty() ? object.value(QLatin1String("display_name")).toString() : email;
    }
    return {};
}

std::optional<OrderStatus> optionalStatus(JsonReader& reader, const char* key)
{
    const QString text = reader.optionalString(key);
    if (text.isEmpty()) return std::nullopt;
    auto status = orderStatusFromString(text);
    if (!status) reader.fail(key, QStringLiteral("unknown status '%1'").arg(text));
    return status;
}

template <typename T, typename Parse>
bool parseEach(const QJsonArray& array, const QString& what, QList<T>& out, QString* error, Parse parse)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader reader(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(what).arg(i));
        if (!array.at(i).isObject()) reader.fail("", QStringLiteral("expected an object"));
        T value = parse(reader, array.at(i).toObject());
        if (!reader.ok()) {
            if (error) *error = reader.error();
            return false;
        }
        out.append(std::move(value));
    }
    return true;
}

} // namespace

std::optional<OrderDetail> parseOrderDetail(const QJsonObject& json, QString* error)
{
    OrderDetail detail;
    auto order = parseOrder(json, error);
    if (!order) return std::nullopt;
    detail.order = std::move(*order);

    const bool parsed =
        parseEach(json.value(QLatin1String("items")).toArray(), QStringLiteral("order.items"), detail.lines, error,
                  [](JsonReader& reader, const QJsonObject&) {
                      OrderLine line;
                      line.productId = reader.requiredInteger("product_id");
                      line.sku = reader.optionalString("sku");
                      line.title = reader.requiredString("title");
                      line.unitPriceCents = reader.requiredInteger("unit_price_cents");
                      line.quantity = static_cast<int>(reader.requiredInteger("quantity"));
                      line.restockedQuantity =
                          static_cast<int>(reader.optionalInteger("restocked_quantity").value_or(0));
                      return line;
                  }) &&
        parseEach(json.value(QLatin1String("events")).toArray(), QStringLiteral("order.events"), detail.timeline, error,
                  [](JsonReader& reader, const QJsonObject& object) {
                      OrderTimelineEntry entry;
                      entry.type = reader.requiredString("type");
                      entry.fromStatus = optionalStatus(reader, "from_status");
                      entry.toStatus = optionalStatus(reader, "to_status");
                      entry.actor = actorOf(object, "actor");
                      entry.data = reader.optionalObject("data");
                      entry.createdAt = reader.requiredTimestamp("created_at");
                      return entry;
                  }) &&
        parseEach(json.value(QLatin1String("notes")).toArray(), QStringLiteral("order.notes"), detail.notes, error,
                  [](JsonReader& reader, const QJsonObject& object) {
                      OrderNote note;
                      note.id = reader.optionalInteger("id").value_or(0);
                      note.author = actorOf(object, object.contains(QLatin1String("author")) ? "author" : "actor");
                      note.body = reader.requiredString("body");
                      note.createdAt = reader.requiredTimestamp("created_at");
                      return note;
                  }) &&
        parseEach(json.value(QLatin1String("refunds")).toArray(), QStringLiteral("order.refunds"), detail.refunds,
                  error, [](JsonReader& reader, const QJsonObject& object) {
                      OrderRefund refund;
                      refund.id = reader.optionalInteger("id").value_or(0);
                      refund.amountCents = reader.requiredInteger("amount_cents");
                      refund.reason = reader.optionalString("reason");
                      refund.actor = actorOf(object, "actor");
                      refund.createdAt = reader.requiredTimestamp("created_at");
                      return refund;
                  });
    if (!parsed) return std::nullopt;
    return detail;
}

QStringList formatShippingAddress(const QJsonObject& address)
{
    QStringList lines;
    auto text = [&address](std::initializer_list<const char*> keys) {
        for (const char* key : keys) {
            const QString value = address.value(QLatin1String(key)).toString().trimmed();
            if (!value.isEmpty()) return value;
        }
        return QString();
    };
    const QString name = text({"name", "recipient", "full_name"});
    const QString phone = text({"phone", "phone_number", "tel"});
    const QString postalCode = text({"postal_code", "zip", "postcode"});
    QStringList street;
    for (const QString& part :
         {text({"region", "state", "province"}), text({"city"}), text({"line1", "address1", "street", "address"}),
          text({"line2", "address2", "detail"})})
        if (!part.isEmpty()) street.append(part);
    if (!name.isEmpty()) lines.append(phone.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, phone));
    if (!postalCode.isEmpty() || !street.isEmpty()) {
        const QString streetLine = street.join(QLatin1Char(' '));
        lines.append(postalCode.isEmpty() ? streetLine
                                          : QStringLiteral("(%1) %2").arg(postalCode, streetLine).trimmed());
    }
    // The marketplace is Korean: only a foreign country is worth a line.
    const QString country = text({"country", "country_code"});
    if (!country.isEmpty() && country.compare(QLatin1String("KR"), Qt::CaseInsensitive) != 0) lines.append(country);
    if (lines.isEmpty()) {
        // Unknown shape: show every string field rather than nothing.
        for (auto it = address.begin(); it != address.end(); ++it)
            if (it.value().isString() && !it.value().toString().isEmpty())
                lines.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toString()));
    }
    return lines;
}

} // namespace md::models
