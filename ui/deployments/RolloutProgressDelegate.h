#pragma once
// The Rollout cell of the Deployments table: a progress bar while a rollout runs (the share of
// desired replicas updated and available), the rollout's message in red when it failed (e.g.
// ProgressDeadlineExceeded), and the plain counts otherwise.

#include <QStyledItemDelegate>

namespace md::ui {

class RolloutProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    RolloutProgressDelegate(int progressRole, int stateRole, int messageRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor failureColour(const QPalette& palette);

private:
    int m_progressRole;
    int m_stateRole;
    int m_messageRole;
};

} // namespace md::ui
