#pragma once
// The bearer token sent to the API server. A service-account token is rotated by the kubelet
// (projected volume: the file is replaced, typically hourly), so a token file is checked on every
// request (one stat) and re-read when its identity, size or modification time changed; an
// unchanged file costs no read.

#include <mutex>
#include <string>
#include <sys/types.h>
#include <ctime>

namespace md::ops::kube {

class BearerToken {
public:
    BearerToken(std::string fixedToken, std::string tokenFile);

    // The current token ("" for none). When the file cannot be read any more, the last token read
    // is kept (the kubelet swaps the file atomically, so this is a transient state).
    std::string current();

private:
    std::string m_fixed;
    std::string m_file;
    std::mutex m_mutex;
    std::string m_cached;
    ino_t m_inode = 0;
    off_t m_size = -1;
    timespec m_modified{};
};

} // namespace md::ops::kube
