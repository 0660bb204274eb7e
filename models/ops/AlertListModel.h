#pragma once
// The Alerts table: the firing and pending alerts of the last poll (AlertService), firing first.

#include "models/ops/Alert.h"

#include <QAbstractTableModel>

#include <functional>

namespace md::models {

class AlertListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, NameColumn, StateColumn, SinceColumn, LabelsColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SeverityCodeRole = Qt::UserRole + 1, StateCodeRole };

    explicit AlertListModel(QObject* parent = nullptr);

    void setAlerts(const QList<Alert>& alerts);
    const QList<Alert>& alerts() const { return m_alerts; }
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // "for 5 minutes", "for 2 hours": how long an alert has been active, translated.
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
    std::function<QDateTime()> m_now;
};

} // namespace md::models
