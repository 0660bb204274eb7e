#include "seed/DemoSeeder.h"

#include "auth/PasswordHasher.h"
#include "seed/DemoCatalog.h"
#include "seed/DemoDataSet.h"
#include "seed/DemoOrders.h"
#include "seed/DemoPeople.h"
#include "seed/DemoRandom.h"
#include "seed/DemoWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>

namespace md::seed {

namespace {

constexpr int kMaxProducts = 5000000;
constexpr int kMaxOrders = 20000000;
constexpr int kMaxCustomers = 1000000;

// Every table the seeder fills, in foreign-key order; their id sequences are moved past the ids it wrote.
const std::array<const char*, 9> kTablesWithIds = {"sellers",     "users",        "products", "orders",
                                                   "order_items", "order_events", "order_notes", "refunds",
                                                   "inventory_movements"};

void validate(const DemoOptions& options)
{
    if (options.products < 0 || options.products > kMaxProducts)
        throw std::runtime_error("--products must be between 0 and " + std::to_string(kMaxProducts));
    if (options.orders < 0 || options.orders > kMaxOrders)
        throw std::runtime_error("--orders must be between 0 and " + std::to_string(kMaxOrders));
    if (options.customers < 1 || options.customers > kMaxCustomers)
        throw std::runtime_error("customers must be between 1 and " + std::to_string(kMaxCustomers));
    if (options.password.size() < 8) throw std::runtime_error("--password must have at least 8 characters");
}

long long nextId(pqxx::work& transaction, const std::string& table)
{
    return transaction.exec1("SELECT coalesce(max(id), 0) + 1 FROM " + transaction.quote_name(table))[0].as<long long>();
}

std::string groupDigits(long long value)
{
    std::string digits = std::to_string(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

std::string summarize(const DemoDataSet& data, const DemoRowCounts& counts, const DemoOptions& options, double seconds)
{
    std::map<std::string, std::size_t> byStatus;
    std::size_t partiallyRefunded = 0;
    for (const auto& order : data.orders) {
        ++byStatus[std::string(orders::toString(order.status))];
        if (order.refundedCents > 0 && order.status != orders::OrderStatus::Refunded) ++partiallyRefunded;
    }
    std::size_t active = 0, soldOut = 0, low = 0;
    for (const auto& product : data.products) {
        if (product.status == catalog::Product::kActive) ++active;
        if (product.status != catalog::Product::kActive || !product.settleToTarget) continue;
        if (product.targetAvailable == 0) ++soldOut;
        else ++low;
    }

    std::ostringstream out;
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.1f", seconds);
    out << "Loaded the demo marketplace in " << elapsed << " s:\n"
        << "  " << data.sellers.size() << " sellers, " << groupDigits(static_cast<long long>(counts.users))
        << " users (" << groupDigits(static_cast<long long>(data.customerIndexes.size())) << " customers)\n"
        << "  " << groupDigits(static_cast<long long>(data.products.size())) << " products (" << groupDigits(static_cast<long long>(active))
        << " active; " << groupDigits(static_cast<long long>(low)) << " running low and "
        << groupDigits(static_cast<long long>(soldOut)) << " sold out)\n"
        << "  " << groupDigits(static_cast<long long>(data.orders.size())) << " orders with "
        << groupDigits(static_cast<long long>(data.items.size())) << " lines:";
    for (std::string_view status : orders::orderStatusNames())
        out << " " << status << " " << groupDigits(static_cast<long long>(byStatus[std::string(status)])) << ",";
    out << " partially refunded " << groupDigits(static_cast<long long>(partiallyRefunded)) << "\n"
        << "  " << groupDigits(static_cast<long long>(data.refunds.size())) << " refunds, "
        << groupDigits(static_cast<long long>(data.notes.size())) << " notes, "
        << groupDigits(static_cast<long long>(counts.orderEvents)) << " order events, "
        << groupDigits(static_cast<long long>(data.movements.size())) << " inventory movements\n"
        << "Sign in with password \"" << options.password << "\":\n";
    for (const auto& user : data.users) {
        if (user.role == "customer") break; // customers come last
        out << "  " << user.email << "  (" << user.role;
        if (user.sellerId)
            for (const auto& seller : data.sellers)
                if (seller.id == *user.sellerId) out << ", " << seller.name;
        out << (user.alreadyExisted ? "; already existed, its password was left unchanged" : "") << ")\n";
    }
    if (!data.customerIndexes.empty())
        out << "  customers, e.g. " << data.users[data.customerIndexes.front()].email << "  ("
            << data.users[data.customerIndexes.front()].displayName << ")";
    return out.str();
}

} // namespace

std::string seedDemo(pqxx::connection& connection, const DemoOptions& options)
{
    validate(options);
    const auto started = std::chrono::steady_clock::now();

    pqxx::work transaction(connection);
    transaction.exec0("SET LOCAL statement_timeout = 0");
    // Two seed-demo runs at once: the second waits here, then finds the sellers and refuses.
    transaction.exec0("LOCK TABLE sellers, users IN SHARE ROW EXCLUSIVE MODE");
    if (transaction.exec1("SELECT EXISTS (SELECT 1 FROM sellers)")[0].as<bool>())
        throw std::runtime_error("the database already has sellers, so demo data (or real data) is there; seed-demo only "
                                 "fills an empty marketplace. Drop and re-create the database to load it again.");

    std::map<std::string, long long> existingUsers;
    for (const auto& row : transaction.exec("SELECT lower(email), id FROM users"))
        existingUsers.emplace(row[0].as<std::string>(), row[1].as<long long>());

    DemoDataSet data;
    data.now = nowMicros();
    DemoRandom random(options.randomSeed);
    // A benchmark-sized order book gets a customer base to match (one customer per ~20 orders).
    const int customers = std::min(kMaxCustomers, std::max(options.customers, options.orders / 20));
    DemoPeople(random.fork(1), existingUsers)
        .generate(data, customers, nextId(transaction, "sellers"), nextId(transaction, "users"));
    DemoCatalog(random.fork(2)).generate(data, options.products, nextId(transaction, "products"));
    DemoOrders orders(random.fork(3));
    orders.generate(data, options.orders, nextId(transaction, "orders"), nextId(transaction, "order_items"),
                    nextId(transaction, "refunds"), nextId(transaction, "order_notes"));
    orders.settleInventory(data);

    // Argon2id is deliberately slow: hash once; every demo account shares the password anyway.
    const std::string passwordHash = auth::hashPassword(options.password);
    const DemoRowCounts counts = DemoWriter(transaction, data, passwordHash).writeAll();

    for (const char* table : kTablesWithIds)
        transaction.exec("SELECT setval(pg_get_serial_sequence(" + transaction.quote(table) + ", 'id'), "
                          "coalesce(max(id), 0) + 1, false) FROM " + transaction.quote_name(table));
    nlohmann::json loaded = {{"sellers", data.sellers.size()}, {"users", counts.users},
                             {"products", data.products.size()}, {"orders", data.orders.size()}};
    transaction.exec_params0("INSERT INTO audit_log (action, entity_type, after) VALUES ('demo.seeded', 'system', $1::jsonb)",
                             loaded.dump());
    transaction.commit();

    // Fresh statistics, so the first queries against a million orders get sensible plans.
    pqxx::nontransaction analyze(connection);
    analyze.exec0("ANALYZE sellers, users, products, inventory, inventory_movements, orders, order_items, order_events, "
                  "order_notes, refunds");

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summarize(data, counts, options, seconds);
}

} // namespace md::seed
