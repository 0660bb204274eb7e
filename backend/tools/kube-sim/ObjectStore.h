#pragma once
// The simulated cluster's storage (what etcd plus the API server's watch cache are for a real one):
// objects of four kinds in one namespace, one global resourceVersion counter stamped on every write,
// metadata.generation bumped when a spec changes, a bounded history of changes for watches to
// resume from (older versions answer 410), synchronous change listeners, and an index of
// "key=value" labels so label-selected lists stay fast with tens of thousands of pods.
// Single-threaded by design: the whole simulator runs on one io_context thread.

#include "LabelSelector.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace md::kubesim {

enum class Kind { Deployment, ReplicaSet, Pod, Event };
constexpr int kKindCount = 4;

struct KindInfo {
    const char* kind;       // "Deployment"
    const char* apiVersion; // "apps/v1"
    const char* resource;   // "deployments.apps", as error messages name it
    const char* listKind;   // "DeploymentList"
};
const KindInfo& kindInfo(Kind kind);
// metadata.ownerReferences naming `owner`, an object of kind `ownerKind`, as the controlling owner:
// what the Deployment and ReplicaSet controllers write on the objects they create.
nlohmann::json controllerReference(Kind ownerKind, const nlohmann::json& owner);

using ObjectPtr = std::shared_ptr<const nlohmann::json>;

struct Change {
    std::uint64_t resourceVersion = 0;
    Kind kind = Kind::Pod;
    const char* type = "ADDED"; // ADDED, MODIFIED, DELETED
    ObjectPtr object;
    // The serialized watch event line, made once however many watchers send it.
    mutable std::string eventLine;
    const std::string& watchLine() const;
};

class ObjectStore {
public:
    explicit ObjectStore(std::string namespaceName, std::size_t historyLimit = 10000);

    const std::string& namespaceName() const { return m_namespace; }
    std::uint64_t resourceVersion() const { return m_resourceVersion; }

    ObjectPtr get(Kind kind, const std::string& name) const;
    // Fills in uid, namespace, creationTimestamp (unless given), resourceVersion, generation (for
    // Deployments and ReplicaSets) and records ADDED. The name must be free.
    ObjectPtr create(Kind kind, nlohmann::json object);
    // Stores a new version of an existing object and records MODIFIED; generation goes up when
    // spec changed. Nothing is written (and the stored object returned) when the object is equal.
    ObjectPtr replace(Kind kind, nlohmann::json object);
    void remove(Kind kind, const std::string& name);

    struct Page {
        std::vector<ObjectPtr> items;
        std::string lastName;                 // set when more items follow (for the continue token)
        std::optional<std::size_t> remaining; // only known without selectors, as in Kubernetes
    };
    // Items ordered by name, after `afterName`; limit 0 means all.
    Page list(Kind kind, const LabelSelector& labels, const FieldSelector& fields, std::size_t limit,
              const std::string& afterName) const;
    std::vector<ObjectPtr> select(Kind kind, const LabelSelector& labels) const;
    std::size_t count(Kind kind) const { return m_objects[static_cast<int>(kind)].size(); }

    // Watch history. A watch may resume from any version >= oldestResumableVersion().
    std::uint64_t oldestResumableVersion() const { return m_historyFloor; }
    // Changes of `kind` after `version`; false when that version is older than the kept history.
    bool changesAfter(std::uint64_t version, Kind kind, std::vector<const Change*>& out) const;
    // Forgets the history (the /_sim/compact hook): resumes from an older version get 410.
    void compact();
    // The newest version an explicit compaction dropped: continue tokens older than it expire.
    std::uint64_t compactedVersion() const { return m_compactedVersion; }
    // Seeding writes thousands of objects nobody watches yet; they need no history.
    void setRecordHistory(bool record) { m_recordHistory = record; }

    using Listener = std::function<void(const Change&)>;
    std::uint64_t subscribe(Kind kind, Listener listener);
    void unsubscribe(std::uint64_t id);

    std::string newUid();

private:
    using ObjectMap = std::map<std::string, ObjectPtr, std::less<>>;
    void record(Kind kind, const char* type, ObjectPtr object);
    void indexLabels(Kind kind, const std::string& name, const nlohmann::json* oldLabels,
                     const nlohmann::json* newLabels);

    std::string m_namespace;
    std::size_t m_historyLimit;
    std::uint64_t m_resourceVersion = 0;
    std::uint64_t m_historyFloor = 0;
    std::uint64_t m_compactedVersion = 0;
    bool m_recordHistory = true;
    ObjectMap m_objects[kKindCount];
    std::unordered_map<std::string, std::set<std::string, std::less<>>> m_labelIndex[kKindCount];
    std::deque<Change> m_history;
    struct Subscription {
        Kind kind;
        Listener listener;
    };
    std::map<std::uint64_t, Subscription> m_listeners;
    std::uint64_t m_nextListenerId = 1;
    std::mt19937_64 m_random;
};

} // namespace md::kubesim
