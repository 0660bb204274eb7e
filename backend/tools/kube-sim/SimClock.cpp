#include "SimClock.h"

#include <cstdio>
#include <ctime>

namespace md::kubesim {

std::chrono::milliseconds SimClock::scaled(std::chrono::milliseconds simulated) const
{
    return std::chrono::milliseconds(static_cast<long long>(static_cast<double>(simulated.count()) / m_speed));
}

std::chrono::milliseconds SimClock::scaledSeconds(double simulatedSeconds) const
{
    return std::chrono::milliseconds(static_cast<long long>(simulatedSeconds * 1000.0 / m_speed));
}

double SimClock::simulatedSecondsBetween(SteadyTime from, SteadyTime to) const
{
    return std::chrono::duration<double>(to - from).count() * m_speed;
}

namespace {

std::string formatWith(WallTime time, int fractionDigits)
{
    auto seconds = std::chrono::time_point_cast<std::chrono::seconds>(time);
    if (seconds > time) seconds -= std::chrono::seconds(1);
    auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(time - seconds).count();
    std::time_t t = std::chrono::system_clock::to_time_t(seconds);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char base[32];
    std::strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &utc);
    std::string out = base;
    if (fractionDigits == 6) {
        char fraction[32];
        std::snprintf(fraction, sizeof fraction, ".%06lld", static_cast<long long>(nanos / 1000));
        out += fraction;
    } else if (fractionDigits == 9) {
        char fraction[32];
        std::snprintf(fraction, sizeof fraction, ".%09lld", static_cast<long long>(nanos));
        out += fraction;
    }
    out += 'Z';
    return out;
}

} // namespace

std::string formatTime(WallTime time)
{
    return formatWith(time, 0);
}
std::string formatMicroTime(WallTime time)
{
    return formatWith(time, 6);
}
std::string formatNanoTime(WallTime time)
{
    return formatWith(time, 9);
}

} // namespace md::kubesim
