#include "SimOptions.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace md::kubesim {

namespace {

std::size_t parseCount(const std::string& text, const std::string& what)
{
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        throw std::invalid_argument(what + " must be a non-negative integer, got '" + text + "'");
    return value;
}

void parseListen(const std::string& text, SimOptions& options)
{
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw std::invalid_argument("--listen wants HOST:PORT (e.g. 127.0.0.1:0), got '" + text + "'");
    options.listenHost = text.substr(0, colon);
    std::size_t port = parseCount(text.substr(colon + 1), "--listen port");
    if (port > 65535) throw std::invalid_argument("--listen port out of range: " + text);
    options.listenPort = static_cast<unsigned short>(port);
}

} // namespace

SeedSpec parseSeed(const std::string& text)
{
    SeedSpec seed;
    if (text == "demo") return seed;
    if (text == "empty") {
        seed.kind = SeedSpec::Kind::Empty;
        return seed;
    }
    const std::string prefix = "bench:";
    if (text.rfind(prefix, 0) == 0) {
        std::string rest = text.substr(prefix.size());
        auto colon = rest.find(':');
        if (colon == std::string::npos)
            throw std::invalid_argument("--seed bench wants bench:<deployments>:<pods>, got '" + text + "'");
        seed.kind = SeedSpec::Kind::Bench;
        seed.benchDeployments = parseCount(rest.substr(0, colon), "bench deployments");
        seed.benchPods = parseCount(rest.substr(colon + 1), "bench pods");
        if (seed.benchDeployments == 0 || seed.benchDeployments > 100000)
            throw std::invalid_argument("bench deployments must be 1..100000");
        if (seed.benchPods > 1000000) throw std::invalid_argument("bench pods must be at most 1000000");
        return seed;
    }
    throw std::invalid_argument("--seed must be demo, empty or bench:<deployments>:<pods>, got '" + text + "'");
}

SimOptions parseSimOptions(const std::vector<std::string>& arguments)
{
    SimOptions options;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& name = arguments[i];
        if (name == "--help" || name == "-h") {
            options.showHelp = true;
            continue;
        }
        if (i + 1 >= arguments.size()) throw std::invalid_argument(name + " needs a value (see --help)");
        const std::string& value = arguments[++i];
        if (name == "--listen") {
            parseListen(value, options);
        } else if (name == "--port-file") {
            options.portFile = value;
        } else if (name == "--namespace") {
            if (value.empty() || value.size() > 63) throw std::invalid_argument("--namespace must be 1-63 characters");
            options.namespaceName = value;
        } else if (name == "--seed") {
            options.seed = parseSeed(value);
        } else if (name == "--speed") {
            try {
                std::size_t used = 0;
                options.speed = std::stod(value, &used);
                if (used != value.size()) throw std::invalid_argument("trailing characters");
            } catch (const std::exception&) {
                throw std::invalid_argument("--speed must be a number, got '" + value + "'");
            }
            if (!std::isfinite(options.speed) || options.speed < 0.01 || options.speed > 1000)
                throw std::invalid_argument("--speed must be between 0.01 and 1000");
        } else if (name == "--token-file") {
            options.tokenFile = value;
        } else if (name == "--tls-cert") {
            options.tlsCertFile = value;
        } else if (name == "--tls-key") {
            options.tlsKeyFile = value;
        } else {
            throw std::invalid_argument("unknown argument '" + name + "' (see --help)");
        }
    }
    if (options.tlsCertFile.empty() != options.tlsKeyFile.empty())
        throw std::invalid_argument("--tls-cert and --tls-key go together");
    return options;
}

std::string simUsage()
{
    return "usage: marketdesk-kube-sim [options]\n"
           "  --listen HOST:PORT      address to serve (default 127.0.0.1:0, a free port)\n"
           "  --port-file PATH        write the bound port to PATH once serving\n"
           "  --namespace NAME        the namespace holding the objects (default marketplace)\n"
           "  --seed SEED             demo | empty | bench:<deployments>:<pods> (default demo)\n"
           "  --speed F               time factor: delays and progress deadlines are divided by F (default 1)\n"
           "  --token-file PATH       require 'Authorization: Bearer <file content>' (re-read on change)\n"
           "  --tls-cert PEM --tls-key PEM   serve HTTPS\n";
}

} // namespace md::kubesim
