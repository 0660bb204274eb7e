#include "catalog/ProductExport.h"

#include "catalog/ProductCsv.h"
#include "core/csv/CsvWriter.h"

namespace md::catalog {

ProductExport::ProductExport(ProductService& service, Principal principal, ProductQuery query)
    : m_service(service), m_principal(std::move(principal)), m_query(std::move(query))
{
    m_query.limit = kBatchSize;
}

void ProductExport::prefetch()
{
    m_page = m_service.list(m_principal, m_query);
    m_prefetched = true;
}

void ProductExport::writeTo(const std::function<bool(std::string_view)>& sink)
{
    if (!m_prefetched) prefetch();
    std::string chunk(CsvWriter::kByteOrderMark);
    chunk += ProductCsv::header();
    for (;;) {
        for (const auto& product : m_page.items)
            ProductCsv::appendRow(chunk, product);
        if (!sink(chunk)) return;
        chunk.clear();
        if (!m_page.nextCursor) return;
        m_query.cursor = std::move(m_page.nextCursor);
        m_page = m_service.list(m_principal, m_query);
    }
}

} // namespace md::catalog
