#pragma once
// The Deployments table: GET /api/v1/ops/deployments page by page (sorted by name on the server,
// `q` filters by name), with rows updated in place from `deployment.updated` live events, matched
// by name, so a rollout's progress shows without a reset that would lose the selection and the
// scroll position.

#include "models/ops/Deployment.h"
#include "models/paging/PagedRowModel.h"

namespace md::models {

class DeploymentListModel : public PagedRowModel<Deployment> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ReplicasColumn,
        ProgressColumn,
        StateColumn,
        ImagesColumn,
        RevisionColumn,
        AgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole + 1,
        StateCodeRole, // "complete", "progressing", "failed", "paused"
        ProgressRole,  // double 0..1, only while the rollout is in progress (invalid otherwise)
        RolloutMessageRole,
    };

    explicit DeploymentListModel(ApiClient* client, QObject* parent = nullptr);

    // Filters by a substring of the name; empty shows every Deployment.
    void setSearch(const QString& search);
    const QString& search() const { return m_search; }

    std::optional<Deployment> deploymentFromIndex(const QModelIndex& index) const;
    QModelIndex indexOfDeployment(const QString& name) const;
    // Applies the server's new state of a Deployment to its row, if loaded; false when not shown.
    bool updateDeployment(const Deployment& deployment);

    // The age column is relative to this clock (tests fix it).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "5d", "3h", "12m", "40s": the kubectl way of writing an age.
    static QString formatAge(qint64 seconds);

private:
    QString m_search;
    std::function<QDateTime()> m_now;
};

} // namespace md::models
