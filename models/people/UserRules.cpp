#include "models/people/UserRules.h"

#include <algorithm>

namespace md::models {

namespace {

// The server trims and tests ASCII whitespace and control characters only.
bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\f') || c == QLatin1Char('\v');
}
bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

QString trimmedAscii(const QString& text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isSpace(text.at(start)))
        ++start;
    while (end > start && isSpace(text.at(end - 1)))
        --end;
    return text.mid(start, end - start);
}

} // namespace

int UserRules::characterCount(const QString& text)
{
    return static_cast<int>(text.toUcs4().size());
}

QString UserRules::emailProblem(const QString& rawEmail)
{
    const QString email = trimmedAscii(rawEmail);
    if (email.isEmpty()) return tr("Enter the person's e-mail address.");
    const int length = characterCount(email);
    if (length < kMinEmailCharacters || length > kMaxEmailCharacters)
        return tr("An e-mail address has %1–%2 characters.").arg(kMinEmailCharacters).arg(kMaxEmailCharacters);
    if (std::any_of(email.begin(), email.end(), [](QChar c) { return isSpace(c) || isControl(c); }))
        return tr("An e-mail address has no spaces.");
    const QString example = tr("Enter an e-mail address like name@example.com.");
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0) return example;
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.isEmpty() || local.toUtf8().size() > kMaxEmailLocalBytes || domain.isEmpty()) return example;
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) ||
        domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")))
        return example;
    return {};
}

QString UserRules::passwordProblem(const QString& password)
{
    if (characterCount(password) < kMinPasswordCharacters)
        return tr("A password has at least %1 characters.").arg(kMinPasswordCharacters);
    if (password.toUtf8().size() > kMaxPasswordBytes)
        return tr("This password is too long (at most %1 bytes).").arg(kMaxPasswordBytes);
    return {};
}

QString UserRules::displayNameProblem(const QString& displayName)
{
    const QString name = trimmedAscii(displayName);
    if (characterCount(name) > kMaxDisplayNameCharacters)
        return tr("A name has at most %1 characters.").arg(kMaxDisplayNameCharacters);
    if (std::any_of(name.begin(), name.end(), isControl)) return tr("A name cannot contain control characters.");
    return {};
}

QString UserRules::roleProblem(const std::optional<Role>& role)
{
    return role ? QString() : tr("Choose a role.");
}

QString UserRules::sellerProblem(const std::optional<Role>& role, const std::optional<qint64>& sellerId)
{
    if (role == Role::Seller && !sellerId) return tr("Choose the seller this person works for.");
    if (role && role != Role::Seller && sellerId) return tr("Only seller users belong to a seller.");
    return {};
}

QString UserRules::sellerNameProblem(const QString& rawName)
{
    const QString name = trimmedAscii(rawName);
    if (name.isEmpty()) return tr("Enter the seller's name.");
    if (characterCount(name) > kMaxSellerNameCharacters)
        return tr("A name has at most %1 characters.").arg(kMaxSellerNameCharacters);
    // The server's seller rule refuses C0 controls only (DEL passes, unlike in user names).
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x20; }))
        return tr("A name cannot contain control characters.");
    return {};
}

QMap<QString, QString> UserRules::problemsOf(const NewUserAccount& user)
{
    QMap<QString, QString> problems;
    const auto note = [&problems](const char* field, const QString& problem) {
        if (!problem.isEmpty()) problems.insert(QString::fromLatin1(field), problem);
    };
    note("email", emailProblem(user.email));
    note("password", passwordProblem(user.password));
    note("display_name", displayNameProblem(user.displayName));
    note("role", roleProblem(user.role));
    note("seller_id", sellerProblem(user.role, user.sellerId));
    return problems;
}

QMap<QString, QString> UserRules::problemsOf(const UserProfile& profile)
{
    QMap<QString, QString> problems;
    if (const QString problem = displayNameProblem(profile.displayName); !problem.isEmpty())
        problems.insert(QStringLiteral("display_name"), problem);
    if (profile.role == Role::Seller && !profile.sellerId)
        problems.insert(QStringLiteral("seller_id"), sellerProblem(profile.role, std::nullopt));
    return problems;
}

} // namespace md::models
