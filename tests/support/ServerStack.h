#pragma once
// The backend most black-box tests need: a database of their own, one server on it and the
// standard cast of users (see Fixtures). One object replaces the same three members and the same
// start/stop lines in every test class.

#include "support/Fixtures.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include <memory>

namespace md::test {

class ServerStack {
public:
    // Creates the database, starts the server and seeds the standard cast; throws TestSetupError
    // (use inside MD_REQUIRE) when any step fails.
    void start(const ServerProcess::Options& options = {});
    // Stops the server and returns its exit code; 0 when it was never started.
    int stop();

    TestDatabase& database() { return *m_database; }
    ServerProcess& server() { return *m_server; }
    const ServerProcess& server() const { return *m_server; }
    Fixtures& fixtures() { return *m_fixtures; }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Fixtures> m_fixtures;
};

} // namespace md::test
