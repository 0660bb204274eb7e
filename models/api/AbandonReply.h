#pragma once
// Ending a streaming QNetworkReply (server-sent events, a followed pod log) that the caller no
// longer wants, without the caller hearing about it: abort() emits finished() at once, so the
// receiver's connections go first and the caller's pointer is cleared before that, and the reply
// is deleted once control is back in the event loop (it may be inside one of its own signals).

#include <QPointer>

class QNetworkReply;
class QObject;

namespace md::models {

// Does nothing when `reply` is already null.
void abandonReply(QPointer<QNetworkReply>& reply, QObject* receiver);

} // namespace md::models
