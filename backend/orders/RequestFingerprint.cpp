#include "orders/RequestFingerprint.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace md::orders {

std::string RequestFingerprint::of(std::string_view method, std::string_view path, const nlohmann::json& body)
{
    // nlohmann::json keeps object keys sorted, so dump() is canonical.
    std::string text;
    text.append(method).append(" ").append(path).append("\n");
    text += body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    static const char* hex = "0123456789abcdef";
    std::string result;
    result.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        result.push_back(hex[digest[i] >> 4]);
        result.push_back(hex[digest[i] & 0xf]);
    }
    return result;
}

} // namespace md::orders
