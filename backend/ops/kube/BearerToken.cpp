#include "ops/kube/BearerToken.h"

#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace md::ops::kube {

BearerToken::BearerToken(std::string fixedToken, std::string tokenFile)
    : m_fixed(std::move(fixedToken)), m_file(std::move(tokenFile))
{
}

std::string BearerToken::current()
{
    if (m_file.empty()) return m_fixed;
    std::lock_guard lock(m_mutex);
    struct stat status {};
    if (::stat(m_file.c_str(), &status) != 0) return m_cached.empty() ? m_fixed : m_cached;
    const bool unchanged = status.st_ino == m_inode && status.st_size == m_size &&
                           status.st_mtim.tv_sec == m_modified.tv_sec && status.st_mtim.tv_nsec == m_modified.tv_nsec;
    if (unchanged) return m_cached;
    std::ifstream in(m_file, std::ios::binary);
    if (!in) return m_cached.empty() ? m_fixed : m_cached;
    std::ostringstream text;
    text << in.rdbuf();
    std::string token = text.str();
    const char* blanks = " \t\r\n";
    token.erase(token.find_last_not_of(blanks) + 1);
    token.erase(0, token.find_first_not_of(blanks));
    if (token.empty()) return m_cached.empty() ? m_fixed : m_cached; // caught mid-write: keep the old one
    m_cached = std::move(token);
    m_inode = status.st_ino;
    m_size = status.st_size;
    m_modified = status.st_mtim;
    return m_cached;
}

} // namespace md::ops::kube
