#include "models/api/AbandonReply.h"

#include <QNetworkReply>

namespace md::models {

void abandonReply(QPointer<QNetworkReply>& reply, QObject* receiver)
{
    if (!reply) return;
    QNetworkReply* abandoned = reply;
    reply = nullptr;
    abandoned->disconnect(receiver);
    abandoned->abort();
    abandoned->deleteLater();
}

} // namespace md::models
