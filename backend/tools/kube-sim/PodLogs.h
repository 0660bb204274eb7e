#pragma once
// GET /api/v1/namespaces/{ns}/pods/{name}/log: the container's log as text/plain with the
// query parameters kubectl uses (container, tailLines, sinceSeconds, timestamps, limitBytes,
// previous, follow). Without follow the answer is complete; with follow it is streamed: the
// requested tail first, then each new line when it is written, until the container run ends (a
// crash), the pod is deleted or the client leaves. Errors are the API server's 400 messages.

#include "ContainerLog.h"
#include "ObjectStore.h"
#include "PodSimulator.h"
#include "SimClock.h"
#include "Streaming.h"

#include <boost/asio/io_context.hpp>

namespace md::kubesim {

class PodLogs {
public:
    PodLogs(boost::asio::io_context& io, ObjectStore& store, const PodSimulator& pods, const SimClock& clock)
        : m_io(io), m_store(store), m_pods(pods), m_clock(clock)
    {
    }

    ApiResult handle(const std::string& podName, const ApiRequest& request);

private:
    boost::asio::io_context& m_io;
    ObjectStore& m_store;
    const PodSimulator& m_pods;
    const SimClock& m_clock;
};

} // namespace md::kubesim
