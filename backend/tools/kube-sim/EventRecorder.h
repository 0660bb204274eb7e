#pragma once
// Kubernetes Events (v1) as the controllers and the kubelet write them: one object per distinct
// (involved object, reason, message), with count and lastTimestamp bumped when it repeats, and the
// oldest dropped beyond a limit (a real cluster expires them after an hour).

#include "ObjectStore.h"
#include "SimClock.h"

#include <deque>
#include <string>
#include <unordered_map>

namespace md::kubesim {

class EventRecorder {
public:
    EventRecorder(ObjectStore& store, std::size_t limit = 5000) : m_store(store), m_limit(limit) {}

    void record(const nlohmann::json& involvedObject, const std::string& type, const std::string& reason,
                const std::string& message, const std::string& component, WallTime when = SimClock::wallNow());

private:
    ObjectStore& m_store;
    std::size_t m_limit;
    std::unordered_map<std::string, std::string> m_eventByKey; // aggregation key -> event name
    std::deque<std::pair<std::string, std::string>> m_order;   // (event name, key), oldest first
    std::uint64_t m_sequence = 0;
};

} // namespace md::kubesim
