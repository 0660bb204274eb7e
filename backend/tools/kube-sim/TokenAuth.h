#pragma once
// Bearer-token check of --token-file: every request must send "Authorization: Bearer <token>"
// with the file's current content (whitespace trimmed). The file is stat'ed on each request and
// re-read when its modification time or size changes, so a test (or an operator) rotates the
// token by rewriting the file, as the kubelet rotates a projected service-account token.

#include <ctime>
#include <string>
#include <sys/types.h>

namespace md::kubesim {

class TokenAuth {
public:
    explicit TokenAuth(std::string path);
    bool enabled() const { return !m_path.empty(); }
    bool accepts(const std::string& authorizationHeader);

private:
    void refresh();

    std::string m_path;
    std::string m_token;
    struct timespec m_modified {};
    off_t m_size = -1;
    ino_t m_inode = 0;
};

} // namespace md::kubesim
