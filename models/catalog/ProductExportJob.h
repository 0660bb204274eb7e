#pragma once
// Streams GET /api/v1/products/export (the list's filters and order) into a file. The bytes go to
// a QSaveFile, so the chosen file appears only when the whole download succeeded: a cancel, a
// dropped connection or a server error leaves no half-written file behind.

#include "models/api/ApiError.h"
#include "models/catalog/CsvText.h"
#include "models/catalog/ProductFilter.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSaveFile;

namespace md::models {

class ApiClient;
class CatalogTransfer;

class ProductExportJob : public QObject {
    Q_OBJECT
public:
    explicit ProductExportJob(ApiClient* client, QObject* parent = nullptr);
    ~ProductExportJob() override;

    // The export's query: the filter's search, status, category, seller and sort; no paging.
    static QUrlQuery queryFor(const ProductFilter& filter);

    // Starts the download; false (and finished() is not emitted) when the file cannot be created,
    // with the reason in errorText().
    bool start(const ProductFilter& filter, const QString& path);
    // Stops the download and discards what was written; finished() is not emitted.
    void cancel();
    bool isRunning() const;

    qint64 bytesReceived() const { return m_bytes; }
    qint64 rowsReceived() const; // data rows (the header is not counted)
    QString errorText() const { return m_errorText; }

signals:
    void progress(qint64 bytes, qint64 rows);
    // `error` empty on success (the file is in place); otherwise the file was not written.
    void finished(bool ok, const QString& error);

private:
    void onBody(const QByteArray& chunk);
    void onFinished(const std::optional<ApiError>& error);
    void fail(const QString& error);

    ApiClient* m_client;
    QPointer<CatalogTransfer> m_transfer;
    std::unique_ptr<QSaveFile> m_file;
    CsvRecordCounter m_counter;
    qint64 m_bytes = 0;
    QString m_errorText;
};

} // namespace md::models
