#pragma once
// An RFC 4180 CSV reader that is forgiving where spreadsheets differ and strict where data would
// be lost: records end with CRLF, LF or a lone CR; fields may be quoted, with "" for a quote and
// line breaks inside quotes; a UTF-8 byte order mark at the start (Excel writes one) is skipped;
// empty lines are skipped. Problems (a stray quote, an unclosed quote, invalid UTF-8, a field or
// record over the limits) do not stop the reader: they are attached to the record, with the field
// they are in, so an import can report every bad row at once.
//
// It reads one record at a time from text it does not own and copies nothing it need not: a field
// is a view into the text, except one with "" in it (or text after its closing quote), which is
// unescaped into a buffer of the reader's. What a record holds is bounded whatever the input:
// at most Limits::maxFields fields are kept (the rest are counted), a field over maxFieldBytes and
// everything of a record past maxRecordBytes is dropped with a problem, so the reader's memory is at
// most about maxRecordBytes however the text is shaped.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md {

struct CsvProblem {
    std::optional<std::size_t> field; // 0-based index; nullopt for the record as a whole
    std::string message;
};

struct CsvRecord {
    std::size_t line = 0;   // 1-based line of the file on which the record starts
    std::size_t offset = 0; // byte offset in the text at which the record starts
    std::size_t bytes = 0;  // bytes of the text the record takes, its line break excluded
    // Views into the reader's text or its buffer: valid until the reader's next call of next().
    // At most Limits::maxFields of them; fieldCount counts every field of the record.
    std::vector<std::string_view> fields;
    std::size_t fieldCount = 0;
    std::vector<CsvProblem> problems;
};

class CsvReader {
public:
    struct Limits {
        std::size_t maxFields = 64;
        std::size_t maxFieldBytes = 128 * 1024;  // bytes of the field in the text, quotes included
        std::size_t maxRecordBytes = 512 * 1024; // bytes of the record in the text
    };

    explicit CsvReader(std::string_view text) : CsvReader(text, Limits{}) {}
    CsvReader(std::string_view text, Limits limits);

    // Reads the next record into record; false when the input is exhausted.
    bool next(CsvRecord& record);

    bool hadByteOrderMark() const { return m_hadByteOrderMark; }
    const Limits& limits() const { return m_limits; }

private:
    // Where a field's value is: in the text, or unescaped into m_unescaped.
    struct Span {
        bool unescaped = false;
        std::size_t offset = 0;
        std::size_t length = 0;
    };

    // Consumes a line break at the current position if there is one.
    bool consumeLineBreak();
    Span readQuotedField(CsvRecord& record, std::size_t fieldIndex, bool keep);
    Span readPlainField(CsvRecord& record, std::size_t fieldIndex, bool keep);
    // Appends text to the unescaped buffer while the field stays within its limit.
    void appendUnescaped(Span& span, std::string_view text);

    std::string_view m_text;
    Limits m_limits;
    std::size_t m_position = 0;
    std::size_t m_line = 1;
    bool m_hadByteOrderMark = false;
    std::string m_unescaped;  // fields of the current record that are not verbatim in the text
    std::vector<Span> m_spans; // the kept fields of the current record
};

} // namespace md
