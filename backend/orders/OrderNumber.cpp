#include "orders/OrderNumber.h"

#include <cstdio>

namespace md::orders {

std::string orderNumber(std::string_view utcDate, long long id)
{
    char digits[24];
    std::snprintf(digits, sizeof digits, "%07lld", id);
    return "MD-" + std::string(utcDate) + "-" + digits;
}

} // namespace md::orders
