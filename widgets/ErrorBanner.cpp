#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace md::widgets {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_message(new QLabel(this)), m_retry(new QPushButton(this)),
      m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }"
                                 "#errorBanner QLabel { color: #8a1c14; }"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/error.svg")).pixmap(18, 18));
    m_message->setObjectName(QStringLiteral("errorBannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_retry->setText(tr("Try again"));
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setFlat(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_dismiss);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const models::ApiError& error)
{
    // Offline failures are announced by the window's offline banner; here say what did not load.
    showMessage(error.displayText(), true);
}

void ErrorBanner::showMessage(const QString& message, bool retryable, const QString& retryText)
{
    m_message->setText(message);
    m_retry->setText(retryText.isEmpty() ? tr("Try again") : retryText);
    m_retry->setVisible(retryable);
    show();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

} // namespace md::widgets
