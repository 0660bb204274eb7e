#include "catalog/CsvReader.h"

#include "catalog/Utf8Text.h"

namespace md::catalog {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

} // namespace

CsvReader::CsvReader(std::string_view text) : m_text(text)
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
    record.fields.clear();
    record.problems.clear();
    for (;;) {
        std::string field;
        if (m_text[m_position] == '"')
            readQuotedField(record, field);
        else
            readPlainField(record, field);
        if (!Utf8Text::isValid(field)) record.problems.push_back({record.fields.size(), "is not valid UTF-8"});
        record.fields.push_back(std::move(field));

        if (m_position >= m_text.size()) return true;
        if (m_text[m_position] == ',') {
            ++m_position;
            if (m_position >= m_text.size()) {
                record.fields.emplace_back(); // "a,b," ends with an empty field
                return true;
            }
            continue;
        }
        consumeLineBreak();
        return true;
    }
}

void CsvReader::readQuotedField(CsvRecord& record, std::string& field)
{
    const std::size_t fieldIndex = record.fields.size();
    ++m_position; // the opening quote
    for (;;) {
        const std::size_t quote = m_text.find('"', m_position);
        const std::size_t end = quote == std::string_view::npos ? m_text.size() : quote;
        for (std::size_t i = m_position; i < end; ++i) {
            // Line breaks inside quotes are data, but still lines of the file.
            if (m_text[i] == '\n' || (m_text[i] == '\r' && (i + 1 >= m_text.size() || m_text[i + 1] != '\n'))) ++m_line;
        }
        field.append(m_text.substr(m_position, end - m_position));
        if (quote == std::string_view::npos) {
            m_position = m_text.size();
            record.problems.push_back({fieldIndex, "has an opening quote that is never closed"});
            return;
        }
        m_position = quote + 1;
        if (m_position < m_text.size() && m_text[m_position] == '"') { // "" is one quote
            field.push_back('"');
            ++m_position;
            continue;
        }
        break;
    }
    // After the closing quote only a separator or the end of the record may follow.
    if (m_position < m_text.size()) {
        const char next = m_text[m_position];
        if (next != ',' && next != '\r' && next != '\n') {
            record.problems.push_back({fieldIndex, "has text after its closing quote; write a quote inside a quoted "
                                                   "field as two quotes (\"\")"});
            std::string rest;
            readPlainField(record, rest);
            field += rest;
        }
    }
}

void CsvReader::readPlainField(CsvRecord& record, std::string& field)
{
    const std::size_t start = m_position;
    bool reportedQuote = false;
    while (m_position < m_text.size()) {
        const char c = m_text[m_position];
        if (c == ',' || c == '\r' || c == '\n') break;
        if (c == '"' && !reportedQuote) {
            record.problems.push_back({record.fields.size(), "has a quote inside an unquoted field; enclose the field "
                                                             "in quotes and write the quote as two quotes (\"\")"});
            reportedQuote = true;
        }
        ++m_position;
    }
    field.append(m_text.substr(start, m_position - start));
}

} // namespace md::catalog
