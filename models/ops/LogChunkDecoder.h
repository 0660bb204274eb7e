#pragma once
// Turns the bytes of a streamed text/plain log into complete lines. Network chunks end anywhere: in
// the middle of a line, and in the middle of a multi-byte UTF-8 character (Korean text is three
// bytes a syllable), so the decoder keeps both the partial line and the partial character until
// the rest arrives. Invalid bytes become U+FFFD rather than failing the log.

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <QStringList>

namespace md::models {

class LogChunkDecoder {
public:
    // A line longer than this without a newline is cut and delivered, so one runaway line cannot
    // grow without bound.
    static constexpr qsizetype MaxLineLength = 64 * 1024;

    // Decodes `chunk` and returns the lines it completed, without their "\n" or "\r\n".
    QStringList feed(QByteArrayView chunk);
    // The end of the stream: the last line if it had no newline (empty list otherwise).
    QStringList finish();
    // The text of an unfinished line, for display.
    const QString& pendingLine() const { return m_partial; }

private:
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_partial;
};

} // namespace md::models
