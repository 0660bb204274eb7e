#include "models/ops/LogLineBuffer.h"

#include <algorithm>

namespace md::models {

LogLineBuffer::LogLineBuffer(qsizetype capacity) : m_ring(static_cast<std::size_t>(std::max<qsizetype>(capacity, 1))) {}

qsizetype LogLineBuffer::append(const QStringList& lines)
{
    const qsizetype cap = capacity();
    qsizetype droppedNow = 0;
    // Lines that would be dropped in this very call are skipped rather than written and overwritten.
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - cap);
    for (qsizetype i = skip; i < lines.size(); ++i) {
        if (m_size < cap) {
            m_ring[static_cast<std::size_t>((m_start + m_size) % cap)] = lines.at(i);
            ++m_size;
        } else {
            m_ring[static_cast<std::size_t>(m_start)] = lines.at(i);
            m_start = (m_start + 1) % cap;
            ++droppedNow;
        }
    }
    m_totalAppended += lines.size();
    return droppedNow + skip;
}

void LogLineBuffer::clear()
{
    std::fill(m_ring.begin(), m_ring.end(), QString());
    m_start = 0;
    m_size = 0;
    m_totalAppended = 0;
}

const QString& LogLineBuffer::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return m_ring[static_cast<std::size_t>((m_start + index) % capacity())];
}

QString LogLineBuffer::text() const
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < m_size; ++i)
        length += at(i).size() + 1;
    QString joined;
    joined.reserve(length);
    for (qsizetype i = 0; i < m_size; ++i) {
        joined += at(i);
        joined += QLatin1Char('\n');
    }
    return joined;
}

} // namespace md::models
