#pragma once
// Time as the simulated cluster sees it. Timestamps in objects are real wall-clock UTC (RFC 3339,
// as Kubernetes writes them); durations of the simulation (pod start, readiness, back-off,
// progress deadlines) are divided by the speed factor, so tests run a rollout in seconds.

#include <chrono>
#include <string>

namespace md::kubesim {

using SteadyTime = std::chrono::steady_clock::time_point;
using WallTime = std::chrono::system_clock::time_point;

class SimClock {
public:
    explicit SimClock(double speed) : m_speed(speed) {}

    double speed() const { return m_speed; }
    // A duration of the simulated world, in real time.
    std::chrono::milliseconds scaled(std::chrono::milliseconds simulated) const;
    std::chrono::milliseconds scaledSeconds(double simulatedSeconds) const;
    // Simulated seconds that passed between two real instants.
    double simulatedSecondsBetween(SteadyTime from, SteadyTime to) const;

    static SteadyTime now() { return std::chrono::steady_clock::now(); }
    static WallTime wallNow() { return std::chrono::system_clock::now(); }

private:
    double m_speed;
};

// "2026-12-01T21:10:43Z" (Kubernetes metav1.Time: whole seconds).
std::string formatTime(WallTime time);
// "2026-12-01T21:10:43.123456Z" (metav1.MicroTime, used by events and pod log timestamps).
std::string formatMicroTime(WallTime time);
// "2026-12-01T21:10:43.123456789Z", the prefix of log lines with timestamps=true.
std::string formatNanoTime(WallTime time);

} // namespace md::kubesim
