#include "models/catalog/ProductExportJob.h"

#include "models/catalog/CatalogTransfer.h"

#include <QSaveFile>

namespace md::models {

ProductExportJob::ProductExportJob(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ProductExportJob::~ProductExportJob()
{
    cancel();
}

QUrlQuery ProductExportJob::queryFor(const ProductFilter& filter)
{
    return filter.toQuery();
}

bool ProductExportJob::isRunning() const
{
    return m_transfer && m_transfer->isRunning();
}

qint64 ProductExportJob::rowsReceived() const
{
    return std::max<qint64>(0, m_counter.records() - 1);
}

bool ProductExportJob::start(const ProductFilter& filter, const QString& path)
{
    cancel();
    m_counter = {};
    m_bytes = 0;
    m_errorText.clear();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_errorText = tr("The file cannot be written: %1").arg(m_file->errorString());
        m_file.reset();
        return false;
    }
    ApiRequest request;
    request.method = HttpMethod::Get;
    request.path = QStringLiteral("/api/v1/products/export");
    request.query = queryFor(filter);
    auto* transfer = new CatalogTransfer(m_client, std::move(request), true, this);
    m_transfer = transfer;
    connect(transfer, &CatalogTransfer::bodyReceived, this, &ProductExportJob::onBody);
    connect(transfer, &CatalogTransfer::finished, this,
            [this](int, const QByteArray&, const std::optional<ApiError>& error) { onFinished(error); });
    transfer->start();
    return true;
}

void ProductExportJob::onBody(const QByteArray& chunk)
{
    if (!m_file) return;
    if (m_file->write(chunk) != chunk.size()) {
        const QString reason = m_file->errorString();
        if (m_transfer) m_transfer->abort();
        fail(tr("The file cannot be written: %1").arg(reason));
        return;
    }
    m_bytes += chunk.size();
    m_counter.feed(chunk);
    emit progress(m_bytes, rowsReceived());
}

void ProductExportJob::onFinished(const std::optional<ApiError>& error)
{
    if (m_transfer) m_transfer->deleteLater();
    m_transfer = nullptr;
    if (!m_file) return;
    if (error) {
        fail(error->displayText());
        return;
    }
    if (!m_file->commit()) {
        fail(tr("The file cannot be written: %1").arg(m_file->errorString()));
        return;
    }
    m_file.reset();
    emit finished(true, {});
}

void ProductExportJob::fail(const QString& error)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
    m_errorText = error;
    emit finished(false, error);
}

void ProductExportJob::cancel()
{
    if (m_transfer) {
        m_transfer->abort();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

} // namespace md::models
