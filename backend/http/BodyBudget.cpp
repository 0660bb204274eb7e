#include "http/BodyBudget.h"

#include <algorithm>

namespace md::http {

namespace {

// A sixth of the budget, at most 8 MiB, stays for small bodies.
std::size_t floorForSmallBodies(std::size_t total) { return std::min<std::size_t>(total / 6, 8 << 20); }

} // namespace

BodyBudget::BodyBudget(std::size_t totalBytes)
    : m_total(totalBytes), m_largeLimit(totalBytes - floorForSmallBodies(totalBytes))
{
}

bool BodyBudget::tryReserve(std::size_t bytes)
{
    if (bytes == 0) return true;
    const std::size_t limit = bytes > kSmallBody ? m_largeLimit : m_total;
    std::size_t current = m_inUse.load(std::memory_order_relaxed);
    do {
        if (bytes > limit || current > limit - bytes) return false;
    } while (!m_inUse.compare_exchange_weak(current, current + bytes, std::memory_order_relaxed));
    return true;
}

void BodyBudget::release(std::size_t bytes)
{
    if (bytes > 0) m_inUse.fetch_sub(bytes, std::memory_order_relaxed);
}

} // namespace md::http
