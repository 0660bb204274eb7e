#pragma once
// A TCP proxy between the server under test and PostgreSQL that injects the network faults a real
// deployment meets, on command, while the test runs. It listens on a kernel-chosen loopback port,
// forwards every connection to the target, and runs on a thread of its own (plain POSIX sockets and
// poll; no Qt event loop needed). At run time it can:
//  - pass traffic (the default);
//  - black-hole connections: stop forwarding in both directions while keeping both sockets open, so
//    the peer sees a frozen database whose kernel still acknowledges every byte (TCP keepalives do
//    not notice). Either every connection (blackHoleAll) or only those open now (blackHoleExisting:
//    new ones pass, so a pool can reconnect while its old connections stay frozen);
//  - reset new connections (accept, then RST), the way a refusing or restarting database looks;
//  - cut a connection right after PostgreSQL committed (cutAfterCommit): it reads enough of the v3
//    protocol (the SSLRequest answered 'N', the untyped startup packet, then typed messages) to spot
//    a statement whose text contains a marker (a simple Query, or Bind/Execute of a statement whose
//    Parse contained it), and at the next ReadyForQuery that reports the transaction ended by a
//    commit (status 'I', no error, not a ROLLBACK), it forwards everything before that ReadyForQuery
//    and closes both sides: the commit has happened, the client never learns it.
// Connections already waiting in the kernel's accept queue when a policy changes count as new.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace md::test {

class TestDatabase;

class FaultProxy {
public:
    enum class NewConnections { Pass, BlackHole, Reset };
    // What the proxy does right after a cut: keep serving the other connections, or behave as if the
    // database went away at that moment (every other connection and every new one reset) until
    // passAll().
    enum class AfterCut { KeepServing, ResetEverything };

    // Starts listening and forwarding at once; throws TestSetupError when it cannot.
    FaultProxy(std::string targetHost, std::uint16_t targetPort);
    // To the cluster of this database.
    explicit FaultProxy(const TestDatabase& database);
    ~FaultProxy(); // closes every connection and stops the thread
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    std::uint16_t port() const { return m_port; }
    // The libpq URL of the database through this proxy (MARKETDESK_DATABASE_URL of a ServerProcess).
    // It asks for no TLS, so the proxy can read the protocol.
    std::string url(const TestDatabase& database) const;

    // What happens to connections accepted from now on.
    void setNewConnections(NewConnections policy);
    // Freezes every connection open now; new ones follow the policy of setNewConnections.
    void blackHoleExisting();
    // Freezes every connection, open now or accepted later.
    void blackHoleAll();
    // Unfreezes every connection and lets new ones pass.
    void passAll();
    // Closes every open connection with a reset (new ones follow the policy).
    void resetExisting();

    // Cuts at most maxCuts connections right after a commit of a statement containing marker (see
    // above), and resets cutsPerformed(). maxCuts 0 stops cutting.
    void cutAfterCommit(const std::string& marker, int maxCuts, AfterCut then = AfterCut::KeepServing);
    int cutsPerformed() const;

    std::size_t openConnections() const;
    std::size_t acceptedConnections() const; // since construction, reset ones included

private:
    class Loop;
    std::unique_ptr<Loop> m_loop;
    std::uint16_t m_port = 0;
};

} // namespace md::test
