#include "app/Commands.h"

#include "app/Config.h"
#include "audit/AuditLog.h"
#include "auth/UserAdmin.h"
#include "core/DomainError.h"
#include "db/ConnectionPool.h"
#include "db/Migrator.h"
#include "seed/DemoSeeder.h"

#include <pqxx/pqxx>

#include <iostream>
#include <string>

namespace md::app {

namespace {

std::map<std::string, std::string> takeFlags(int argc, char** argv, const std::vector<std::string>& commandFlags,
                                             std::map<std::string, std::string>& commandValues)
{
    // Command-specific flags (--email) are taken out; the rest are settings.
    std::vector<char*> rest{argv[0], argv[1]};
    for (int i = 2; i < argc; ++i) {
        std::string flag = argv[i];
        std::string name = flag.substr(0, flag.find('='));
        bool known = false;
        for (const auto& candidate : commandFlags) known = known || name == "--" + candidate;
        if (!known) {
            rest.push_back(argv[i]);
            continue;
        }
        if (flag.find('=') != std::string::npos) {
            commandValues[name.substr(2)] = flag.substr(flag.find('=') + 1);
        } else {
            if (i + 1 >= argc) throw ConfigError(flag + ": needs a value");
            commandValues[name.substr(2)] = argv[++i];
        }
    }
    return flagsToSettings(static_cast<int>(rest.size()), rest.data(), 2);
}

} // namespace

int runMigrate(int argc, char** argv)
{
    auto config = Config::load(flagsToSettings(argc, argv, 2), false);
    try {
        pqxx::connection connection(config.databaseConnection);
        auto report = db::Migrator().migrate(connection);
        for (const auto& name : report.applied) std::cout << "applied " << name << "\n";
        std::cout << "database schema at version " << report.currentVersion << "\n";
        return 0;
    } catch (const pqxx::broken_connection& error) {
        std::cerr << "marketdesk-server migrate: cannot connect to the database (MARKETDESK_DATABASE_URL): "
                  << error.what() << "\n";
    } catch (const std::exception& error) {
        std::cerr << "marketdesk-server migrate: " << error.what() << "\n";
    }
    return 1;
}

int runCreateUser(int argc, char** argv)
{
    std::map<std::string, std::string> values;
    auto config = Config::load(takeFlags(argc, argv, {"email", "role", "seller-id", "display-name"}, values), false);
    if (!values.count("email") || !values.count("role")) {
        std::cerr << "usage: marketdesk-server create-user --email E --role R [--seller-id N] [--display-name S]\n"
                     "       (the password is read from standard input)\n";
        return 2;
    }
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r') password.pop_back();

    auth::NewUser user;
    user.email = values["email"];
    user.role = values["role"];
    user.password = password;
    user.displayName = values.count("display-name") ? values["display-name"] : "";
    if (values.count("seller-id")) {
        try {
            user.sellerId = std::stoll(values["seller-id"]);
        } catch (const std::exception&) {
            std::cerr << "marketdesk-server create-user: --seller-id must be a number\n";
            return 2;
        }
    }
    try {
        db::ConnectionPool pool({config.databaseConnection, 1});
        audit::registerStatements();
        long long id = auth::createUserFromCommandLine(pool, user);
        std::cout << "created user " << id << " <" << user.email << "> with role " << user.role << "\n";
        return 0;
    } catch (const DomainError& error) {
        std::cerr << "marketdesk-server create-user: " << error.what();
        if (error.details().contains("fields"))
            for (auto& [field, message] : error.details()["fields"].items())
                std::cerr << "\n  " << field << ": " << message.get<std::string>();
        std::cerr << "\n";
    } catch (const std::exception& error) {
        std::cerr << "marketdesk-server create-user: " << error.what() << "\n";
    }
    return 1;
}

int runSeedDemo(int argc, char** argv)
{
    std::map<std::string, std::string> values;
    auto config = Config::load(takeFlags(argc, argv, {"products", "orders", "password"}, values), false);
    seed::DemoOptions options;
    try {
        if (values.count("products")) options.products = std::stoi(values["products"]);
        if (values.count("orders")) options.orders = std::stoi(values["orders"]);
    } catch (const std::exception&) {
        std::cerr << "marketdesk-server seed-demo: --products and --orders take numbers\n";
        return 2;
    }
    if (values.count("password")) options.password = values["password"];
    try {
        pqxx::connection connection(config.databaseConnection);
        auto summary = seed::seedDemo(connection, options);
        std::cout << summary << "\n";
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "marketdesk-server seed-demo: " << error.what() << "\n";
    }
    return 1;
}

} // namespace md::app
