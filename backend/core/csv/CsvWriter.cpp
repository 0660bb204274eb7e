#include "core/csv/CsvWriter.h"

namespace md {

namespace {

bool needsQuotes(std::string_view value)
{
    if (value.empty()) return false;
    if (value.front() == ' ' || value.back() == ' ' || value.front() == '\t' || value.back() == '\t') return true;
    return value.find_first_of(",\"\r\n") != std::string_view::npos;
}

} // namespace

CsvWriter& CsvWriter::field(std::string_view value)
{
    if (m_recordStarted) m_out.push_back(',');
    m_recordStarted = true;
    if (!needsQuotes(value)) {
        m_out.append(value);
        return *this;
    }
    m_out.push_back('"');
    for (char c : value) {
        if (c == '"') m_out.push_back('"');
        m_out.push_back(c);
    }
    m_out.push_back('"');
    return *this;
}

void CsvWriter::endRecord()
{
    m_out.append("\r\n");
    m_recordStarted = false;
}

} // namespace md
