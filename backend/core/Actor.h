#pragma once
// The person behind a change and the request it came in, passed from the HTTP layer into services
// so the audit log can say who did what, without services knowing about HTTP.

#include "core/Principal.h"

#include <string>

namespace md {

struct Actor {
    Principal principal;
    std::string requestId;
};

} // namespace md
