#include "catalog/SellerSkuSet.h"

#include <stdexcept>

namespace md::catalog {

namespace {

constexpr std::size_t kInitialCapacity = 1024;

// FNV-1a over the sku, then the seller's index mixed in (splitmix64's finalizer spreads the bits).
std::uint64_t hashOf(std::uint32_t seller, std::string_view sku)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (char c : sku) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    hash ^= static_cast<std::uint64_t>(seller) << 32;
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 31;
    return hash;
}

std::size_t powerOfTwoAtLeast(std::size_t value)
{
    std::size_t power = kInitialCapacity;
    while (power < value)
        power *= 2;
    return power;
}

} // namespace

SellerSkuSet::SellerSkuSet(std::string_view text) : m_text(text)
{
    if (text.size() >= (std::size_t(1) << 32)) throw std::length_error("SellerSkuSet: the text is over 4 GiB");
}

void SellerSkuSet::reserve(std::size_t entries)
{
    const std::size_t wanted = powerOfTwoAtLeast(2 * entries);
    if (wanted > m_slots.size()) rehash(wanted);
}

std::uint32_t SellerSkuSet::sellerIndex(long long sellerId)
{
    auto [it, inserted] = m_sellerIndex.emplace(sellerId, static_cast<std::uint32_t>(m_sellerIndex.size()));
    return it->second;
}

std::optional<std::size_t> SellerSkuSet::insert(long long sellerId, std::string_view sku, std::size_t line)
{
    if (sku.data() < m_text.data() || sku.data() + sku.size() > m_text.data() + m_text.size() || sku.size() > 255 ||
        line == 0 || line >= (std::size_t(1) << 32))
        throw std::invalid_argument("SellerSkuSet::insert: the sku must be a view into the text, at most 255 bytes");
    if (m_slots.empty() || 2 * (m_size + 1) > m_slots.size()) rehash(m_slots.empty() ? kInitialCapacity : 2 * m_slots.size());

    const std::uint32_t seller = sellerIndex(sellerId);
    const std::uint64_t hash = hashOf(seller, sku);
    const auto tag = static_cast<std::uint16_t>(hash >> 48);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t index = hash & mask;; index = (index + 1) & mask) {
        Slot& slot = m_slots[index];
        if (slot.line == 0) {
            slot = {static_cast<std::uint32_t>(sku.data() - m_text.data()), static_cast<std::uint32_t>(line), seller, tag,
                    static_cast<std::uint8_t>(sku.size())};
            ++m_size;
            return std::nullopt;
        }
        if (slot.tag == tag && slot.seller == seller && slot.length == sku.size() &&
            m_text.substr(slot.offset, slot.length) == sku)
            return slot.line;
    }
}

void SellerSkuSet::rehash(std::size_t capacity)
{
    std::vector<Slot> old(capacity);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.line == 0) continue;
        const std::uint64_t hash = hashOf(slot.seller, m_text.substr(slot.offset, slot.length));
        std::size_t index = hash & mask;
        while (m_slots[index].line != 0)
            index = (index + 1) & mask;
        m_slots[index] = slot;
    }
}

} // namespace md::catalog
