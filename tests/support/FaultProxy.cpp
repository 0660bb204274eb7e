#include "support/FaultProxy.h"

#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <list>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace md::test {

namespace {

// Requests that come before the startup packet, each answered by one byte ('N', 'S' or 'G').
constexpr std::uint32_t kSslRequest = 80877103;
constexpr std::uint32_t kGssEncryptionRequest = 80877104;
constexpr std::uint32_t kCancelRequest = 80877102;
constexpr std::size_t kReadChunk = 64 * 1024;

std::uint32_t readInt32(const std::string& bytes, std::size_t offset)
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + i]);
    return value;
}

// The NUL-terminated string starting at offset of a message body, and the offset after it.
std::string cString(const std::string& body, std::size_t& offset)
{
    const std::size_t end = body.find('\0', offset);
    std::string text = body.substr(offset, end == std::string::npos ? std::string::npos : end - offset);
    offset = end == std::string::npos ? body.size() : end + 1;
    return text;
}

void setNonBlocking(int socket)
{
    ::fcntl(socket, F_SETFL, ::fcntl(socket, F_GETFL) | O_NONBLOCK);
}

// Closes with a reset instead of a FIN: the peer's next read or write fails with ECONNRESET.
void closeWithReset(int socket)
{
    linger immediately{1, 0};
    ::setsockopt(socket, SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    ::close(socket);
}

void closeGracefully(int socket)
{
    ::shutdown(socket, SHUT_RDWR);
    ::close(socket);
}

int connectTo(const std::string& host, std::uint16_t port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* addresses = nullptr;
    if (::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &addresses) != 0) return -1;
    int socket = -1;
    for (addrinfo* address = addresses; address && socket < 0; address = address->ai_next) {
        socket = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (socket < 0) continue;
        // Blocking connect: the target is a loopback PostgreSQL, which answers at once (or refuses).
        if (::connect(socket, address->ai_addr, address->ai_addrlen) != 0) {
            ::close(socket);
            socket = -1;
        }
    }
    ::freeaddrinfo(addresses);
    if (socket >= 0) setNonBlocking(socket);
    return socket;
}

} // namespace

// The proxy's thread and everything it owns. Public calls change the state under m_mutex and wake
// the thread through a pipe; only the thread reads, writes and closes sockets, so no descriptor is
// closed under a poll() that still watches it.
class FaultProxy::Loop {
public:
    Loop(std::string targetHost, std::uint16_t targetPort);
    ~Loop();

    std::uint16_t port() const { return m_port; }

    void setNewConnections(NewConnections policy)
    {
        std::lock_guard lock(m_mutex);
        m_newConnections = policy;
    }
    void freezeExisting(bool frozen)
    {
        {
            std::lock_guard lock(m_mutex);
            for (auto& connection : m_connections)
                connection.frozen = frozen;
        }
        wake();
    }
    void resetExisting()
    {
        {
            std::lock_guard lock(m_mutex);
            for (auto& connection : m_connections)
                connection.resetRequested = true;
        }
        wake();
    }
    void cutAfterCommit(const std::string& marker, int maxCuts, AfterCut then)
    {
        std::lock_guard lock(m_mutex);
        m_marker = marker;
        m_maxCuts = std::max(maxCuts, 0);
        m_cuts = 0;
        m_afterCut = then;
    }
    int cutsPerformed() const
    {
        std::lock_guard lock(m_mutex);
        return m_cuts;
    }
    std::size_t openConnections() const
    {
        std::lock_guard lock(m_mutex);
        return m_connections.size();
    }
    std::size_t acceptedConnections() const
    {
        std::lock_guard lock(m_mutex);
        return m_accepted;
    }

private:
    // Where a direction's byte stream is: before the startup packet (untyped messages and one-byte
    // answers), typed v3 messages, or unreadable (TLS, a cancel request): then bytes pass unread.
    enum class Phase { Startup, Typed, Opaque };

    struct Connection {
        int client = -1;
        int server = -1;
        bool frozen = false;
        bool resetRequested = false;
        bool closing = false; // no more reading; close once the pending bytes are written
        Phase clientPhase = Phase::Startup;
        Phase serverPhase = Phase::Startup;
        int negotiationAnswersDue = 0; // one-byte answers owed to SSLRequest / GSSENCRequest
        std::string fromClient, toServer, fromServer, toClient;
        // The cut after commit: the text of each statement parsed (by name), whether the last Bind used
        // one holding the marker, and, once such a statement ran, what the server said since.
        std::map<std::string, std::string> statements;
        bool boundMarked = false;
        bool armed = false;
        bool failedSinceArmed = false;
        std::string lastCommandTag;
    };

    void wake()
    {
        const char byte = 1;
        [[maybe_unused]] auto written = ::write(m_wakeWrite, &byte, 1);
    }
    void run();
    void accept();
    // Reads what a side has; false when it closed or failed.
    bool readSide(int socket, std::string& into);
    // Writes what is pending for a side; false when the side failed.
    bool writeSide(int socket, std::string& pending);
    void scanFromClient(Connection& connection);
    void scanFromServer(Connection& connection);
    void clientMessage(Connection& connection, char type, const std::string& body);
    // Whether the server's message ends a commit that must be cut.
    bool serverMessageCuts(Connection& connection, char type, const std::string& body);
    void closeConnection(Connection& connection, bool reset);

    const std::string m_targetHost;
    const std::uint16_t m_targetPort;
    int m_listener = -1;
    std::uint16_t m_port = 0;
    int m_wakeRead = -1;
    int m_wakeWrite = -1;

    mutable std::mutex m_mutex;
    bool m_stopping = false;
    NewConnections m_newConnections = NewConnections::Pass;
    std::list<Connection> m_connections;
    std::size_t m_accepted = 0;
    std::string m_marker;
    int m_maxCuts = 0;
    int m_cuts = 0;
    AfterCut m_afterCut = AfterCut::KeepServing;
    std::thread m_thread;
};

FaultProxy::Loop::Loop(std::string targetHost, std::uint16_t targetPort)
    : m_targetHost(std::move(targetHost)), m_targetPort(targetPort)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    int pipeEnds[2];
    if (m_listener < 0 || ::pipe2(pipeEnds, O_CLOEXEC | O_NONBLOCK) != 0) {
        if (m_listener >= 0) ::close(m_listener);
        throw TestSetupError(QStringLiteral("FaultProxy: cannot create sockets: %1").arg(std::strerror(errno)));
    }
    m_wakeRead = pipeEnds[0];
    m_wakeWrite = pipeEnds[1];
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 128) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const QString why = std::strerror(errno);
        ::close(m_listener);
        ::close(m_wakeRead);
        ::close(m_wakeWrite);
        throw TestSetupError(QStringLiteral("FaultProxy: cannot listen on 127.0.0.1: %1").arg(why));
    }
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
}

FaultProxy::Loop::~Loop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    wake();
    m_thread.join();
    for (auto& connection : m_connections)
        closeConnection(connection, false);
    ::close(m_listener);
    ::close(m_wakeRead);
    ::close(m_wakeWrite);
}

void FaultProxy::Loop::run()
{
    std::vector<pollfd> polled;
    std::vector<std::pair<Connection*, bool>> owners; // per polled socket after the first two: (connection, is client)
    for (;;) {
        polled.clear();
        owners.clear();
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping) return;
            polled.push_back({m_wakeRead, POLLIN, 0});
            polled.push_back({m_listener, POLLIN, 0});
            for (auto& connection : m_connections) {
                if (connection.frozen || connection.resetRequested) continue;
                for (bool isClient : {true, false}) {
                    const int socket = isClient ? connection.client : connection.server;
                    if (socket < 0) continue;
                    const std::string& pending = isClient ? connection.toClient : connection.toServer;
                    short events = connection.closing ? 0 : POLLIN;
                    if (!pending.empty()) events |= POLLOUT;
                    if (events == 0) continue;
                    polled.push_back({socket, events, 0});
                    owners.emplace_back(&connection, isClient);
                }
            }
        }
        if (::poll(polled.data(), polled.size(), -1) < 0 && errno != EINTR) return;

        std::lock_guard lock(m_mutex);
        if (m_stopping) return;
        if (polled[0].revents) {
            char drained[64];
            while (::read(m_wakeRead, drained, sizeof drained) > 0) {
            }
        }
        if (polled[1].revents & POLLIN) accept();
        for (std::size_t i = 2; i < polled.size(); ++i) {
            auto [connection, isClient] = owners[i - 2];
            // A command may have come in while this thread waited: a frozen connection moves nothing.
            if (connection->frozen || connection->resetRequested || !polled[i].revents) continue;
            const int socket = isClient ? connection->client : connection->server;
            if (socket < 0) continue;
            bool healthy = true;
            if (polled[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                if (!connection->closing) {
                    healthy = readSide(socket, isClient ? connection->fromClient : connection->fromServer);
                    if (isClient)
                        scanFromClient(*connection);
                    else
                        scanFromServer(*connection);
                }
            }
            if (polled[i].revents & POLLOUT)
                healthy = writeSide(socket, isClient ? connection->toClient : connection->toServer) && healthy;
            // Either side gone: pass on what the other side still has to get, then close both.
            if (!healthy) connection->closing = true;
        }
        // Flush and retire closing connections, carry out resets.
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            Connection& connection = *it;
            if (connection.resetRequested) {
                closeConnection(connection, true);
                it = m_connections.erase(it);
                continue;
            }
            if (connection.closing && !connection.frozen) {
                if (connection.server >= 0 && !writeSide(connection.server, connection.toServer))
                    connection.toServer.clear();
                if (connection.client >= 0 && !writeSide(connection.client, connection.toClient))
                    connection.toClient.clear();
                if ((connection.server < 0 || connection.toServer.empty()) &&
                    (connection.client < 0 || connection.toClient.empty())) {
                    closeConnection(connection, false);
                    it = m_connections.erase(it);
                    continue;
                }
            }
            ++it;
        }
    }
}

void FaultProxy::Loop::accept()
{
    for (;;) {
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (client < 0) return; // EAGAIN: nothing more waiting
        ++m_accepted;
        if (m_newConnections == NewConnections::Reset) {
            closeWithReset(client);
            continue;
        }
        const int server = connectTo(m_targetHost, m_targetPort);
        if (server < 0) { // the database refuses: so does the proxy
            closeWithReset(client);
            continue;
        }
        Connection& connection = m_connections.emplace_back();
        connection.client = client;
        connection.server = server;
        connection.frozen = m_newConnections == NewConnections::BlackHole;
    }
}

bool FaultProxy::Loop::readSide(int socket, std::string& into)
{
    char buffer[kReadChunk];
    const ssize_t received = ::recv(socket, buffer, sizeof buffer, 0);
    if (received > 0) {
        into.append(buffer, static_cast<std::size_t>(received));
        return true;
    }
    return received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
}

bool FaultProxy::Loop::writeSide(int socket, std::string& pending)
{
    while (!pending.empty()) {
        const ssize_t sent = ::send(socket, pending.data(), pending.size(), MSG_NOSIGNAL);
        if (sent < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        pending.erase(0, static_cast<std::size_t>(sent));
    }
    return true;
}

// Client to server: whole messages only are passed on (a message split across reads waits for its
// rest), so every message is seen before the server gets it.
void FaultProxy::Loop::scanFromClient(Connection& connection)
{
    std::string& in = connection.fromClient;
    for (;;) {
        if (connection.clientPhase == Phase::Opaque) {
            connection.toServer += in;
            in.clear();
            return;
        }
        if (connection.clientPhase == Phase::Startup) {
            if (in.size() < 8) return;
            const std::uint32_t length = readInt32(in, 0);
            if (length < 8 || in.size() < length) return;
            const std::uint32_t code = readInt32(in, 4);
            if (length == 8 && (code == kSslRequest || code == kGssEncryptionRequest))
                ++connection.negotiationAnswersDue;
            else if (code == kCancelRequest)
                connection.clientPhase = Phase::Opaque;
            else
                connection.clientPhase = Phase::Typed; // the startup packet
            connection.toServer.append(in, 0, length);
            in.erase(0, length);
            continue;
        }
        if (in.size() < 5) return;
        const std::uint32_t length = readInt32(in, 1);
        if (in.size() < 1 + static_cast<std::size_t>(length)) return;
        clientMessage(connection, in[0], in.substr(5, length - 4));
        connection.toServer.append(in, 0, 1 + length);
        in.erase(0, 1 + length);
    }
}

void FaultProxy::Loop::clientMessage(Connection& connection, char type, const std::string& body)
{
    const bool cutting = !m_marker.empty() && m_cuts < m_maxCuts;
    auto arm = [&connection] {
        connection.armed = true;
        connection.failedSinceArmed = false;
        connection.lastCommandTag.clear();
    };
    std::size_t offset = 0;
    switch (type) {
    case 'Q': // simple query: runs at once
        if (cutting && body.find(m_marker) != std::string::npos) arm();
        break;
    case 'P': { // Parse: statement name, then its text (remembered whether cutting or not: it is used later)
        std::string name = cString(body, offset);
        connection.statements[std::move(name)] = cString(body, offset);
        break;
    }
    case 'B': { // Bind: portal, then statement name
        cString(body, offset);
        auto statement = connection.statements.find(cString(body, offset));
        connection.boundMarked = cutting && statement != connection.statements.end() &&
                                 statement->second.find(m_marker) != std::string::npos;
        break;
    }
    case 'E': // Execute of the portal bound last
        if (connection.boundMarked) arm();
        break;
    case 'S':
        connection.boundMarked = false;
        break;
    default:
        break;
    }
}

void FaultProxy::Loop::scanFromServer(Connection& connection)
{
    std::string& in = connection.fromServer;
    for (;;) {
        if (connection.negotiationAnswersDue > 0) {
            if (in.empty()) return;
            const char answer = in[0];
            connection.toClient.push_back(answer);
            in.erase(0, 1);
            --connection.negotiationAnswersDue;
            if (answer == 'S' || answer == 'G') { // TLS or GSS encryption follows: unreadable from here on
                connection.clientPhase = Phase::Opaque;
                connection.serverPhase = Phase::Opaque;
            }
            continue;
        }
        if (connection.serverPhase == Phase::Startup && connection.clientPhase == Phase::Typed)
            connection.serverPhase = Phase::Typed;
        if (connection.serverPhase != Phase::Typed) {
            connection.toClient += in;
            in.clear();
            return;
        }
        if (in.size() < 5) return;
        const std::uint32_t length = readInt32(in, 1);
        if (in.size() < 1 + static_cast<std::size_t>(length)) return;
        if (serverMessageCuts(connection, in[0], in.substr(5, length - 4))) {
            // The commit is done; the client gets everything before its ReadyForQuery, then the end.
            ++m_cuts;
            in.clear();
            connection.toServer.clear();
            closeGracefully(connection.server);
            connection.server = -1;
            connection.closing = true;
            if (m_afterCut == AfterCut::ResetEverything) { // the database "goes away" at this very moment
                m_newConnections = NewConnections::Reset;
                for (auto& other : m_connections)
                    if (&other != &connection) other.resetRequested = true;
            }
            return;
        }
        connection.toClient.append(in, 0, 1 + length);
        in.erase(0, 1 + length);
    }
}

bool FaultProxy::Loop::serverMessageCuts(Connection& connection, char type, const std::string& body)
{
    if (!connection.armed) return false;
    switch (type) {
    case 'E':
        connection.failedSinceArmed = true;
        return false;
    case 'C': {
        std::size_t offset = 0;
        connection.lastCommandTag = cString(body, offset);
        return false;
    }
    case 'Z': {
        const char status = body.empty() ? '?' : body[0];
        if (status != 'I') return false; // still inside the transaction ('T') or a failed one ('E')
        connection.armed = false;
        const bool committed = !connection.failedSinceArmed && connection.lastCommandTag != "ROLLBACK";
        return committed && m_cuts < m_maxCuts;
    }
    default:
        return false;
    }
}

void FaultProxy::Loop::closeConnection(Connection& connection, bool reset)
{
    for (int* socket : {&connection.client, &connection.server}) {
        if (*socket < 0) continue;
        if (reset)
            closeWithReset(*socket);
        else
            closeGracefully(*socket);
        *socket = -1;
    }
}

FaultProxy::FaultProxy(std::string targetHost, std::uint16_t targetPort)
    : m_loop(std::make_unique<Loop>(std::move(targetHost), targetPort)), m_port(m_loop->port())
{
}

FaultProxy::FaultProxy(const TestDatabase& database)
    : FaultProxy(database.cluster().host.toStdString(), database.cluster().port)
{
}

FaultProxy::~FaultProxy() = default;

std::string FaultProxy::url(const TestDatabase& database) const
{
    PostgresConnectionInfo throughProxy = database.cluster();
    throughProxy.host = QStringLiteral("127.0.0.1");
    throughProxy.port = m_port;
    return throughProxy.url(QString::fromStdString(database.name())) + "?sslmode=disable&gssencmode=disable";
}

void FaultProxy::setNewConnections(NewConnections policy)
{
    m_loop->setNewConnections(policy);
}

void FaultProxy::blackHoleExisting()
{
    m_loop->freezeExisting(true);
}

void FaultProxy::blackHoleAll()
{
    m_loop->setNewConnections(NewConnections::BlackHole);
    m_loop->freezeExisting(true);
}

void FaultProxy::passAll()
{
    m_loop->setNewConnections(NewConnections::Pass);
    m_loop->freezeExisting(false);
}

void FaultProxy::resetExisting()
{
    m_loop->resetExisting();
}

void FaultProxy::cutAfterCommit(const std::string& marker, int maxCuts, AfterCut then)
{
    m_loop->cutAfterCommit(marker, maxCuts, then);
}

int FaultProxy::cutsPerformed() const
{
    return m_loop->cutsPerformed();
}

std::size_t FaultProxy::openConnections() const
{
    return m_loop->openConnections();
}

std::size_t FaultProxy::acceptedConnections() const
{
    return m_loop->acceptedConnections();
}

} // namespace md::test
