#pragma once
// The Kubernetes REST surface of the simulator: routes a request to the resource handlers and
// returns the JSON (or a stream) a real API server would. Handlers throw KubeError; the HTTP
// layer renders it as a v1 Status. Also serves /version, /healthz and the /_sim/compact and
// /_sim/close-watches test hooks (pause/resume live in the HTTP layer, which they affect).

#include "DeploymentController.h"
#include "ObjectStore.h"
#include "PodLogs.h"
#include "PodSimulator.h"
#include "SimClock.h"
#include "Streaming.h"
#include "WatchStream.h"

#include <boost/asio/io_context.hpp>

#include <vector>

namespace md::kubesim {

class KubeApi {
public:
    KubeApi(boost::asio::io_context& io, ObjectStore& store, PodSimulator& pods, DeploymentController& controller,
            const SimClock& clock);

    ApiResult handle(const ApiRequest& request);
    // Ends every watch's subscription (at shutdown, before the store goes away).
    void stopStreams();

private:
    ApiResult handleCollection(Kind kind, const ApiRequest& request);
    ApiResult handleItem(Kind kind, const std::string& name, const ApiRequest& request);
    ApiResult list(Kind kind, const ApiRequest& request);
    ApiResult watch(Kind kind, const ApiRequest& request, const LabelSelector& labels, const FieldSelector& fields);
    ApiResult putDeployment(const std::string& name, const ApiRequest& request);
    ApiResult patchDeployment(const std::string& name, const ApiRequest& request);
    ApiResult scale(const std::string& name, const ApiRequest& request);
    ApiResult deletePod(const std::string& name);
    ApiResult hook(const std::string& name, const ApiRequest& request);
    // Stores a deployment the client changed (labels, annotations, spec) after validation.
    ObjectPtr writeDeployment(const nlohmann::json& current, const nlohmann::json& changed);

    boost::asio::io_context& m_io;
    ObjectStore& m_store;
    PodSimulator& m_pods;
    DeploymentController& m_controller;
    const SimClock& m_clock;
    PodLogs m_logs;
    std::vector<std::weak_ptr<WatchStream>> m_watches;
};

// Rejects a Deployment spec the API server would (422 Invalid with the field).
void validateDeployment(const nlohmann::json& deployment, const nlohmann::json* previous);

} // namespace md::kubesim
