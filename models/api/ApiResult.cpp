#include "models/api/ApiResult.h"

namespace md::models {

std::optional<int> versionFromEtag(const QByteArray& etag)
{
    QByteArray value = etag.trimmed();
    if (value.startsWith("W/")) value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.mid(1, value.size() - 2);
    bool ok = false;
    const int version = value.toInt(&ok);
    if (!ok || version < 0) return std::nullopt;
    return version;
}

std::optional<int> ApiResult::etagVersion() const
{
    return versionFromEtag(etag);
}

} // namespace md::models
