#pragma once
// Runs a one-shot marketdesk-server command (migrate, create-user, seed-demo, or `serve` that is
// expected to refuse to start) and returns its exit code and output. The child gets a clean
// environment: MARKETDESK_* variables of the person running the tests are not inherited.

#include "support/ProcessRunner.h"

#include <QMap>

namespace md::test {

class ServerCommand {
public:
    static ProcessResult run(const QStringList& arguments, const QMap<QString, QString>& environment = {},
                             const QByteArray& standardInput = {},
                             std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // The environment every server child starts from (system environment minus MARKETDESK_*).
    static QProcessEnvironment cleanEnvironment();
};

} // namespace md::test
