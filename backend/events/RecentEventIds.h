#pragma once
// The ids of the events a hub fanned out most recently, bounded. Ids commit out of order, so the
// hub's catch-up after a lost notification connection reads back from the lowest id it still
// remembers and skips those it already sent: late commits below the highest id are not lost, and
// nothing is sent twice.

#include <cstddef>
#include <deque>
#include <set>

namespace md::events {

class RecentEventIds {
public:
    explicit RecentEventIds(std::size_t capacity) : m_capacity(capacity) {}

    // Returns false when the id was already remembered.
    bool insert(long long id);
    bool contains(long long id) const { return m_ids.count(id) > 0; }
    bool empty() const { return m_ids.empty(); }
    long long lowest() const { return m_ids.empty() ? 0 : *m_ids.begin(); }
    long long highest() const { return m_ids.empty() ? 0 : *m_ids.rbegin(); }

private:
    std::size_t m_capacity;
    std::set<long long> m_ids;
    std::deque<long long> m_arrivalOrder; // evicts the longest-remembered first
};

} // namespace md::events
