#include "models/events/SseParser.h"

namespace md::models {

QList<SseEvent> SseParser::feed(const QByteArray& bytes)
{
    QList<SseEvent> events;
    QByteArray input = bytes;
    if (m_skipLeadingLf && input.startsWith('\n')) input.remove(0, 1);
    m_skipLeadingLf = false;
    m_buffer.append(input);
    if (m_atStreamStart && m_buffer.size() >= 3) {
        if (m_buffer.startsWith("\xEF\xBB\xBF")) m_buffer.remove(0, 3); // a UTF-8 BOM opens the stream at most once
        m_atStreamStart = false;
    }

    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r') continue;
        processLine(m_buffer.mid(start, i - start), events);
        if (c == '\r') {
            if (i + 1 < m_buffer.size()) {
                if (m_buffer.at(i + 1) == '\n') ++i;
            } else {
                m_skipLeadingLf = true; // CR at the end of the chunk: an LF may follow in the next one
            }
        }
        start = i + 1;
    }
    m_buffer.remove(0, start);
    return events;
}

void SseParser::resetBuffer()
{
    m_buffer.clear();
    m_skipLeadingLf = false;
    m_atStreamStart = true;
    m_eventType.clear();
    m_dataLines.clear();
    m_hasData = false;
}

void SseParser::processLine(const QByteArray& line, QList<SseEvent>& events)
{
    if (line.isEmpty()) {
        // Dispatch. An event without data lines is not an event.
        if (m_hasData)
            events.append(SseEvent{m_lastEventId, m_eventType.isEmpty() ? QStringLiteral("message") : m_eventType,
                                   m_dataLines.join(QLatin1Char('\n'))});
        m_eventType.clear();
        m_dataLines.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':')) return; // comment: heartbeat

    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' ')) value.remove(0, 1);

    if (field == "data") {
        m_dataLines.append(QString::fromUtf8(value));
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0')) m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int milliseconds = value.toInt(&ok);
        if (ok && milliseconds >= 0) m_retry = milliseconds;
    }
    // Other fields are ignored, as the format requires.
}

} // namespace md::models
