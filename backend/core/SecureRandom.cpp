#include "core/SecureRandom.h"

#include "core/DomainError.h"

#include <openssl/rand.h>

namespace md {

std::string secureRandomBytes(std::size_t count)
{
    std::string bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(count)) != 1)
        throw DomainError(ErrorKind::Internal, "internal_error", "the random number generator failed");
    return bytes;
}

} // namespace md
