#pragma once
// Kubernetes label selectors ("app=cart-api,tier!=db,env in (prod,stage),!legacy") and field
// selectors ("involvedObject.name=x,involvedObject.kind=Pod"), parsed once per request and
// matched against objects. Bad syntax throws KubeError 400 as the API server answers.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace md::kubesim {

class LabelSelector {
public:
    enum class Operator { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        std::string key;
        Operator op;
        std::vector<std::string> values;
    };

    static LabelSelector parse(const std::string& text);
    // From a Deployment's spec.selector (matchLabels and matchExpressions).
    static LabelSelector fromSelectorObject(const nlohmann::json& selector);

    bool empty() const { return m_requirements.empty(); }
    bool matches(const nlohmann::json& labels) const;
    // The first "key=value" requirement, usable with the store's label index.
    std::optional<std::string> indexKey() const;
    // The selector in Kubernetes' string form ("app=x,tier in (a,b)").
    std::string toString() const;

private:
    std::vector<Requirement> m_requirements;
};

class FieldSelector {
public:
    // Only equality terms (a=b, a==b, a!=b) exist for fields; every field must be in allowedFields.
    static FieldSelector parse(const std::string& text, const std::vector<std::string>& allowedFields);
    bool empty() const { return m_terms.empty(); }
    bool matches(const nlohmann::json& object) const;

private:
    struct Term {
        std::string path;
        std::string value;
        bool negated;
    };
    std::vector<Term> m_terms;
};

} // namespace md::kubesim
