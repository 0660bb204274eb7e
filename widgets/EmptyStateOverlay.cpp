#include "widgets/EmptyStateOverlay.h"

#include <QAbstractItemView>
#include <QEvent>

namespace md::widgets {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView* view) : QLabel(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("emptyStateOverlay"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 24px;"));
    view->viewport()->installEventFilter(this);
    watchModel();
    updateVisibility();
}

void EmptyStateOverlay::setEmptyText(const QString& text)
{
    setText(text);
    watchModel(); // the view may have been given its model after the overlay was made
    updateVisibility();
}

void EmptyStateOverlay::watchModel()
{
    QAbstractItemModel* model = m_view->model();
    if (!model || model == m_watchedModel) return;
    if (m_watchedModel) m_watchedModel->disconnect(this);
    m_watchedModel = model;
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::updateVisibility);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateOverlay::updateVisibility);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateOverlay::updateVisibility);
}

bool EmptyStateOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyStateOverlay::updateVisibility()
{
    const QAbstractItemModel* model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    setGeometry(m_view->viewport()->rect());
    setVisible(empty && !text().isEmpty());
}

} // namespace md::widgets
