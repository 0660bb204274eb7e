#pragma once
// Command-line settings of marketdesk-kube-sim. parseSimOptions() rejects anything it does not
// understand with a message naming the argument, so a typo in a test or demo script fails loudly.

#include <cstddef>
#include <string>
#include <vector>

namespace md::kubesim {

struct SeedSpec {
    enum class Kind { Demo, Empty, Bench };
    Kind kind = Kind::Demo;
    std::size_t benchDeployments = 0;
    std::size_t benchPods = 0;
};

struct SimOptions {
    std::string listenHost = "127.0.0.1";
    unsigned short listenPort = 0;
    std::string portFile;
    std::string namespaceName = "marketplace";
    SeedSpec seed;
    double speed = 1.0;
    std::string tokenFile;
    std::string tlsCertFile;
    std::string tlsKeyFile;
    bool showHelp = false;
};

// Throws std::invalid_argument with a readable message on bad input.
SimOptions parseSimOptions(const std::vector<std::string>& arguments);
SeedSpec parseSeed(const std::string& text);
std::string simUsage();

} // namespace md::kubesim
