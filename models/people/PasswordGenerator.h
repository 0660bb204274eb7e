#pragma once
// Strong one-time passwords for "reset password": drawn from the operating system's random source
// (QRandomGenerator::system(), never a seeded generator), from an alphabet without look-alike
// characters (0/O, 1/l/I) so the person who receives it can type it, with at least one upper-case
// letter, lower-case letter and digit. 20 characters of 57 symbols carry about 116 bits.
//
// The console never stores or logs a generated password: the caller sends it once and shows it once.

#include <QString>

namespace md::models {

class PasswordGenerator {
public:
    static constexpr int kDefaultLength = 20;

    static QString generate(int length = kDefaultLength);
    // The symbols a generated password is made of.
    static QString alphabet();
};

} // namespace md::models
