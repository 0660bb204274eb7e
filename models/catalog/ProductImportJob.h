#pragma once
// Sends a CSV file to POST /api/v1/products/import: as a dry run (the server checks every row and
// changes nothing) or for real, all-or-nothing or only the valid rows (`partial`). Reports upload
// progress and one outcome: the server's ImportReport, accepted (2xx) or rejected (422
// import_rejected, same report), or another ApiError.

#include "models/api/ApiError.h"
#include "models/catalog/ImportReport.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace md::models {

class ApiClient;
class CatalogTransfer;

struct ImportOutcome {
    std::optional<ImportReport> report; // present when the server checked the file
    std::optional<ApiError> error;      // the refusal (with the report for import_rejected)
    bool accepted = false;              // 2xx: done (or, for a dry run, would be done) as reported
};

class ProductImportJob : public QObject {
    Q_OBJECT
public:
    enum class Mode { DryRun, Import, ImportValidRowsOnly };

    explicit ProductImportJob(ApiClient* client, QObject* parent = nullptr);

    static QUrlQuery queryFor(Mode mode, std::optional<qint64> sellerId);

    // `sellerId`: for an admin, the seller of rows whose seller_id cell is empty.
    void start(const QByteArray& csv, Mode mode, std::optional<qint64> sellerId = std::nullopt);
    void abort();
    bool isRunning() const;

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void finished(const md::models::ImportOutcome& outcome);

private:
    ApiClient* m_client;
    QPointer<CatalogTransfer> m_transfer;
};

} // namespace md::models

Q_DECLARE_METATYPE(md::models::ImportOutcome)
