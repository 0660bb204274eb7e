#pragma once
// Base64url without padding (RFC 4648 section 5), the encoding of JWT segments, refresh tokens and
// the keyset cursors of lists: everything opaque the server hands out. Decoding is strict: padding,
// characters outside the alphabet and non-zero trailing bits are refused, so each byte string has
// exactly one encoding.

#include <optional>
#include <string>
#include <string_view>

namespace md {

std::string base64UrlEncode(std::string_view bytes);
std::optional<std::string> base64UrlDecode(std::string_view text);

} // namespace md
