#pragma once
// Reduces a series to what a chart of a given pixel width can show without hiding anything a person
// would look for: the x range is cut into one bucket per pixel column, and each bucket keeps its
// first, minimum, maximum and last point (in x order, duplicates once). A one-sample spike therefore
// survives however many samples share its column, and the line still enters and leaves each column
// where the data does. At most 4 × columns points come out.
//
// Non-finite y values (NaN, ±infinity: Prometheus' "no value" and division by zero) cannot be drawn
// and are dropped. Input must be sorted by x; points outside [xFrom, xTo] fall into the edge columns.

#include <QList>
#include <QPointF>

namespace md::widgets {

QList<QPointF> downsampleMinMax(const QList<QPointF>& points, double xFrom, double xTo, int columns);

} // namespace md::widgets
