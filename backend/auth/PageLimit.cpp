#include "auth/PageLimit.h"

#include "core/DomainError.h"

#include <algorithm>

namespace md::auth {

int pageLimit(const http::Request& request)
{
    auto limit = request.queryInt("limit");
    if (!limit) return kDefaultPageLimit;
    if (*limit < 1)
        throw DomainError(ErrorKind::BadRequest, "invalid_parameter", "query parameter 'limit' must be at least 1",
                          {{"parameter", "limit"}});
    return static_cast<int>(std::min<long long>(*limit, kMaxPageLimit));
}

} // namespace md::auth
