#pragma once
// UTF-8 checks the catalog needs where text does not arrive through the JSON parser (which
// validates by itself): CSV uploads, and lengths counted in characters, not bytes, so that a
// 200-character Korean title (600 bytes) is as valid as a 200-character English one.

#include <string_view>

namespace md::catalog {

class Utf8Text {
public:
    // Strict: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences.
    static bool isValid(std::string_view text);
    // Number of code points; text must be valid UTF-8.
    static std::size_t length(std::string_view text);
};

} // namespace md::catalog
