#include "models/ops/LogChunkDecoder.h"

namespace md::models {

namespace {

QString withoutCarriageReturn(QString line)
{
    if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
    return line;
}

} // namespace

QStringList LogChunkDecoder::feed(QByteArrayView chunk)
{
    // QStringDecoder is stateful: a character cut by the chunk boundary is completed by the next call.
    m_partial += m_decoder.decode(chunk);
    QStringList lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_partial.indexOf(QLatin1Char('\n'), start);
        if (newline < 0) break;
        lines.append(withoutCarriageReturn(m_partial.mid(start, newline - start)));
        start = newline + 1;
    }
    m_partial.remove(0, start);
    while (m_partial.size() > MaxLineLength) {
        lines.append(m_partial.left(MaxLineLength));
        m_partial.remove(0, MaxLineLength);
    }
    return lines;
}

QStringList LogChunkDecoder::finish()
{
    m_partial += m_decoder.decode(QByteArrayView()); // flushes nothing for UTF-8 but keeps the contract
    if (m_decoder.hasError()) m_decoder.resetState();
    QStringList last;
    if (!m_partial.isEmpty()) last.append(withoutCarriageReturn(m_partial));
    m_partial.clear();
    return last;
}

} // namespace md::models
