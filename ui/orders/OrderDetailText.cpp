#include "ui/orders/OrderDetailText.h"

#include "models/dto/Money.h"

#include <QLocale>
#include <QStringList>

namespace md::ui {

QString OrderDetailText::when(const QDateTime& timestamp)
{
    return QLocale().toString(timestamp.toLocalTime(), QLocale::ShortFormat);
}

QString OrderDetailText::placed(const models::Order& order)
{
    // Operators get orders without the customer's personal data: say so rather than leave blanks.
    if (order.personalDataRedacted) return tr("Placed %1 · customer details hidden").arg(when(order.createdAt));
    return tr("Placed %1 by %2").arg(when(order.createdAt), order.customerEmail.toHtmlEscaped());
}

QString OrderDetailText::placedToolTip(const models::Order& order)
{
    return order.personalDataRedacted ? tr("Customers' personal data is not shown to your role.") : QString();
}

QString OrderDetailText::quantity(const models::OrderLine& line)
{
    QString text = QLocale().toString(line.quantity);
    if (line.restockedQuantity > 0) text += tr(" (%1 restocked)").arg(line.restockedQuantity);
    return text;
}

QString OrderDetailText::totals(const models::Order& order)
{
    const QString& currency = order.currency;
    QString text =
        tr("Subtotal %1 · <b>Total %2</b>")
            .arg(models::formatMoney(order.subtotalCents, currency), models::formatMoney(order.totalCents, currency));
    if (order.refundedCents > 0)
        text += tr("<br>Refunded %1 · refundable %2")
                    .arg(models::formatMoney(order.refundedCents, currency),
                         models::formatMoney(order.refundableCents(), currency));
    return text;
}

QString OrderDetailText::address(const models::Order& order)
{
    if (order.personalDataRedacted)
        return tr("Hidden: your role does not see customers' names, phone numbers or addresses.");
    const QStringList lines = models::formatShippingAddress(order.shippingAddress);
    return lines.isEmpty() ? tr("No address given.") : lines.join(QLatin1Char('\n'));
}

QString OrderDetailText::shipment(const models::Order& order)
{
    if (order.carrier.isEmpty() && order.trackingNumber.isEmpty()) return {};
    return tr("Shipped with %1, tracking number %2").arg(order.carrier, order.trackingNumber);
}

QString OrderDetailText::timeline(const models::OrderDetail& detail)
{
    QStringList entries;
    for (const models::OrderTimelineEntry& entry : detail.timeline)
        entries.append(QStringLiteral("<span style='color:#757575'>%1</span>&nbsp;&nbsp;%2")
                           .arg(when(entry.createdAt).toHtmlEscaped(),
                                timelineEntry(entry, detail.order.currency).toHtmlEscaped()));
    return entries.isEmpty() ? tr("No events recorded.") : entries.join(QStringLiteral("<br>"));
}

QString OrderDetailText::timelineEntry(const models::OrderTimelineEntry& entry, const QString& currency)
{
    const QString by = entry.actor.isEmpty() ? QString() : tr(" by %1").arg(entry.actor);
    if (entry.fromStatus && entry.toStatus)
        return tr("%1 → %2%3")
            .arg(models::orderStatusLabel(*entry.fromStatus), models::orderStatusLabel(*entry.toStatus), by);
    if (entry.toStatus) return tr("%1%2").arg(models::orderStatusLabel(*entry.toStatus), by);
    if (entry.type.contains(QLatin1String("refund"))) {
        const qint64 amount = entry.data.value(QStringLiteral("amount_cents")).toInteger();
        const QString reason = entry.data.value(QStringLiteral("reason")).toString();
        return tr("Refund %1%2%3")
            .arg(models::formatMoney(amount, currency),
                 reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason), by);
    }
    if (entry.type.contains(QLatin1String("note"))) return tr("Note added%1").arg(by);
    if (entry.type.contains(QLatin1String("creat")) || entry.type.contains(QLatin1String("place")))
        return tr("Order placed%1").arg(by);
    return entry.type + by;
}

QString OrderDetailText::refunds(const models::OrderDetail& detail)
{
    QStringList lines;
    for (const models::OrderRefund& refund : detail.refunds) {
        QString line = tr("%1 · %2 · %3")
                           .arg(when(refund.createdAt), models::formatMoney(refund.amountCents, detail.order.currency),
                                refund.reason.isEmpty() ? tr("no reason given") : refund.reason);
        if (!refund.actor.isEmpty()) line += tr(" · by %1").arg(refund.actor);
        lines.append(line.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QString OrderDetailText::notes(const models::OrderDetail& detail)
{
    QStringList notes;
    for (const models::OrderNote& note : detail.notes) {
        const QString author = note.author.isEmpty() ? tr("someone") : note.author;
        notes.append(QStringLiteral("<p style='margin-bottom:6px'><span style='color:#757575'>%1 · %2</span><br>%3</p>")
                         .arg(when(note.createdAt).toHtmlEscaped(), author.toHtmlEscaped(),
                              note.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    }
    return notes.isEmpty() ? tr("No notes yet.") : notes.join(QString());
}

} // namespace md::ui
