#include "widgets/OfflineBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace md::widgets {

OfflineBanner::OfflineBanner(QWidget* parent)
    : QFrame(parent), m_message(new QLabel(this)), m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setStyleSheet(QStringLiteral("#offlineBanner { background: #fff4e5; border-bottom: 1px solid #f0c987; }"
                                 "#offlineBanner QLabel { color: #663c00; }"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/offline.svg")).pixmap(18, 18));
    m_message->setObjectName(QStringLiteral("offlineBannerMessage"));
    m_message->setText(tr("The server cannot be reached. Changes cannot be saved until the connection is back; "
                          "the console keeps trying."));
    m_message->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("offlineBannerRetry"));
    m_retry->setText(tr("Try now"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    hide();
}

void OfflineBanner::setOnline(bool online)
{
    setVisible(!online);
}

} // namespace md::widgets
