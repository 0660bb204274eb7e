#pragma once
// What every page of the main window is given: the API client, who is signed in, the live event
// stream and the settings. Pages build their own models and services from it.

#include "models/dto/User.h"

namespace md::models {
class ApiClient;
class SseClient;
} // namespace md::models

namespace md::ui {

class ConsoleSettings;

struct PageContext {
    models::ApiClient* client = nullptr;
    models::User user;
    models::SseClient* events = nullptr; // may be null (tests, events refused)
    ConsoleSettings* settings = nullptr;
};

} // namespace md::ui
