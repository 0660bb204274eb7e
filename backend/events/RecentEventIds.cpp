#include "events/RecentEventIds.h"

namespace md::events {

bool RecentEventIds::insert(long long id)
{
    if (!m_ids.insert(id).second) return false;
    m_arrivalOrder.push_back(id);
    while (m_arrivalOrder.size() > m_capacity) {
        m_ids.erase(m_arrivalOrder.front());
        m_arrivalOrder.pop_front();
    }
    return true;
}

} // namespace md::events
