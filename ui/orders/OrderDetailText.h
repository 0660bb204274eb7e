#pragma once
// The words of an order's detail pane, made from the order alone: when and by whom it was placed,
// its totals, the shipping address (or why it is hidden), the shipment, and the timeline, refunds
// and notes as the rich text the pane's labels show. Apart from the pane, which only lays out and
// fills its widgets, and free of widgets, so the wording can be checked without a window.

#include "models/dto/OrderDetail.h"

#include <QCoreApplication>
#include <QString>

namespace md::ui {

class OrderDetailText {
    Q_DECLARE_TR_FUNCTIONS(OrderDetailText)
public:
    // A moment in the person's locale and time zone, short.
    static QString when(const QDateTime& timestamp);
    // "Placed <when> by <customer>", or that the customer's details are hidden from this role.
    static QString placed(const models::Order& order);
    static QString placedToolTip(const models::Order& order);
    // A line's quantity, with the units already put back in stock.
    static QString quantity(const models::OrderLine& line);
    static QString totals(const models::Order& order);
    static QString address(const models::Order& order);
    // Carrier and tracking number; empty before the order is shipped.
    static QString shipment(const models::Order& order);
    static QString timeline(const models::OrderDetail& detail);
    static QString timelineEntry(const models::OrderTimelineEntry& entry, const QString& currency);
    // Empty when nothing was refunded.
    static QString refunds(const models::OrderDetail& detail);
    static QString notes(const models::OrderDetail& detail);
};

} // namespace md::ui
