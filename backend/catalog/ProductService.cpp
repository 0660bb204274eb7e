#include "catalog/ProductService.h"

#include "audit/AuditLog.h"
#include "catalog/ProductAccess.h"
#include "catalog/ProductInput.h"
#include "catalog/ProductValidator.h"
#include "core/DomainError.h"
#include "core/KeysetCursor.h"
#include "db/Transaction.h"
#include "events/EventOutbox.h"

namespace md::catalog {

namespace {

// Adds the rule violations of product to fields, keeping the type errors already there (they say
// more than a rule applied to a default value).
void addRuleErrors(JsonFields& fields, const Product& product)
{
    const nlohmann::json problems = ProductValidator::validate(product);
    for (const auto& [field, message] : problems.items()) fields.reject(field, message.get<std::string>());
}

void publishChange(pqxx::transaction_base& transaction, const Product& product, const char* action)
{
    events::publish(transaction, "product.updated", product.sellerId, std::nullopt,
                    {{"action", action},
                     {"id", product.id},
                     {"seller_id", product.sellerId},
                     {"sku", product.sku},
                     {"status", product.status},
                     {"version", product.version}});
}

} // namespace

ProductService::ProductService(db::ConnectionPool& pool, const ProductRepository& repository, ProductCache& cache,
                               std::function<bool()> cacheTrusted)
    : m_pool(pool), m_repository(repository), m_cache(cache), m_cacheTrusted(std::move(cacheTrusted))
{
}

std::shared_ptr<const CachedProduct> ProductService::render(const Product& product)
{
    auto entry = std::make_shared<CachedProduct>();
    entry->id = product.id;
    entry->sellerId = product.sellerId;
    entry->active = product.isActive();
    entry->version = product.version;
    entry->json = product.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    entry->etag = "\"" + std::to_string(product.version) + "\"";
    return entry;
}

std::shared_ptr<const CachedProduct> ProductService::findCached(const Principal& principal, long long id)
{
    if (!m_cacheTrusted()) return nullptr;
    auto entry = m_cache.find(id);
    if (entry && !ProductAccess::canView(principal, entry->sellerId, entry->active))
        throw DomainError::notFound("product");
    return entry;
}

std::shared_ptr<const CachedProduct> ProductService::find(const Principal& principal, long long id)
{
    if (auto cached = findCached(principal, id)) return cached;
    // Taken before the read: if the product changes while we read, the old row is not cached.
    const auto ticket = m_cache.ticket(id);
    auto product =
        db::withTransaction(m_pool, [&](pqxx::work& transaction) { return m_repository.findById(transaction, id); });
    if (!product) throw DomainError::notFound("product");
    auto entry = render(*product);
    if (m_cacheTrusted()) m_cache.insert(entry, ticket);
    if (!ProductAccess::canView(principal, entry->sellerId, entry->active)) throw DomainError::notFound("product");
    return entry;
}

std::optional<ProductFilter> ProductService::scopedFilter(const Principal& principal, const ProductQuery& query)
{
    ProductFilter filter;
    filter.sellerId = query.sellerId;
    filter.status = query.status;
    filter.category = query.category;
    filter.updatedSince = query.updatedSince;
    filter.searchWords = query.searchWords;
    if (principal.role == Role::Seller) {
        if (!principal.sellerId) return std::nullopt;
        if (filter.sellerId && *filter.sellerId != *principal.sellerId) return std::nullopt;
        filter.sellerId = principal.sellerId;
    } else if (principal.role == Role::Customer) {
        if (filter.status && *filter.status != Product::kActive) return std::nullopt;
        filter.status = std::string(Product::kActive);
    }
    return filter;
}

Page<Product> ProductService::list(const Principal& principal, const ProductQuery& query)
{
    std::optional<KeysetCursor> after;
    if (query.cursor) after = KeysetCursor::decode(*query.cursor, query.sort.name(), query.sort.cursorShape());
    auto filter = scopedFilter(principal, query);
    if (!filter) return {};
    // One row more than asked tells whether another page follows.
    auto rows = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        return m_repository.list(transaction, *filter, query.sort, after, query.limit + 1);
    });
    return Page<Product>::fromRows(std::move(rows), query.limit, [&](const Product& last) {
        return ProductRepository::cursorAfter(last, query.sort).encode();
    });
}

Product ProductService::create(const Actor& actor, const nlohmann::json& body)
{
    JsonFields fields(body);
    const ProductInput input = ProductInput::fromJson(fields);
    std::optional<long long> sellerId;
    if (!fields.hasError("seller_id")) {
        sellerId = ProductAccess::sellerForNewProduct(actor.principal, input.sellerId);
        if (!sellerId) fields.reject("seller_id", "is required when an admin creates a product");
    }
    for (const char* required : {"sku", "title", "price_cents"}) {
        if (!fields.has(required)) fields.reject(required, "is required");
    }
    Product product;
    product.sellerId = sellerId.value_or(0);
    input.applyTo(product);
    addRuleErrors(fields, product);
    fields.throwIfInvalid();

    Product created = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        if (actor.principal.role != Role::Seller &&
            m_repository.existingSellers(transaction, {product.sellerId}).empty())
            throw DomainError::invalidField("seller_id", "no seller has this id");
        auto inserted = m_repository.insert(transaction, product);
        if (!inserted)
            throw DomainError::conflict("duplicate_sku",
                                        "this seller already has a product with sku '" + product.sku + "'",
                                        {{"sku", product.sku}});
        audit::record(transaction, actor,
                      {"product.create", "product", std::to_string(inserted->id), std::nullopt, inserted->toJson()});
        publishChange(transaction, *inserted, "created");
        return *inserted;
    });
    return created;
}

Product ProductService::loadForChange(pqxx::transaction_base& transaction, const Actor& actor, long long id,
                                      std::optional<long long> expectedVersion) const
{
    auto existing = m_repository.findByIdForUpdate(transaction, id);
    if (!existing || !ProductAccess::canChange(actor.principal, existing->sellerId))
        throw DomainError::notFound("product");
    if (expectedVersion && *expectedVersion != existing->version)
        throw DomainError::preconditionFailed(existing->version);
    return *existing;
}

Product ProductService::update(const Actor& actor, long long id, const nlohmann::json& body,
                               std::optional<long long> expectedVersion)
{
    bool changed = false;
    Product result = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        changed = false;
        // The product before the body (API.md, order of checks): 404 and 412 come first.
        const Product existing = loadForChange(transaction, actor, id, expectedVersion);
        JsonFields fields(body);
        const ProductInput input = ProductInput::fromJson(fields);
        if (input.sellerId && *input.sellerId != existing.sellerId)
            fields.reject("seller_id", "cannot be changed; create the product under the other seller instead");
        Product wanted = existing;
        input.applyTo(wanted);
        addRuleErrors(fields, wanted);
        fields.throwIfInvalid();
        if (wanted.sameContentAs(existing)) return existing;

        Product saved = m_repository.update(transaction, wanted);
        audit::record(transaction, actor,
                      {"product.update", "product", std::to_string(id), existing.toJson(), saved.toJson()});
        publishChange(transaction, saved, "updated");
        changed = true;
        return saved;
    });
    if (changed) afterCommit(id);
    return result;
}

Product ProductService::archive(const Actor& actor, long long id, std::optional<long long> expectedVersion)
{
    bool changed = false;
    Product result = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        changed = false;
        const Product existing = loadForChange(transaction, actor, id, expectedVersion);
        if (existing.status == Product::kArchived) return existing;
        Product archived = existing;
        archived.status = std::string(Product::kArchived);
        Product saved = m_repository.update(transaction, archived);
        audit::record(transaction, actor,
                      {"product.archive", "product", std::to_string(id), existing.toJson(), saved.toJson()});
        publishChange(transaction, saved, "archived");
        changed = true;
        return saved;
    });
    if (changed) afterCommit(id);
    return result;
}

void ProductService::afterCommit(long long id)
{
    // This replica's next read must see the change now, not when the notification comes back.
    m_cache.invalidate(id);
}

} // namespace md::catalog
