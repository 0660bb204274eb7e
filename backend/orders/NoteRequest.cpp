#include "orders/NoteRequest.h"

#include "inventory/JsonFields.h"

namespace md::orders {

NoteRequest NoteRequest::fromJson(const nlohmann::json& json)
{
    using inventory::JsonFields;
    JsonFields::requireObject(json);
    nlohmann::json errors = nlohmann::json::object();
    JsonFields fields(json, errors);
    auto body = fields.text("body", true, 1, kMaxBodyCharacters);
    for (const auto& [name, value] : json.items()) {
        if (name != "body") fields.reject(name, "is not a field of a note");
    }
    JsonFields::throwIfAny(errors);
    return NoteRequest{*body};
}

} // namespace md::orders
