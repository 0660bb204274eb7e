#include "Scheduler.h"

#include <vector>

namespace md::kubesim {

Scheduler::Scheduler(boost::asio::io_context& io) : m_timer(io) {}

void Scheduler::at(SteadyTime when, std::function<void()> task)
{
    m_tasks.emplace(when, std::move(task));
    if (when < m_armedFor) arm();
}

void Scheduler::arm()
{
    if (m_tasks.empty()) {
        m_armedFor = SteadyTime::max();
        return;
    }
    m_armedFor = m_tasks.begin()->first;
    m_timer.expires_at(m_armedFor);
    m_timer.async_wait([this](const boost::system::error_code& error) {
        if (error) return; // re-armed for an earlier task, or shutting down
        runDue();
    });
}

void Scheduler::runDue()
{
    m_armedFor = SteadyTime::max();
    const SteadyTime now = SimClock::now();
    // Bounded batch: tasks a task schedules for "now" run in the next round, never in this loop.
    std::vector<std::function<void()>> due;
    while (!m_tasks.empty() && m_tasks.begin()->first <= now) {
        due.push_back(std::move(m_tasks.begin()->second));
        m_tasks.erase(m_tasks.begin());
    }
    for (auto& task : due)
        task();
    if (m_armedFor == SteadyTime::max()) arm();
}

} // namespace md::kubesim
