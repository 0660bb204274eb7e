#include "TokenAuth.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include <openssl/crypto.h>
#include <sys/stat.h>

namespace md::kubesim {

TokenAuth::TokenAuth(std::string path) : m_path(std::move(path))
{
    if (enabled()) refresh();
}

void TokenAuth::refresh()
{
    struct stat info {};
    if (::stat(m_path.c_str(), &info) != 0) {
        if (!m_token.empty()) std::cerr << "token file " << m_path << " is gone: rejecting every request\n";
        m_token.clear();
        m_size = -1;
        return;
    }
    if (info.st_mtim.tv_sec == m_modified.tv_sec && info.st_mtim.tv_nsec == m_modified.tv_nsec &&
        info.st_size == m_size && info.st_ino == m_inode)
        return;
    std::ifstream file(m_path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    std::string token = content.str();
    auto begin = token.find_first_not_of(" \t\r\n");
    auto end = token.find_last_not_of(" \t\r\n");
    m_token = begin == std::string::npos ? std::string() : token.substr(begin, end - begin + 1);
    m_modified = info.st_mtim;
    m_size = info.st_size;
    m_inode = info.st_ino;
}

bool TokenAuth::accepts(const std::string& authorizationHeader)
{
    if (!enabled()) return true;
    refresh();
    const std::string prefix = "Bearer ";
    if (m_token.empty() || authorizationHeader.size() <= prefix.size() ||
        authorizationHeader.compare(0, prefix.size(), prefix) != 0)
        return false;
    std::string presented = authorizationHeader.substr(prefix.size());
    // Constant-time comparison: a test server, but no reason to teach the wrong habit.
    return presented.size() == m_token.size() && CRYPTO_memcmp(presented.data(), m_token.data(), m_token.size()) == 0;
}

} // namespace md::kubesim
