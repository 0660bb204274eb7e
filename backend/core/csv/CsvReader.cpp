#include "core/csv/CsvReader.h"

#include "core/Utf8.h"

#include <algorithm>

namespace md {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

} // namespace

CsvReader::CsvReader(std::string_view text, Limits limits) : m_text(text), m_limits(limits)
{
    if (m_text.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
        m_position = kByteOrderMark.size();
        m_hadByteOrderMark = true;
    }
}

bool CsvReader::consumeLineBreak()
{
    if (m_position >= m_text.size()) return false;
    if (m_text[m_position] == '\r') {
        ++m_position;
        if (m_position < m_text.size() && m_text[m_position] == '\n') ++m_position;
        ++m_line;
        return true;
    }
    if (m_text[m_position] == '\n') {
        ++m_position;
        ++m_line;
        return true;
    }
    return false;
}

bool CsvReader::next(CsvRecord& record)
{
    // Empty lines carry no record (a trailing line break, or blank lines a human left in).
    while (consumeLineBreak()) {
    }
    if (m_position >= m_text.size()) return false;

    record.line = m_line;
    record.offset = m_position;
    record.fields.clear();
    record.fieldCount = 0;
    record.problems.clear();
    m_unescaped.clear();
    m_spans.clear();
    bool recordTooLong = false;
    auto view = [this](const Span& span) {
        return span.unescaped ? std::string_view(m_unescaped).substr(span.offset, span.length)
                              : m_text.substr(span.offset, span.length);
    };
    // Past the limits a record is still read to its end, so the next one starts in the right place,
    // but nothing more of it is kept, problems included.
    auto finishField = [&](std::size_t fieldIndex, std::size_t fieldStart, Span span, bool keep) {
        if (!recordTooLong && m_position - record.offset > m_limits.maxRecordBytes) {
            recordTooLong = true;
            record.problems.push_back({std::nullopt, "is longer than " + std::to_string(m_limits.maxRecordBytes) +
                                                         " bytes, the most a record may take"});
        }
        if (!keep || recordTooLong) return;
        if (m_position - fieldStart > m_limits.maxFieldBytes) {
            record.problems.push_back(
                {fieldIndex, "is longer than " + std::to_string(m_limits.maxFieldBytes) + " bytes, the most a field may take"});
            span = {};
        } else if (!Utf8::isValid(view(span))) {
            record.problems.push_back({fieldIndex, "is not valid UTF-8"});
        }
        m_spans.push_back(span);
    };

    for (;;) {
        const std::size_t fieldIndex = record.fieldCount++;
        const std::size_t fieldStart = m_position;
        const bool keep = fieldIndex < m_limits.maxFields && !recordTooLong;
        const Span span = m_text[m_position] == '"' ? readQuotedField(record, fieldIndex, keep)
                                                    : readPlainField(record, fieldIndex, keep);
        finishField(fieldIndex, fieldStart, span, keep);

        if (m_position >= m_text.size()) break;
        if (m_text[m_position] == ',') {
            ++m_position;
            if (m_position >= m_text.size()) { // "a,b," ends with an empty field
                const std::size_t lastIndex = record.fieldCount++;
                finishField(lastIndex, m_position, Span{false, m_position, 0},
                            lastIndex < m_limits.maxFields && !recordTooLong);
                break;
            }
            continue;
        }
        break; // at a line break
    }
    record.bytes = m_position - record.offset;
    consumeLineBreak();

    record.fields.reserve(m_spans.size());
    for (const Span& span : m_spans)
        record.fields.push_back(view(span));
    return true;
}

void CsvReader::appendUnescaped(Span& span, std::string_view text)
{
    // A field past its limit is dropped in next(); copying more of it would only cost memory.
    const std::size_t room = span.length < m_limits.maxFieldBytes ? m_limits.maxFieldBytes - span.length : 0;
    const std::size_t take = std::min(room, text.size());
    m_unescaped.append(text.substr(0, take));
    span.length += take;
}

CsvReader::Span CsvReader::readQuotedField(CsvRecord& record, std::size_t fieldIndex, bool keep)
{
    ++m_position; // the opening quote
    const std::size_t contentStart = m_position;
    Span span{false, contentStart, 0};
    for (;;) {
        const std::size_t quote = m_text.find('"', m_position);
        const std::size_t end = quote == std::string_view::npos ? m_text.size() : quote;
        for (std::size_t i = m_position; i < end; ++i) {
            // Line breaks inside quotes are data, but still lines of the file.
            if (m_text[i] == '\n' || (m_text[i] == '\r' && (i + 1 >= m_text.size() || m_text[i + 1] != '\n'))) ++m_line;
        }
        if (span.unescaped) appendUnescaped(span, m_text.substr(m_position, end - m_position));
        if (quote == std::string_view::npos) {
            m_position = m_text.size();
            if (!span.unescaped) span.length = m_text.size() - contentStart;
            if (keep) record.problems.push_back({fieldIndex, "has an opening quote that is never closed"});
            return span;
        }
        m_position = quote + 1;
        if (m_position < m_text.size() && m_text[m_position] == '"') { // "" is one quote
            if (keep && !span.unescaped) {
                // The first escaped quote: from here on the value differs from the text.
                span = {true, m_unescaped.size(), 0};
                appendUnescaped(span, m_text.substr(contentStart, quote + 1 - contentStart));
            } else if (span.unescaped) {
                appendUnescaped(span, "\"");
            }
            ++m_position;
            continue;
        }
        if (!span.unescaped) span.length = quote - contentStart;
        break;
    }
    // After the closing quote only a separator or the end of the record may follow.
    if (m_position < m_text.size()) {
        const char next = m_text[m_position];
        if (next != ',' && next != '\r' && next != '\n') {
            if (keep)
                record.problems.push_back({fieldIndex, "has text after its closing quote; write a quote inside a "
                                                       "quoted field as two quotes (\"\")"});
            const Span rest = readPlainField(record, fieldIndex, keep);
            if (keep) {
                if (!span.unescaped) {
                    const std::string_view quoted = m_text.substr(span.offset, span.length);
                    span = {true, m_unescaped.size(), 0};
                    appendUnescaped(span, quoted);
                }
                appendUnescaped(span, m_text.substr(rest.offset, rest.length));
            }
        }
    }
    return span;
}

CsvReader::Span CsvReader::readPlainField(CsvRecord& record, std::size_t fieldIndex, bool keep)
{
    const std::size_t start = m_position;
    std::size_t end = m_text.find_first_of(",\r\n", start);
    if (end == std::string_view::npos) end = m_text.size();
    if (keep && m_text.substr(start, end - start).find('"') != std::string_view::npos)
        record.problems.push_back({fieldIndex, "has a quote inside an unquoted field; enclose the field in quotes and "
                                               "write the quote as two quotes (\"\")"});
    m_position = end;
    return {false, start, end - start};
}

} // namespace md
