#pragma once
// The hot product cache behind GET /api/v1/products/{id}: a bounded LRU of rendered products,
// read on the I/O thread (a mutex and a hash lookup, never the database).
//
// Entries are dropped when any replica changes the product (PostgreSQL notifies channel md_cache)
// and all at once when the notification connection was lost, since notifications sent meanwhile
// are gone. A fill must not resurrect an old row: a reader takes a Ticket before it queries the
// database, and insert() ignores the row when an invalidation of that id (or a clear) happened
// since. Invalidations are counted per stripe of ids, so busy writes elsewhere do not stop fills.

#include "catalog/CachedProduct.h"

#include <array>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace md::obs {
class Counter;
}

namespace md::catalog {

class ProductCache {
public:
    struct Ticket {
        std::uint64_t epoch = 0;
        std::uint64_t stripeVersion = 0;
    };

    // capacity 0 turns the cache off.
    explicit ProductCache(std::size_t capacity);

    // The entry for id, marked most recently used; nullptr on a miss.
    std::shared_ptr<const CachedProduct> find(long long id);
    // Take before reading the row from the database.
    Ticket ticket(long long id) const;
    // Stores entry unless its id was invalidated (or the cache cleared) since ticket was taken.
    void insert(std::shared_ptr<const CachedProduct> entry, Ticket ticket);

    void invalidate(long long id);
    void clear();

    std::size_t size() const;
    std::size_t capacity() const { return m_capacity; }

private:
    static constexpr std::size_t kStripes = 4096;
    static std::size_t stripeOf(long long id) { return static_cast<std::size_t>(id) & (kStripes - 1); }

    using Entries = std::list<std::shared_ptr<const CachedProduct>>;

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    Entries m_entries; // most recently used first
    std::unordered_map<long long, Entries::iterator> m_index;
    std::array<std::uint64_t, kStripes> m_stripeVersions{};
    std::uint64_t m_epoch = 0;
    obs::Counter& m_hits;
    obs::Counter& m_misses;
    obs::Counter& m_invalidations;
};

} // namespace md::catalog
