#include "models/ops/AlertListModel.h"

#include <QLocale>

namespace md::models {

AlertListModel::AlertListModel(QObject* parent)
    : QAbstractTableModel(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void AlertListModel::setAlerts(const QList<Alert>& alerts)
{
    if (alerts == m_alerts) return; // most polls change nothing: keep the selection
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

QString AlertListModel::durationText(qint64 seconds)
{
    if (seconds < 60) return tr("for %n second(s)", nullptr, static_cast<int>(std::max<qint64>(seconds, 0)));
    if (seconds < 3600) return tr("for %n minute(s)", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400 * 2) return tr("for %n hour(s)", nullptr, static_cast<int>(seconds / 3600));
    return tr("for %n day(s)", nullptr, static_cast<int>(seconds / 86400));
}

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Alert& alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return alert.severity.isEmpty() ? tr("none") : alert.severity;
        case NameColumn:
            return alert.name;
        case StateColumn:
            return alert.isFiring() ? tr("Firing") : tr("Pending");
        case SinceColumn:
            return alert.activeAt ? durationText(alert.activeAt->secsTo(m_now())) : QString();
        case LabelsColumn:
            return alert.otherLabelsText();
        case SummaryColumn:
            return alert.summary;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SinceColumn:
            return alert.activeAt ? QLocale().toString(alert.activeAt->toLocalTime(), QLocale::LongFormat) : QVariant();
        case LabelsColumn:
            return alert.otherLabelsText().replace(QStringLiteral(", "), QStringLiteral("\n"));
        case SummaryColumn:
            return alert.description.isEmpty() ? alert.summary
                                               : alert.summary + QStringLiteral("\n\n") + alert.description;
        }
        return {};
    case SeverityCodeRole:
        return alert.severity;
    case StateCodeRole:
        return alert.state;
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case NameColumn:
        return tr("Alert");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case LabelsColumn:
        return tr("Labels");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

} // namespace md::models
