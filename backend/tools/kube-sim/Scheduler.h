#pragma once
// Timed tasks of the simulation (a pod becoming ready, a crash, a progress deadline) on one
// steady_timer of the server's io_context, so everything runs on the single simulator thread.

#include "SimClock.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <functional>
#include <map>

namespace md::kubesim {

class Scheduler {
public:
    explicit Scheduler(boost::asio::io_context& io);
    void at(SteadyTime when, std::function<void()> task);
    void after(std::chrono::milliseconds delay, std::function<void()> task)
    {
        at(SimClock::now() + delay, std::move(task));
    }
    std::size_t pending() const { return m_tasks.size(); }

private:
    void arm();
    void runDue();

    boost::asio::steady_timer m_timer;
    std::multimap<SteadyTime, std::function<void()>> m_tasks;
    SteadyTime m_armedFor = SteadyTime::max();
};

} // namespace md::kubesim
