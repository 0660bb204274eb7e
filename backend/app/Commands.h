#pragma once
// The one-shot commands of marketdesk-server: migrate, create-user and seed-demo. Each returns the
// process exit code and reports failures on stderr in words a person can act on.

namespace md::app {

int runMigrate(int argc, char** argv);
int runCreateUser(int argc, char** argv);
int runSeedDemo(int argc, char** argv);

} // namespace md::app
