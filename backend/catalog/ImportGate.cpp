#include "catalog/ImportGate.h"

#include <stdexcept>

namespace md::catalog {

ImportGate::ImportGate(std::size_t capacity) : m_capacity(capacity)
{
    if (capacity == 0) throw std::invalid_argument("ImportGate: the capacity must be at least 1");
}

std::optional<ImportGate::Pass> ImportGate::tryEnter()
{
    std::size_t running = m_running.load();
    do {
        if (running >= m_capacity) return std::nullopt;
    } while (!m_running.compare_exchange_weak(running, running + 1));
    return Pass(this);
}

ImportGate::Pass::~Pass()
{
    if (m_gate) m_gate->m_running.fetch_sub(1);
}

} // namespace md::catalog
