#include "auth/PasswordHasher.h"

#include "core/DomainError.h"

#include <sodium.h>

#include <semaphore>
#include <stdexcept>

namespace md::auth {

namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimitBytes = 19u * 1024u * 1024u;
constexpr int kMaxConcurrentHashes = 2;

void ensureSodiumInitialised()
{
    // A function-local static is initialised exactly once even when several threads arrive together.
    static const bool initialised = [] { return sodium_init() >= 0; }();
    if (!initialised)
        throw DomainError(ErrorKind::Internal, "internal_error", "libsodium could not be initialised");
}

std::counting_semaphore<kMaxConcurrentHashes>& hashingSlots()
{
    static std::counting_semaphore<kMaxConcurrentHashes> slots(kMaxConcurrentHashes);
    return slots;
}

// Holds one hashing slot for the lifetime of the guard, so an exception cannot leak a slot.
class HashingSlot {
public:
    HashingSlot() { hashingSlots().acquire(); }
    ~HashingSlot() { hashingSlots().release(); }
    HashingSlot(const HashingSlot&) = delete;
    HashingSlot& operator=(const HashingSlot&) = delete;
};

} // namespace

std::string hashPassword(std::string_view password)
{
    ensureSodiumInitialised();
    char encoded[crypto_pwhash_STRBYTES] = {};
    int result;
    {
        HashingSlot slot;
        result = crypto_pwhash_str_alg(encoded, password.data(), password.size(), kOpsLimit, kMemLimitBytes,
                                       crypto_pwhash_ALG_ARGON2ID13);
    }
    if (result != 0)
        throw DomainError(ErrorKind::Internal, "internal_error", "password hashing ran out of memory");
    return std::string(encoded);
}

bool verifyPassword(std::string_view storedHash, std::string_view password)
{
    ensureSodiumInitialised();
    // libsodium wants a NUL-terminated string and reads at most crypto_pwhash_STRBYTES of it.
    if (storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const std::string terminated(storedHash);
    HashingSlot slot;
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

bool passwordNeedsRehash(std::string_view storedHash)
{
    ensureSodiumInitialised();
    if (storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return true;
    const std::string terminated(storedHash);
    return crypto_pwhash_str_needs_rehash(terminated.c_str(), kOpsLimit, kMemLimitBytes) != 0;
}

} // namespace md::auth
