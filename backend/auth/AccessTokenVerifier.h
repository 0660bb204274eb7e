#pragma once
// The dispatcher's TokenVerifier: checks the JWT and then the user's revocation state in memory.
// It runs on the I/O thread, so it never touches the database.

#include "auth/JwtCodec.h"
#include "auth/UserRevocationCache.h"
#include "http/Dispatcher.h"

#include <memory>

namespace md::auth {

class AccessTokenVerifier : public http::TokenVerifier {
public:
    AccessTokenVerifier(const JwtCodec& codec, std::shared_ptr<const UserRevocationCache> revocations);

    Principal verify(std::string_view token) const override;

private:
    const JwtCodec& m_codec;
    std::shared_ptr<const UserRevocationCache> m_revocations;
};

} // namespace md::auth
