#pragma once
// The `limit` query parameter of list endpoints (API.md "Lists"): default 50, at most 500.

#include "http/Request.h"

namespace md::auth {

constexpr int kDefaultPageLimit = 50;
constexpr int kMaxPageLimit = 500;

// A larger limit is served as the maximum; zero or a negative number is a 400.
int pageLimit(const http::Request& request);

} // namespace md::auth
