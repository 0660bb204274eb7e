#include "orders/NoteRequest.h"

#include "core/JsonFields.h"

namespace md::orders {

NoteRequest NoteRequest::fromJson(const nlohmann::json& json)
{
    JsonFields fields(json);
    fields.rejectUnknown({"body"});
    auto body = fields.text("body", true, 1, kMaxBodyCharacters);
    fields.throwIfInvalid();
    return NoteRequest{*body};
}

} // namespace md::orders
