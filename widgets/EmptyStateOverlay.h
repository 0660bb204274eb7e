#pragma once
// A centred message over an item view's viewport while its model has no rows: "loading…",
// "nothing matches", or what failed. The page decides the text; the overlay follows the model and
// the viewport's size.

#include <QLabel>
#include <QPointer>

class QAbstractItemView;

namespace md::widgets {

class EmptyStateOverlay : public QLabel {
    Q_OBJECT
public:
    explicit EmptyStateOverlay(QAbstractItemView* view);

    // Shown only while the model is empty.
    void setEmptyText(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateVisibility();
    void watchModel();

    QAbstractItemView* m_view;
    QPointer<QObject> m_watchedModel;
};

} // namespace md::widgets
