#pragma once
// Writes RFC 4180 CSV: CRLF after every record, fields quoted when they hold a separator, a quote,
// a line break or leading/trailing spaces (which some readers would trim), quotes doubled.
// Exports start with a UTF-8 byte order mark, without which Excel reads Korean text as mojibake.

#include <string>
#include <string_view>

namespace md {

class CsvWriter {
public:
    static constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

    explicit CsvWriter(std::string& out) : m_out(out) {}

    // Appends one field to the current record.
    CsvWriter& field(std::string_view value);
    // Ends the current record.
    void endRecord();

private:
    std::string& m_out;
    bool m_recordStarted = false;
};

} // namespace md
