#include "orders/Rfc3339.h"

namespace md::orders {

namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value)
{
    if (at + count > text.size()) return false;
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

bool Rfc3339::isTimestamp(std::string_view text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day))
        return false;
    if (text[10] != 'T' && text[10] != 't' && text[10] != ' ') return false;
    if (!digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second))
        return false;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 60)
        return false;
    std::size_t at = 19;
    if (text[at] == '.') {
        std::size_t start = ++at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
        if (at == start || at - start > 9) return false;
    }
    if (at >= text.size()) return false;
    if (text[at] == 'Z' || text[at] == 'z') return at + 1 == text.size();
    if (text[at] != '+' && text[at] != '-') return false;
    int offsetHours = 0, offsetMinutes = 0;
    return at + 6 == text.size() && digits(text, at + 1, 2, offsetHours) && text[at + 3] == ':' &&
           digits(text, at + 4, 2, offsetMinutes) && offsetHours <= 23 && offsetMinutes <= 59;
}

} // namespace md::orders
