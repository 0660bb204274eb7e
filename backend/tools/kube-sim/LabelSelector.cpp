#include "LabelSelector.h"

#include "KubeStatus.h"

#include <algorithm>
#include <cctype>

namespace md::kubesim {

namespace {

std::string trim(const std::string& text)
{
    auto begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return {};
    auto end = text.find_last_not_of(" \t");
    return text.substr(begin, end - begin + 1);
}

// Splits on commas that are not inside parentheses ("a in (x,y),b=c").
std::vector<std::string> splitTerms(const std::string& text)
{
    std::vector<std::string> terms;
    std::string current;
    int depth = 0;
    for (char c : text) {
        if (c == '(') ++depth;
        if (c == ')') --depth;
        if (c == ',' && depth == 0) {
            terms.push_back(trim(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!trim(current).empty() || !terms.empty()) terms.push_back(trim(current));
    return terms;
}

bool validLabelPart(const std::string& text, bool allowEmpty)
{
    if (text.empty()) return allowEmpty;
    if (text.size() > 253) return false;
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/'; });
}

KubeError badSelector(const std::string& text, const std::string& why)
{
    return KubeError::badRequest("unable to parse requirement: " + why + " in label selector \"" + text + "\"");
}

const nlohmann::json* fieldAt(const nlohmann::json& object, const std::string& path)
{
    const nlohmann::json* node = &object;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto dot = path.find('.', start);
        std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!node->is_object()) return nullptr;
        auto it = node->find(part);
        if (it == node->end()) return nullptr;
        node = &*it;
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return node;
}

} // namespace

LabelSelector LabelSelector::parse(const std::string& text)
{
    LabelSelector selector;
    if (trim(text).empty()) return selector;
    for (const std::string& term : splitTerms(text)) {
        if (term.empty()) throw badSelector(text, "empty requirement");
        Requirement requirement;
        auto setOperator = [&](std::size_t at, std::size_t length, Operator op) {
            requirement.key = trim(term.substr(0, at));
            requirement.op = op;
            requirement.values = {trim(term.substr(at + length))};
        };
        if (term[0] == '!') {
            requirement.key = trim(term.substr(1));
            requirement.op = Operator::DoesNotExist;
        } else if (auto pos = term.find("!="); pos != std::string::npos) {
            setOperator(pos, 2, Operator::NotEquals);
        } else if (auto pos2 = term.find("=="); pos2 != std::string::npos) {
            setOperator(pos2, 2, Operator::Equals);
        } else if (auto pos3 = term.find('='); pos3 != std::string::npos) {
            setOperator(pos3, 1, Operator::Equals);
        } else if (auto open = term.find('('); open != std::string::npos) {
            auto close = term.rfind(')');
            if (close == std::string::npos || close < open) throw badSelector(text, "unbalanced parenthesis");
            std::string head = trim(term.substr(0, open));
            auto space = head.find_last_of(" \t");
            if (space == std::string::npos) throw badSelector(text, "expected 'in' or 'notin'");
            std::string word = trim(head.substr(space + 1));
            requirement.key = trim(head.substr(0, space));
            if (word == "in")
                requirement.op = Operator::In;
            else if (word == "notin")
                requirement.op = Operator::NotIn;
            else
                throw badSelector(text, "expected 'in' or 'notin', found '" + word + "'");
            for (const std::string& value : splitTerms(term.substr(open + 1, close - open - 1)))
                requirement.values.push_back(trim(value));
            if (requirement.values.empty())
                throw badSelector(text, "for 'in', 'notin' operators, values set can't be empty");
        } else {
            requirement.key = term;
            requirement.op = Operator::Exists;
        }
        if (!validLabelPart(requirement.key, false))
            throw badSelector(text, "invalid label key \"" + requirement.key + "\"");
        for (const std::string& value : requirement.values)
            if (!validLabelPart(value, true)) throw badSelector(text, "invalid label value: \"" + value + "\"");
        selector.m_requirements.push_back(std::move(requirement));
    }
    return selector;
}

LabelSelector LabelSelector::fromSelectorObject(const nlohmann::json& selector)
{
    LabelSelector result;
    if (!selector.is_object()) return result;
    if (auto labels = selector.find("matchLabels"); labels != selector.end() && labels->is_object())
        for (auto& [key, value] : labels->items())
            result.m_requirements.push_back(
                {key, Operator::Equals, {value.is_string() ? value.get<std::string>() : value.dump()}});
    if (auto expressions = selector.find("matchExpressions");
        expressions != selector.end() && expressions->is_array()) {
        for (const auto& expression : *expressions) {
            Requirement requirement;
            requirement.key = expression.value("key", "");
            std::string op = expression.value("operator", "");
            if (op == "In")
                requirement.op = Operator::In;
            else if (op == "NotIn")
                requirement.op = Operator::NotIn;
            else if (op == "Exists")
                requirement.op = Operator::Exists;
            else
                requirement.op = Operator::DoesNotExist;
            if (expression.contains("values") && expression["values"].is_array())
                for (const auto& value : expression["values"])
                    if (value.is_string()) requirement.values.push_back(value.get<std::string>());
            result.m_requirements.push_back(std::move(requirement));
        }
    }
    return result;
}

bool LabelSelector::matches(const nlohmann::json& labels) const
{
    for (const Requirement& requirement : m_requirements) {
        const nlohmann::json* value = nullptr;
        if (labels.is_object()) {
            auto it = labels.find(requirement.key);
            if (it != labels.end() && it->is_string()) value = &*it;
        }
        auto has = [&](const std::string& candidate) {
            return value && value->get_ref<const std::string&>() == candidate;
        };
        switch (requirement.op) {
        case Operator::Equals:
            if (!has(requirement.values[0])) return false;
            break;
        case Operator::NotEquals:
            if (has(requirement.values[0])) return false;
            break;
        case Operator::In:
            if (std::none_of(requirement.values.begin(), requirement.values.end(), has)) return false;
            break;
        case Operator::NotIn:
            if (std::any_of(requirement.values.begin(), requirement.values.end(), has)) return false;
            break;
        case Operator::Exists:
            if (!value) return false;
            break;
        case Operator::DoesNotExist:
            if (value) return false;
            break;
        }
    }
    return true;
}

std::optional<std::string> LabelSelector::indexKey() const
{
    for (const Requirement& requirement : m_requirements)
        if (requirement.op == Operator::Equals) return requirement.key + "=" + requirement.values[0];
    return std::nullopt;
}

std::string LabelSelector::toString() const
{
    std::string out;
    for (const Requirement& requirement : m_requirements) {
        if (!out.empty()) out += ',';
        auto joined = [&] {
            std::string list;
            for (const auto& value : requirement.values)
                list += (list.empty() ? "" : ",") + value;
            return list;
        };
        switch (requirement.op) {
        case Operator::Equals:
            out += requirement.key + "=" + requirement.values[0];
            break;
        case Operator::NotEquals:
            out += requirement.key + "!=" + requirement.values[0];
            break;
        case Operator::In:
            out += requirement.key + " in (" + joined() + ")";
            break;
        case Operator::NotIn:
            out += requirement.key + " notin (" + joined() + ")";
            break;
        case Operator::Exists:
            out += requirement.key;
            break;
        case Operator::DoesNotExist:
            out += "!" + requirement.key;
            break;
        }
    }
    return out;
}

FieldSelector FieldSelector::parse(const std::string& text, const std::vector<std::string>& allowedFields)
{
    FieldSelector selector;
    if (trim(text).empty()) return selector;
    for (const std::string& term : splitTerms(text)) {
        Term parsed{};
        std::size_t at = term.find("!=");
        std::size_t length = 2;
        parsed.negated = at != std::string::npos;
        if (!parsed.negated) {
            at = term.find("==");
            if (at == std::string::npos) {
                at = term.find('=');
                length = 1;
            }
        }
        if (at == std::string::npos)
            throw KubeError::badRequest("invalid selector: '" + text + "'; can't understand '" + term + "'");
        parsed.path = trim(term.substr(0, at));
        parsed.value = trim(term.substr(at + length));
        if (std::find(allowedFields.begin(), allowedFields.end(), parsed.path) == allowedFields.end())
            throw KubeError::badRequest("field label not supported: " + parsed.path);
        selector.m_terms.push_back(std::move(parsed));
    }
    return selector;
}

bool FieldSelector::matches(const nlohmann::json& object) const
{
    for (const Term& term : m_terms) {
        const nlohmann::json* value = fieldAt(object, term.path);
        std::string text = !value || value->is_null() ? ""
                           : value->is_string()       ? value->get<std::string>()
                                                      : value->dump();
        if ((text == term.value) == term.negated) return false;
    }
    return true;
}

} // namespace md::kubesim
