#include "core/Base64Url.h"

#include <array>
#include <cstdint>

namespace md {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<std::int8_t, 256> makeReverseTable()
{
    std::array<std::int8_t, 256> table{};
    for (auto& entry : table) entry = -1;
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
    return table;
}

constexpr auto kReverse = makeReverseTable();

} // namespace

std::string base64UrlEncode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t chunk = (std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16) |
                                    (std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8) |
                                    std::uint32_t(static_cast<unsigned char>(bytes[i + 2]));
        out.push_back(kAlphabet[(chunk >> 18) & 63]);
        out.push_back(kAlphabet[(chunk >> 12) & 63]);
        out.push_back(kAlphabet[(chunk >> 6) & 63]);
        out.push_back(kAlphabet[chunk & 63]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t chunk = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
        out.push_back(kAlphabet[(chunk >> 18) & 63]);
        out.push_back(kAlphabet[(chunk >> 12) & 63]);
    } else if (rest == 2) {
        const std::uint32_t chunk = (std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16) |
                                    (std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8);
        out.push_back(kAlphabet[(chunk >> 18) & 63]);
        out.push_back(kAlphabet[(chunk >> 12) & 63]);
        out.push_back(kAlphabet[(chunk >> 6) & 63]);
    }
    return out;
}

std::optional<std::string> base64UrlDecode(std::string_view text)
{
    if (text.size() % 4 == 1) return std::nullopt;
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        const int value = kReverse[static_cast<unsigned char>(c)];
        if (value < 0) return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    // Leftover bits must be zero; otherwise two different texts would decode to the same bytes.
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0) return std::nullopt;
    return out;
}

} // namespace md
