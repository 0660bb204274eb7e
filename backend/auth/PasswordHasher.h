#pragma once
// Password hashing with Argon2id (libsodium) at the OWASP-recommended cost (2 passes, 19 MiB).
// Each hash needs 19 MiB of memory, so at most two hashes or verifications run at once; further
// callers wait. That bounds the memory a burst of logins can take and keeps a flood of sign-in
// attempts from starving the other workers of CPU.

#include <string>
#include <string_view>

namespace md::auth {

// Returns the self-describing encoded hash ("$argon2id$v=19$m=19456,t=2,p=1$...").
// Throws DomainError (internal) if libsodium cannot allocate the memory.
std::string hashPassword(std::string_view password);

// True when password matches storedHash. A stored value that is not a valid Argon2 string
// (e.g. empty) never matches; it does not throw.
bool verifyPassword(std::string_view storedHash, std::string_view password);

// Whether storedHash was made with other parameters than the current ones, so a caller who just
// verified the password can rehash it.
bool passwordNeedsRehash(std::string_view storedHash);

} // namespace md::auth
