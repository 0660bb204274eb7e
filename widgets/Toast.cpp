#include "widgets/Toast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace md::widgets {

namespace {
constexpr int kMargin = 16;
constexpr int kSpacing = 8;
} // namespace

Toast::Toast(QWidget* parent, const QString& message, std::function<void()> onClick)
    : QFrame(parent), m_label(new QLabel(message, this)), m_onClick(std::move(onClick))
{
    setObjectName(QStringLiteral("toast"));
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleSheet(QStringLiteral("#toast { background: #263238; border-radius: 6px; }"
                                 "#toast QLabel { color: white; }"));
    m_label->setObjectName(QStringLiteral("toastMessage"));
    m_label->setWordWrap(true);
    m_label->setMaximumWidth(460);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_label);
    if (m_onClick) setCursor(Qt::PointingHandCursor);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::close);
    parent->installEventFilter(this);
}

Toast* Toast::show(QWidget* parent, const QString& message, std::function<void()> onClick,
                   std::chrono::milliseconds duration)
{
    auto* toast = new Toast(parent, message, std::move(onClick));
    toast->adjustSize();
    toast->place();
    toast->QFrame::show();
    toast->raise();
    toast->m_timer.start(duration);
    return toast;
}

QString Toast::message() const
{
    return m_label->text();
}

void Toast::place()
{
    // Stack above toasts already shown, newest at the bottom.
    QWidget* host = parentWidget();
    int bottom = host->height() - kMargin;
    for (Toast* other : host->findChildren<Toast*>(QString(), Qt::FindDirectChildrenOnly))
        if (other != this && other->isVisible()) bottom = std::min(bottom, other->y() - kSpacing);
    move(host->width() - width() - kMargin, bottom - height());
}

void Toast::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (m_onClick) m_onClick();
        close();
        return;
    }
    QFrame::mousePressEvent(event);
}

bool Toast::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        move(parentWidget()->width() - width() - kMargin, y() + static_cast<QResizeEvent*>(event)->size().height() -
                                                              static_cast<QResizeEvent*>(event)->oldSize().height());
    return QFrame::eventFilter(watched, event);
}

} // namespace md::widgets
