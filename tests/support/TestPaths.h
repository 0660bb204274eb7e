#pragma once
// Where things are, as configured by CMake (compile definitions) with an environment override for
// running a test binary by hand: MARKETDESK_TEST_SERVER_BINARY, MARKETDESK_TEST_POSTGRES_INFO,
// MARKETDESK_TEST_LOG_DIR, MARKETDESK_TEST_WORK_DIR.

#include <QString>

namespace md::test {

class TestPaths {
public:
    // The built marketdesk-server.
    static QString serverBinary();
    // The connection file the postgres fixture writes (build/test-postgres/connection.env).
    static QString postgresConnectionFile();
    // Server logs of every test (build/test-logs); created on demand.
    static QString logDirectory();
    // Scratch space for tests that need files or private clusters (build/test-work); created on demand.
    static QString workDirectory();
    // A short name for this test executable, safe in file and database names.
    static QString executableTag();
};

} // namespace md::test
