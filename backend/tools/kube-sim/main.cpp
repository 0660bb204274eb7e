// marketdesk-kube-sim: a Kubernetes API server for tests and the demo (see README.md).
#include "ClusterSeed.h"
#include "DeploymentController.h"
#include "EventRecorder.h"
#include "KubeApi.h"
#include "ObjectStore.h"
#include "PodSimulator.h"
#include "Scheduler.h"
#include "SimClock.h"
#include "SimOptions.h"
#include "SimServer.h"
#include "TokenAuth.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <fstream>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace md::kubesim;
    SimOptions options;
    try {
        options = parseSimOptions(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::exception& error) {
        std::cerr << "marketdesk-kube-sim: " << error.what() << "\n" << simUsage();
        return 2;
    }
    if (options.showHelp) {
        std::cout << simUsage();
        return 0;
    }
    try {
        boost::asio::io_context io(1);
        SimClock clock(options.speed);
        ObjectStore store(options.namespaceName);
        Scheduler scheduler(io);
        EventRecorder events(store);
        PodSimulator pods(store, scheduler, events, clock);
        DeploymentController controller(store, scheduler, events, pods, clock);

        const auto seedStarted = std::chrono::steady_clock::now();
        seedCluster(options.seed, store, pods, events, controller);
        const auto seedMillis =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - seedStarted)
                .count();
        std::cerr << "seeded " << store.count(Kind::Deployment) << " deployments, " << store.count(Kind::ReplicaSet)
                  << " replicasets, " << store.count(Kind::Pod) << " pods in " << seedMillis << " ms\n";

        TokenAuth auth(options.tokenFile);
        KubeApi api(io, store, pods, controller, clock);
        SimServer server(io, api, auth);
        if (!options.tlsCertFile.empty()) server.enableTls(options.tlsCertFile, options.tlsKeyFile);
        const unsigned short port = server.listen(options.listenHost, options.listenPort);

        if (!options.portFile.empty()) {
            // Written to a temporary name and renamed, so a reader never sees a half-written port.
            const std::string temporary = options.portFile + ".tmp";
            {
                std::ofstream file(temporary, std::ios::trunc);
                file << port << "\n";
                if (!file) throw std::runtime_error("cannot write --port-file " + options.portFile);
            }
            if (std::rename(temporary.c_str(), options.portFile.c_str()) != 0)
                throw std::runtime_error("cannot write --port-file " + options.portFile);
        }
        std::cout << "listening on " << options.listenHost << ":" << port << std::endl;

        boost::asio::signal_set signals(io, SIGINT, SIGTERM);
        signals.async_wait([&io](const boost::system::error_code&, int) { io.stop(); });
        io.run();
        // Sessions (and their watches) die with the io_context, after the store: unsubscribe now.
        api.stopStreams();
        std::cerr << "stopped\n";
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "marketdesk-kube-sim: " << error.what() << "\n";
        return 1;
    }
}
