#pragma once
// `marketdesk-server seed-demo`: a realistic Korean marketplace for demonstrations, manual testing
// and benchmarks. Deterministic (a fixed random seed gives the same shops, people, products and
// orders, placed relative to the current time), loaded with COPY in one transaction, and refused
// when the database already has sellers, so running it twice is harmless.

#include <pqxx/pqxx>

#include <cstdint>
#include <string>

namespace md::seed {

struct DemoOptions {
    int products = 3000;
    int orders = 4000;
    int customers = 300;
    std::string password = "marketdesk-demo"; // every demo account's password
    std::uint64_t randomSeed = 20240601;
};

// Returns a summary of what was loaded: counts, and the accounts to sign in with.
// Throws std::runtime_error (with a message for the operator) when it refuses or fails; nothing is
// written then.
std::string seedDemo(pqxx::connection& connection, const DemoOptions& options);

} // namespace md::seed
