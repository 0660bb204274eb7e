#pragma once
// The exception every support class throws when the test environment cannot be built (no
// PostgreSQL, a server that does not start, a seed that fails). Qt 6.4's QtTest reports an escaped
// exception only as "Caught unhandled exception", so the message is also printed as a warning the
// moment the error is made; MD_REQUIRE turns it into a QFAIL with the message where that is nicer.

#include <QDebug>
#include <QString>

#include <stdexcept>

namespace md::test {

class TestSetupError : public std::runtime_error {
public:
    explicit TestSetupError(const QString& message) : std::runtime_error(message.toStdString())
    {
        qWarning().noquote() << "test setup error:" << message;
    }
};

} // namespace md::test

// Runs a statement that may throw and turns an exception into a test failure with its message.
#define MD_REQUIRE(statement)                                                                                     \
    do {                                                                                                          \
        try {                                                                                                     \
            statement;                                                                                            \
        } catch (const std::exception& mdRequireError) {                                                          \
            QFAIL(mdRequireError.what());                                                                         \
        }                                                                                                         \
    } while (false)
