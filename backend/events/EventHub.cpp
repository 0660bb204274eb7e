#include "events/EventHub.h"
namespace md::events {
EventHub::EventHub(db::ConnectionPool&, db::NotificationListener&) {}
void EventHub::registerRoutes(http::Router&) {}
void EventHub::closeAll() {}
} // namespace md::events
