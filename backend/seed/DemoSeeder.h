#pragma once
// (skeleton; being written)
#include <pqxx/pqxx>
#include <string>

namespace md::seed {

struct DemoOptions {
    int products = 3000;
    int orders = 4000;
    std::string password = "marketdesk-demo";
};

// Returns a one-paragraph summary of what was loaded.
std::string seedDemo(pqxx::connection& connection, const DemoOptions& options);

} // namespace md::seed
