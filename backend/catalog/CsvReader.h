#pragma once
// An RFC 4180 CSV reader that is forgiving where spreadsheets differ and strict where data would
// be lost: records end with CRLF, LF or a lone CR; fields may be quoted, with "" for a quote and
// line breaks inside quotes; a UTF-8 byte order mark at the start (Excel writes one) is skipped;
// empty lines are skipped. Problems (a stray quote, an unclosed quote, invalid UTF-8) do not stop
// the reader: they are attached to the record, with the field they are in, so an import can
// report every bad row at once.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::catalog {

struct CsvProblem {
    std::optional<std::size_t> field; // 0-based index; nullopt for the record as a whole
    std::string message;
};

struct CsvRecord {
    std::size_t line = 0; // 1-based line of the file on which the record starts
    std::vector<std::string> fields;
    std::vector<CsvProblem> problems;
};

class CsvReader {
public:
    explicit CsvReader(std::string_view text);

    // Reads the next record into record; false when the input is exhausted.
    bool next(CsvRecord& record);

    bool hadByteOrderMark() const { return m_hadByteOrderMark; }

private:
    // Consumes a line break at the current position if there is one.
    bool consumeLineBreak();
    void readQuotedField(CsvRecord& record, std::string& field);
    void readPlainField(CsvRecord& record, std::string& field);

    std::string_view m_text;
    std::size_t m_position = 0;
    std::size_t m_line = 1;
    bool m_hadByteOrderMark = false;
};

} // namespace md::catalog
