#include "models/ops/LegendTemplate.h"

#include <QRegularExpression>
#include <QStringList>

namespace md::models {

QString expandLegendTemplate(const QString& legendTemplate, const QMap<QString, QString>& labels, const QString& query)
{
    if (legendTemplate.trimmed().isEmpty()) {
        QStringList pairs;
        for (auto label = labels.begin(); label != labels.end(); ++label) {
            if (label.key() == QLatin1String("__name__")) continue;
            pairs.append(QStringLiteral("%1=\"%2\"").arg(label.key(), label.value()));
        }
        const QString name = labels.value(QStringLiteral("__name__"));
        if (pairs.isEmpty()) return name.isEmpty() ? query : name;
        return name + QLatin1Char('{') + pairs.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    QString result;
    qsizetype copiedUpTo = 0;
    auto matches = placeholder.globalMatch(legendTemplate);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += legendTemplate.mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        result += labels.value(match.captured(1));
        copiedUpTo = match.capturedEnd();
    }
    result += legendTemplate.mid(copiedUpTo);
    // "{{pod}} {{instance}}" where only one label exists should not leave a stray space.
    return result.simplified();
}

} // namespace md::models
