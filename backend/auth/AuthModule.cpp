#include "auth/AuthModule.h"
#include "auth/UserAdmin.h"
#include "core/DomainError.h"

namespace md::auth {

namespace {
class RejectAll : public http::TokenVerifier {
public:
    Principal verify(std::string_view) const override { throw DomainError::unauthenticated(); }
};
} // namespace

struct AuthModule::Impl {
    RejectAll verifier;
};

AuthModule::AuthModule(db::ConnectionPool&, db::NotificationListener&, AuthSettings) : m_impl(std::make_unique<Impl>()) {}
AuthModule::~AuthModule() = default;
void AuthModule::registerRoutes(http::Router&) {}
const http::TokenVerifier& AuthModule::tokenVerifier() const { return m_impl->verifier; }
http::RequestRateLimiter* AuthModule::rateLimiter() { return nullptr; }

long long createUserFromCommandLine(db::ConnectionPool&, const NewUser&) { throw DomainError::unavailable("todo"); }

} // namespace md::auth
