#pragma once
// UTF-8 text as every feature checks it: validity where text does not arrive through the JSON
// parser (which validates by itself: query parameters, CSV uploads), lengths counted in characters
// rather than bytes (a 200-character Korean title is 600 bytes and as valid as a 200-character
// English one), and the white space trimmed from what people type.

#include <string>
#include <string_view>

namespace md {

class Utf8 {
public:
    // Strict: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences.
    static bool isValid(std::string_view text);
    // Number of code points (every byte that is not a continuation byte starts one); for text that
    // is not valid UTF-8 an approximation, so check isValid first where it matters.
    static std::size_t length(std::string_view text);
    // Without leading and trailing ASCII white space (space, tab, CR, LF, form feed, vertical tab).
    static std::string trimmed(std::string_view text);
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
};

} // namespace md
