#pragma once
// What the console needs to know about CSV bytes without parsing them into products (the server
// does that): how many records they hold, counted incrementally and aware of quoted line breaks
// (export progress), and whether a file is fit to upload (import's first step).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace md::models {

// Counts CSV records as bytes arrive, in any chunking: a record ends at a line break outside quotes.
class CsvRecordCounter {
public:
    void feed(QByteArrayView bytes);
    // Records completed so far, plus the last one when the data does not end with a line break.
    qint64 records() const { return m_records + (m_inRecord ? 1 : 0); }

private:
    qint64 m_records = 0;
    bool m_inQuotes = false;
    bool m_inRecord = false;
};

struct CsvFileCheck {
    qint64 dataRows = 0; // records after the header
    bool byteOrderMark = false;
    QString problem; // empty when the file can be sent; otherwise why not (translated)

    bool ok() const { return problem.isEmpty(); }
};

// The server's import limit (API.md: 20 MiB).
constexpr qint64 MaxImportBytes = 20 * 1024 * 1024;

// Checks bytes read from a file: not empty, within the size limit, UTF-8 (with or without BOM).
CsvFileCheck checkCsvForImport(const QByteArray& bytes);

struct CsvFileRead {
    QByteArray bytes;
    CsvFileCheck check;
};

// Reads and checks a file; blocking, so call it off the GUI thread.
CsvFileRead readCsvFileForImport(const QString& path);

} // namespace md::models
