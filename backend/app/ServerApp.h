#pragma once
// The composition root of `marketdesk-server serve`: builds the pool, the feature modules and the
// HTTP server from the configuration, serves until SIGTERM or SIGINT, then drains and exits.

#include "app/Config.h"

namespace md::app {

// Returns the process exit code.
int runServe(const Config& config);

} // namespace md::app
