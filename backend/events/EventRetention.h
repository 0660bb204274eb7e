#pragma once
// Keeps the events table to its replay window: rows older than the window are deleted every interval
// (db::TableRetention: one replica at a time, in small batches).

#include "db/TableRetention.h"

#include <chrono>

namespace md::events {

class EventRetention : public db::TableRetention {
public:
    EventRetention(db::ConnectionPool& pool, std::chrono::seconds window, std::chrono::seconds interval);

    static void registerStatements();
};

} // namespace md::events
