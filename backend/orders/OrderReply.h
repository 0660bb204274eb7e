#pragma once
// The answer to a request that may be replayed through Idempotency-Key: the status and JSON body as
// first sent, and whether this is a replay of an earlier answer.

#include <string>

namespace md::orders {

struct OrderReply {
    unsigned status = 200;
    std::string json;
    long long orderId = 0;
    long long version = 1;
    bool replayed = false;
};

// The answer stored with an Idempotency-Key, answered again (id and version read from its body).
OrderReply replayOf(unsigned status, std::string body);

// Idempotency-Key and the fingerprint of the request carrying it.
struct IdempotentRequest {
    std::string key;
    std::string fingerprint;
};

} // namespace md::orders
