#include "models/people/PasswordGenerator.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace md::models {

namespace {

constexpr char kUpper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr char kLower[] = "abcdefghijkmnopqrstuvwxyz";
constexpr char kDigits[] = "23456789";

bool hasEachKind(const QString& password)
{
    const auto contains = [&password](const char* set) {
        return std::any_of(password.begin(), password.end(),
                           [set](QChar c) { return c.unicode() < 0x80 && std::strchr(set, c.toLatin1()); });
    };
    return contains(kUpper) && contains(kLower) && contains(kDigits);
}

} // namespace

QString PasswordGenerator::alphabet()
{
    return QString::fromLatin1(kUpper) + QString::fromLatin1(kLower) + QString::fromLatin1(kDigits);
}

QString PasswordGenerator::generate(int length)
{
    length = std::max(length, 12);
    const QString symbols = alphabet();
    QRandomGenerator* random = QRandomGenerator::system();
    QString password;
    // A draw lacking a kind is rare (well under 1% at 20 characters); drawing again keeps every
    // character uniform, which patching one position would not. Bounded all the same.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        password.clear();
        for (int i = 0; i < length; ++i)
            password.append(symbols.at(static_cast<qsizetype>(random->bounded(static_cast<quint32>(symbols.size())))));
        if (hasEachKind(password)) break;
    }
    return password;
}

} // namespace md::models
