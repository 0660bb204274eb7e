#include "models/ops/DeploymentListModel.h"

#include <QLocale>
#include <QUrlQuery>

namespace md::models {

DeploymentListModel::DeploymentListModel(ApiClient* client, QObject* parent)
    : PagedRowModel<Deployment>(client, QStringLiteral("/api/v1/ops/deployments"), &parseDeployment, parent),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void DeploymentListModel::setSearch(const QString& search)
{
    m_search = search.trimmed();
    QUrlQuery query;
    if (!m_search.isEmpty()) query.addQueryItem(QStringLiteral("q"), m_search);
    setQuery(query);
}

std::optional<Deployment> DeploymentListModel::deploymentFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) return std::nullopt;
    if (const Deployment* deployment = rowAt(index.row())) return *deployment;
    return std::nullopt;
}

QModelIndex DeploymentListModel::indexOfDeployment(const QString& name) const
{
    // Rows are sorted by name (the server's keyset order), so a binary search finds the row.
    const QList<Deployment>& all = rows();
    const auto it = std::lower_bound(all.cbegin(), all.cend(), name,
                                     [](const Deployment& row, const QString& key) { return row.name < key; });
    if (it != all.cend() && it->name == name) return index(static_cast<int>(it - all.cbegin()), 0);
    // The server's collation may differ from QString's order for unusual names: fall back to a scan.
    for (int row = 0; row < all.size(); ++row)
        if (all.at(row).name == name) return index(row, 0);
    return {};
}

bool DeploymentListModel::updateDeployment(const Deployment& deployment)
{
    const QModelIndex existing = indexOfDeployment(deployment.name);
    if (!existing.isValid()) return false;
    if (*rowAt(existing.row()) == deployment) return true;
    replaceRow(existing.row(), deployment);
    return true;
}

int DeploymentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentListModel::formatAge(qint64 seconds)
{
    if (seconds < 0) seconds = 0;
    if (seconds < 120) return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600 * 2) return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds < 86400 * 2) return QStringLiteral("%1h").arg(seconds / 3600);
    return QStringLiteral("%1d").arg(seconds / 86400);
}

QVariant DeploymentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Deployment* deployment = rowAt(index.row());
    if (!deployment) return {};
    const DeploymentReplicas& replicas = deployment->replicas;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return deployment->name;
        case ReplicasColumn:
            return QStringLiteral("%1/%2").arg(replicas.ready).arg(replicas.desired);
        case ProgressColumn:
            return tr("%1 updated · %2 available").arg(replicas.updated).arg(replicas.available);
        case StateColumn:
            return rolloutStateLabel(deployment->rolloutState);
        case ImagesColumn:
            return shortImageNames(deployment->images);
        case RevisionColumn:
            return deployment->revision;
        case AgeColumn:
            return deployment->createdAt.isValid() ? formatAge(deployment->createdAt.secsTo(m_now())) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReplicasColumn:
        case ProgressColumn:
            return tr("Desired %1 · ready %2 · updated %3 · available %4 · unavailable %5")
                .arg(replicas.desired)
                .arg(replicas.ready)
                .arg(replicas.updated)
                .arg(replicas.available)
                .arg(replicas.unavailable);
        case StateColumn:
            return deployment->rolloutMessage.isEmpty() ? QVariant() : QVariant(deployment->rolloutMessage);
        case ImagesColumn:
            return deployment->images.join(QLatin1Char('\n'));
        case AgeColumn:
            return QLocale().toString(deployment->createdAt.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ReplicasColumn || index.column() == RevisionColumn || index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return deployment->name;
    case StateCodeRole:
        return rolloutStateCode(deployment->rolloutState);
    case ProgressRole:
        if (deployment->rolloutState == RolloutState::Progressing) return deployment->rolloutProgress();
        return {};
    case RolloutMessageRole:
        // A failure leads with Kubernetes' reason (ProgressDeadlineExceeded), which fits a narrow cell.
        if (deployment->rolloutState == RolloutState::Failed && !deployment->failureReason().isEmpty() &&
            !deployment->rolloutMessage.startsWith(deployment->failureReason()))
            return deployment->failureReason() + QStringLiteral(": ") + deployment->rolloutMessage;
        return deployment->rolloutMessage;
    }
    return {};
}

QVariant DeploymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReplicasColumn:
        return tr("Ready");
    case ProgressColumn:
        return tr("Rollout");
    case StateColumn:
        return tr("State");
    case ImagesColumn:
        return tr("Images");
    case RevisionColumn:
        return tr("Revision");
    case AgeColumn:
        return tr("Age");
    }
    return {};
}

} // namespace md::models
