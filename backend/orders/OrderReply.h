#pragma once
// The answer to a request that may be replayed through Idempotency-Key (placing an order, recording a
// refund): its JSON body, and whether this request created it or an earlier one with the same key
// did. In the second case the body is the first answer, byte for byte. What status each outcome is
// answered with is the HTTP layer's business (OrderRoutes).

#include <string>

namespace md::orders {

struct OrderReply {
    enum class Outcome {
        Created,  // this request placed the order or recorded the refund
        Replayed, // an earlier request with the same Idempotency-Key and body did; json is its answer
    };
    Outcome outcome = Outcome::Created;
    std::string json;
    long long orderId = 0;
    long long version = 1;

    bool replayed() const { return outcome == Outcome::Replayed; }
};

// The answer stored with an Idempotency-Key, answered again (id and version read from its body).
OrderReply replayOf(std::string body);

// Idempotency-Key and the fingerprint of the request carrying it.
struct IdempotentRequest {
    std::string key;
    std::string fingerprint;
};

} // namespace md::orders
