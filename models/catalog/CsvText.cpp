#include "models/catalog/CsvText.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace md::models {

void CsvRecordCounter::feed(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c == '"') {
            // A doubled quote inside a quoted cell toggles twice: the state is right either way.
            m_inQuotes = !m_inQuotes;
            m_inRecord = true;
        } else if (c == '\n' && !m_inQuotes) {
            if (m_inRecord) ++m_records;
            m_inRecord = false;
        } else if (c != '\r' || m_inQuotes) {
            m_inRecord = true;
        }
    }
}

CsvFileCheck checkCsvForImport(const QByteArray& bytes)
{
    CsvFileCheck check;
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF")) {
        check.byteOrderMark = true;
        text = text.sliced(3);
    }
    if (bytes.size() > MaxImportBytes) {
        check.problem = QCoreApplication::translate(
            "CsvText", "The file is larger than the 20 MiB the server accepts. Split it into smaller files.");
        return check;
    }
    if (text.trimmed().isEmpty()) {
        check.problem = QCoreApplication::translate("CsvText", "The file is empty.");
        return check;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError()) {
        check.problem =
            QCoreApplication::translate("CsvText", "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
        return check;
    }
    Q_UNUSED(decoded);
    CsvRecordCounter counter;
    counter.feed(text);
    check.dataRows = std::max<qint64>(0, counter.records() - 1);
    if (check.dataRows == 0)
        check.problem = QCoreApplication::translate("CsvText", "The file has a header but no products.");
    return check;
}

CsvFileRead readCsvFileForImport(const QString& path)
{
    CsvFileRead result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.check.problem =
            QCoreApplication::translate("CsvText", "The file cannot be opened: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > MaxImportBytes) {
        result.check.problem = QCoreApplication::translate(
            "CsvText", "The file is larger than the 20 MiB the server accepts. Split it into smaller files.");
        return result;
    }
    result.bytes = file.readAll();
    result.check = checkCsvForImport(result.bytes);
    return result;
}

} // namespace md::models
