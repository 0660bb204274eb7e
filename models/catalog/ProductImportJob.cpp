#include "models/catalog/ProductImportJob.h"

#include "models/catalog/CatalogTransfer.h"

#include <QJsonDocument>

namespace md::models {

ProductImportJob::ProductImportJob(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

QUrlQuery ProductImportJob::queryFor(Mode mode, std::optional<qint64> sellerId)
{
    QUrlQuery query;
    if (mode == Mode::DryRun) query.addQueryItem(QStringLiteral("dry_run"), QStringLiteral("true"));
    if (mode == Mode::ImportValidRowsOnly) query.addQueryItem(QStringLiteral("partial"), QStringLiteral("true"));
    if (sellerId) query.addQueryItem(QStringLiteral("seller_id"), QString::number(*sellerId));
    return query;
}

bool ProductImportJob::isRunning() const
{
    return m_transfer && m_transfer->isRunning();
}

void ProductImportJob::start(const QByteArray& csv, Mode mode, std::optional<qint64> sellerId)
{
    abort();
    ApiRequest request;
    request.method = HttpMethod::Post;
    request.path = QStringLiteral("/api/v1/products/import");
    request.query = queryFor(mode, sellerId);
    request.body = csv;
    request.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    auto* transfer = new CatalogTransfer(m_client, std::move(request), false, this);
    m_transfer = transfer;
    connect(transfer, &CatalogTransfer::uploadProgress, this, &ProductImportJob::uploadProgress);
    connect(transfer, &CatalogTransfer::finished, this,
            [this, transfer](int, const QByteArray& body, const std::optional<ApiError>& error) {
                transfer->deleteLater();
                ImportOutcome outcome;
                if (error) {
                    outcome.error = error;
                    outcome.report = importReportFromError(*error);
                } else {
                    QString parseError;
                    outcome.report = parseImportReport(QJsonDocument::fromJson(body).object(), &parseError);
                    if (outcome.report)
                        outcome.accepted = true;
                    else
                        outcome.error = ApiError::invalidResponse(parseError);
                }
                emit finished(outcome);
            });
    transfer->start();
}

void ProductImportJob::abort()
{
    if (m_transfer) {
        m_transfer->abort();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
}

} // namespace md::models
