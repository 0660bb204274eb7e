#pragma once
// NULL handling with libpqxx 6.4: std::optional<T> parameters already become SQL NULL (pqxx's own
// string_traits); reading a nullable column back goes through optionalField, because
// field::as<std::optional<T>>() does not compile in this version.

#include <pqxx/pqxx>

#include <optional>

namespace md::db {

template <typename T> std::optional<T> optionalField(const pqxx::field& field)
{
    if (field.is_null()) return std::nullopt;
    return field.as<T>();
}

} // namespace md::db
