#include "EventRecorder.h"

#include <cstdio>

namespace md::kubesim {

void EventRecorder::record(const nlohmann::json& involvedObject, const std::string& type, const std::string& reason,
                           const std::string& message, const std::string& component, WallTime when)
{
    const nlohmann::json& metadata = involvedObject["metadata"];
    const std::string objectName = metadata.value("name", "");
    const std::string kind = involvedObject.value("kind", "");
    const std::string key = kind + "/" + objectName + "/" + reason + "/" + message;
    const std::string timestamp = formatTime(when);

    if (auto found = m_eventByKey.find(key); found != m_eventByKey.end()) {
        if (ObjectPtr existing = m_store.get(Kind::Event, found->second)) {
            nlohmann::json event = *existing;
            event["count"] = event.value("count", 1) + 1;
            event["lastTimestamp"] = timestamp;
            m_store.replace(Kind::Event, std::move(event));
            return;
        }
        m_eventByKey.erase(found);
    }

    // Kubernetes names events "<object>.<hex of the creation time in nanoseconds>".
    char suffix[24];
    auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(when.time_since_epoch()).count();
    std::snprintf(suffix, sizeof suffix, "%llx", static_cast<unsigned long long>(nanos) + m_sequence++);
    std::string name = objectName + "." + suffix;

    nlohmann::json event = {
        {"metadata", {{"name", name}, {"creationTimestamp", timestamp}}},
        {"involvedObject",
         {{"kind", kind},
          {"namespace", m_store.namespaceName()},
          {"name", objectName},
          {"uid", metadata.value("uid", "")},
          {"apiVersion", involvedObject.value("apiVersion", "")},
          {"resourceVersion", metadata.value("resourceVersion", "")}}},
        {"reason", reason},
        {"message", message},
        {"source", {{"component", component}}},
        {"firstTimestamp", timestamp},
        {"lastTimestamp", timestamp},
        {"count", 1},
        {"type", type},
        {"eventTime", nullptr},
        {"reportingComponent", component},
        {"reportingInstance", ""},
    };
    if (component == "kubelet" && involvedObject.contains("spec")) {
        std::string node = involvedObject["spec"].value("nodeName", "");
        if (!node.empty()) event["source"]["host"] = node;
    }
    m_store.create(Kind::Event, std::move(event));
    m_eventByKey[key] = name;
    m_order.emplace_back(name, key);
    while (m_order.size() > m_limit) {
        auto [oldName, oldKey] = m_order.front();
        m_order.pop_front();
        if (m_store.get(Kind::Event, oldName)) m_store.remove(Kind::Event, oldName);
        auto it = m_eventByKey.find(oldKey);
        if (it != m_eventByKey.end() && it->second == oldName) m_eventByKey.erase(it);
    }
}

} // namespace md::kubesim
