// Validation of Deployments written through PUT and PATCH, with the API server's messages.
#include "KubeApi.h"
#include "KubeStatus.h"

#include <regex>
#include <set>

namespace md::kubesim {

namespace {

bool isDnsLabel(const std::string& text)
{
    static const std::regex pattern("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    return !text.empty() && text.size() <= 63 && std::regex_match(text, pattern);
}

} // namespace

void validateDeployment(const nlohmann::json& deployment, const nlohmann::json* previous)
{
    const std::string name = deployment["metadata"].value("name", "");
    auto invalid = [&](const std::string& field, const nlohmann::json& value, const std::string& why) {
        return KubeError::invalid("Deployment", name, field, value.dump(), why);
    };
    const nlohmann::json& spec = deployment.value("spec", nlohmann::json());
    if (!spec.is_object()) throw invalid("spec", spec, "must be an object");
    if (spec.contains("replicas")) {
        const nlohmann::json& replicas = spec["replicas"];
        if (!replicas.is_number_integer()) throw invalid("spec.replicas", replicas, "must be an integer");
        if (replicas.get<long long>() < 0)
            throw invalid("spec.replicas", replicas, "must be greater than or equal to 0");
        if (replicas.get<long long>() > 100000) throw invalid("spec.replicas", replicas, "must be at most 100000");
    }
    if (spec.contains("paused") && !spec["paused"].is_boolean())
        throw invalid("spec.paused", spec["paused"], "must be a boolean");
    if (spec.contains("progressDeadlineSeconds")) {
        const nlohmann::json& deadline = spec["progressDeadlineSeconds"];
        if (!deadline.is_number_integer() || deadline.get<long long>() <= 0)
            throw invalid("spec.progressDeadlineSeconds", deadline, "must be greater than 0");
    }
    if (spec.contains("strategy")) {
        std::string type = spec["strategy"].value("type", "RollingUpdate");
        if (type != "RollingUpdate" && type != "Recreate")
            throw KubeError(422, "Invalid",
                            "Deployment.apps \"" + name + "\" is invalid: spec.strategy.type: Unsupported value: \"" +
                                type + "\": supported values: \"Recreate\", \"RollingUpdate\"");
    }
    const nlohmann::json templ = spec.value("template", nlohmann::json());
    const nlohmann::json containers =
        templ.value("spec", nlohmann::json::object()).value("containers", nlohmann::json());
    if (!containers.is_array() || containers.empty())
        throw KubeError::invalid("Deployment", name, "spec.template.spec.containers", "null", "Required value");
    std::set<std::string> names;
    for (std::size_t i = 0; i < containers.size(); ++i) {
        const nlohmann::json& container = containers[i];
        const std::string prefix = "spec.template.spec.containers[" + std::to_string(i) + "]";
        const nlohmann::json containerName = container.value("name", nlohmann::json());
        if (!containerName.is_string() || !isDnsLabel(containerName.get<std::string>()))
            throw invalid(prefix + ".name", containerName,
                          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'");
        if (!names.insert(containerName.get<std::string>()).second)
            throw KubeError(422, "Invalid",
                            "Deployment.apps \"" + name + "\" is invalid: " + prefix +
                                ".name: Duplicate value: " + containerName.dump());
        const nlohmann::json image = container.value("image", nlohmann::json());
        if (!image.is_string() || image.get<std::string>().empty() ||
            image.get<std::string>().find_first_of(" \t\n") != std::string::npos)
            throw KubeError::invalid("Deployment", name, prefix + ".image", image.is_string() ? image.dump() : "null",
                                     image.is_string() ? "must not contain whitespace or be empty" : "Required value");
    }
    const nlohmann::json selector = spec.value("selector", nlohmann::json());
    const nlohmann::json labels =
        templ.value("metadata", nlohmann::json::object()).value("labels", nlohmann::json::object());
    if (!LabelSelector::fromSelectorObject(selector).matches(labels))
        throw invalid("spec.template.metadata.labels", labels, "`selector` does not match template `labels`");
    if (previous && (*previous)["spec"].value("selector", nlohmann::json()) != selector)
        throw invalid("spec.selector", selector, "field is immutable");
}

} // namespace md::kubesim
