#include "ObjectStore.h"

#include "KubeStatus.h"
#include "SimClock.h"

#include <cstdio>

namespace md::kubesim {

const KindInfo& kindInfo(Kind kind)
{
    static const KindInfo infos[kKindCount] = {
        {"Deployment", "apps/v1", "deployments.apps", "DeploymentList"},
        {"ReplicaSet", "apps/v1", "replicasets.apps", "ReplicaSetList"},
        {"Pod", "v1", "pods", "PodList"},
        {"Event", "v1", "events", "EventList"},
    };
    return infos[static_cast<int>(kind)];
}

nlohmann::json controllerReference(Kind ownerKind, const nlohmann::json& owner)
{
    const KindInfo& info = kindInfo(ownerKind);
    return {{{"apiVersion", info.apiVersion},
             {"kind", info.kind},
             {"name", owner["metadata"]["name"]},
             {"uid", owner["metadata"]["uid"]},
             {"controller", true},
             {"blockOwnerDeletion", true}}};
}

const std::string& Change::watchLine() const
{
    if (eventLine.empty()) {
        eventLine = "{\"type\":\"" + std::string(type) + "\",\"object\":" + object->dump() + "}\n";
    }
    return eventLine;
}

ObjectStore::ObjectStore(std::string namespaceName, std::size_t historyLimit)
    : m_namespace(std::move(namespaceName)), m_historyLimit(historyLimit), m_random(std::random_device{}())
{
}

std::string ObjectStore::newUid()
{
    std::uint64_t high = m_random(), low = m_random();
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xffff), static_cast<unsigned>(high & 0x0fff),
                  static_cast<unsigned>(0x8000 | ((low >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(low & 0xffffffffffffULL));
    return text;
}

ObjectPtr ObjectStore::get(Kind kind, const std::string& name) const
{
    const ObjectMap& objects = m_objects[static_cast<int>(kind)];
    auto it = objects.find(name);
    return it == objects.end() ? nullptr : it->second;
}

ObjectPtr ObjectStore::create(Kind kind, nlohmann::json object)
{
    const KindInfo& info = kindInfo(kind);
    nlohmann::json& metadata = object["metadata"];
    std::string name = metadata.value("name", "");
    if (name.empty()) throw KubeError::badRequest(std::string(info.kind) + ": metadata.name is required");
    ObjectMap& objects = m_objects[static_cast<int>(kind)];
    if (objects.count(name))
        throw KubeError(409, "AlreadyExists", std::string(info.resource) + " \"" + name + "\" already exists");
    object["kind"] = info.kind;
    object["apiVersion"] = info.apiVersion;
    metadata["namespace"] = m_namespace;
    if (!metadata.contains("uid")) metadata["uid"] = newUid();
    if (!metadata.contains("creationTimestamp")) metadata["creationTimestamp"] = formatTime(SimClock::wallNow());
    if (kind == Kind::Deployment || kind == Kind::ReplicaSet) metadata["generation"] = 1;
    metadata["resourceVersion"] = std::to_string(++m_resourceVersion);
    auto stored = std::make_shared<const nlohmann::json>(std::move(object));
    objects.emplace(name, stored);
    indexLabels(kind, name, nullptr, &(*stored)["metadata"]);
    record(kind, "ADDED", stored);
    return stored;
}

ObjectPtr ObjectStore::replace(Kind kind, nlohmann::json object)
{
    const KindInfo& info = kindInfo(kind);
    std::string name = object["metadata"].value("name", "");
    ObjectMap& objects = m_objects[static_cast<int>(kind)];
    auto it = objects.find(name);
    if (it == objects.end()) throw KubeError::notFound(info.resource, name);
    const nlohmann::json& old = *it->second;
    nlohmann::json& metadata = object["metadata"];
    metadata["resourceVersion"] = old["metadata"]["resourceVersion"];
    metadata["uid"] = old["metadata"]["uid"];
    metadata["namespace"] = m_namespace;
    metadata["creationTimestamp"] = old["metadata"]["creationTimestamp"];
    if (kind == Kind::Deployment || kind == Kind::ReplicaSet) {
        long long generation = old["metadata"].value("generation", 1LL);
        metadata["generation"] =
            old.value("spec", nlohmann::json()) == object.value("spec", nlohmann::json()) ? generation : generation + 1;
    }
    if (object == old) return it->second;
    metadata["resourceVersion"] = std::to_string(++m_resourceVersion);
    auto stored = std::make_shared<const nlohmann::json>(std::move(object));
    indexLabels(kind, name, &old["metadata"], &(*stored)["metadata"]);
    it->second = stored;
    record(kind, "MODIFIED", stored);
    return stored;
}

void ObjectStore::remove(Kind kind, const std::string& name)
{
    ObjectMap& objects = m_objects[static_cast<int>(kind)];
    auto it = objects.find(name);
    if (it == objects.end()) throw KubeError::notFound(kindInfo(kind).resource, name);
    nlohmann::json last = *it->second;
    indexLabels(kind, name, &last["metadata"], nullptr);
    objects.erase(it);
    // A deletion is a write too: the final state carries the version of the delete.
    last["metadata"]["resourceVersion"] = std::to_string(++m_resourceVersion);
    record(kind, "DELETED", std::make_shared<const nlohmann::json>(std::move(last)));
}

void ObjectStore::indexLabels(Kind kind, const std::string& name, const nlohmann::json* oldMetadata,
                              const nlohmann::json* newMetadata)
{
    auto& index = m_labelIndex[static_cast<int>(kind)];
    auto labelsOf = [](const nlohmann::json* metadata) -> const nlohmann::json* {
        if (!metadata) return nullptr;
        auto it = metadata->find("labels");
        return it != metadata->end() && it->is_object() ? &*it : nullptr;
    };
    const nlohmann::json* oldLabels = labelsOf(oldMetadata);
    const nlohmann::json* newLabels = labelsOf(newMetadata);
    if (oldLabels && newLabels && *oldLabels == *newLabels) return;
    if (oldLabels)
        for (auto& [key, value] : oldLabels->items())
            if (value.is_string()) {
                auto entry = index.find(key + "=" + value.get<std::string>());
                if (entry != index.end()) {
                    entry->second.erase(name);
                    if (entry->second.empty()) index.erase(entry);
                }
            }
    if (newLabels)
        for (auto& [key, value] : newLabels->items())
            if (value.is_string()) index[key + "=" + value.get<std::string>()].insert(name);
}

void ObjectStore::record(Kind kind, const char* type, ObjectPtr object)
{
    if (!m_recordHistory) {
        m_historyFloor = m_resourceVersion;
        return;
    }
    m_history.push_back(Change{m_resourceVersion, kind, type, std::move(object), {}});
    while (m_history.size() > m_historyLimit) {
        m_historyFloor = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    // Listeners may unsubscribe (or subscribe) while being told; walk a snapshot of the ids.
    std::vector<std::uint64_t> ids;
    for (const auto& [id, subscription] : m_listeners)
        if (subscription.kind == kind) ids.push_back(id);
    const Change& change = m_history.back();
    for (std::uint64_t id : ids) {
        auto it = m_listeners.find(id);
        if (it != m_listeners.end()) {
            Listener listener = it->second.listener; // a copy: it may unsubscribe itself
            listener(change);
        }
    }
}

ObjectStore::Page ObjectStore::list(Kind kind, const LabelSelector& labels, const FieldSelector& fields,
                                    std::size_t limit, const std::string& afterName) const
{
    Page page;
    const ObjectMap& objects = m_objects[static_cast<int>(kind)];
    static const nlohmann::json kNoLabels = nlohmann::json::object();
    auto accept = [&](const ObjectPtr& object) {
        const nlohmann::json& metadata = (*object)["metadata"];
        auto found = metadata.find("labels");
        return labels.matches(found == metadata.end() ? kNoLabels : *found) && fields.matches(*object);
    };
    auto take = [&](auto begin, auto end, auto objectOf) {
        for (auto it = begin; it != end; ++it) {
            const ObjectPtr& object = objectOf(it);
            if (!object || !accept(object)) continue;
            if (limit != 0 && page.items.size() == limit) {
                page.lastName = (*page.items.back())["metadata"]["name"].template get<std::string>();
                return it;
            }
            page.items.push_back(object);
        }
        return end;
    };
    if (auto key = labels.indexKey()) {
        const auto& index = m_labelIndex[static_cast<int>(kind)];
        auto entry = index.find(*key);
        if (entry == index.end()) return page;
        const auto& names = entry->second;
        auto begin = afterName.empty() ? names.begin() : names.upper_bound(afterName);
        take(begin, names.end(), [&](auto it) -> ObjectPtr {
            auto found = objects.find(*it);
            return found == objects.end() ? nullptr : found->second;
        });
        return page;
    }
    auto begin = afterName.empty() ? objects.begin() : objects.upper_bound(afterName);
    auto stop = take(begin, objects.end(), [](auto it) -> ObjectPtr { return it->second; });
    if (labels.empty() && fields.empty() && !page.lastName.empty())
        page.remaining = static_cast<std::size_t>(std::distance(stop, objects.end()));
    return page;
}

std::vector<ObjectPtr> ObjectStore::select(Kind kind, const LabelSelector& labels) const
{
    return list(kind, labels, FieldSelector(), 0, {}).items;
}

bool ObjectStore::changesAfter(std::uint64_t version, Kind kind, std::vector<const Change*>& out) const
{
    if (version < m_historyFloor) return false;
    for (const Change& change : m_history)
        if (change.resourceVersion > version && change.kind == kind) out.push_back(&change);
    return true;
}

void ObjectStore::compact()
{
    m_history.clear();
    m_historyFloor = m_resourceVersion;
    m_compactedVersion = m_resourceVersion;
}

std::uint64_t ObjectStore::subscribe(Kind kind, Listener listener)
{
    std::uint64_t id = m_nextListenerId++;
    m_listeners.emplace(id, Subscription{kind, std::move(listener)});
    return id;
}

void ObjectStore::unsubscribe(std::uint64_t id)
{
    m_listeners.erase(id);
}

} // namespace md::kubesim
