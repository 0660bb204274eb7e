#pragma once
// An incremental parser of text/event-stream (the WHATWG "server-sent events" format): feed it
// bytes as they arrive, in chunks of any size, and it returns the complete events. Handles LF, CR
// and CRLF line ends (also split across chunks), comments (the server's heartbeats), multi-line
// data, `id` (kept across events as the resume point) and `retry`.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace md::models {

struct SseEvent {
    QString id;   // the last id seen, as the spec defines it (may come from an earlier event)
    QString type; // "message" when the event names none
    QString data;

    bool operator==(const SseEvent&) const = default;
};

class SseParser {
public:
    QList<SseEvent> feed(const QByteArray& bytes);
    // Forgets a partial event (on reconnect); keeps the last event id.
    void resetBuffer();

    const QString& lastEventId() const { return m_lastEventId; }
    void setLastEventId(const QString& id) { m_lastEventId = id; }
    // The reconnection delay the server asked for with `retry:`, in milliseconds.
    std::optional<int> retryMilliseconds() const { return m_retry; }

private:
    void processLine(const QByteArray& line, QList<SseEvent>& events);

    QByteArray m_buffer;
    bool m_skipLeadingLf = false; // the previous chunk ended in CR; an LF now belongs to it
    bool m_atStreamStart = true;
    QString m_eventType;
    QStringList m_dataLines;
    bool m_hasData = false;
    QString m_lastEventId;
    std::optional<int> m_retry;
};

} // namespace md::models
