#pragma once
// The (seller, sku) pairs an import has met so far, to find a sku that appears twice for one
// seller without keeping a copy of every row. An entry refers to the sku's bytes in the uploaded
// file (a valid sku is never escaped, so it always is a plain run of the file's bytes) and takes a
// 16-byte slot of an open-addressing table kept between a quarter and half full (the slot count is
// a power of two): 32 to 64 bytes per entry, 4 MiB for the import's limit of 100,000 rows.

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace md::catalog {

class SellerSkuSet {
public:
    // text: what every sku passed to insert lies in; it must outlive the set and be under 4 GiB.
    explicit SellerSkuSet(std::string_view text);

    // Sizes the table for n entries up front, so it never grows (and copies itself) while in use.
    void reserve(std::size_t entries);

    // Adds (sellerId, sku), first seen on line. When the pair is already there, adds nothing and
    // returns the line it was first seen on. sku must be a view into the text, at most 255 bytes.
    std::optional<std::size_t> insert(long long sellerId, std::string_view sku, std::size_t line);

    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }

private:
    struct Slot {
        std::uint32_t offset = 0; // of the sku in the text
        std::uint32_t line = 0;   // 0: the slot is free
        std::uint32_t seller = 0; // index into m_sellerIndex's values
        std::uint16_t tag = 0;    // more bits of the hash, to skip most comparisons
        std::uint8_t length = 0;
    };

    void rehash(std::size_t capacity);
    std::uint32_t sellerIndex(long long sellerId);

    std::string_view m_text;
    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
    std::unordered_map<long long, std::uint32_t> m_sellerIndex; // few: the sellers of one file
};

} // namespace md::catalog
