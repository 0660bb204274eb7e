#include "support/ServerStack.h"

namespace md::test {

void ServerStack::start(const ServerProcess::Options& options)
{
    m_database = std::make_unique<TestDatabase>();
    m_server = std::make_unique<ServerProcess>(*m_database);
    m_server->start(options);
    m_fixtures = std::make_unique<Fixtures>(*m_database, *m_server);
    m_fixtures->seedStandardCast();
}

int ServerStack::stop()
{
    return m_server ? m_server->stop() : 0;
}

} // namespace md::test
