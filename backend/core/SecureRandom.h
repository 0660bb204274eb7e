#pragma once
// Cryptographically secure random bytes (OpenSSL's DRBG), for refresh tokens, token ids and the
// tokens of order placement groups.

#include <cstddef>
#include <string>

namespace md {

// Throws DomainError (internal) if the generator fails, which OpenSSL reports only when it could
// not seed itself; a predictable token would be worse than an error.
std::string secureRandomBytes(std::size_t count);

} // namespace md
