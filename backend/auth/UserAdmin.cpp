#include "auth/UserAdmin.h"

#include "auth/RefreshTokenStore.h"
#include "auth/UserRepository.h"
#include "auth/UserService.h"
#include "sellers/SellerRepository.h"

namespace md::auth {

long long createUserFromCommandLine(db::ConnectionPool& pool, const NewUser& user)
{
    // The command has no AuthModule: construct the repositories here so their statements are
    // registered before the pool opens its connection.
    UserRepository users;
    sellers::SellerRepository sellers;
    RefreshTokenStore refreshTokens(std::chrono::hours(1));
    UserService service(pool, users, sellers, refreshTokens, nullptr);
    return service.createAsSystem(user, "cli").id;
}

} // namespace md::auth
