// marketdesk-server: the command line. Each command is a function elsewhere; this file only
// chooses one and turns configuration errors into a message and exit code 2.

#include "app/Commands.h"
#include "app/Config.h"
#include "app/ServerApp.h"
#include "observability/Log.h"

#include <malloc.h>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {

void printUsage(std::ostream& out)
{
    out << "usage: marketdesk-server COMMAND [--setting value ...]\n"
           "\n"
           "commands:\n"
           "  serve         serve the HTTP API until SIGTERM\n"
           "  migrate       apply pending database migrations\n"
           "  create-user   --email E --role R [--seller-id N] [--display-name S]; password on standard input\n"
           "  seed-demo     load the demo marketplace (sellers, products, stock, orders); [--products N]\n"
           "  version       print the version\n"
           "\n"
           "settings come from MARKETDESK_* environment variables; a flag overrides one, e.g.\n"
           "--listen 127.0.0.1:8080 sets MARKETDESK_LISTEN and --database-url sets MARKETDESK_DATABASE_URL.\n"
           "See README.md for the full list.\n";
}

} // namespace

int main(int argc, char** argv)
{
    // glibc gives each thread that allocates its own 64 MiB arena; with a worker pool of 16 that is
    // what pushed RSS under load to ~79 MiB against ~50 MiB with two arenas, at no measurable cost
    // in throughput (bench/README.md). MALLOC_ARENA_MAX, when set, still wins.
    if (!std::getenv("MALLOC_ARENA_MAX")) mallopt(M_ARENA_MAX, 2);
    // Blocks of 1 MiB and more (a CSV upload of up to 20 MiB, an import's sku table) are mapped on
    // their own and go back to the system when freed. By default glibc raises its threshold to the
    // size of the largest such block freed (up to 32 MiB), after which every later upload is carved
    // from the heap and its pages stay resident: RSS crept by ~15 MiB per import (bench/README.md).
    if (!std::getenv("MALLOC_MMAP_THRESHOLD_")) mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    if (argc < 2) {
        printUsage(std::cerr);
        return 2;
    }
    const std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        printUsage(std::cout);
        return 0;
    }
    if (command == "version" || command == "--version") {
        std::cout << "marketdesk-server " << MARKETDESK_VERSION << "\n";
        return 0;
    }
    try {
        if (command == "serve") {
            auto config = md::app::Config::load(md::app::flagsToSettings(argc, argv, 2), true);
            md::obs::initLogging(config.logFormat, config.logLevel);
            return md::app::runServe(config);
        }
        if (command == "migrate") return md::app::runMigrate(argc, argv);
        if (command == "create-user") return md::app::runCreateUser(argc, argv);
        if (command == "seed-demo") return md::app::runSeedDemo(argc, argv);
    } catch (const md::app::ConfigError& error) {
        std::cerr << "marketdesk-server: configuration error: " << error.what() << "\n";
        return 2;
    }
    std::cerr << "marketdesk-server: unknown command '" << command << "'\n";
    printUsage(std::cerr);
    return 2;
}
