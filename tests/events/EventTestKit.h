#pragma once
// Helpers shared by the live-event tests: placing a real order through the API (the usual source
// of order.created), writing an event row directly (what events::publish does, for event types no
// endpoint here can produce, such as deployment.updated), and reading a batch of SSE events.

#include "support/Fixtures.h"
#include "support/HttpClient.h"
#include "support/HttpStream.h"
#include "support/TestDatabase.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace md::test::events {

nlohmann::json shippingAddress();

// POST /api/v1/orders with the client's (a customer's) token; returns the order (throws
// TestSetupError unless 201).
nlohmann::json placeOrder(HttpClient& customer, long long productId, int quantity = 1);
nlohmann::json placeOrder(Fixtures& fixtures, Role customer, long long productId, int quantity = 1);

// An active product of the seller with stock to sell.
long long stockedProduct(Fixtures& fixtures, Role seller, long long onHand = 1000);

// Inserts an outbox row (the trigger notifies every replica at commit); returns its id.
long long publishEvent(pqxx::connection& connection, const std::string& type, std::optional<long long> sellerId,
                       std::optional<long long> customerUserId, const nlohmann::json& payload);

HttpStream openEvents(HttpClient& client, const std::string& query = "", const HttpHeaders& headers = {});

// Reads until count events arrived or the timeout passed; returns what arrived.
std::vector<SseEvent> readEvents(HttpStream& stream, std::size_t count, std::chrono::milliseconds timeout);

// Reads events until one with this id arrives; returns everything read, that one last (or all of
// them, without it, when the timeout passed).
std::vector<SseEvent> readUntilId(HttpStream& stream, long long id, std::chrono::milliseconds timeout);

// Reads events until one of this type arrives (e.g. "session_ended"); returns everything read, that
// one last (or all of them, without it, when the timeout passed or the stream ended).
std::vector<SseEvent> readUntilType(HttpStream& stream, const std::string& type, std::chrono::milliseconds timeout);

std::vector<long long> idsOf(const std::vector<SseEvent>& events);

} // namespace md::test::events
